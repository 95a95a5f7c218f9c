"""A lesson's sections: its text split on level-2 headings (``## …``).

Pure: the reader tracks reading progress per section and the store's lesson
search indexes each section on its own, and both must agree on the keys.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

INTRO_KEY = "introduction"
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Section:
    key: str  # stable id stored in section_progress
    title: str
    markdown: str


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words) or "section"


def heading_title(line: str) -> str | None:
    """The title of a level-2 heading line (``## Title ##``), else None.

    Written by hand: the regular expression it replaces,
    ``^##(?!#)\\s+(.+?)\\s*#*\\s*$``, took cubic time on a line of spaces
    (issue #12), and lesson text comes from the server.
    """
    if not line.startswith("##") or line[2:3] == "#" or not line[2:3].isspace():
        return None
    title = line[2:].strip()
    closed = title.rstrip("#")
    if closed != title and closed and closed[-1].isspace():
        title = closed.strip()  # the optional closing sequence: "## Title ##"
    return title or None


def split_sections(markdown: str) -> list[Section]:
    """Split on level-2 headings (``## …``) outside code fences.

    Text before the first heading is the "introduction" section (its title
    empty: the reader words it) when it holds more than a title.  Keys
    repeat-proof: a second "Summary" becomes "summary-2".
    """
    sections: list[tuple[str, list[str]]] = [("", [])]
    in_fence = False
    for line in markdown.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        title = None if in_fence else heading_title(line)
        if title:
            sections.append((title, [line]))
        else:
            sections[-1][1].append(line)
    result: list[Section] = []
    seen: dict[str, int] = {}
    for title, lines in sections:
        body = "\n".join(lines).strip()
        if not title:
            if not [ln for ln in lines if ln.strip() and not ln.startswith("# ")]:
                continue  # only a title line: not worth a section of its own
            key, title = INTRO_KEY, ""  # untitled: the reader names it in its language
        else:
            key = slug(title)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            key = f"{key}-{seen[key]}"
        result.append(Section(key, title, body))
    return result
