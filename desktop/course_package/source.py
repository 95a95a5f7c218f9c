"""Reading a package's files from a folder or a zip, safely.

Both give the same thing: a mapping of package paths (``/``-separated,
relative to the folder holding ``course.toml``) to bytes.  Nothing here
interprets the files; limits keep a hostile or broken zip from exhausting
memory, and member names that climb out of the package (``../``, absolute
paths, drive letters) are refused rather than read.
"""

from __future__ import annotations

import io
import logging
import os
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from desktop.course_package.problems import ProblemLog

log = logging.getLogger(__name__)

COURSE_FILE = "course.toml"
MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How big a package may be; generous for lessons with photos."""

    max_file_bytes: int = 20 * MiB
    max_total_bytes: int = 200 * MiB
    max_files: int = 2000


DEFAULT_LIMITS = Limits()


def _is_ignored(parts: tuple[str, ...]) -> bool:
    # Editor and OS clutter (.git, .DS_Store, macOS zip resource forks).
    return any(part.startswith(".") or part == "__MACOSX" for part in parts)


class _Budget:
    def __init__(self, limits: Limits, origin: str, problems: ProblemLog) -> None:
        self.limits = limits
        self.origin = origin
        self.problems = problems
        self.total = 0
        self.count = 0
        self.exhausted = False

    def admit(self, name: str, size: int) -> bool:
        """Whether a file of ``size`` bytes may still be read."""
        if self.exhausted:
            return False
        if size > self.limits.max_file_bytes:
            self.problems.add(
                name,
                None,
                f"is {size:,} bytes; a file may be at most {self.limits.max_file_bytes:,} bytes.",
            )
            return False
        self.count += 1
        self.total += size
        if self.count > self.limits.max_files or self.total > self.limits.max_total_bytes:
            self.problems.add(
                self.origin,
                None,
                (
                    f"the package is too large: at most {self.limits.max_files:,} files "
                    f"and {self.limits.max_total_bytes:,} bytes in all."
                ),
            )
            self.exhausted = True
            return False
        return True


def read_folder(
    root: Path, problems: ProblemLog, limits: Limits = DEFAULT_LIMITS
) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    budget = _Budget(limits, root.name or str(root), problems)

    def unreadable(error: OSError) -> None:
        where = _relative(root, Path(error.filename)) if error.filename else root.name
        problems.add(where or ".", None, f"could not be read: {error.strerror or error}.")

    for directory, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=False):
        dirnames.sort()
        base = Path(directory)
        for name in [*dirnames]:
            if (base / name).is_symlink():
                problems.add(
                    _relative(root, base / name),
                    None,
                    "is a symbolic link; a package holds plain files only.",
                )
                dirnames.remove(name)
        for name in sorted(filenames):
            path = base / name
            relative = _relative(root, path)
            if _is_ignored(PurePosixPath(relative).parts):
                continue
            try:
                info = path.lstat()
                if stat.S_ISLNK(info.st_mode):
                    problems.add(
                        relative, None, "is a symbolic link; a package holds plain files only."
                    )
                    continue
                if not stat.S_ISREG(info.st_mode) or not budget.admit(relative, info.st_size):
                    continue
                data = path.read_bytes()
            except OSError as error:
                problems.add(relative, None, f"could not be read: {error.strerror or error}.")
                continue
            files[relative] = data
    return files


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
) -> dict[str, bytes]:
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
        problems.add(name, None, f"is not a readable zip file ({error}).")
        return {}
    with archive:
        files = _read_members(archive, name, problems, limits)
    return _strip_single_top_folder(files)


def _read_members(
    archive: zipfile.ZipFile, origin: str, problems: ProblemLog, limits: Limits
) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    budget = _Budget(limits, origin, problems)
    for info in archive.infolist():
        if not info.filename or info.filename.endswith("/"):  # folders (is_dir() fails on "")
            continue
        path = _safe_member_name(info.filename)
        if path is None:
            problems.add(
                origin,
                None,
                f"member '{info.filename}' points outside the "
                "package (an absolute path, '..', '\\' or ':', which Windows reads "
                "as a drive letter); the zip was refused.",
            )
            continue
        if not path or _is_ignored(PurePosixPath(path).parts):
            continue
        if path in files:
            problems.add(path, None, "appears twice in the zip.")
            continue
        if info.flag_bits & 0x1:
            problems.add(path, None, "is encrypted; packages cannot use zip passwords.")
            continue
        if not budget.admit(path, info.file_size):
            continue
        data = _read_member(archive, info, path, problems, limits)
        if data is not None:
            files[path] = data
    return files


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
    except (
        zipfile.BadZipFile,
        zlib.error,
        NotImplementedError,
        EOFError,
        OSError,
        ValueError,
        RuntimeError,
        struct.error,
    ) as error:
        problems.add(path, None, f"could not be unpacked from the zip ({error}).")
        return None
    if len(data) > limits.max_file_bytes:
        problems.add(path, None, "unpacks to more than its declared size; the zip is damaged.")
        return None
    return data


def _strip_single_top_folder(files: dict[str, bytes]) -> dict[str, bytes]:
    # Zipping a folder usually puts everything under "<folder>/".
    if COURSE_FILE in files or not files:
        return files
    tops = {path.split("/", 1)[0] for path in files}
    if len(tops) != 1 or all("/" not in path for path in files):
        return files
    top = tops.pop()
    if f"{top}/{COURSE_FILE}" not in files:
        return files
    return {path[len(top) + 1 :]: data for path, data in files.items() if "/" in path}


def read_package(
    path: Path, problems: ProblemLog, limits: Limits = DEFAULT_LIMITS
) -> dict[str, bytes]:
    """The files of the package at ``path`` (a folder or a ``.zip``)."""
    if path.is_dir():
        return read_folder(path, problems, limits)
    if path.is_file():
        return read_zip(path, problems, limits)
    if path.exists():
        problems.add(str(path), None, "is neither a folder nor a zip file.")
    else:
        problems.add(str(path), None, "does not exist.")
    return {}
