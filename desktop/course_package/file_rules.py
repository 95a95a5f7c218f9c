"""Rules on a package's file names and image contents (issue #12).

A package is unpacked on learners' computers (Windows and macOS disks do not
tell ``01-intro.md`` from ``01-Intro.md``) and its images are published to a
public bucket, where a browser opening an SVG runs its scripts.  So, before
anything is imported or published:

* no two names may differ only in case, and no name may be both a file and
  a folder (``images/pic.png`` beside ``images/pic.png/inner.png``);
* each name fits common file systems: at most 255 bytes per part, and at
  most ``MAX_PATH_CHARACTERS`` in all, so the path still fits Windows' 260
  characters once Lantern's data folder is put in front; no part is a name
  Windows reserves (``CON``, ``aux.png``) or ends in a dot or a space, and no
  character is one Windows refuses (``<>:"|?*``, control characters);
* every image is what its name says, by its first bytes (a text file named
  ``.png`` or an empty file is not an image);
* an SVG holds a picture only, judged against a list of what a picture
  needs (``svg_rules``);
* every video, sound and PDF file is what its name says, by its first
  bytes, and every captions file is WebVTT with readable cue times
  (``media``).

Pure: bytes in (media files through their ``read_at``), problems out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from desktop.course_package.images import content_type
from desktop.course_package.media import (
    CAPTION_TYPES,
    MAX_CAPTION_BYTES,
    caption_problem,
    content_problem,
    duration_seconds,
    media_type,
)
from desktop.course_package.problems import Phrase, ProblemLog
from desktop.course_package.source import MediaFile, MediaReadError
from desktop.course_package.svg_rules import svg_problems

MAX_PART_BYTES = 255
MAX_PATH_CHARACTERS = 160
_WINDOWS_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{n}" for n in range(10)),
    *(f"lpt{n}" for n in range(10)),
}
_WINDOWS_REFUSED = re.compile(r'[<>:"|?*\x00-\x1f]')
_SIGNATURES = {
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/gif": (b"GIF87a", b"GIF89a"),
}


def check_files(
    files: Mapping[str, bytes],
    problems: ProblemLog,
    *,
    media: Mapping[str, MediaFile] | None = None,
) -> None:
    check_names([*files, *(media or {})], problems)
    for path in sorted(files):
        if path.lower().endswith(tuple(CAPTION_TYPES)):
            _check_captions(path, files[path], problems)
            continue
        kind = content_type(path)
        if kind is None:
            continue
        problem = image_problem(kind, files[path])
        if problem is not None:
            problems.add(path, None, problem)
        elif kind == "image/svg+xml":
            for line, what in svg_problems(path, files[path], files):
                problems.add(path, line, what)


def check_names(paths: list[str], problems: ProblemLog) -> None:
    for path, what in name_problems(paths):
        shown = path if len(path) <= MAX_PATH_CHARACTERS else path[:60] + "…"
        problems.add(shown, None, what)


def name_problems(paths: list[str]) -> list[tuple[str, Phrase]]:
    """(path, why) for each of ``paths`` that breaks on some learner's disk:
    the rules ``lantern check`` applies to a package, and a download to the
    image names it finds in lessons from the server."""
    found: list[tuple[str, Phrase]] = []
    folders: dict[str, str] = {}  # casefolded folder path → as first written
    for path in paths:
        parts = path.split("/")
        for end in range(1, len(parts)):
            folder = "/".join(parts[:end])
            folders.setdefault(folder.casefold(), folder)
    seen: dict[str, str] = {}
    for path in sorted(paths):
        folded = path.casefold()
        other = seen.setdefault(folded, path)
        if other != path:
            found.append((path, Phrase.of("name.case_clash", other=other)))
        if folded in folders:
            found.append((path, Phrase.of("name.file_and_folder", folder=folders[folded])))
        problem = name_problem(path)
        if problem is not None:
            found.append((path, problem))
    return found


def name_problem(path: str) -> Phrase | None:
    """Why one file name does not fit common file systems, or None."""
    if len(path) > MAX_PATH_CHARACTERS:
        return Phrase.of("name.path_too_long", length=len(path), limit=MAX_PATH_CHARACTERS)
    for part in path.split("/"):
        if len(part.encode("utf-8")) > MAX_PART_BYTES:
            return Phrase.of("name.part_too_long", limit=MAX_PART_BYTES)
        if _WINDOWS_REFUSED.search(part):
            return Phrase.of("name.refused_character")
        if part.split(".", 1)[0].casefold() in _WINDOWS_RESERVED:
            return Phrase.of("name.reserved", part=part)
        if part.endswith((".", " ")):
            return Phrase.of("name.ends_in_dot_or_space")
    return None


def image_problem(kind: str, data: bytes) -> Phrase | None:
    """None when ``data`` is an image of type ``kind``; else why not."""
    if not data:
        return Phrase.of("image.empty")
    if kind == "image/svg+xml":
        return None  # judged by svg_rules.svg_problems
    if kind == "image/webp":
        ok = data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    else:
        ok = data.startswith(_SIGNATURES[kind])
    if ok:
        return None
    return Phrase.of("image.wrong_content", kind=kind.split("/", 1)[1].upper())


def _check_captions(path: str, data: bytes, problems: ProblemLog) -> None:
    if len(data) > MAX_CAPTION_BYTES:
        problems.add(path, None, "captions.too_large", size=len(data), limit=MAX_CAPTION_BYTES)
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        problems.add(path, line, "captions.not_utf8")
        return
    found = caption_problem(text)
    if found is not None:
        problems.add(path, found[0], found[1])


def check_media_files(
    media: Mapping[str, MediaFile], problems: ProblemLog
) -> dict[str, float | None]:
    """Each media file's length in seconds where its container tells (else
    None), after checking each holds what its name says."""
    durations: dict[str, float | None] = {}
    for path in sorted(media):
        kind = media_type(path)
        if kind is None:
            continue
        try:
            with media[path].open() as reader:
                problem = content_problem(kind, reader)
                durations[path] = None if problem else duration_seconds(kind, reader)
        except MediaReadError as error:
            problems.add(path, None, "media.unreadable", reason=error.what)
            continue
        if problem is not None:
            problems.add(path, None, problem)
    return durations
