"""Typed reading of one TOML table, reporting each wrong value where it is.

``Fields`` wraps a parsed table with the file it came from and the line
index of that file, so the course, lesson and quiz readers can say "line 4:
'order' must be a whole number" in one call per key.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from desktop.course_package.problems import Phrase, ProblemLog, Value
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
        where: Phrase,
    ) -> None:
        self.table = table
        self.file = file
        self.lines = lines
        self.at = at  # path of this table inside the document
        self.problems = problems
        self.where = where  # how problems name this table: "the lesson", "question 2"

    def line(self, key: str | None = None) -> int | None:
        path = self.at if key is None else (*self.at, key)
        return self.lines.line_of(path, default=1)

    def report(self, at: str | None, code: str, /, **data: Value) -> None:
        """Records problem ``code`` at key ``at``'s line; ``where`` is added to its data."""
        self.problems.add(self.file, self.line(at), code, where=self.where, **data)

    def unknown_keys(self, allowed: Iterable[str]) -> None:
        known = set(allowed)
        for key in self.table:
            if key not in known:
                self.report(key, "field.unknown_key", key=key, known=tuple(sorted(known)))

    def text(self, key: str, *, required: bool = False) -> str | None:
        value = self.table.get(key, _MISSING)
        if value is _MISSING:
            if required:
                self.report(None, "field.missing", key=key)
            return None
        if not isinstance(value, str) or not value.strip():
            self.report(key, "field.not_text", key=key)
            return None
        return value.strip()

    def integer(
        self, key: str, *, minimum: int, maximum: int | None = None, required: bool = False
    ) -> int | None:
        value = self.table.get(key, _MISSING)
        if value is _MISSING:
            if required:
                self.report(None, "field.missing", key=key)
            return None
        # bool is an int in Python but not a number in an author's mind.
        if (
            not isinstance(value, int)
            or isinstance(value, bool)
            or value < minimum
            or (maximum is not None and value > maximum)
        ):
            if maximum is None:
                self.report(key, "field.not_whole_number_from", key=key, minimum=minimum)
            else:
                self.report(
                    key, "field.not_whole_number_between", key=key, minimum=minimum, maximum=maximum
                )
            return None
        if value > INT4_MAX:  # the server's integer columns hold 32 bits
            self.report(key, "field.too_large", key=key, value=value, maximum=INT4_MAX)
            return None
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.table.get(key, default)
        if not isinstance(value, bool):
            self.report(key, "field.not_boolean", key=key)
            return default
        return value

    def text_list(self, key: str) -> tuple[str, ...]:
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(
            isinstance(item, str) and item.strip() for item in value
        ):
            self.report(key, "field.not_text_list", key=key)
            return ()
        return tuple(item.strip() for item in value)

    def choice(self, key: str, kind: type[E], default: E | None) -> E | None:
        value = self.table.get(key, _MISSING)
        if value is _MISSING:
            if default is None:
                self.report(None, "field.missing", key=key)
            return default
        names = [member.value for member in kind]
        if value not in names:
            self.report(
                key,
                "field.not_a_choice",
                key=key,
                value=repr(value),
                choices=tuple(repr(name) for name in names),
            )
            return None
        return kind(value)

    def table_at(self, key: str) -> Mapping[str, Any] | None:
        value = self.table.get(key, _MISSING)
        if value is _MISSING:
            return None
        if not isinstance(value, dict):
            self.report(key, "field.not_a_table", key=key)
            return None
        return value
