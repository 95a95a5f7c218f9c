"""Text documents in a package: UTF-8 decoding and front-matter splitting.

A lesson file is a TOML block between two ``+++`` lines, then Markdown::

    +++
    title = "What is a URL?"
    order = 1
    +++
    # What is a URL?
    ...

Splitting is only finding those two lines; the block itself goes to
``tomllib``.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.course_package.problems import ProblemLog

FENCE = "+++"


def decode_utf8(path: str, data: bytes, problems: ProblemLog) -> str | None:
    """The text of a file, or None after reporting the line of the first
    byte that is not UTF-8.  A leading byte-order mark is dropped and Windows
    line endings become ``\\n``."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        problems.add(path, line, "text.not_utf8")
        return None
    nul = data.find(b"\x00")
    if nul >= 0:  # PostgreSQL text cannot hold it: refused here, not at publish time
        line = data.count(b"\n", 0, nul) + 1
        problems.add(path, line, "text.nul_byte")
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass(frozen=True)
class FrontMatter:
    toml: str  # the text between the fences
    toml_first_line: int  # file line of the block's first line
    body: str  # everything after the closing fence
    body_first_line: int


def split_front_matter(path: str, text: str, problems: ProblemLog) -> FrontMatter | None:
    lines = text.split("\n")
    if not lines or lines[0].strip() != FENCE:
        problems.add(path, 1, "lesson.no_front_matter", fence=FENCE)
        return None
    for index in range(1, len(lines)):
        if lines[index].strip() == FENCE:
            rest = lines[index + 1 :]
            blank = next((n for n, line in enumerate(rest) if line.strip()), len(rest))
            return FrontMatter(
                toml="\n".join(lines[1:index]),
                toml_first_line=2,
                body="\n".join(rest[blank:]),
                body_first_line=index + 2 + blank,
            )
    problems.add(path, 1, "lesson.front_matter_not_closed", fence=FENCE)
    return None
