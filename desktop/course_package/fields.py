"""Typed reading of one TOML table, reporting each wrong value where it is.

``Fields`` wraps a parsed table with the file it came from and the line
index of that file, so the course, lesson and quiz readers can say "line 4:
'order' must be a whole number" in one call per key.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from desktop.course_package.problems import ProblemLog
from desktop.course_package.toml_text import KeyLines, Path

E = TypeVar("E", bound=enum.Enum)
INT4_MAX = 2_147_483_647  # PostgreSQL ``integer``
_MISSING = object()


class Fields:
    def __init__(
        self,
        table: Mapping[str, Any],
        *,
        file: str,
        lines: KeyLines,
        at: Path,
        problems: ProblemLog,
        where: str,
    ) -> None:
        self.table = table
        self.file = file
        self.lines = lines
        self.at = at  # path of this table inside the document
        self.problems = problems
        self.where = where  # how messages name this table: "the lesson", "question 'q2'"

    def line(self, key: str | None = None) -> int | None:
        path = self.at if key is None else (*self.at, key)
        return self.lines.line_of(path, default=1)

    def report(self, key: str | None, message: str) -> None:
        self.problems.add(self.file, self.line(key), message)

    def unknown_keys(self, allowed: Iterable[str]) -> None:
        known = set(allowed)
        for key in self.table:
            if key not in known:
                self.report(
                    key,
                    f"{self.where} has an unknown setting '{key}' "
                    f"(known: {', '.join(sorted(known))}).",
                )

    def text(self, key: str, *, required: bool = False) -> str | None:
        value = self.table.get(key, _MISSING)
        if value is _MISSING:
            if required:
                self.report(None, f"{self.where} is missing '{key}'.")
            return None
        if not isinstance(value, str) or not value.strip():
            self.report(key, f"'{key}' of {self.where} must be non-empty text.")
            return None
        return value.strip()

    def integer(
        self, key: str, *, minimum: int, maximum: int | None = None, required: bool = False
    ) -> int | None:
        value = self.table.get(key, _MISSING)
        if value is _MISSING:
            if required:
                self.report(None, f"{self.where} is missing '{key}'.")
            return None
        # bool is an int in Python but not a number in an author's mind.
        if (
            not isinstance(value, int)
            or isinstance(value, bool)
            or value < minimum
            or (maximum is not None and value > maximum)
        ):
            bound = f"of at least {minimum}" if maximum is None else f"from {minimum} to {maximum}"
            self.report(key, f"'{key}' of {self.where} must be a whole number {bound}.")
            return None
        if value > INT4_MAX:  # the server's integer columns hold 32 bits
            self.report(
                key,
                f"'{key}' of {self.where} is {value:,}; the most the server "
                f"can store is {INT4_MAX:,}.",
            )
            return None
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.table.get(key, default)
        if not isinstance(value, bool):
            self.report(key, f"'{key}' of {self.where} must be true or false.")
            return default
        return value

    def text_list(self, key: str) -> tuple[str, ...]:
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(
            isinstance(item, str) and item.strip() for item in value
        ):
            self.report(
                key, f'\'{key}\' of {self.where} must be a list of texts, like ["one", "two"].'
            )
            return ()
        return tuple(item.strip() for item in value)

    def choice(self, key: str, kind: type[E], default: E | None) -> E | None:
        value = self.table.get(key, _MISSING)
        if value is _MISSING:
            if default is None:
                self.report(None, f"{self.where} is missing '{key}'.")
            return default
        names = [member.value for member in kind]
        if value not in names:
            self.report(
                key,
                f"'{key}' of {self.where} is {value!r}, which is not one of "
                f"{', '.join(repr(name) for name in names)}.",
            )
            return None
        return kind(value)

    def table_at(self, key: str) -> Mapping[str, Any] | None:
        value = self.table.get(key, _MISSING)
        if value is _MISSING:
            return None
        if not isinstance(value, dict):
            self.report(key, f"'{key}' of {self.where} must be a table.")
            return None
        return value
