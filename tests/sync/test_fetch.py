"""A file fetch that goes on mid-file and verifies what arrived, against the
devserver's real Range answers (storage-api's rules) over loopback."""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from supabase import Client

from desktop.sync import fetch as fetch_module
from desktop.sync.download import public_opener
from desktop.sync.fetch import (
    CHUNK_BYTES,
    Expected,
    FetchCancelled,
    FileDamaged,
    Opener,
    PartSync,
    ResumableFetch,
    part_path,
)
from devserver.server import DevServer
from tests.helpers.profiles import examples
from tests.helpers.rest_fixtures import *  # noqa: F403

BODY = os.urandom(6 * CHUNK_BYTES + 4321)
DIGEST = hashlib.sha256(BODY).hexdigest()
NAME = "fetch/video.bin"


@pytest.fixture
def opener(rest_tables: DevServer, service: Client) -> Iterator[Opener]:
    with psycopg.connect(rest_tables.db_url, autocommit=True) as conn:
        conn.execute(
            "insert into storage.buckets (id, name, public) values "
            "('fetch-public', 'fetch-public', true) on conflict (id) do nothing"
        )
    bucket = service.storage.from_("fetch-public")
    bucket.upload(NAME, BODY, {"upsert": "true"})
    yield public_opener(bucket, NAME)
    rest_tables.faults.reset()


def test_a_fresh_fetch_arrives_whole_and_verified(opener: Opener, tmp_path: Path) -> None:
    target = tmp_path / "video.bin"
    report = ResumableFetch(opener, target, Expected(len(BODY), DIGEST)).run()
    assert target.read_bytes() == BODY
    assert (report.bytes_fetched, report.resumed_from, report.restarts) == (len(BODY), 0, 0)
    assert not part_path(target).exists()


def test_a_kept_part_is_resumed_with_only_the_rest_fetched(opener: Opener, tmp_path: Path) -> None:
    target = tmp_path / "video.bin"
    kept = 2 * CHUNK_BYTES + 17  # what a killed app left behind
    part_path(target).write_bytes(BODY[:kept])
    report = ResumableFetch(opener, target, Expected(len(BODY), DIGEST)).run()
    assert target.read_bytes() == BODY
    assert (report.resumed_from, report.bytes_fetched) == (kept, len(BODY) - kept)


def test_a_dropped_network_mid_file_is_retried_from_where_it_stopped(
    opener: Opener, rest_tables: DevServer, tmp_path: Path
) -> None:
    target = tmp_path / "video.bin"
    rest_tables.faults.cut_body_after = 3 * CHUNK_BYTES  # every answer is cut there
    done = threading.Event()

    def heal(_written: int) -> None:
        if not done.is_set() and part_path(target).stat().st_size >= 3 * CHUNK_BYTES:
            rest_tables.faults.cut_body_after = None  # the Wi-Fi comes back
            done.set()

    fetch = ResumableFetch(
        opener,
        target,
        Expected(len(BODY), DIGEST),
        on_progress=heal,
    )
    report = fetch.run()
    assert target.read_bytes() == BODY
    assert report.retries >= 1
    # Nothing fetched twice but what was in flight when the link dropped.
    assert report.bytes_fetched <= len(BODY) + CHUNK_BYTES


def test_a_damaged_part_is_detected_and_fetched_again(opener: Opener, tmp_path: Path) -> None:
    target = tmp_path / "video.bin"
    part_path(target).write_bytes(b"\0" * CHUNK_BYTES)  # right length so far, wrong bytes
    report = ResumableFetch(opener, target, Expected(len(BODY), DIGEST)).run()
    assert target.read_bytes() == BODY
    assert report.restarts == 1


def test_a_file_that_never_matches_is_refused_and_not_kept(opener: Opener, tmp_path: Path) -> None:
    target = tmp_path / "video.bin"
    wrong = hashlib.sha256(b"another file").hexdigest()
    with pytest.raises(FileDamaged) as caught:
        ResumableFetch(opener, target, Expected(len(BODY), wrong)).run()
    assert caught.value.reason == "sha256"
    assert not target.exists()
    assert not part_path(target).exists()


def test_a_longer_part_than_the_object_starts_over(opener: Opener, tmp_path: Path) -> None:
    """The object changed since the part began (size unknown): 416, start over."""
    target = tmp_path / "video.bin"
    part_path(target).write_bytes(os.urandom(len(BODY) + 10))
    report = ResumableFetch(opener, target).run()
    assert target.read_bytes() == BODY
    assert report.restarts == 1


def test_cancel_mid_file_keeps_the_part_and_the_next_fetch_goes_on(
    opener: Opener, tmp_path: Path
) -> None:
    target = tmp_path / "video.bin"
    cancel = threading.Event()

    def press_pause(_written: int) -> None:
        if part_path(target).stat().st_size >= 2 * CHUNK_BYTES:
            cancel.set()

    with pytest.raises(FetchCancelled):
        ResumableFetch(
            opener,
            target,
            Expected(len(BODY), DIGEST),
            cancel=cancel,
            on_progress=press_pause,
        ).run()
    kept = part_path(target).stat().st_size
    assert 2 * CHUNK_BYTES <= kept < len(BODY)
    assert not target.exists()  # never shown half-fetched
    report = ResumableFetch(opener, target, Expected(len(BODY), DIGEST)).run()
    assert report.bytes_fetched == len(BODY) - kept
    assert target.read_bytes() == BODY


def test_a_paused_fetch_does_not_hash_the_part_it_leaves_behind(
    opener: Opener, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pausing throws the digest away (the next run hashes the kept bytes
    again): reading the rest of the part to hash it then was work for
    nothing, on the thread that answers the pause."""
    digests: list[fetch_module.PartDigest] = []

    class Recorded(fetch_module.PartDigest):
        def __init__(self, part: Path, written: int = 0) -> None:
            super().__init__(part, written)
            digests.append(self)

    monkeypatch.setattr(fetch_module, "PartDigest", Recorded)
    target = tmp_path / "video.bin"
    cancel = threading.Event()

    def press_pause(_written: int) -> None:
        if part_path(target).stat().st_size >= 2 * CHUNK_BYTES:
            cancel.set()

    with pytest.raises(FetchCancelled):
        ResumableFetch(
            opener, target, Expected(len(BODY), DIGEST), cancel=cancel, on_progress=press_pause
        ).run()
    (digest,) = digests
    assert digest.written == part_path(target).stat().st_size >= 2 * CHUNK_BYTES
    assert digest.covered == 0  # smaller than THREAD_AFTER: nothing was hashed yet, nor after
    assert digest._handle.closed


def test_what_arrives_is_hashed_as_it_is_written_and_a_kept_part_read_once(
    opener: Opener, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 200 MB video is not read again from disk to check it after it has
    arrived: the digest reads the part once, as it is written, kept bytes and
    all, and the whole-file hash is never needed."""
    reads: list[Path] = []
    real_open = Path.open

    def counting_open(self: Path, *args: object, **kwargs: object) -> object:
        reads.append(self)
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    def whole_file_hash(path: Path) -> str:
        raise AssertionError(f"{path} was read again to hash it")

    monkeypatch.setattr(fetch_module, "sha256_of", whole_file_hash)
    monkeypatch.setattr(Path, "open", counting_open)
    target = tmp_path / "video.bin"
    ResumableFetch(opener, target, Expected(len(BODY), DIGEST)).run()
    assert target.read_bytes() == BODY
    assert reads.count(part_path(target)) == 1

    resumed = tmp_path / "resumed.bin"
    part_path(resumed).write_bytes(BODY[: 3 * CHUNK_BYTES + 5])
    reads.clear()
    ResumableFetch(opener, resumed, Expected(len(BODY), DIGEST)).run()
    assert resumed.read_bytes() == BODY
    assert reads.count(part_path(resumed)) == 1  # kept prefix and new bytes, in one pass


def test_a_whole_part_kept_from_before_is_checked_before_it_is_installed(
    opener: Opener, tmp_path: Path
) -> None:
    target = tmp_path / "video.bin"
    part_path(target).write_bytes(BODY)  # killed after the last chunk, before the rename
    report = ResumableFetch(opener, target, Expected(len(BODY), DIGEST)).run()
    assert (report.bytes_fetched, target.read_bytes()) == (0, BODY)

    damaged = tmp_path / "damaged.bin"
    part_path(damaged).write_bytes(BODY[:-1] + bytes([BODY[-1] ^ 1]))  # right size, one bit off
    report = ResumableFetch(opener, damaged, Expected(len(BODY), DIGEST)).run()
    assert (report.restarts, report.bytes_fetched, damaged.read_bytes()) == (1, len(BODY), BODY)


def test_a_slow_link_brings_the_file_whole_no_faster_than_its_rate(
    opener: Opener, rest_tables: DevServer, tmp_path: Path
) -> None:
    """The devserver's ``body_bytes_per_s`` (what the app's pause-mid-file test
    relies on): the body waits after each piece, so it cannot arrive sooner
    than its size over the rate (a lower bound: sleeps never end early), and
    it arrives whole."""
    rate = 8 * 1024 * 1024
    rest_tables.faults.body_bytes_per_s = rate
    target = tmp_path / "video.bin"
    started = time.monotonic()
    report = ResumableFetch(opener, target, Expected(len(BODY), DIGEST)).run()
    assert time.monotonic() - started >= 0.9 * len(BODY) / rate
    assert target.read_bytes() == BODY
    assert report.bytes_fetched == len(BODY)


class _SmallDigest(fetch_module.PartDigest):
    BLOCK_BYTES = 100  # the thread takes over early, so short inputs exercise it
    THREAD_AFTER = 200


@given(st.binary(max_size=3000), st.lists(st.binary(max_size=500), max_size=30))
@settings(max_examples=examples(60))
def test_the_part_digest_is_the_sha256_of_the_kept_bytes_and_every_piece_in_order(
    kept: bytes, pieces: list[bytes]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        part = Path(folder) / "video.bin.part"
        part.write_bytes(kept)
        with part.open("ab", buffering=0) as out:
            digest = _SmallDigest(part, written=len(kept))
            for piece in pieces:
                out.write(piece)
                digest.grew(len(piece))
        whole = hashlib.sha256(kept + b"".join(pieces)).hexdigest()
        assert digest.hexdigest() == whole
        assert digest.covered == len(kept) + sum(map(len, pieces))
        digest.close()  # closing again is harmless
        assert digest.hexdigest() == whole


def test_a_part_shorter_than_written_leaves_the_digest_short(tmp_path: Path) -> None:
    """A part that lost bytes under the digest (truncated by another program)
    is not taken as whole: the digest covers only what it read, so the fetch
    hashes the file itself."""
    part = tmp_path / "video.bin.part"
    part.write_bytes(b"x" * 500)
    digest = _SmallDigest(part, written=500)
    os.truncate(part, 300)
    digest.grew(0)
    digest.close()
    assert digest.covered == 300


def test_flushes_run_beside_the_writes_and_the_file_still_arrives_whole(
    opener: Opener, rest_tables: DevServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a flush due every chunk and the link dropping mid-file, flushes run
    on their own thread while the fetch goes on, and the file is the object."""
    monkeypatch.setattr(fetch_module, "SYNC_EVERY_BYTES", CHUNK_BYTES)
    flushed_on: list[str] = []
    real = fetch_module._datasync

    def counting(fd: int) -> None:
        flushed_on.append(threading.current_thread().name)
        real(fd)

    monkeypatch.setattr(fetch_module, "_datasync", counting)
    rest_tables.faults.cut_body_after = 4 * CHUNK_BYTES
    target = tmp_path / "video.bin"

    def heal(_written: int) -> None:
        if part_path(target).stat().st_size >= 4 * CHUNK_BYTES:
            rest_tables.faults.cut_body_after = None

    report = ResumableFetch(opener, target, Expected(len(BODY), DIGEST), on_progress=heal).run()
    assert target.read_bytes() == BODY
    assert report.retries >= 1
    assert flushed_on
    assert set(flushed_on) == {"fsync"}


def test_only_one_flush_waits_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    monkeypatch.setattr(fetch_module, "_datasync", lambda fd: release.wait(10))
    with (tmp_path / "part").open("wb") as handle:
        sync = PartSync(handle.fileno())
        assert sync.start()
        assert not sync.start()  # the first still waits for the disk
        release.set()
        sync.finish()
        assert sync.start()  # the next one may begin
        sync.wait()


def test_a_flush_that_failed_is_raised_when_the_part_is_finished() -> None:
    """A failing disk must not let a part pass as complete: fsync of a pipe
    fails (EINVAL) as a broken disk's fails with EIO."""
    read_end, write_end = os.pipe()
    try:
        sync = PartSync(write_end)
        assert sync.start()
        with pytest.raises(OSError, match="Invalid argument"):
            sync.finish()
    finally:
        os.close(read_end)
        os.close(write_end)
