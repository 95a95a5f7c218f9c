"""TeX in a lesson's Markdown: ``$…$`` inline and ``$$…$$`` display formulas.

Pure and linear in the length of the lesson (a lesson may be hostile, see
``markdown_scan``).  The delimiters follow the rule readers know from
Pandoc, so that prices stay prices:

* ``$$ … $$`` is a display formula; it may run over several lines of one
  paragraph, not across a blank line;
* ``$…$`` is an inline formula on one line when the opening ``$`` is followed
  by a non-space, and the closing ``$`` — the next one — follows a non-space
  and is not followed by a digit (``$5 and $6`` is not a formula; a formula
  holds no ``$`` of its own: write ``\\$`` in it);
* ``\\$`` is a dollar sign; code blocks and `code spans` are never formulas.

``lantern check`` converts each formula with latex2mathml (pure Python) to
say, with its line, which ones the reader could not show.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from desktop.course_package.markdown_scan import prose_only
from desktop.course_package.problems import Phrase

#: longer formulas are not rendered (the reader shows their TeX source)
MAX_FORMULA = 2_000
#: formulas one lesson may have; beyond, the rest stay text
MAX_FORMULAS = 2_000

_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class MathSpan:
    start: int  # position of the opening delimiter in the body
    end: int  # just after the closing delimiter
    tex: str
    display: bool
    line: int  # 1-based line of the opening delimiter


def find_math(body: str) -> list[MathSpan]:
    text = prose_only(body)
    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    spans: list[MathSpan] = []
    position = 0
    while len(spans) < MAX_FORMULAS:
        opener = _next_dollar(text, position)
        if opener < 0:
            break
        if text.startswith("$$", opener):
            span, position = _display(body, text, opener)
        else:
            index = bisect_right(line_starts, opener)
            line_end = line_starts[index] - 1 if index < len(line_starts) else len(text)
            span, position = _inline(body, text, opener, line_end)
        if span is not None:
            line = bisect_right(line_starts, span.start)
            spans.append(MathSpan(span.start, span.end, span.tex, span.display, line))
            position = span.end
    return spans


def _next_dollar(text: str, position: int) -> int:
    """The next unescaped ``$`` at or after ``position`` (-1: none)."""
    while True:
        found = text.find("$", position)
        if found <= 0:
            return found
        backslashes = 0
        while found - backslashes - 1 >= 0 and text[found - backslashes - 1] == "\\":
            backslashes += 1
        if backslashes % 2 == 0:
            return found
        position = found + 1


def _display(body: str, text: str, opener: int) -> tuple[MathSpan | None, int]:
    """A display formula from ``opener`` to the next ``$$`` in its paragraph,
    and where to look next."""
    closer = text.find("$$", opener + 2)
    # only the text between the two is searched: spans never overlap, so
    # the whole scan stays linear
    if closer < 0 or _BLANK_LINE.search(text, opener + 2, closer):
        return None, opener + 2
    tex = body[opener + 2 : closer].strip()
    if not tex:  # "$$ $$": nothing to show, and its closer opens nothing
        return None, closer + 2
    return MathSpan(opener, closer + 2, tex, True, 0), closer + 2


def _inline(body: str, text: str, opener: int, line_end: int) -> tuple[MathSpan | None, int]:
    """An inline formula opening at ``opener``, and where to look next.

    The formula ends at the next ``$`` on the line if that one can close it;
    otherwise that ``$`` is where the next formula may open (``$5 or $x$``),
    so each ``$`` is looked at at most twice and the scan stays linear."""
    if opener + 1 >= line_end or text[opener + 1].isspace():
        return None, opener + 1
    closer = _next_dollar(text, opener + 1)
    if closer < 0 or closer >= line_end:
        return None, line_end
    if text.startswith("$$", closer):  # a display delimiter: not this formula's end
        return None, closer
    if text[closer - 1].isspace() or text[closer + 1 : closer + 2].isdigit():
        return None, closer
    return MathSpan(opener, closer + 1, body[opener + 1 : closer], False, 0), closer + 1


def formula_problem(tex: str) -> Phrase | None:
    """Why the reader could not show ``tex`` (None: it can)."""
    if len(tex) > MAX_FORMULA:
        return Phrase.of("math.too_long", length=len(tex), limit=MAX_FORMULA)
    from latex2mathml.converter import convert

    try:
        convert(tex)
    except RecursionError:
        return Phrase.of("math.too_deep")
    except Exception as exc:  # the converter raises many kinds; each means "cannot show"
        kind = type(exc).__name__
        if str(exc):
            return Phrase.of("math.unreadable_because", kind=kind, error=str(exc))
        return Phrase.of("math.unreadable", kind=kind)
    return None
