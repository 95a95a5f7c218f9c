"""The command line's sentences from the app's catalogues, without Qt (desktop/cli/messages.py)."""

from __future__ import annotations

import ast
import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.cli import main, messages
from desktop.cli.messages import cli_language, load_catalogue, translate

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / "desktop" / "cli"

CATALOGUES = {
    "es": """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>cli.test</name>
    <message>
        <source>Signed out {email}.</source>
        <translation>Sesión cerrada para {email}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln cambio pendiente</numerusform>
            <numerusform>%Ln cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished">Todavía no</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="obsolete">Ido</translation>
    </message>
    <message>
        <source>Vanished</source>
        <translation type="vanished">Desaparecido</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation></translation>
    </message>
    <message>
        <source>never</source>
        <comment>last active</comment>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.check</name>
    <message numerus="yes">
        <source>%Ln problem(s) in {package}; nothing was imported or published.</source>
        <translation>
            <numerusform>%Ln problema en {package}; no se importó ni publicó nada.</numerusform>
            <numerusform>%Ln problemas en {package}; no se importó ni publicó nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.common</name>
    <message>
        <source>Lantern cannot use its data: {problem}.</source>
        <translation>Lantern no puede usar sus datos: {problem}.</translation>
    </message>
</context>
</TS>
""",
    "ar": """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>cli.test</name>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>zero %Ln</numerusform>
            <numerusform>one %Ln</numerusform>
            <numerusform>two %Ln</numerusform>
            <numerusform>few %Ln</numerusform>
            <numerusform>many %Ln</numerusform>
            <numerusform>other %Ln</numerusform>
        </translation>
    </message>
</context>
</TS>
""",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A translations folder of the test's own, with a Spanish and an Arabic catalogue."""
    for code, text in CATALOGUES.items():
        (tmp_path / f"lantern_{code}.ts").write_text(text, encoding="utf-8")
    return tmp_path


# --- the language --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "language"),
    [
        ({}, "en"),
        ({"LANTERN_LANGUAGE": "es"}, "es"),
        ({"LANTERN_LANGUAGE": "ar", "LANGUAGE": "es", "LANG": "es_ES.UTF-8"}, "ar"),
        ({"LANTERN_LANGUAGE": "fr", "LANG": "es_ES.UTF-8"}, "en"),  # chosen, not shipped
        ({"LANTERN_LANGUAGE": "system", "LANG": "es_ES.UTF-8"}, "es"),
        ({"LANTERN_LANGUAGE": "", "LANG": "ar_EG"}, "ar"),
        ({"LANGUAGE": "es", "LC_ALL": "ar_EG.UTF-8"}, "es"),
        ({"LANGUAGE": "fr:ar:es", "LANG": "es_MX.UTF-8"}, "ar"),  # the first shipped wins
        ({"LANGUAGE": "fr_FR:de", "LANG": "es_MX.UTF-8"}, "en"),  # LANGUAGE decides
        ({"LANGUAGE": "", "LANG": "es_MX.UTF-8"}, "es"),  # empty: not set
        ({"LC_ALL": "es_MX.UTF-8", "LC_MESSAGES": "ar_EG", "LANG": "ar_EG"}, "es"),
        ({"LC_MESSAGES": "ar_EG.UTF-8", "LANG": "es_ES"}, "ar"),
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LANG": "ar_EG"}, "ar"),
        ({"LANG": "es"}, "es"),
        ({"LANG": "es@euro"}, "es"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LC_ALL": "C", "LANG": "es_ES.UTF-8"}, "en"),  # the first set decides
    ],
)
def test_the_language_comes_from_the_environment_in_gettexts_order(
    env: dict[str, str], language: str
) -> None:
    assert cli_language(env, app_setting=messages.SYSTEM) == language


@pytest.mark.parametrize(
    ("window_json", "env", "language"),
    [
        ('{"language": "es"}', {"LANG": "ar_EG.UTF-8"}, "es"),  # the app's choice first
        ('{"language": "en"}', {"LANG": "ar_EG.UTF-8"}, "en"),  # English chosen is a choice
        ('{"language": "system"}', {"LANG": "ar_EG.UTF-8"}, "ar"),
        ('{"language": "fr"}', {"LANG": "es_ES"}, "es"),  # not shipped: the system
        ('{"language": 3}', {"LANG": "es_ES"}, "es"),
        ("not json", {"LANG": "es_ES"}, "es"),
        (None, {"LANG": "es_ES"}, "es"),  # no file yet
        ('{"language": "es"}', {"LANTERN_LANGUAGE": "ar"}, "ar"),  # the variable wins
    ],
)
def test_the_command_line_speaks_the_language_chosen_in_the_app(
    window_json: str | None, env: dict[str, str], language: str, tmp_path: Path
) -> None:
    if window_json is not None:
        (tmp_path / "window.json").write_text(window_json, encoding="utf-8")
    chosen = messages.app_language_setting(tmp_path)
    assert cli_language(env, app_setting=chosen) == language


def test_the_language_reads_the_process_environment_by_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for variable in ("LANTERN_LANGUAGE", *messages.LOCALE_VARIABLES):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))  # no window.json there: no choice
    monkeypatch.setenv("LANG", "ar_EG.UTF-8")
    assert cli_language() == "ar"
    monkeypatch.setenv("LANTERN_LANGUAGE", "es")
    assert cli_language() == "es"


def test_the_shipped_languages_are_the_apps() -> None:
    """One list each for the app, the command line and the catalogues' tool: the same."""
    from desktop.ui import i18n
    from tools import translations

    app = tuple(language.code for language in i18n.SHIPPED if language != i18n.SOURCE)
    assert messages.SHIPPED == app == translations.LANGUAGES
    assert i18n.SOURCE.code == messages.SOURCE
    assert messages.SYSTEM == i18n.SYSTEM
    assert messages.TRANSLATIONS == i18n.TRANSLATIONS == translations.FOLDER


# --- the catalogue -------------------------------------------------------------------


def test_a_finished_message_is_translated_and_keeps_its_placeholders(folder: Path) -> None:
    text = translate("cli.test", "Signed out {email}.", language="es", folder=folder)
    assert text.format(email="ana@example.org") == "Sesión cerrada para ana@example.org."
    assert translate("cli.test", "never", "last active", language="es", folder=folder) == "nunca"
    assert translate("cli.test", "never", language="es", folder=folder) == "never"
    assert translate("cli.other", "Signed out {email}.", language="es", folder=folder) == (
        "Signed out {email}."
    )


@pytest.mark.parametrize("source", ["Not yet", "Gone", "Vanished", "Empty", "Not there"])
def test_unfinished_obsolete_and_missing_translations_read_as_english(
    folder: Path, source: str
) -> None:
    assert translate("cli.test", source, language="es", folder=folder) == source


@pytest.mark.parametrize(
    ("n", "text"),
    [(0, "0 cambios pendientes"), (1, "1 cambio pendiente"), (2, "2 cambios pendientes")],
)
def test_spanish_has_two_plural_forms(folder: Path, n: int, text: str) -> None:
    assert translate("cli.test", "%Ln change(s) waiting", "", n, language="es", folder=folder) == (
        text
    )


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (0, "zero 0"),
        (1, "one 1"),
        (2, "two 2"),
        (3, "few 3"),
        (10, "few 10"),
        (11, "many 11"),
        (99, "many 99"),
        (100, "other 100"),
        (103, "few 103"),
        (12345, "many 12345"),  # digits as Python writes them: no grouping
    ],
)
def test_arabic_has_six_plural_forms(folder: Path, n: int, text: str) -> None:
    assert translate("cli.test", "%Ln change(s) waiting", "", n, language="ar", folder=folder) == (
        text
    )


def test_an_empty_plural_form_reads_as_english(folder: Path) -> None:
    assert translate("cli.test", "%n file(s)", "", 1, language="es", folder=folder) == "1 archivo"
    assert translate("cli.test", "%n file(s)", "", 4, language="es", folder=folder) == "4 files"


@pytest.mark.parametrize(
    "damage",
    [
        "<TS><context><name>cli.test",  # cut short
        "not XML at all",
        "",
        '<?xml version="1.0"?><nothing/>',
    ],
)
def test_a_damaged_catalogue_is_english_not_a_traceback(tmp_path: Path, damage: str) -> None:
    (tmp_path / "lantern_es.ts").write_text(damage, encoding="utf-8")
    assert load_catalogue("es", tmp_path) == {}
    assert translate("cli.test", "Signed out {email}.", language="es", folder=tmp_path) == (
        "Signed out {email}."
    )
    assert translate("cli.test", "%Ln change(s)", "", 1, language="es", folder=tmp_path) == (
        "1 change"
    )


def test_a_catalogue_that_is_not_text_or_not_there_is_english(tmp_path: Path) -> None:
    (tmp_path / "lantern_es.ts").write_bytes(b"\xff\xfe\x00\x81garbage")
    (tmp_path / "lantern_ar.ts").mkdir()  # a folder where the file should be
    assert translate("cli.test", "Gone", language="es", folder=tmp_path) == "Gone"
    assert translate("cli.test", "Gone", language="ar", folder=tmp_path) == "Gone"
    assert translate("cli.test", "Gone", language="es", folder=tmp_path / "nowhere") == "Gone"


def test_the_shipped_catalogues_load() -> None:
    for code in messages.SHIPPED:
        assert messages.catalogue_path(code).is_file()
        catalogue = load_catalogue(code)
        assert all(isinstance(text, str | tuple) for text in catalogue.values())


# --- English --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "n", "text"),
    [
        ("%Ln change(s) [is|are] waiting", 1, "1 change is waiting"),
        ("%Ln change(s) [is|are] waiting", 2, "2 changes are waiting"),
        ("%Ln change(s) [is|are] waiting", 0, "0 changes are waiting"),
        ("%Ln class(es)", 1, "1 class"),
        ("%Ln class(es)", 3, "3 classes"),
        ("%Ln [person|people]", 1, "1 person"),
        ("%Ln [person|people]", 12345, "12345 people"),
        ("%n file(s) of {name}", 2, "2 files of {name}"),
    ],
)
def test_english_plurals_come_from_the_markers(source: str, n: int, text: str) -> None:
    assert translate("cli.test", source, "", n, language="en") == text


def test_a_message_without_a_count_keeps_its_markers_and_percent_signs() -> None:
    assert translate("cli.test", "%Ln lesson(s)", language="en") == "%Ln lesson(s)"
    assert translate("cli.test", "{percent}%", language="en") == "{percent}%"


def test_english_needs_no_catalogue(tmp_path: Path) -> None:
    (tmp_path / "lantern_en.ts").write_text(CATALOGUES["es"], encoding="utf-8")
    assert translate("cli.test", "Signed out {email}.", language="en", folder=tmp_path) == (
        "Signed out {email}."
    )


# --- the commands ---------------------------------------------------------------------


def test_a_command_speaks_the_chosen_language_and_json_stays_codes(
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(messages, "TRANSLATIONS", folder)
    monkeypatch.setenv("LANTERN_LANGUAGE", "es")
    missing = tmp_path / "no-such-package"
    assert main(["check", str(missing)]) == 1
    last = capsys.readouterr().out.splitlines()[-1]
    assert last == f"1 problema en {missing}; no se importó ni publicó nada."

    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "learners.json").write_text("{not json", encoding="utf-8")
    monkeypatch.delenv("SUPABASE_URL", raising=False)
    assert main(["status", "--all", "--data-dir", str(damaged)]) == 1
    assert capsys.readouterr().err.startswith("Lantern no puede usar sus datos: ")
    assert main(["status", "--all", "--json", "--data-dir", str(damaged)]) == 1
    reply = json.loads(capsys.readouterr().out)
    assert (reply["state"], reply["exit_code"]) == ("failed", 1)  # codes, not words
    assert reply["error"].startswith("Lantern cannot use its data: ")  # and its sentence English
    assert translate("cli.common", "Lantern cannot use its data: {problem}.") == (
        "Lantern no puede usar sus datos: {problem}."
    )  # only for the while of the --json command


def test_speaking_imposes_a_language_for_a_while(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANTERN_LANGUAGE", "es")
    with messages.speaking("en"):
        assert translate("cli.test", "Signed out {email}.", folder=folder) == "Signed out {email}."
        with messages.speaking(None):
            assert translate("cli.test", "Signed out {email}.", folder=folder) == (
                "Signed out {email}."
            )
    assert translate("cli.test", "Signed out {email}.", folder=folder) == (
        "Sesión cerrada para {email}."
    )


# --- the sources: what lupdate reads ---------------------------------------------------


def _translate_calls() -> list[tuple[Path, ast.Call]]:
    found = []
    for path in sorted(CLI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "translate":
                found.append((path, node))
    return found


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_message_is_written_in_its_call_as_lupdate_needs() -> None:
    """Context, text and disambiguation are literals; a count is the fourth argument
    (lupdate marks a message plural only so), never ``n=``; the contexts are ``cli…``."""
    problems = []
    for path, call in _translate_calls():
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        if len(call.args) < 2 or not all(_literal(a) for a in call.args[:2]):
            problems.append(f"{where}: context and text must be string literals")
            continue
        if len(call.args) > 2 and not _literal(call.args[2]):
            problems.append(f"{where}: the disambiguation must be a string literal")
        if call.keywords:
            problems.append(f"{where}: keyword arguments hide the message from lupdate")
        context = call.args[0]
        assert isinstance(context, ast.Constant)
        if context.value != "cli" and not str(context.value).startswith("cli."):
            problems.append(f"{where}: the context {context.value!r} is not the command line's")
    assert not problems, "\n".join(problems)


def test_lupdate_finds_every_message_with_its_context_and_plural(tmp_path: Path) -> None:
    from tools import translations

    wanted = set()
    for _path, call in _translate_calls():
        context, text, *rest = (a.value if isinstance(a, ast.Constant) else None for a in call.args)
        disambiguation = rest[0] if rest else None
        wanted.add((context, text, disambiguation or "", len(call.args) == 4))
    ts = tmp_path / "cli.ts"
    sources = sorted(str(path) for path in CLI.glob("*.py"))
    done = subprocess.run(
        [translations.tool("pyside6-lupdate"), *sources, "-ts", str(ts)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Discarding" not in done.stderr + done.stdout
    found = {
        (
            context.findtext("name"),
            message.findtext("source"),
            message.findtext("comment") or "",
            message.get("numerus") == "yes",
        )
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }
    assert found == wanted


def test_no_english_literal_escapes_translation() -> None:
    from tests.ui.untranslated import scan

    findings = scan([CLI])
    assert not findings, "\n".join(str(finding) for finding in findings)
