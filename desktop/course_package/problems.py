"""Problems found in a course package: where they are, and what is wrong as a code.

The parser never raises on bad input (issue #5); every check appends a
``Problem`` to a ``ProblemLog`` and carries on, so an instructor sees every
mistake in one run instead of fixing them one at a time.

This package is pure and words nothing for people (issue #18): a problem is a
:class:`Phrase`, a code such as ``"field.missing"`` with its data (the key, the
line's text, a number, or another phrase such as "question 'q2'").  The app and
the command line word it in the reader's language from one table,
``desktop/ui/words/package.py``; ``str()`` of a problem is for logs only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Union

# Control characters (a zip member name may hold ESC sequences that repaint
# a terminal) and the bidirectional overrides that reorder what is shown.
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def showable(text: str) -> str:
    """``text`` with each control character written as an escape (``\\x1b``)."""
    return _UNSHOWABLE.sub(lambda m: ascii(m.group())[1:-1], text)


# What a phrase's data may hold: text from the package (shown as it is, made
# showable), a number (written in the reader's digits), a list of texts (joined
# the reader's way) or another phrase (worded in turn).
Value = Union[str, int, float, tuple[str, ...], "Phrase"]


@dataclass(frozen=True, order=True)
class Phrase:
    """A code and its data: what is wrong, for the UI or the CLI to word."""

    code: str
    data: tuple[tuple[str, Value], ...] = ()

    @classmethod
    def of(cls, code: str, **data: Value) -> Phrase:
        return cls(code, tuple(sorted(data.items())))

    def get(self, key: str, default: Value | None = None) -> Value | None:
        return dict(self.data).get(key, default)

    def __str__(self) -> str:  # for logs: the code and its data, never a sentence
        if not self.data:
            return self.code
        return f"{self.code}({', '.join(f'{k}={v!s}' for k, v in self.data)})"


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in a package: the file (relative to the package root), the
    1-based line when there is one, and what is wrong."""

    file: str
    line: int | None
    what: Phrase = field(default_factory=lambda: Phrase("unknown"))

    @property
    def code(self) -> str:
        return self.what.code

    def __str__(self) -> str:  # for logs: ``file:line: code(data)``
        where = showable(self.file) if self.line is None else f"{showable(self.file)}:{self.line}"
        return f"{where}: {showable(str(self.what))}"


@dataclass
class ProblemLog:
    """Collects problems in the order they were found."""

    problems: list[Problem] = field(default_factory=list)

    def add(self, file: str, line: int | None, code: str | Phrase, **data: Value) -> None:
        """Records ``code`` (with ``data``), or an already made phrase, at ``file:line``."""
        what = code if isinstance(code, Phrase) else Phrase.of(code, **data)
        self.problems.append(Problem(file, line, what))

    def __bool__(self) -> bool:
        return bool(self.problems)

    def __len__(self) -> int:
        return len(self.problems)

    def sorted(self) -> tuple[Problem, ...]:
        """Problems grouped by file, then by line (file-wide ones first)."""
        return tuple(
            sorted(self.problems, key=lambda p: (p.file, p.line or 0, p.code, str(p.what)))
        )
