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
* an SVG holds a picture only: no scripts, event handlers (``onload=``),
  ``<foreignObject>``, references to other files or sites, or DOCTYPE
  (whose entities can also blow up in memory).

Pure: bytes in, problems out.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Mapping
from typing import Any

from desktop.course_package.images import content_type
from desktop.course_package.problems import ProblemLog

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
_FORBIDDEN_ELEMENTS = {
    "script",
    "foreignobject",
    "iframe",
    "embed",
    "object",
    "handler",
    "listener",
    "audio",
    "video",
}
_SAFE_DATA_IMAGE = re.compile(r"data:image/(png|jpeg|gif|webp)[;,]", re.IGNORECASE)
_CSS_URL = re.compile(r"url\(\s*['\"]?\s*([^'\")\s]*)", re.IGNORECASE)


def check_files(files: Mapping[str, bytes], problems: ProblemLog) -> None:
    check_names(list(files), problems)
    for path in sorted(files):
        kind = content_type(path)
        if kind is not None:
            problem = image_problem(kind, files[path])
            if problem is not None:
                problems.add(path, None, problem)


def check_names(paths: list[str], problems: ProblemLog) -> None:
    for path, message in name_problems(paths):
        shown = path if len(path) <= MAX_PATH_CHARACTERS else path[:60] + "…"
        problems.add(shown, None, message)


def name_problems(paths: list[str]) -> list[tuple[str, str]]:
    """(path, why) for each of ``paths`` that breaks on some learner's disk:
    the rules ``lantern check`` applies to a package, and a download to the
    image names it finds in lessons from the server."""
    found: list[tuple[str, str]] = []
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
            found.append(
                (
                    path,
                    f"differs from {other} only in upper and lower case; "
                    "Windows and macOS would see one file: rename one of them.",
                )
            )
        if folded in folders:
            found.append(
                (
                    path,
                    f"is a file, but the package also has a folder "
                    f"{folders[folded]}/; a name cannot be both.",
                )
            )
        problem = name_problem(path)
        if problem is not None:
            found.append((path, problem))
    return found


def name_problem(path: str) -> str | None:
    """Why one file name does not fit common file systems, or None."""
    if len(path) > MAX_PATH_CHARACTERS:
        return (
            f"the path is {len(path)} characters long; at most {MAX_PATH_CHARACTERS} "
            "fit on every computer once Lantern's data folder is in front of it."
        )
    for part in path.split("/"):
        if len(part.encode("utf-8")) > MAX_PART_BYTES:
            return (
                f"a name is longer than {MAX_PART_BYTES} bytes, the most common file systems allow."
            )
        if _WINDOWS_REFUSED.search(part):
            return (
                "a name holds a character Windows refuses in file names "
                '(< > : " | ? * or a control character).'
            )
        if part.split(".", 1)[0].casefold() in _WINDOWS_RESERVED:
            return f"'{part}' is a name Windows reserves for a device; rename it."
        if part.endswith((".", " ")):
            return "a name ends in a dot or a space, which Windows drops; rename it."
    return None


def image_problem(kind: str, data: bytes) -> str | None:
    """None when ``data`` is an image of type ``kind``; else a sentence why not."""
    if not data:
        return "is empty (0 bytes), not an image."
    if kind == "image/svg+xml":
        return svg_problem(data)
    if kind == "image/webp":
        ok = data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    else:
        ok = data.startswith(_SIGNATURES[kind])
    if ok:
        return None
    name = kind.split("/", 1)[1].upper()
    return (
        f"is not a {name} image: its content does not start like one "
        "(perhaps it was renamed, or only partly copied)."
    )


def svg_problem(data: bytes) -> str | None:
    """None when the SVG is a plain picture; else a sentence why it is refused."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return "is not an SVG image Lantern accepts: save it as UTF-8."
    if "<!doctype" in text.lower() or "<!entity" in text.lower():
        return (
            "is an SVG with a DOCTYPE or entities; save it without them "
            "(a plain SVG needs neither)."
        )
    parser: Any = ElementTree.XMLPullParser(events=("start", "end"))
    root_seen = False
    try:
        parser.feed(text)
        parser.close()
        for event, element in parser.read_events():
            if not isinstance(element, ElementTree.Element):
                continue
            name = _local(element.tag)
            if event == "start" and not root_seen:
                root_seen = True
                if name != "svg":
                    return "is not an SVG image: its first element is not <svg>."
            problem = (
                _element_problem(name, element)
                if event == "start"
                else _style_problem(name, element.text or "")
            )
            if problem is not None:
                return (
                    f"is an SVG that {problem}; it would run in learners' browsers "
                    "from the public course bucket. Remove it and export the picture again."
                )
            if event == "end":
                element.clear()
    except ElementTree.ParseError as error:
        return f"is not a well-formed SVG image ({error})."
    return None if root_seen else "is not an SVG image: it holds no <svg> element."


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1].casefold()


def _element_problem(name: str, element: ElementTree.Element) -> str | None:
    if name in _FORBIDDEN_ELEMENTS:
        return f"holds a <{element.tag.rsplit('}', 1)[-1]}> element"
    for attribute, value in element.attrib.items():
        local = _local(attribute)
        if local.startswith("on"):
            return f"has an event handler ({local}=…)"
        if "javascript:" in value.casefold().replace(" ", ""):
            return "holds a javascript: address"
        if local in ("href", "src") and not _internal(value):
            return f'refers to another file or site ({local}="{value[:60]}")'
        if (
            name in ("set", "animate")
            and local == "attributename"
            and _local(value) in ("href", "src")
        ):
            return "animates a link address"
        if local == "style":
            problem = _style_problem("style", value)
            if problem is not None:
                return problem
    return None


def _style_problem(name: str, css: str) -> str | None:
    if name != "style":
        return None
    if "@import" in css.casefold():
        return "imports a style sheet"
    for match in _CSS_URL.finditer(css):
        if not _internal(match.group(1)):
            return "refers to another file or site in its style"
    return None


def _internal(value: str) -> bool:
    value = value.strip()
    return value.startswith("#") or bool(_SAFE_DATA_IMAGE.match(value))
