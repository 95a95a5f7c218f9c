"""Media blocks: how a lesson places a video, a sound or a PDF (issue #16).

A media block is a fenced block whose info string is ``media``, holding
TOML::

    ```media
    file = "media/request.mp4"
    title = "How a request travels"
    duration = "2:05"
    poster = "images/request-poster.png"
    captions = "media/request.en.vtt"
    ```

``file`` and ``title`` are required; ``duration`` (``m:ss``, ``h:mm:ss`` or
whole seconds) and ``poster`` (an image of the package) are optional;
``captions`` (a WebVTT file) is for video and sound.  A Markdown viewer that
knows nothing of Lantern shows the block as code, so a package still reads
sensibly on a code-hosting site; Lantern's reader shows a player in its
place.  Only blocks at the start of a line (indented at most three spaces,
as CommonMark allows a fence) count: a fence inside a list item or quote is
code.

Pure: text in, ``MediaDraft`` values and problems out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.course_package.fields import Fields
from desktop.course_package.images import package_path, scheme
from desktop.course_package.problems import Phrase, ProblemLog
from desktop.course_package.toml_text import KeyLines, TomlError, parse_toml

MEDIA_INFO = "media"
MEDIA_KEYS = ("file", "title", "duration", "poster", "captions")
#: a lesson may hold this many media blocks
MAX_MEDIA_BLOCKS = 50
#: the longest duration an author may write: a day
MAX_DURATION_SECONDS = 24 * 3600

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)$")
_CLOCK = re.compile(r"^(?:(\d{1,2}):)?(\d{1,3}):(\d{2})$")


@dataclass(frozen=True)
class Fence:
    """One fenced block: 0-based lines of its opening and closing fence
    (``close`` is the line after the body when the fence never closes),
    its info string's first word, and its text."""

    open: int
    close: int
    info: str
    text: str


@dataclass(frozen=True)
class MediaDraft:
    """One media block as written; paths are as the author wrote them."""

    index: int  # 0-based, in the order of the lesson
    line: int  # the file's line of the opening fence
    file: str | None
    title: str | None
    duration_seconds: int | None
    poster: str | None
    captions: str | None
    file_line: int
    poster_line: int
    captions_line: int
    duration_line: int


def fences(body: str) -> list[Fence]:
    """Every fenced block of ``body`` (the rule ``markdown_scan`` blanks them by)."""
    lines = body.split("\n")
    found: list[Fence] = []
    start: int | None = None
    marker = ""
    info = ""
    for number, line in enumerate(lines):
        match = _FENCE.match(line)
        if start is None:
            if match and not (match.group(1)[0] == "`" and "`" in match.group(2)):
                start, marker = number, match.group(1)
                words = match.group(2).split()
                info = words[0].lower() if words else ""
            continue
        if (
            match
            and match.group(1)[0] == marker[0]
            and len(match.group(1)) >= len(marker)
            and not match.group(2).strip()
        ):
            found.append(Fence(start, number, info, "\n".join(lines[start + 1 : number])))
            start = None
    if start is not None:
        found.append(Fence(start, len(lines), info, "\n".join(lines[start + 1 :])))
    return found


def read_media_blocks(
    file: str, body: str, first_line: int, problems: ProblemLog
) -> tuple[MediaDraft, ...]:
    """The media blocks of a lesson ``body`` whose first line is ``first_line`` of ``file``."""
    drafts: list[MediaDraft] = []
    for fence in fences(body):
        if fence.info != MEDIA_INFO:
            continue
        line = first_line + fence.open
        if len(drafts) == MAX_MEDIA_BLOCKS:
            problems.add(file, line, "media_block.too_many", limit=MAX_MEDIA_BLOCKS)
            break
        draft = _read_block(file, fence, line, len(drafts), problems)
        if draft is not None:
            drafts.append(draft)
    return tuple(drafts)


def _read_block(
    file: str, fence: Fence, line: int, index: int, problems: ProblemLog
) -> MediaDraft | None:
    document = parse_toml(fence.text)
    if isinstance(document, TomlError):
        problems.add(file, line + document.line, "media_block.invalid_toml", error=document.message)
        return None
    lines = KeyLines(fence.text, first_line=line + 1)
    fields = Fields(
        document,
        file=file,
        lines=lines,
        at=(),
        problems=problems,
        where=Phrase.of("where.media_block"),
    )
    fields.unknown_keys(MEDIA_KEYS)
    if "file" not in document:
        problems.add(file, line, "media_block.no_file")
    if "title" not in document:
        problems.add(file, line, "media_block.no_title")
    return MediaDraft(
        index=index,
        line=line,
        file=fields.text("file") if "file" in document else None,
        title=fields.text("title") if "title" in document else None,
        duration_seconds=_duration(fields),
        poster=fields.text("poster"),
        captions=fields.text("captions"),
        file_line=fields.line("file") or line,
        poster_line=fields.line("poster") or line,
        captions_line=fields.line("captions") or line,
        duration_line=fields.line("duration") or line,
    )


def _duration(fields: Fields) -> int | None:
    if "duration" not in fields.table:
        return None
    value = fields.table["duration"]
    seconds: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        seconds = value
    elif isinstance(value, str) and (match := _CLOCK.match(value.strip())):
        hours, minutes, secs = match.groups()
        if int(secs) < 60 and (hours is None or int(minutes) < 60):
            seconds = int(hours or 0) * 3600 + int(minutes) * 60 + int(secs)
    if seconds is None or not 1 <= seconds <= MAX_DURATION_SECONDS:
        fields.report("duration", "media_block.bad_duration", key="duration")
        return None
    return seconds


def block_paths(body: str) -> list[str]:
    """Package paths of the files a lesson's media blocks name (media, posters,
    captions): what a download fetches with the lesson's images.  Blocks that
    ``lantern check`` would refuse are read as far as they go."""
    found: list[str] = []
    for block in read_media_blocks("", body, 1, ProblemLog()):
        for target in (block.file, block.poster, block.captions):
            path = package_path(target) if target and scheme(target) is None else None
            if path is not None:
                found.append(path)
    return sorted(set(found))


def clock(seconds: int) -> str:
    """``125`` → ``2:05``; ``3725`` → ``1:02:05``: how check and the docs write a duration."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
