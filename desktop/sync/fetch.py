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
# Flush the part to disk this often, on a thread of its own (PartSync): a
# power cut costs at most about twice this much fetched again, and the last
# flush, which the fetch waits for, has at most this much to write (every
# 64 MiB, it took a tenth of a 200 MB fetch's time).
SYNC_EVERY_BYTES = 16 * 1024 * 1024
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


class PartDigest:
    """The SHA-256 of a part's first bytes, read back as the part grows.

    The fetch says how far the part has been written (:meth:`grew`); past
    the first ``THREAD_AFTER`` bytes a thread of its own reads what was
    written since, ``BLOCK_BYTES`` at a time, from the page cache the writes
    just filled, and hashes it.  Hashing each 64 KiB piece as it arrived
    took and gave back the interpreter lock sixteen times a MiB and kept the
    hash from running beside the network reads (a 200 MB fetch ran at half
    the plain GET's rate, and at the GET's rate with the hash left out);
    reading and hashing a block at a time lets go of it for each block.
    The part is read once, whatever its size, and a resumed part's kept
    bytes are hashed the same way.  :meth:`close` hashes what is left on the
    calling thread (a small file, most images, never starts the thread);
    :meth:`discard` stops without hashing it, for a part that is thrown away
    or left for a later run.  :attr:`covered` is how many bytes the digest
    is of — fewer than written only if reading the part failed, and then
    the caller hashes the file itself to see the error."""

    BLOCK_BYTES = 4 * 1024 * 1024  # read and hashed at a time (a MiB: 10 % slower)
    THREAD_AFTER = 4 * 1024 * 1024  # a smaller file is hashed by close, on the caller's thread

    def __init__(self, part: Path, written: int = 0) -> None:
        self._sha = hashlib.sha256()
        self._handle = part.open("rb", buffering=0)
        self._buffer: memoryview | None = None  # sized at first use: most files are small
        self.written = written
        self.covered = 0
        self._failed = False
        self._closing = False
        self._wake_at = written
        self._ready = threading.Condition()
        self._thread: threading.Thread | None = None

    def grew(self, count: int) -> None:
        """``count`` more bytes were written to the end of the part."""
        self.written += count
        if self.written < self._wake_at:
            return
        self._wake_at = self.written + self.BLOCK_BYTES
        if self._thread is None:
            if self.written - self.covered < self.THREAD_AFTER:
                return
            self._thread = threading.Thread(target=self._follow, name="sha256", daemon=True)
            self._thread.start()
        with self._ready:
            self._ready.notify()

    def _follow(self) -> None:
        while True:
            with self._ready:
                self._ready.wait_for(
                    lambda: self._closing or self.written - self.covered >= self.BLOCK_BYTES
                )
                if self._closing:
                    return
            # one block per turn, so that closing waits for one block at most
            if not self._hash_up_to(self.covered + self.BLOCK_BYTES):
                return

    def _hash_up_to(self, end: int) -> bool:
        """Hash the part's bytes up to ``end``; False if reading failed."""
        while not self._failed and self.covered < end:
            if self._buffer is None:
                self._buffer = memoryview(bytearray(min(end - self.covered, self.BLOCK_BYTES)))
            want = min(end - self.covered, len(self._buffer))
            try:
                got = self._handle.readinto(self._buffer[:want])
            except OSError:
                got = 0
            if not got:  # shorter than written, or unreadable: the caller looks again
                self._failed = True
                break
            self._sha.update(self._buffer[:got])
            self.covered += got
        return not self._failed

    def _stop(self) -> None:
        if self._thread is not None:
            with self._ready:
                self._closing = True
                self._ready.notify()
            self._thread.join()
            self._thread = None

    def close(self) -> None:
        """Hash what the thread has not, and let go of the part."""
        self._stop()
        if not self._handle.closed:
            self._hash_up_to(self.written)
            self._handle.close()

    def discard(self) -> None:
        """Let go of the part without hashing the rest: the digest is not wanted."""
        self._stop()
        self._handle.close()

    def hexdigest(self) -> str:
        self.close()
        return self._sha.hexdigest()


# fdatasync skips the file's times (the size is still flushed); not on every platform
_datasync: Callable[[int], None] = getattr(os, "fdatasync", os.fsync)


class PartSync:
    """Flushes a part being written to the disk on a thread of its own.

    Each flush waits for the disk (four of them were a sixth of a 200 MB
    fetch's client time, profiled), so :meth:`start` begins one beside the
    writes of the next pieces and returns at once; it starts nothing while
    the last one still runs, so at most one waits at a time.  :meth:`finish`
    waits for it and flushes what was written since, on the calling thread,
    and raises what a flush raised (a failing disk): a part is complete on
    disk when it returns.  :meth:`wait` only waits, before the file is
    closed on any other way out."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._thread: threading.Thread | None = None
        self._error: OSError | None = None

    def start(self) -> bool:
        """Begin a flush unless one is running; whether one began."""
        if self._thread is not None and self._thread.is_alive():
            return False
        self._thread = threading.Thread(target=self._flush, name="fsync", daemon=True)
        self._thread.start()
        return True

    def _flush(self) -> None:
        try:
            _datasync(self._fd)
        except OSError as exc:
            self._error = exc

    def wait(self) -> None:
        """Wait for a running flush: the file may be closed after this."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def finish(self) -> None:
        self.wait()
        if self._error is not None:
            raise self._error
        os.fsync(self._fd)


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
        # The SHA-256 of the part as it is written (None: not begun, or the
        # part was thrown away), so a large file is not read again to check it.
        self._digest: PartDigest | None = None

    # ------------------------------------------------------------ public
    def run(self) -> FetchReport:
        try:
            return self._run()
        finally:
            self._drop_digest()

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
        self._drop_digest()
        self.part.unlink(missing_ok=True)
        self.report.restarts += 1

    def _drop_digest(self) -> None:
        if self._digest is not None:
            self._digest.discard()
            self._digest = None

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
        sync = PartSync(fd)
        unsynced = 0
        try:
            if have == 0:
                os.ftruncate(fd, 0)
            digest = self._digest_of(have)
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
                digest.grew(len(chunk))
                self.report.bytes_fetched += len(chunk)
                unsynced += len(chunk)
                if unsynced >= SYNC_EVERY_BYTES and sync.start():
                    unsynced = 0
                done += len(chunk)
                self._on_progress(len(chunk))
            sync.finish()
        except FetchCancelled:
            sync.finish()
            raise
        finally:
            sync.wait()  # never close the file under a running flush
            os.close(fd)

    def _problem(self) -> str | None:
        """Why the part is not the expected file ("size", "sha256"), or None."""
        if self.expected.size is not None and self._have() != self.expected.size:
            return "size"
        if self.expected.sha256 is not None and self._part_sha256() != self.expected.sha256.lower():
            return "sha256"
        return None

    def _digest_of(self, have: int) -> PartDigest:
        """The digest of the part, which has ``have`` bytes: the one kept from
        the last attempt of this run if it has followed the part so far, else
        a new one, which hashes the bytes kept from before (once) as well."""
        if self._digest is None or self._digest.written != have:
            self._drop_digest()
            self._digest = PartDigest(self.part, written=have)
        return self._digest

    def _part_sha256(self) -> str:
        digest, self._digest = self._digest, None
        if digest is not None:
            hexdigest = digest.hexdigest()
            if digest.covered == self._have():
                return hexdigest
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
