"""TOML documents with line numbers: parsing with ``tomllib`` and finding
the line of a key for the validator's messages.

``tomllib`` gives values without positions.  To say *where* a semantic
problem is ("difficulty 'expert' is not one of …" on line 6), ``KeyLines``
scans the text for table headers and ``key =`` lines.  It does not parse
values — ``tomllib`` has already done that — it only remembers which line
each dotted path starts on, so a wrong guess costs a line number, never a
wrong value.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

Path = tuple[str | int, ...]

_ERROR_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)$")
_ERROR_AT_END = re.compile(r"\s*\(at end of document\)$")
_BARE_PART = r"(?:[A-Za-z0-9_\-]+|\"[^\"]*\"|'[^']*')"
_KEY = re.compile(rf"^\s*({_BARE_PART}(?:\s*\.\s*{_BARE_PART})*)\s*=")


@dataclass(frozen=True)
class TomlError:
    """Why a TOML document did not parse, and on which line (1-based)."""

    line: int
    message: str


def parse_toml(text: str) -> dict[str, Any] | TomlError:
    """The document as a dict, or where and why it is malformed."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return _describe(error, text)


def _describe(error: tomllib.TOMLDecodeError, text: str) -> TomlError:
    message = str(error)
    match = _ERROR_POSITION.search(message)
    if match:
        return TomlError(int(match.group(1)), message[: match.start()])
    match = _ERROR_AT_END.search(message)
    if match:
        return TomlError(max(1, text.count("\n") + 1), message[: match.start()])
    return TomlError(1, message)


def _header(line: str) -> tuple[bool, str] | None:
    """(whether ``[[…]]``, the name) of a table header line, else None.

    By hand, not ``^\\s*(\\[\\[|\\[)\\s*([^\\[\\]]+?)\\s*(\\]\\]|\\])…``, which
    took quadratic time on a long line of ``[`` and spaces (issue #12).
    """
    stripped = line.strip()
    if not stripped.startswith("["):
        return None
    double = stripped.startswith("[[")
    close = "]]" if double else "]"
    start = len(close)
    end = stripped.find(close, start)
    if end < 0:
        return None
    name = stripped[start:end].strip()
    rest = stripped[end + len(close):].strip()
    if not name or "[" in name or (rest and not rest.startswith("#")):
        return None
    return double, name


def _split_dotted(key: str) -> tuple[str, ...]:
    parts = re.findall(_BARE_PART, key)
    return tuple(part[1:-1] if part[:1] in "\"'" else part for part in parts)


class KeyLines:
    """Line numbers of the keys and tables of one TOML text.

    Paths are tuples: ``("quiz", "questions", 1, "correct")`` is the
    ``correct`` key of the second ``[[quiz.questions]]`` table.  ``first_line``
    shifts every line, for TOML embedded in a Markdown file's front matter.
    """

    def __init__(self, text: str, *, first_line: int = 1) -> None:
        self._lines: dict[Path, int] = {}
        self._scan(text.splitlines(), first_line)

    def _scan(self, lines: Sequence[str], first_line: int) -> None:
        table: Path = ()
        array_counts: dict[tuple[str, ...], int] = {}
        in_multiline: str | None = None
        for number, line in enumerate(lines, start=first_line):
            if in_multiline is not None:
                if line.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            header = _header(line)
            if header:
                names = _split_dotted(header[1])
                if header[0]:
                    index = array_counts.get(names, 0)
                    array_counts[names] = index + 1
                    table = (*self._with_array_indexes(names, array_counts), index)
                else:
                    table = self._with_array_indexes(names, array_counts)
                self._lines.setdefault(table, number)
                continue
            key = _KEY.match(line)
            if key:
                self._lines.setdefault(table + _split_dotted(key.group(1)), number)
                rest = line[key.end():]
                for quotes in ('"""', "'''"):
                    if rest.count(quotes) % 2 == 1:
                        in_multiline = quotes
                        break

    @staticmethod
    def _with_array_indexes(
        names: tuple[str, ...], array_counts: dict[tuple[str, ...], int]
    ) -> Path:
        # A header inside an array of tables ([quiz.questions.extra] after
        # [[quiz.questions]]) belongs to the latest element of that array.
        path: list[str | int] = []
        for depth in range(1, len(names) + 1):
            path.append(names[depth - 1])
            count = array_counts.get(names[:depth])
            if count and depth < len(names):
                path.append(count - 1)
        return tuple(path)

    def line_of(self, path: Path, default: int | None = None) -> int | None:
        """The line of ``path``, else of its nearest enclosing key or table."""
        for end in range(len(path), 0, -1):
            line = self._lines.get(path[:end])
            if line is not None:
                return line
        return default
