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

from desktop.course_package.problems import Phrase

Path = tuple[str | int, ...]

_ERROR_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)$")
_ERROR_AT_END = re.compile(r"\s*\(at end of document\)$")
_BARE_PART = r"(?:[A-Za-z0-9_\-]+|\"[^\"]*\"|'[^']*')"
_KEY = re.compile(rf"^\s*({_BARE_PART}(?:\s*\.\s*{_BARE_PART})*)\s*=")


@dataclass(frozen=True)
class TomlError:
    """Why a TOML document did not parse (a phrase: ``toml.*``), and on which
    line (1-based)."""

    line: int
    message: Phrase


#: how deep arrays and inline tables may nest: far beyond any course, far
#: below what makes ``tomllib`` (or printing the value) exceed Python's stack
MAX_NESTING = 32
_LONG_NUMBER = re.compile(r"[0-9A-Fa-f_]{21,}")
_NUL_ESCAPE = re.compile(r"\\(?:u0000|U00000000)")


def parse_toml(text: str) -> dict[str, Any] | TomlError:
    """The document as a dict, or where and why it cannot be used.

    Besides malformed TOML: values nested more than ``MAX_NESTING`` deep
    (``tomllib`` recurses, and 500 levels crashed ``lantern check`` with a
    RecursionError) and texts holding a NUL character (``\\u0000``), which
    PostgreSQL cannot store (issue #12)."""
    deep = _too_deep(text)
    if deep is not None:
        return TomlError(deep, Phrase.of("toml.nested_too_deep", limit=MAX_NESTING))
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return _describe(error, text)
    except RecursionError:  # belt and braces: _too_deep should have said so
        return TomlError(1, Phrase.of("toml.recursion", limit=MAX_NESTING))
    except ValueError:  # int() refuses numbers of more than 4,300 digits
        return TomlError(_long_number_line(text), Phrase.of("toml.too_many_digits"))
    unusable = _unusable(document)
    if unusable == "number":
        return TomlError(_long_number_line(text), Phrase.of("toml.number_too_large"))
    if unusable == "nul":
        match = _NUL_ESCAPE.search(text)
        line = text.count("\n", 0, match.start()) + 1 if match else 1
        return TomlError(line, Phrase.of("toml.nul_character"))
    return document


def _too_deep(text: str) -> int | None:
    """The line where brackets outside strings and comments first nest more
    than ``MAX_NESTING`` deep, if they do; one pass, no recursion."""
    depth = 0
    line = 1
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if char == "\n":
            line += 1
        elif char in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return line
        elif char in "]}":
            depth = max(0, depth - 1)
        elif char == "#":
            end = text.find("\n", index)
            index = length if end < 0 else end
            continue
        elif char in "\"'":
            end = _string_end(text, index)
            line += text.count("\n", index, end)
            index = end
            continue
        index += 1
    return None


def _string_end(text: str, start: int) -> int:
    """The position after the string starting at ``start`` (or the end)."""
    quote = text[start]
    if text.startswith(quote * 3, start):
        end = text.find(quote * 3, start + 3)
        if quote == '"':
            while end > 0 and _escaped(text, end):
                end = text.find(quote * 3, end + 1)
        return len(text) if end < 0 else end + 3
    index = start + 1
    while index < len(text):
        char = text[index]
        if char == "\n":
            return index
        if char == "\\" and quote == '"':
            index += 2
            continue
        if char == quote:
            return index + 1
        index += 1
    return len(text)


def _escaped(text: str, position: int) -> bool:
    backslashes = 0
    while position - backslashes - 1 >= 0 and text[position - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def _long_number_line(text: str) -> int:
    match = _LONG_NUMBER.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def _unusable(document: Any) -> str | None:
    """ "nul" or "number" when a text holds NUL or an integer is beyond 64
    bits (too large to print in a message, let alone store), else None."""
    pending = [document]
    while pending:
        value = pending.pop()
        if isinstance(value, str):
            if "\x00" in value:
                return "nul"
        elif isinstance(value, bool):
            continue
        elif isinstance(value, int):
            if not -(2**63) <= value < 2**64:
                return "number"
        elif isinstance(value, dict):
            pending.extend(value.keys())
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return None


def _describe(error: tomllib.TOMLDecodeError, text: str) -> TomlError:
    """tomllib's own reason (English, from outside) as ``toml.syntax``'s data."""
    message = str(error)
    match = _ERROR_POSITION.search(message)
    if match:
        return TomlError(int(match.group(1)), _syntax(message[: match.start()]))
    match = _ERROR_AT_END.search(message)
    if match:
        return TomlError(max(1, text.count("\n") + 1), _syntax(message[: match.start()]))
    return TomlError(1, _syntax(message))


def _syntax(reason: str) -> Phrase:
    return Phrase.of("toml.syntax", error=reason)


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
    rest = stripped[end + len(close) :].strip()
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
                rest = line[key.end() :]
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
