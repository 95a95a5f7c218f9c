"""Reading a package's files from a folder or a zip, safely.

Both give the same thing: a mapping of package paths (``/``-separated,
relative to the folder holding ``course.toml``) to bytes, and beside it the
package's media files (video, audio, PDF: ``media.MEDIA_TYPES``), which may
be far larger than memory should hold and are read when needed, through a
``MediaFile``.  Nothing here interprets the files; limits keep a hostile or
broken zip from exhausting memory, and member names that climb out of the
package (``../``, absolute paths, drive letters) are refused rather than
read.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Protocol, Self

from desktop.course_package.media import is_media
from desktop.course_package.problems import Phrase, ProblemLog

log = logging.getLogger(__name__)

COURSE_FILE = "course.toml"
MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How big a package may be; generous for lessons with photos."""

    max_file_bytes: int = 20 * MiB
    max_total_bytes: int = 200 * MiB
    max_files: int = 2000
    # video, audio and PDF files: read as they are needed, never all at once
    max_media_bytes: int = 1024 * MiB
    max_media_total_bytes: int = 8 * 1024 * MiB


DEFAULT_LIMITS = Limits()
#: how much of a media file is read at a time (hashing, uploading, copying)
MEDIA_CHUNK = MiB
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    NotImplementedError,
    EOFError,
    OSError,
    ValueError,
    RuntimeError,
    struct.error,
)


class Stream(Protocol):
    """What a media file is read through: a file, a zip member, bytes in memory."""

    def read(self, size: int = -1, /) -> bytes: ...

    def seek(self, offset: int, whence: int = 0, /) -> int: ...

    def close(self) -> None: ...


class MediaReadError(OSError):
    """A media file could not be read whole (gone, changed, damaged zip): an
    ``OSError``, as reading any file of the package can raise.  ``what`` says
    why (``media.read_failed``, ``media.changed_size``, ``media.shorter_now``)
    for the UI or the CLI to word; ``str()`` is for logs."""

    def __init__(self, what: Phrase) -> None:
        super().__init__(str(what))
        self.what = what

    @classmethod
    def failed(cls, path: str, error: BaseException) -> MediaReadError:
        """``path`` could not be opened or read: ``error`` says why."""
        return cls(Phrase.of("media.read_failed", path=path, error=str(error)))


class MediaFile:
    """A media file of the package, opened each time it is read.

    ``size`` is what the folder or the zip said when the package was read;
    reading checks it, so a file changed or cut short since then (or a zip
    member whose declared size lies) raises ``MediaReadError`` instead of
    handing on other bytes than were checked."""

    def __init__(self, path: str, size: int, opener: Callable[[], Stream]) -> None:
        self.path = path
        self.size = size
        self._opener = opener
        self._sha256: str | None = None

    @classmethod
    def from_bytes(cls, path: str, data: bytes) -> MediaFile:
        return cls(path, len(data), lambda: io.BytesIO(data))

    def open(self) -> MediaReader:
        try:
            return MediaReader(self, self._opener())
        except _ZIP_ERRORS as error:
            raise MediaReadError.failed(self.path, error) from error

    def chunks(self, size: int = MEDIA_CHUNK) -> Iterator[bytes]:
        """The whole file, ``size`` bytes at a time, checked against ``self.size``."""
        with self.open() as reader:
            yield from reader.chunks(size)

    def sha256(self) -> str:
        if self._sha256 is None:
            digest = hashlib.sha256()
            for chunk in self.chunks():
                digest.update(chunk)
            self._sha256 = digest.hexdigest()
        return self._sha256

    def read_all(self) -> bytes:
        return b"".join(self.chunks())


class MediaReader:
    """An open media file: random reads (``media.Readable``) and the whole in chunks."""

    def __init__(self, file: MediaFile, stream: Stream) -> None:
        self.file = file
        self.size = file.size
        self._stream = stream
        self._position = 0

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stream.close()

    def read_at(self, offset: int, length: int) -> bytes:
        offset = max(0, min(offset, self.size))
        length = max(0, min(length, self.size - offset))
        try:
            if offset != self._position:
                self._stream.seek(offset)
            data = self._stream.read(length)
        except _ZIP_ERRORS as error:
            raise MediaReadError.failed(self.file.path, error) from error
        self._position = offset + len(data)
        return data

    def chunks(self, size: int = MEDIA_CHUNK) -> Iterator[bytes]:
        done = 0
        self.read_at(0, 0)
        while True:
            try:
                chunk = self._stream.read(min(size, self.size + 1 - done))
            except _ZIP_ERRORS as error:
                raise MediaReadError.failed(self.file.path, error) from error
            if not chunk:
                break
            done += len(chunk)
            if done > self.size:
                break
            yield chunk
        self._position = done
        if done != self.size:
            raise MediaReadError(
                Phrase.of("media.changed_size", path=self.file.path, size=done, expected=self.size)
            )


@dataclass
class PackageFiles:
    """What a folder or zip holds: small files' bytes, and media files to read later."""

    files: dict[str, bytes] = field(default_factory=dict)
    media: dict[str, MediaFile] = field(default_factory=dict)

    def paths(self) -> list[str]:
        return [*self.files, *self.media]

    def __contains__(self, path: object) -> bool:
        return path in self.files or path in self.media

    @property
    def total_size(self) -> int:
        return sum(len(data) for data in self.files.values()) + sum(
            file.size for file in self.media.values()
        )


def _is_ignored(parts: tuple[str, ...]) -> bool:
    # Editor and OS clutter (.git, .DS_Store, macOS zip resource forks).
    return any(part.startswith(".") or part == "__MACOSX" for part in parts)


class _Budget:
    def __init__(self, limits: Limits, origin: str, problems: ProblemLog) -> None:
        self.limits = limits
        self.origin = origin
        self.problems = problems
        self.total = 0
        self.media_total = 0
        self.count = 0
        self.exhausted = False

    def admit(self, name: str, size: int) -> bool:
        """Whether a file of ``size`` bytes may still be read."""
        if self.exhausted:
            return False
        media = is_media(name)
        most = self.limits.max_media_bytes if media else self.limits.max_file_bytes
        if size > most:
            code = "package.media_too_large" if media else "package.file_too_large"
            self.problems.add(name, None, code, size=size, limit=most)
            return False
        self.count += 1
        if media:
            self.media_total += size
        else:
            self.total += size
        if (
            self.count > self.limits.max_files
            or self.total > self.limits.max_total_bytes
            or self.media_total > self.limits.max_media_total_bytes
        ):
            self.problems.add(
                self.origin,
                None,
                "package.too_large",
                files=self.limits.max_files,
                bytes=self.limits.max_total_bytes,
                media_bytes=self.limits.max_media_total_bytes,
            )
            self.exhausted = True
            return False
        return True


def read_folder(root: Path, problems: ProblemLog, limits: Limits = DEFAULT_LIMITS) -> PackageFiles:
    found = PackageFiles()
    budget = _Budget(limits, root.name or str(root), problems)

    def unreadable(error: OSError) -> None:
        where = _relative(root, Path(error.filename)) if error.filename else root.name
        problems.add(where or ".", None, "package.unreadable", error=str(error.strerror or error))

    for directory, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=False):
        dirnames.sort()
        base = Path(directory)
        for name in [*dirnames]:
            if (base / name).is_symlink():
                problems.add(_relative(root, base / name), None, "package.symbolic_link")
                dirnames.remove(name)
        for name in sorted(filenames):
            relative = _relative(root, base / name)
            if not _is_ignored(PurePosixPath(relative).parts):
                _read_file(base / name, relative, budget, found, problems)
    return found


def _read_file(
    path: Path, relative: str, budget: _Budget, found: PackageFiles, problems: ProblemLog
) -> None:
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            problems.add(relative, None, "package.symbolic_link")
            return
        if not stat.S_ISREG(info.st_mode) or not budget.admit(relative, info.st_size):
            return
        if is_media(relative):
            found.media[relative] = MediaFile(relative, info.st_size, _file_opener(path))
            return
        found.files[relative] = path.read_bytes()
    except OSError as error:
        problems.add(relative, None, "package.unreadable", error=str(error.strerror or error))


def _file_opener(path: Path) -> Callable[[], Stream]:
    return lambda: path.open("rb")


def _relative(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def _safe_member_name(name: str) -> str | None:
    """The member's package path, or None when it would leave the package."""
    # ':' anywhere, not only as the second character: "./C:x" or "a/C:x"
    # under a stripped top folder becomes "C:x", a drive-relative path on
    # Windows, and "notes.md:x" names a hidden NTFS stream.
    if "\\" in name or ":" in name or name.startswith("/"):
        return None
    parts = PurePosixPath(name).parts
    if any(part == ".." for part in parts) or "\x00" in name:
        return None
    return "/".join(part for part in parts if part != ".")


def read_zip(
    source: Path | bytes,
    problems: ProblemLog,
    limits: Limits = DEFAULT_LIMITS,
    *,
    origin: str | None = None,
) -> PackageFiles:
    name = origin or (source.name if isinstance(source, Path) else "package.zip")
    try:
        archive = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (
        zipfile.BadZipFile,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,
        RuntimeError,
        struct.error,
    ) as error:
        # NotImplementedError: e.g. "zip file version 6.4" from a damaged header.
        problems.add(name, None, "zip.unreadable", error=str(error))
        return PackageFiles()
    with archive:
        found = _read_members(archive, source, name, problems, limits)
    return _strip_single_top_folder(found)


def _read_members(
    archive: zipfile.ZipFile,
    source: Path | bytes,
    origin: str,
    problems: ProblemLog,
    limits: Limits,
) -> PackageFiles:
    found = PackageFiles()
    files = found.files
    budget = _Budget(limits, origin, problems)
    for info in archive.infolist():
        if not info.filename or info.filename.endswith("/"):  # folders (is_dir() fails on "")
            continue
        path = _safe_member_name(info.filename)
        if path is None:
            problems.add(origin, None, "zip.member_outside", member=info.filename)
            continue
        if not path or _is_ignored(PurePosixPath(path).parts):
            continue
        if path in found:
            problems.add(path, None, "zip.duplicate")
            continue
        if info.flag_bits & 0x1:
            problems.add(path, None, "zip.encrypted")
            continue
        if not budget.admit(path, info.file_size):
            continue
        if is_media(path):
            found.media[path] = MediaFile(path, info.file_size, _member_opener(source, info))
            continue
        data = _read_member(archive, info, path, problems, limits)
        if data is not None:
            files[path] = data
    return found


def _member_opener(source: Path | bytes, info: zipfile.ZipInfo) -> Callable[[], Stream]:
    def open_member() -> Stream:
        archive = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
        try:
            return _MemberStream(archive, archive.open(info))
        except BaseException:
            archive.close()
            raise

    return open_member


class _MemberStream:
    """A zip member that closes its archive with it."""

    def __init__(self, archive: zipfile.ZipFile, member: Stream) -> None:
        self._archive = archive
        self._member = member

    def read(self, size: int = -1, /) -> bytes:
        return self._member.read(size)

    def seek(self, offset: int, whence: int = io.SEEK_SET, /) -> int:
        return self._member.seek(offset, whence)

    def close(self) -> None:
        self._member.close()
        self._archive.close()


def _read_member(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    path: str,
    problems: ProblemLog,
    limits: Limits,
) -> bytes | None:
    try:
        with archive.open(info) as member:
            # Never trust the declared size: read one byte past the limit.
            data = member.read(limits.max_file_bytes + 1)
    except _ZIP_ERRORS as error:
        problems.add(path, None, "zip.cannot_unpack", error=str(error))
        return None
    if len(data) > limits.max_file_bytes:
        problems.add(path, None, "zip.larger_than_declared")
        return None
    return data


def _strip_single_top_folder(found: PackageFiles) -> PackageFiles:
    # Zipping a folder usually puts everything under "<folder>/".
    paths = found.paths()
    if COURSE_FILE in found.files or not paths:
        return found
    tops = {path.split("/", 1)[0] for path in paths}
    if len(tops) != 1 or all("/" not in path for path in paths):
        return found
    top = tops.pop()
    if f"{top}/{COURSE_FILE}" not in found.files:
        return found
    cut = len(top) + 1
    media = {}
    for path, file in found.media.items():  # a media file is never course.toml: it has a "/"
        file.path = path[cut:]
        media[path[cut:]] = file
    return PackageFiles(
        {path[cut:]: data for path, data in found.files.items() if "/" in path}, media
    )


def read_package(path: Path, problems: ProblemLog, limits: Limits = DEFAULT_LIMITS) -> PackageFiles:
    """The files of the package at ``path`` (a folder or a ``.zip``)."""
    if path.is_dir():
        return read_folder(path, problems, limits)
    if path.is_file():
        return read_zip(path, problems, limits)
    if path.exists():
        problems.add(str(path), None, "package.not_folder_or_zip")
    else:
        problems.add(str(path), None, "package.does_not_exist")
    return PackageFiles()
