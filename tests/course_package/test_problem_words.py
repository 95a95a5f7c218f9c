"""The words for a package's problems (desktop/ui/words/package*.py): every code
``desktop.course_package`` reports has a sentence with exactly the placeholders
its data fills, no sentence is left without a code, and a phrase is worded in
English, Spanish and Arabic from the same table (issue #18)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.course_package.problems import Phrase, Problem
from desktop.ui.words import Voice, english
from desktop.ui.words.package import PROBLEMS, phrase_text, placeholders, problem_text
from tests.helpers.phrase_codes import literal_codes

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "course_package"
# (call name, index of the code among the positional arguments, keys the call adds)
CALLS = {"of": (0, set()), "add": (2, set()), "report": (1, {"where"})}


def usedliteral_codes() -> tuple[dict[str, set[frozenset[str]]], list[str]]:
    """Each code the package reports, with the data keys of each call; and the
    calls whose code is no literal (a phrase made elsewhere and passed on)."""
    found: dict[str, set[frozenset[str]]] = {}
    passed_on: list[str] = []
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name not in CALLS or any(keyword.arg is None for keyword in node.keywords):
                continue
            index, added = CALLS[name]
            if len(node.args) <= index:
                continue
            keys = {keyword.arg for keyword in node.keywords if keyword.arg} | added
            codes = literal_codes(node.args[index])
            if not codes:
                passed_on.append(f"{path.name}:{node.lineno}")
            for code in codes:
                found.setdefault(code, set()).add(frozenset(keys))
    return found, passed_on


def test_every_code_the_package_reports_has_its_sentence_and_placeholders() -> None:
    used, _ = usedliteral_codes()
    assert len(used) > 150  # the scan sees the package's calls
    for code, key_sets in sorted(used.items()):
        template = PROBLEMS.get(code)
        assert template is not None, f"{code} has no words"
        for keys in key_sets:
            wanted = placeholders(template)
            # ``where`` is added by Fields.report even to a sentence that does not say it
            assert wanted <= keys - {"n"} <= wanted | {"where"}, (code, keys, wanted)
            assert ("n" in keys) == ("%Ln" in template), f"{code}: a count is said with %Ln"


def test_no_sentence_is_left_without_a_code() -> None:
    used, _ = usedliteral_codes()
    # desktop/publish reports one of the package's media problems itself
    files = [*PACKAGE.glob("*.py"), *(PACKAGE.parent / "publish").glob("*.py")]
    source = "\n".join(p.read_text(encoding="utf-8") for p in files)
    unused = [code for code in PROBLEMS if code not in used and f'"{code}"' not in source]
    assert not unused, unused


def test_a_code_the_table_lacks_is_shown_as_it_is_never_raised() -> None:
    phrase = Phrase.of("no.such_code", key="title", n=2)
    assert phrase_text(phrase) == "no.such_code(key=title, n=2)"


def test_nested_phrases_lists_and_numbers_are_worded_in_turn() -> None:
    problem = Problem(
        "course.toml",
        4,
        Phrase.of(
            "field.not_a_choice",
            key="difficulty",
            value="'expert'",
            choices=("'beginner'", "'advanced'"),
            where=Phrase.of("where.course"),
        ),
    )
    assert problem_text(problem) == (
        "course.toml:4: 'difficulty' of the course is 'expert', which is not one of "
        "'beginner', 'advanced'."
    )
    big = Phrase.of(
        "field.too_large",
        key="order",
        value=3_000_000_000,
        maximum=2_147_483_647,
        where=Phrase.of("where.lesson"),
    )
    assert phrase_text(big).endswith(
        "is 3,000,000,000; the most the server can store is 2,147,483,647."
    )


def test_a_control_character_from_the_package_is_written_as_an_escape() -> None:
    phrase = Phrase.of("field.missing", key="ti\x1b[2Jtle", where=Phrase.of("where.lesson"))
    assert phrase_text(phrase) == "the lesson is missing 'ti\\x1b[2Jtle'."


def test_a_translation_with_broken_braces_falls_back_to_the_english() -> None:
    def broken(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return "falta {clave" if "missing" in text else english(context, text, disambiguation, n)

    phrase = Phrase.of("field.missing", key="title", where=Phrase.of("where.course"))
    assert phrase_text(phrase, Voice(broken)) == "the course is missing 'title'."


@pytest.mark.parametrize("language", ["es", "ar"])
def test_a_problem_is_said_in_the_command_lines_language(language: str) -> None:
    from desktop.cli.messages import speaking, voice

    phrase = Phrase.of("field.missing", key="title", where=Phrase.of("where.course"))
    with speaking(language):
        said = phrase_text(phrase, voice())
    assert "'title'" in said
    assert said != phrase_text(phrase)  # worded in the language, not the English source
