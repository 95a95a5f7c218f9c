"""Languages: Qt's translation system, the shipped catalogues and the locale.

Every sentence the app shows goes through Qt: ``self.tr("…")`` inside a
QObject subclass (its context is the class that wrote the call), or
``translate("context", "…")`` anywhere else (``translate`` is
``QCoreApplication.translate``; ``pyside6-lupdate`` finds both spellings).
Placeholders are named, ``"Saved {count} changes to {path}"`` then
``.format(...)``, so a translator may reorder them; counts that choose a
plural go through Qt's ``%Ln`` with ``n`` (``self.tr("%Ln lesson(s)", "", n)``),
which formats the number in the learner's locale.

English is the source language, so no English catalogue is shipped:
:class:`EnglishPlurals` turns the sources' plural markers (``lesson(s)``,
``class(es)``, ``[person|people]``) into the singular or the plural, and is
installed under every other language so a message a catalogue lacks still
reads as English.  The catalogues are ``resources/translations/*.ts``,
compiled to ``.qm`` beside them at build time (``tools/translations.py``).
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from desktop.rules.plural_forms import english_form
from desktop.ui.words import Voice

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


@dataclass(frozen=True)
class Language:
    code: str  # a BCP 47 tag QLocale understands: "es", "ar"
    name: str  # in the language itself, as a learner looks for it


SOURCE = Language("en", "English")  # untranslated: each language by its own name
# The shipped catalogues, each complete (tests/ui/test_translations.py)
SHIPPED: tuple[Language, ...] = (
    SOURCE,
    Language("es", "Español"),  # untranslated: each language by its own name
    Language("ar", "العربية"),  # untranslated: each language by its own name
)
SYSTEM = "system"  # the setting's value for "follow the system"


class EnglishPlurals(QTranslator):
    """The English catalogue, computed: plural sources in their right form."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if n < 0:
            return None  # a null string: the next catalogue, or the source
        return english_form(source_text, n)

    def isEmpty(self) -> bool:
        return False


def language_for(setting: str | None, system: QLocale | None = None) -> Language:
    """The shipped language a setting asks for: ``"system"`` (or nothing) follows
    the system's preferred languages, the first one shipped; else English."""
    codes = {language.code: language for language in SHIPPED}
    if setting and setting != SYSTEM:
        return codes.get(setting, SOURCE)
    locale = system if system is not None else QLocale.system()
    for tag in locale.uiLanguages():
        base = tag.replace("_", "-").split("-")[0].lower()
        if base in codes:
            return codes[base]
    return SOURCE


def catalogue_path(language: Language, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"lantern_{language.code}.qm"


@dataclass
class Installed:
    language: Language
    translators: list[QTranslator]
    missing: list[str]  # catalogues that should have been there (logged)


def install(
    app: QCoreApplication, setting: str | None = None, *, folder: Path = TRANSLATIONS
) -> Installed:
    """Install the language ``setting`` asks for on ``app``: its locale becomes the
    default (numbers, dates), its direction the application's, its catalogue and
    Qt's own (standard dialogs' buttons) are loaded over English."""
    for old in getattr(app, "_lantern_translators", []):
        app.removeTranslator(old)
    language = language_for(setting)
    translators: list[QTranslator] = [EnglishPlurals(app)]
    missing: list[str] = []
    if language != SOURCE:
        ours = QTranslator(app)
        path = catalogue_path(language, folder)
        if ours.load(str(path)):
            translators.append(ours)
        else:  # all English then: its words, digits, dates and direction
            missing.append(str(path))
            log.warning("no compiled catalogue for %s at %s: showing English", language.code, path)
            language = SOURCE
    locale = QLocale(language.code) if language != SOURCE else _source_locale()
    QLocale.setDefault(locale)
    if language != SOURCE:
        qt = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", qt_folder):
            translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    app._lantern_translators = translators  # type: ignore[attr-defined]
    _set_direction(app, locale)
    log.info("language: %s (setting %s)", language.code, setting or SYSTEM)
    return Installed(language, translators, missing)


def _source_locale() -> QLocale:
    """English text, with the system's own number and date conventions when the
    system is English too (an English learner in India keeps 1,00,000)."""
    system = QLocale.system()
    return system if system.language() == QLocale.Language.English else QLocale(SOURCE.code)


def _set_direction(app: QCoreApplication, locale: QLocale) -> None:
    from PySide6.QtGui import QGuiApplication

    if isinstance(app, QGuiApplication):
        QGuiApplication.setLayoutDirection(locale.textDirection())


def right_to_left() -> bool:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


# ---- the locale's ways of writing things -------------------------------


def number(value: float, decimals: int | None = None) -> str:
    """A number as the learner's locale writes it: 12,345 / 12.345 / ١٢٬٣٤٥."""
    locale = QLocale()
    if decimals is None and float(value).is_integer():
        return locale.toString(int(value))
    places = 1 if decimals is None else decimals
    # rounded as Python rounds (4.25 -> 4.2, as before translations), then written
    return locale.toString(float(f"{value:.{places}f}"), "f", places)


def text_direction(text: str) -> Qt.LayoutDirection:
    """The direction ``text`` runs in by its first strong character (Unicode's rule);
    the window's for text with none (digits, punctuation)."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.RightToLeft if right_to_left() else Qt.LayoutDirection.LeftToRight


def isolated(text: str) -> str:
    """``text`` as a run of its own direction inside a right-to-left line (Unicode's
    first-strong isolate): an author's "Why Python?" keeps its question mark at
    its end in an Arabic window.  Unchanged in a left-to-right window."""
    return f"\u2068{text}\u2069" if right_to_left() else text


def ascii_digits(text: str) -> str:
    """A number typed in any script's digits (٤٢٧١ on an Arabic keyboard) in the
    digits a PIN or a mailed code is checked and sent in (4271)."""
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


def joined(items: Iterable[str]) -> str:
    """``a, b and c`` in the locale's words and punctuation."""
    return QLocale().createSeparatedList(list(items))


def voice() -> Voice:
    """The app's :class:`~desktop.ui.words.Voice`: Qt's catalogues, the locale's
    digits and lists."""
    return Voice(QCoreApplication.translate, number, joined)


def percent(value: float) -> str:
    """``value`` (0–100) as a whole percentage in the locale: 42 %, ٪٤٢."""
    locale = QLocale()
    return translate("i18n", "{number}%").format(number=locale.toString(round(value)))


def names(languages: Sequence[Language] = SHIPPED) -> list[tuple[str, str]]:
    """(code, name) for the Settings choice, English first."""
    return [(language.code, language.name) for language in languages]
