"""Words for codes that the pure and network layers return, shared by the app and
the command line (issue #18).

The layers below the UI word nothing for people: a course package's problems
are :class:`~desktop.course_package.problems.Phrase` codes with data, a
publish's refusals and report are codes and counts.  The tables here hold the
English source of each sentence, marked for ``pyside6-lupdate`` with
:func:`QT_TRANSLATE_NOOP`; a :class:`Voice` translates them.  The app's voice
is Qt's (``desktop.ui.i18n.voice``: the learner's language and digits), the
command line's reads the same catalogues without Qt (``desktop.cli.messages``).
Nothing in this package imports Qt, so ``lantern check`` stays light.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from desktop.rules.plural_forms import english_form

Translate = Callable[[str, str, str | None, int], str]
_PERCENT_N = re.compile(r"%L?n")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for ``pyside6-lupdate`` under ``context``; returns it unchanged."""
    return text


COUNTED = -1  # a plural sentence's count, given when it is said (the data key "n")


class Plural:
    """Marks a counted sentence: ``Plural.translate("package", "%Ln image(s) …", "",
    COUNTED)``.  ``pyside6-lupdate`` reads a ``translate`` call with a count as a
    plural message (translators then write each plural form), which it does not for
    ``QT_TRANSLATE_NOOP``.  Returns the text unchanged."""

    @staticmethod
    def translate(context: str, text: str, disambiguation: str, n: int) -> str:
        return text


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The English source itself, its plural markers resolved for ``n``."""
    found = english_form(text, n) if n >= 0 and "%" in text else text
    return _PERCENT_N.sub(str(n), found) if n >= 0 else found


def grouped(value: float, thousands: str = ",", point: str = ".") -> str:
    """``12,345`` / ``7.5``: a whole number with its thousands grouped, else one decimal."""
    written = f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"
    return (
        written.translate(str.maketrans(",.", "\0\1")).replace("\0", thousands).replace("\1", point)
    )


@dataclass(frozen=True)
class Voice:
    """How to say things: a translator, and how numbers and lists are written."""

    translate: Translate = english
    number: Callable[[float], str] = grouped
    joined: Callable[[Iterable[str]], str] = ", ".join


ENGLISH = Voice()
