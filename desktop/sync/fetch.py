"""Fetch one file so that an interrupted fetch goes on mid-file, and verify it.

The bytes go to ``<target>.part`` as they arrive, each piece the network
gives (at most 64 KiB from httpx) written to the file before the next is
read, so a killed app, a sleeping laptop or a dropped network loses at most
the piece in flight (benchmarks/download_benchmark.py measures it).  The next fetch of the same file
asks for the rest (``Range: bytes=<have>-``) and checks the answer:

- 206 with ``Content-Range: bytes <have>-…/<size>``: the rest is appended;
- 200 (a server or proxy that ignores ranges): the part is started over;
- 416 (the part is longer than the object, e.g. it changed): started over.

When the data the client pulled gives the file's size and SHA-256, the part
is checked against both before it becomes the file (renamed into place,
atomically); a file that does not match is removed and fetched once more
from the start, and refused if it still does not match — a damaged file is
never shown or played.  A part already longer than the expected size is
discarded before asking.  Transient failures (no network, a timeout, 5xx)
are retried with back-off from where the part stopped; ``cancel`` stops
between two pieces once a fetch has written ``CHUNK_BYTES`` (so a file that
small, most images, always arrives whole), keeping the part for the next
time.

This module knows HTTP and files, nothing of courses: the course downloader
(``desktop.sync.download``) says what to fetch and where.
"""

from __future__ import annotations

import hashlib
import os
import queue
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import httpx

from desktop.sync.backoff import Backoff

CHUNK_BYTES = 256 * 1024
# fsync the part this often: a power cut costs at most this much fetched again
# (each fsync waits for the disk; every 8 MiB cost a tenth of the throughput)
SYNC_EVERY_BYTES = 64 * 1024 * 1024
_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")


@dataclass(frozen=True)
class Expected:
    """What the pulled data says the file is (None: not known)."""

    size: int | None = None
    sha256: str | None = None  # lowercase hex


@dataclass
class FetchReport:
    bytes_fetched: int = 0  # over the network, this call
    resumed_from: int = 0  # bytes of the part kept from before
    restarts: int = 0  # times the part was thrown away and started over
    retries: int = 0  # transient failures retried


class FetchCancelled(Exception):
    """``cancel`` was set; the part is kept, whole up to its last chunk."""


class FileDamaged(Exception):
    """The file fetched twice did not match the pulled data: ``reason`` is
    ``"size"`` (``got`` bytes arrived) or ``"sha256"``; the UI words it."""

    def __init__(self, target: Path, reason: str, got: int) -> None:
        super().__init__(f"{target.name}: {reason} mismatch ({got} bytes)")
        self.target = target
        self.reason = reason
        self.got = got


class HttpStatus(Exception):
    """A non-2xx answer: the status and body, for the caller to classify."""

    def __init__(self, status: int, body: bytes) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status
        self.body = body


class Opener(Protocol):
    """Opens a streamed GET of the file with extra headers (e.g. ``Range``)."""

    def __call__(self, headers: dict[str, str]) -> AbstractContextManager[httpx.Response]: ...


ProgressFn = Callable[[int], None]  # bytes just written


class RunningDigest:
    """The SHA-256 of the bytes handed to :meth:`update`, in order.

    Past the first ``INLINE_BYTES`` the hashing moves to a thread of its own,
    so it runs beside the network reads and the file writes instead of after
    each of them (hashlib lets go of the GIL while it hashes a large piece):
    hashing a large file no longer slows its download.  At most
    ``QUEUED_PIECES`` batches of pieces (``BATCH_BYTES`` each) wait to be
    hashed, so memory stays bounded when the network is faster than the
    hashing.  :meth:`close` (or
    :meth:`hexdigest`) waits for what is queued and ends the thread."""

    INLINE_BYTES = 1024 * 1024  # small files (most images) never start a thread
    BATCH_BYTES = 1024 * 1024  # pieces go to the thread in batches this large
    QUEUED_PIECES = 16

    def __init__(self) -> None:
        self._sha = hashlib.sha256()
        self._inline = 0
        self._queue: queue.Queue[list[bytes] | None] | None = None
        self._thread: threading.Thread | None = None
        self._batch: list[bytes] = []
        self._batched = 0

    def update(self, data: bytes) -> None:
        if self._queue is None:
            if self._inline < self.INLINE_BYTES:
                self._sha.update(data)
                self._inline += len(data)
                return
            self._queue = queue.Queue(maxsize=self.QUEUED_PIECES)
            self._thread = threading.Thread(target=self._hash, name="sha256", daemon=True)
            self._thread.start()
        self._batch.append(data)
        self._batched += len(data)
        if self._batched >= self.BATCH_BYTES:
            self._send()

    def _send(self) -> None:
        # The pieces go as a list, not joined: joining copied every byte once
        # more (about a fifth of a 200 MB download's client time, profiled).
        if self._batch and self._queue is not None:
            self._queue.put(self._batch)
        self._batch, self._batched = [], 0

    def _hash(self) -> None:
        assert self._queue is not None
        while (pieces := self._queue.get()) is not None:
            for piece in pieces:
                self._sha.update(piece)

    def close(self) -> None:
        if self._queue is not None and self._thread is not None:
            self._send()
            self._queue.put(None)
            self._thread.join()
        self._queue = self._thread = None

    def hexdigest(self) -> str:
        self.close()
        return self._sha.hexdigest()


def part_path(target: Path) -> Path:
    return target.with_name(target.name + ".part")


def _transient(exc: Exception) -> bool:
    if isinstance(exc, httpx.TransportError):
        return True
    return isinstance(exc, HttpStatus) and (exc.status >= 500 or exc.status in (408, 429))


class ResumableFetch:
    """Fetches ``target`` through ``open_stream``; see the module's docstring."""

    def __init__(
        self,
        open_stream: Opener,
        target: Path,
        expected: Expected | None = None,
        *,
        cancel: threading.Event | None = None,
        on_progress: ProgressFn | None = None,
        attempts: int = 5,
        backoff: Backoff | None = None,
    ) -> None:
        self._open = open_stream
        self.target = target
        self.part = part_path(target)
        self.expected = expected or Expected()
        self._cancel = cancel or threading.Event()
        self._on_progress = on_progress or (lambda n: None)
        self._attempts = attempts
        self._backoff = backoff or Backoff(base=0.5, cap=8.0)
        self.report = FetchReport()
        # The SHA-256 of the part's first ``_hashed`` bytes, kept as they are
        # written so a large file is not read again to check it.
        self._digest = RunningDigest()
        self._hashed = 0

    # ------------------------------------------------------------ public
    def run(self) -> FetchReport:
        try:
            return self._run()
        finally:
            self._digest.close()

    def _run(self) -> FetchReport:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self._drop_oversized_part()
        self.report.resumed_from = self._have()
        verified_once = False
        while True:
            self._transfer_with_retries()
            problem = self._problem()
            if problem is None:
                break
            if verified_once:
                got = self._have()
                self.part.unlink(missing_ok=True)
                raise FileDamaged(self.target, problem, got)
            verified_once = True  # a bad part from before, or a bad transfer: once more
            self._restart()
        self._install()
        return self.report

    # ------------------------------------------------------------ steps
    def _have(self) -> int:
        try:
            return self.part.stat().st_size
        except FileNotFoundError:
            return 0

    def _drop_oversized_part(self) -> None:
        size = self.expected.size
        if size is not None and self._have() > size:
            self.part.unlink()

    def _restart(self) -> None:
        self.part.unlink(missing_ok=True)
        self.report.restarts += 1

    def _transfer_with_retries(self) -> None:
        for attempt in range(1, self._attempts + 1):
            try:
                self._transfer()
                return
            except Exception as exc:
                if not _transient(exc) or attempt == self._attempts:
                    raise
                self.report.retries += 1
                if self._cancel.wait(self._backoff.next_delay()):
                    raise FetchCancelled(self.target.name) from exc

    def _transfer(self) -> None:
        have = self._have()
        if self.expected.size is not None and have == self.expected.size:
            return  # complete; _problem() checks it
        headers = {"Range": f"bytes={have}-"} if have else {}
        with self._open(headers) as response:
            # 416 to a resume: the part is as long as the object or longer, so
            # the object changed since the part began; start over below.
            stale = response.status_code == 416 and have > 0
            if not stale:
                self._stream_into_part(response, have)
        if stale:
            self._restart()
            self._transfer()

    def _stream_into_part(self, response: httpx.Response, have: int) -> None:
        if response.status_code >= 300:
            raise HttpStatus(response.status_code, response.read())
        if have and not self._continues(response, have):
            self._restart()  # a 200 (the whole file) or another range: from byte 0
            have = 0
        self._write(response.iter_bytes(), have)  # pieces as they arrive

    @staticmethod
    def _continues(response: httpx.Response, have: int) -> bool:
        """Whether the answer is the rest of the part, not the file from byte 0."""
        if response.status_code != 206:
            return False
        match = _CONTENT_RANGE.fullmatch(response.headers.get("content-range", ""))
        return match is not None and int(match.group(1)) == have

    def _write(self, chunks: Iterator[bytes], have: int) -> None:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
        fd = os.open(self.part, flags, 0o644)
        unsynced = 0
        try:
            if have == 0:
                os.ftruncate(fd, 0)
            self._hash_prefix(have)
            done = 0
            for chunk in chunks:
                if done >= CHUNK_BYTES and self._cancel.is_set():
                    # Between two pieces, after the first CHUNK_BYTES: a file
                    # that small (most images) always arrives whole.
                    raise FetchCancelled(self.target.name)
                view = memoryview(chunk)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
                self._digest.update(chunk)
                self._hashed += len(chunk)
                self.report.bytes_fetched += len(chunk)
                unsynced += len(chunk)
                if unsynced >= SYNC_EVERY_BYTES:
                    os.fsync(fd)
                    unsynced = 0
                done += len(chunk)
                self._on_progress(len(chunk))
            os.fsync(fd)
        except FetchCancelled:
            os.fsync(fd)
            raise
        finally:
            os.close(fd)

    def _problem(self) -> str | None:
        """Why the part is not the expected file ("size", "sha256"), or None."""
        if self.expected.size is not None and self._have() != self.expected.size:
            return "size"
        if self.expected.sha256 is not None and self._part_sha256() != self.expected.sha256.lower():
            return "sha256"
        return None

    def _hash_prefix(self, have: int) -> None:
        """Make the running hash cover exactly the part's first ``have`` bytes:
        the bytes kept from before are read once, when a fetch resumes."""
        if self._hashed == have:
            return
        self._digest.close()
        self._digest, self._hashed = RunningDigest(), 0
        if have:
            with self.part.open("rb") as handle:
                while self._hashed < have:
                    block = handle.read(min(1024 * 1024, have - self._hashed))
                    if not block:
                        break
                    self._digest.update(block)
                    self._hashed += len(block)

    def _part_sha256(self) -> str:
        if self._hashed == self._have():
            return self._digest.hexdigest()
        return sha256_of(self.part)  # e.g. a whole part kept from before: nothing was written

    def _install(self) -> None:
        os.replace(self.part, self.target)
        try:
            fd = os.open(self.target.parent, os.O_RDONLY)
        except OSError:
            return  # not every platform opens folders (Windows)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()
