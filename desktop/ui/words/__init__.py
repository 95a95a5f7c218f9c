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


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The English source itself, its plural markers resolved for ``n``."""
    found = english_form(text, n) if n >= 0 and "%" in text else text
    return _PERCENT_N.sub(str(n), found) if n >= 0 else found


def _plain_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


@dataclass(frozen=True)
class Voice:
    """How to say things: a translator, and how numbers and lists are written."""

    translate: Translate = english
    number: Callable[[float], str] = _plain_number
    joined: Callable[[Iterable[str]], str] = ", ".join


ENGLISH = Voice()
