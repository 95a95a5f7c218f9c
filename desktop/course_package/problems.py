"""Problems found in a course package: where they are and what is wrong.

The parser never raises on bad input (issue #5); every check appends a
``Problem`` to a ``ProblemLog`` and carries on, so an instructor sees every
mistake in one run instead of fixing them one at a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Control characters (a zip member name may hold ESC sequences that repaint
# a terminal) and the bidirectional overrides that reorder what is shown.
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def showable(text: str) -> str:
    """``text`` with each control character written as an escape (``\\x1b``)."""
    return _UNSHOWABLE.sub(lambda m: ascii(m.group())[1:-1], text)


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in a package: the file (relative to the package root), the
    1-based line when there is one, and a plain sentence."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = showable(self.file) if self.line is None else f"{showable(self.file)}:{self.line}"
        return f"{where}: {showable(self.message)}"


@dataclass
class ProblemLog:
    """Collects problems in the order they were found."""

    problems: list[Problem] = field(default_factory=list)

    def add(self, file: str, line: int | None, message: str) -> None:
        self.problems.append(Problem(file, line, message))

    def __bool__(self) -> bool:
        return bool(self.problems)

    def __len__(self) -> int:
        return len(self.problems)

    def sorted(self) -> tuple[Problem, ...]:
        """Problems grouped by file, then by line (file-wide ones first)."""
        return tuple(sorted(self.problems, key=lambda p: (p.file, p.line or 0, p.message)))
