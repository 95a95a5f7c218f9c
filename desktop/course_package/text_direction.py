"""The language a course or lesson is written in, and which way its text runs.

``course.toml`` may say ``language = "ar"`` and ``direction = "rtl"``; a
lesson's front matter may say either for itself (a French lesson in an
Arabic course).  ``language`` is a BCP 47 tag as the web uses them —
language, then optionally script, region and variants: ``ar``, ``he``,
``fa-IR``, ``az-Arab``, ``sr-Latn-RS``, ``zh-Hant`` — checked for shape,
not against the registry.  ``direction`` is ``ltr``, ``rtl`` or ``auto``
(the default): ``auto`` follows the language (Arabic, Hebrew, Persian, Urdu,
… or a right-to-left script subtag run right to left), and without a
language each paragraph's first letter decides, as the reader does anyway.
"""

from __future__ import annotations

import enum
import re

from desktop.course_package.fields import Fields
from desktop.course_package.problems import Phrase


class Direction(enum.StrEnum):
    LTR = "ltr"
    RTL = "rtl"
    AUTO = "auto"


#: the server's check on courses.language and lessons.language is the same
LANGUAGE_TAG = re.compile(
    r"[A-Za-z]{2,3}(-[A-Za-z]{3}){0,3}"  # language, extended language subtags
    r"(-[A-Za-z]{4})?"  # script
    r"(-([A-Za-z]{2}|[0-9]{3}))?"  # region
    r"(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"  # variants
)
MAX_TAG = 35

# Languages written right to left in their usual script, and the
# right-to-left scripts (ISO 15924), for a tag that names its script.
RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi"}
)
RTL_SCRIPTS = frozenset({"arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg", "samr", "mand"})


def language_problem(tag: str) -> Phrase | None:
    """Why ``tag`` is not a language tag (``language.not_a_tag``), or None."""
    if len(tag) > MAX_TAG or LANGUAGE_TAG.fullmatch(tag) is None:
        return Phrase.of("language.not_a_tag", tag=repr(tag[:40]))
    return None


def resolved(language: str | None, direction: str | None) -> Direction:
    """Which way the text runs: ``direction`` when it says ltr or rtl, else
    from ``language``; AUTO when neither tells (each paragraph decides)."""
    if direction in (Direction.LTR, Direction.RTL):
        return Direction(direction)
    if not language:
        return Direction.AUTO
    subtags = language.split("-")
    scripts = [s.lower() for s in subtags[1:] if len(s) == 4 and s.isalpha()]
    if scripts:
        return Direction.RTL if scripts[0] in RTL_SCRIPTS else Direction.LTR
    return Direction.RTL if subtags[0].lower() in RTL_LANGUAGES else Direction.LTR


def read_language(fields: Fields) -> tuple[str | None, Direction | None]:
    """``language`` and ``direction`` of a course or lesson table (both optional);
    a wrong one is reported with its file and line, and taken as absent."""
    language = fields.text("language")
    if language is not None:
        problem = language_problem(language)
        if problem is not None:
            fields.report("language", "language.invalid", problem=problem)
            language = None
    direction = None
    if "direction" in fields.table:
        direction = fields.choice("direction", Direction, None)
    return language, direction
