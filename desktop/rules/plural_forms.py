"""Plural forms, the rules translators fill in (pure: no Qt, no I/O).

English is the source language and has no catalogue: a source text marks its
plural with ``(s)``, ``(es)`` or ``[singular|plural]`` ("%Ln change(s)
[is|are] waiting"), and :func:`english_form` picks the form for ``n``.  For
the other shipped languages a message has one text per plural form, in the
order Qt Linguist gives them (Qt's numerus rules); :func:`form_index` picks
one, so the command line, which has no Qt, reads the same catalogues.
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"\((e?s)\)|\[([^|\]]*)\|([^\]]*)\]")


def english_form(source: str, n: int) -> str:
    """The singular (``n == 1``) or plural of a source's plural markers."""

    def one(match: re.Match[str]) -> str:
        if match.group(1) is not None:
            return "" if n == 1 else match.group(1)
        return match.group(2) if n == 1 else match.group(3)

    return _MARKER.sub(one, source)


def form_index(language: str, n: int) -> int:
    """Which of a message's plural texts ``n`` takes in ``language`` (Qt's order)."""
    n = abs(n)
    if language == "ar":  # zero, one, two, few (3-10), many (11-99), other
        if n <= 2:
            return n
        rest = n % 100
        return 3 if 3 <= rest <= 10 else 4 if rest >= 11 else 5
    return 0 if n == 1 else 1  # English, Spanish: one, other
