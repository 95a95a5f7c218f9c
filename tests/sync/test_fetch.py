"""A file fetch that goes on mid-file and verifies what arrived, against the
devserver's real Range answers (storage-api's rules) over loopback."""

from __future__ import annotations

import hashlib
import os
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


def test_what_arrives_is_hashed_as_it_is_written_and_a_kept_part_read_once(
    opener: Opener, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 200 MB video is not read back from disk to check it: the hash runs
    over the chunks as they are written, and over a kept part once, on resume."""
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
    assert part_path(target) not in reads

    resumed = tmp_path / "resumed.bin"
    part_path(resumed).write_bytes(BODY[: 3 * CHUNK_BYTES + 5])
    reads.clear()
    ResumableFetch(opener, resumed, Expected(len(BODY), DIGEST)).run()
    assert resumed.read_bytes() == BODY
    assert reads.count(part_path(resumed)) == 1  # the kept prefix, once


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


class _SmallDigest(fetch_module.RunningDigest):
    INLINE_BYTES = 100  # the thread takes over early, so short inputs exercise it
    BATCH_BYTES = 300
    QUEUED_PIECES = 2


@given(st.lists(st.binary(max_size=500), max_size=30))
@settings(max_examples=examples(60))
def test_the_running_digest_is_the_sha256_of_every_piece_in_order(pieces: list[bytes]) -> None:
    digest = _SmallDigest()
    for piece in pieces:
        digest.update(piece)
    assert digest.hexdigest() == hashlib.sha256(b"".join(pieces)).hexdigest()
    digest.close()  # closing again is harmless
    assert digest.hexdigest() == hashlib.sha256(b"".join(pieces)).hexdigest()
