"""The shipped languages: every message is translated, kept in step with the source,
and shown; no English literal escapes the translation system (issue #18)."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.rules.plural_forms import english_form, form_index
from desktop.ui import i18n
from tests.ui.untranslated import is_prose, scan
from tools import translations

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = [language.code for language in i18n.SHIPPED if language != i18n.SOURCE]
# Qt's plural rules (qtbase's numerus forms): Spanish one/other, Arabic six
FORMS = {"es": 2, "ar": 6}
_PLACEHOLDER = re.compile(r"\{(\w*)\}")
_MNEMONIC = re.compile(r"(?<!&)&(?!&)(?=\S)")
_TAG = re.compile(r"</?([a-zA-Z]+)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    kind: str | None  # the translation's type: None (finished), unfinished, obsolete, vanished
    forms: tuple[str, ...]

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{ts}: a message without a translation element"
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    numerus,
                    translation.get("type"),
                    forms,
                )
            )
    return found


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogues compiled as the build compiles them, into a folder of the test's."""
    into = tmp_path_factory.mktemp("qm")
    assert translations.release(into=into) == 0
    return into


@pytest.fixture
def language(qapp: QApplication, compiled: Path) -> Iterator[object]:
    """Install a shipped language for one test, English again after it."""

    def install(code: str) -> i18n.Installed:
        return i18n.install(qapp, code, folder=compiled)

    yield install
    i18n.install(qapp, i18n.SOURCE.code)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize("code", SHIPPED)
def test_a_shipped_language_has_every_message_and_no_stale_one(code: str, tmp_path: Path) -> None:
    shipped = translations.catalogue(code)
    assert shipped.exists(), f"{shipped} is missing: run tools/translations.py update"
    before = messages(shipped)
    shutil.copy(shipped, tmp_path / shipped.name)
    assert translations.update(folder=tmp_path) == 0
    after = messages(tmp_path / shipped.name)
    new = sorted(
        str(m)
        for m in after
        if (m.context, m.source) not in {(b.context, b.source) for b in before}
    )
    gone = sorted(
        str(m)
        for m in before
        if (m.context, m.source) not in {(a.context, a.source) for a in after}
    )
    assert not new, (
        f"{shipped.name} lacks messages the code has (tools/translations.py update): {new[:20]}"
    )
    assert not gone, f"{shipped.name} holds messages the code no longer has: {gone[:20]}"
    unfinished = [str(m) for m in before if m.kind is not None or not all(m.forms)]
    assert not unfinished, f"{len(unfinished)} unfinished in {shipped.name}: {unfinished[:20]}"


@pytest.mark.parametrize("code", SHIPPED)
def test_a_translation_keeps_the_placeholders_plurals_and_mnemonics(code: str) -> None:
    problems = []
    for message in messages(translations.catalogue(code)):
        wanted = sorted(_PLACEHOLDER.findall(message.source))
        for index, form in enumerate(message.forms):
            if not form:
                continue  # the unfinished test names these
            if sorted(_PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{message}: placeholders {wanted} became {form!r}")
            # Arabic's zero, one and two forms may say the number in words
            says_it = code == "ar" and index <= 2
            for sign in ("%Ln", "%n"):
                if sign in message.source and sign not in form and not says_it:
                    problems.append(f"{message}: {sign} is missing from {form!r}")
            if bool(_MNEMONIC.search(message.source)) != bool(_MNEMONIC.search(form)):
                problems.append(f"{message}: the & shortcut was lost or added in {form!r}")
            if sorted(_TAG.findall(message.source)) != sorted(_TAG.findall(form)):
                problems.append(f"{message}: HTML tags changed in {form!r}")
        if message.numerus and len(message.forms) != FORMS[code]:
            problems.append(
                f"{message}: {len(message.forms)} plural forms, {code} has {FORMS[code]}"
            )
    assert not problems, "\n".join(problems[:40])


def test_no_english_literal_escapes_translation() -> None:
    # the UI and the app word things; the package and publish layers return codes
    # and data (desktop/ui/words words them): no sentence may hide there either
    folders = ["ui", "app", "course_package", "publish"]
    findings = scan([ROOT / "desktop" / folder for folder in folders])
    assert not findings, (
        "untranslated literals (tr/translate, or mark `# untranslated: why`):\n"
        + "\n".join(str(finding) for finding in findings[:60])
    )


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("Sync now", True),
        ("&Quit", True),
        ("Catalogue", True),
        ("Saved …", True),
        ("QLabel { color: red; }", False),
        ("resources/icons/lantern.png", False),
        ("Ctrl+Shift+O", False),
        ("primary", False),
        ("%.1f", False),
        ("select id from lessons", False),
    ],
)
def test_the_scan_knows_prose_from_code(text: str, prose: bool) -> None:
    assert is_prose(text) is prose


def test_english_plurals_read_as_english(qapp: QApplication) -> None:
    class Counts(QMainWindow):
        def changes(self, n: int) -> str:
            return self.tr("%Ln change(s) [is|are] waiting", "", n)

    counts = Counts()
    assert counts.changes(1) == "1 change is waiting"
    assert counts.changes(2) == "2 changes are waiting"
    assert counts.changes(0) == "0 changes are waiting"
    assert english_form("%Ln class(es)", 1) == "%Ln class"
    assert english_form("%Ln class(es)", 3) == "%Ln classes"


def test_spanish_words_the_menus_and_numbers(language: object, qapp: QApplication) -> None:
    from desktop.ui.shell.main_window import MainWindow

    installed = language("es")  # type: ignore[operator]
    assert installed.missing == []
    window = MainWindow()
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&File" not in menus, menus
    assert i18n.number(12345) == "12.345"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    window.deleteLater()


def test_arabic_mirrors_the_window(language: object, qapp: QApplication) -> None:
    from desktop.ui.shell.main_window import MainWindow

    installed = language("ar")  # type: ignore[operator]
    assert installed.missing == []
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = MainWindow()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert all(
        not action.text().isascii() for action in window.menuBar().actions() if action.text()
    )
    assert QLocale().language() == QLocale.Language.Arabic
    window.deleteLater()


def test_a_missing_catalogue_falls_back_to_english(qapp: QApplication, tmp_path: Path) -> None:
    try:
        installed = i18n.install(qapp, "ar", folder=tmp_path)
        assert installed.missing == [str(tmp_path / "lantern_ar.qm")]
        assert installed.language == i18n.SOURCE  # English words with English digits, LTR
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert i18n.number(12345).isascii()
        assert QApplication.translate("QDialogButtonBox", "&Cancel").isascii()
    finally:
        i18n.install(qapp, i18n.SOURCE.code)


def test_the_language_follows_the_system_first_shipped_choice() -> None:
    assert i18n.language_for("system", QLocale("es_MX")).code == "es"
    assert i18n.language_for(None, QLocale("ar_EG")).code == "ar"
    assert i18n.language_for("system", QLocale("de_DE")).code == "en"
    assert i18n.language_for("ar").code == "ar"
    assert i18n.language_for("xx").code == "en"  # a stale setting


@pytest.mark.parametrize("code", SHIPPED)
def test_the_command_lines_plural_rule_is_qts(code: str, tmp_path: Path) -> None:
    """desktop.rules.plural_forms (the CLI has no Qt) picks the form Qt picks."""
    forms = "".join(f"<numerusform>f{i}</numerusform>" for i in range(FORMS[code]))
    ts = tmp_path / f"probe_{code}.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="{code}" sourcelanguage="en"><context><name>probe</name>'
        f'<message numerus="yes"><source>%n thing(s)</source><translation>{forms}'
        "</translation></message></context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / f"probe_{code}.qm"
    done = subprocess.run(
        [translations.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=False
    )
    assert done.returncode == 0
    translator = QTranslator()
    assert translator.load(str(qm))
    for n in [*range(0, 230), 1000, 1001, 1002, 1003, 1011, 100000]:
        assert translator.translate("probe", "%n thing(s)", "", n) == f"f{form_index(code, n)}", n


def test_a_pin_or_code_typed_in_arabic_digits_is_the_same_number() -> None:
    assert i18n.ascii_digits("٤٢٧١") == "4271"  # Arabic-Indic
    assert i18n.ascii_digits("۱۲۳۴۵۶") == "123456"  # Eastern Arabic (Persian, Urdu)
    assert i18n.ascii_digits("4271") == "4271"
    assert i18n.ascii_digits("ab-١") == "ab-1"


def test_quick_pin_turned_off_is_said_as_such(qapp: QApplication) -> None:
    from desktop.store.db import NO_PIN, QUICK_PIN_OFF, NoVerifier
    from desktop.ui.shell.sign_in import unlock_message

    off = unlock_message(NoVerifier(QUICK_PIN_OFF), pin=True, name="Sam")
    assert off == "Quick PIN sign-in is off on this computer. Use the password instead."
    none = unlock_message(NoVerifier(NO_PIN), pin=True, name="Sam")
    assert none.startswith("No PIN is set for Sam")


def test_a_rejection_without_a_reason_is_worded_by_the_app(
    language: object, qapp: QApplication
) -> None:
    from desktop.protocol.push import REFUSED
    from desktop.ui.pages.pending import rejection_reason

    assert rejection_reason(REFUSED) == "refused by the server"
    assert rejection_reason("Course is no longer published") == "Course is no longer published"
    language("es")  # type: ignore[operator]
    assert rejection_reason(REFUSED) != REFUSED  # in the learner's language, not English
