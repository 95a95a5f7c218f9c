"""The command line's sentences, from the app's own catalogues, without Qt.

Every sentence a ``lantern`` command prints to a person goes through
:func:`translate`, spelled as the app spells Qt's: ``translate("cli.sync",
"Signed out {email}.")`` then ``.format(...)``, with the context and the text
written in the call, so ``pyside6-lupdate`` (``tools/translations.py update``
runs it over ``desktop/cli`` too) puts them in the same
``resources/translations/lantern_<code>.ts`` the translators fill in for the
app.  A count that chooses a plural goes as ``n``, positionally (lupdate marks
a message plural only then): ``translate("cli.sync", "%Ln change(s)", "", n)``.

The command line may not import Qt (an import-linter contract), so the ``.ts``
files are read here with :mod:`xml.etree.ElementTree`; the plural forms come
from :mod:`desktop.rules.plural_forms`, the rules the app's catalogues follow.
The language follows ``LANTERN_LANGUAGE``, else the one chosen in the app's
Settings, else the environment as gettext reads it (:func:`cli_language`).
``--json`` output stays language-neutral: codes, numbers and ids, and its one
sentence (``error``) in English, whatever the language (``desktop.cli.main``
runs a ``--json`` command in :func:`speaking` English).
"""

from __future__ import annotations

import json
import logging
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from desktop.rules.plural_forms import english_form, form_index
from desktop.ui.words import Voice, grouped

log = logging.getLogger(__name__)

SOURCE = "en"  # the sources' language: no catalogue
# The languages with a catalogue: desktop/ui/i18n.SHIPPED without English
# (tests/cli/test_messages.py keeps the two lists, and tools/translations.py's, in step).
SHIPPED: tuple[str, ...] = ("es", "ar")
# As the app's: LANTERN_LANGUAGE empty or "system" follows the system
SYSTEM = "system"
# gettext's order: the first of these that is set decides (LANGUAGE may list several)
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

# The shipped catalogues: resources/ beside desktop/, from a checkout as from the
# frozen bundle (which keeps resources/ in the same place relative to the package).
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"

_PERCENT_N = re.compile(r"%L?n")
_SKIPPED = frozenset({"unfinished", "obsolete", "vanished"})

# (context, source, disambiguation) -> the translation, or its plural forms
Catalogue = dict[tuple[str, str, str], str | tuple[str, ...]]

# The language :func:`speaking` imposes for the while of a command (innermost last)
_SPOKEN: list[str] = []


def _base(tag: str) -> str:
    """``es`` of ``es_MX.UTF-8``, ``es-419`` or ``es@euro``; ``c`` of ``C.UTF-8``."""
    return re.split(r"[_.@-]", tag.strip(), maxsplit=1)[0].lower()


def cli_language(env: Mapping[str, str] = os.environ, app_setting: str | None = None) -> str:
    """The language the command line speaks: a code of :data:`SHIPPED`, or ``"en"``.

    ``LANTERN_LANGUAGE`` first (as for the app: a code, or ``system``), then the
    language chosen in the app's Settings (``app_setting``; by default read from
    the app's ``window.json``, :func:`app_language_setting`), then the
    environment in gettext's order: the first of ``LANGUAGE`` (a colon list, the
    first shipped one wins), ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set
    decides, so ``LC_ALL=C`` means English whatever ``LANG`` says.  Values are
    locale names (``es_MX.UTF-8``, ``ar_EG``, ``C``, ``POSIX``); anything not
    shipped is English."""
    chosen = env.get("LANTERN_LANGUAGE", "").strip()
    if chosen and chosen.lower() != SYSTEM:
        return _shipped_or_source([chosen])
    setting = app_language_setting() if app_setting is None else app_setting
    if setting in SHIPPED or setting == SOURCE:
        return setting
    for variable in LOCALE_VARIABLES:
        value = env.get(variable, "")
        if value.strip():
            return _shipped_or_source(value.split(":"))
    return SOURCE


def app_language_setting(folder: Path | None = None) -> str:
    """The language chosen in the app's Settings › Appearance, as the app keeps it in
    ``window.json`` of its data folder (``desktop/ui/shell/window_memory.py``):
    a shipped code or ``"en"``, else :data:`SYSTEM` (no choice, no file, or a
    damaged one).  Read once per folder and process."""
    if folder is None:
        import platformdirs

        folder = Path(platformdirs.user_data_dir("Lantern"))
    return _setting_in(folder / "window.json")


@lru_cache(maxsize=4)
def _setting_in(path: Path) -> str:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return SYSTEM
    setting = data.get("language") if isinstance(data, dict) else None
    return setting if setting in (*SHIPPED, SOURCE) else SYSTEM


def _shipped_or_source(tags: Iterable[str]) -> str:
    for tag in tags:
        if _base(tag) in SHIPPED:
            return _base(tag)
    return SOURCE


@contextmanager
def speaking(code: str | None) -> Iterator[None]:
    """Within: every message in ``code`` (``"en"`` for ``--json``), whatever the
    environment says; ``None`` changes nothing."""
    if code is None:
        yield
        return
    _SPOKEN.append(code)
    try:
        yield
    finally:
        _SPOKEN.pop()


def catalogue_path(code: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"lantern_{code}.ts"


@lru_cache(maxsize=8)
def load_catalogue(code: str, folder: Path = TRANSLATIONS) -> Catalogue:
    """The finished translations of ``lantern_<code>.ts`` in ``folder`` (read once).

    Unfinished, obsolete and vanished translations are left out, so those
    messages read as English; a missing or damaged file is an empty catalogue
    (all English), never an error."""
    path = catalogue_path(code, folder)
    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        log.info("no catalogue for %s at %s: English", code, path)
        return {}
    except (OSError, ET.ParseError) as exc:
        log.warning("the catalogue %s cannot be read (%s): English", path, exc)
        return {}
    found: Catalogue = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = _translation(message)
            if text is not None:
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                found[key] = text
    return found


def _translation(message: ET.Element) -> str | tuple[str, ...] | None:
    """A message's finished translation, its plural forms, or None."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in _SKIPPED:
        return None
    if message.get("numerus") == "yes":
        forms = tuple(_text(form) for form in translation.iter("numerusform"))
        return forms if any(forms) else None
    return _text(translation) or None


def _text(element: ET.Element) -> str:
    """An element's text; of length variants (``variants="yes"``), the first, as Qt."""
    variant = element.find("lengthvariant")
    return (variant.text if variant is not None else element.text) or ""


def translate(
    context: str,
    text: str,
    disambiguation: str | None = None,
    n: int = -1,
    *,
    language: str | None = None,
    folder: Path | None = None,
) -> str:
    """``text`` of ``context`` in the command line's language, else the English source.

    With ``n >= 0`` the message is a plural one: the form ``n`` takes in the
    language (:func:`~desktop.rules.plural_forms.form_index`; in English the
    source's ``(s)``/``(es)``/``[a|b]`` markers,
    :func:`~desktop.rules.plural_forms.english_form`), and ``%Ln`` and ``%n``
    become the number.  Unlike Qt's ``%Ln`` the number is written in plain
    digits, as Python writes it (no locale's digits or grouping): the terminal's
    output stays the same whatever the locale.  ``language`` and ``folder`` are
    for tests: by default the language :func:`speaking` imposes, else
    :func:`cli_language`, and the shipped catalogues (:data:`TRANSLATIONS`,
    looked up at each call)."""
    code = language or (_SPOKEN[-1] if _SPOKEN else cli_language())
    found = None
    if code != SOURCE:
        catalogue = load_catalogue(code, TRANSLATIONS if folder is None else folder)
        found = catalogue.get((context, text, disambiguation or ""))
    if isinstance(found, tuple):  # a plural message: this language's form for n
        found = found[min(form_index(code, n), len(found) - 1)] if n >= 0 else found[0]
    if not found:  # English: the source, its plural markers resolved as the app does
        found = english_form(text, n) if n >= 0 and "%" in text else text
    return _PERCENT_N.sub(str(n), found) if n >= 0 else found


def voice() -> Voice:
    """The command line's :class:`~desktop.ui.words.Voice`: its language, with numbers
    grouped by the language's separators (``12,345`` / ``12.345``)."""
    return Voice(translate, number, joined)


def number(value: float) -> str:
    """``value`` with the language's thousands separator and decimal point (ASCII digits)."""
    return grouped(
        value,
        translate("cli", ",", "the separator between groups of three digits: 12,345"),
        translate("cli", ".", "the decimal point: 7.5"),
    )


def joined(items: Iterable[str]) -> str:
    """``a, b, c``: a list's items with the language's separator."""
    return translate("cli", ", ", "the separator between the items of a list").join(items)
