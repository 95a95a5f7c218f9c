"""The words for a publish (desktop/ui/words/publish.py): every code ``desktop.publish``
uses has a sentence with the placeholders its data fills, and the report reads as
one line per fact (no server needed)."""

from __future__ import annotations

import ast
import uuid
from pathlib import Path

from desktop.course_package.problems import Phrase
from desktop.publish.report import PublishReport
from desktop.ui.words import Voice, english
from desktop.ui.words.package import PROBLEMS, placeholders
from desktop.ui.words.publish import PHRASES, publish_text, report_lines
from tests.helpers.phrase_codes import literal_codes

PUBLISH = Path(__file__).resolve().parents[2] / "desktop" / "publish"
COURSE = uuid.UUID("8944b58b-1d93-5017-ab0a-df178151da25")


def usedliteral_codes() -> dict[str, set[frozenset[str]]]:
    """Each code ``desktop/publish`` makes a phrase of (``Phrase.of``, ``_failed``,
    and the codes chosen into a variable first), with the data keys it passes."""
    found: dict[str, set[frozenset[str]]] = {}
    for path in sorted(PUBLISH.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        chosen = {
            target.id: literal_codes(node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name) and literal_codes(node.value)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            forwards = any(keyword.arg is None for keyword in node.keywords)  # _failed's own
            if name not in ("of", "_failed") or forwards:
                continue
            keys = {keyword.arg for keyword in node.keywords if keyword.arg}
            if name == "_failed":
                keys.add("status")
            first = node.args[0]
            codes = literal_codes(first) or (
                chosen.get(first.id, []) if isinstance(first, ast.Name) else []
            )
            assert codes, f"{path.name}:{node.lineno}: a phrase whose code this test cannot see"
            for code in codes:
                found.setdefault(code, set()).add(frozenset(keys))
    return found


def test_every_code_of_a_publish_has_its_sentence_with_its_placeholders() -> None:
    used = usedliteral_codes()
    for code, key_sets in used.items():
        template = PHRASES.get(code) or PROBLEMS.get(code)  # media.* are the package's
        assert template is not None, f"{code} has no words"
        for keys in key_sets:
            assert keys - {"n"} == placeholders(template), code
            assert ("n" in keys) == ("%Ln" in template), f"{code}: a count is said with %Ln"
    assert set(PHRASES) <= set(used), "a sentence no code uses"


def test_a_refusal_nests_the_phrases_it_holds() -> None:
    changed = Phrase.of(
        "refused.package_changed",
        problem=Phrase.of("media.changed_size", path="media/talk.mp4", size=11, expected=10),
    )
    assert publish_text(changed) == (
        "media/talk.mp4 is 11 bytes now, not the 10 it was when the package was read. The "
        "package changed while it was being published: check it again (lantern check) and "
        "publish again."
    )
    size = Phrase.of("size.bytes", n=1)
    too_large = Phrase.of("refused.image_too_large", path="images/a.png", size=size)
    assert "at 1 byte it is larger" in publish_text(too_large)
    assert publish_text(Phrase.of("step.add_lessons", n=1)) == "add 1 lesson"
    assert publish_text(Phrase.of("step.add_lessons", n=5)) == "add 5 lessons"
    assert publish_text(Phrase.of("no.such_code", path="x")) == "no.such_code(path=x)"


def test_the_report_is_a_line_per_fact() -> None:
    report = PublishReport(
        COURSE,
        course_created=True,
        published=True,
        lessons_added=["One", "Two"],
        lessons_unchanged=["Three"],
        questions_added=12,
        images_uploaded=8,
        achievements_retired=["Web explorer"],
    )
    assert report_lines(report) == [
        f"Course {COURSE} created and published.",
        "Added lessons: One, Two.",
        "1 lesson unchanged.",
        "Questions: 12 added, 0 updated, 0 retired. Files: 8 uploaded, 0 removed.",
        "Retired achievements: Web explorer.",
    ]
    draft = PublishReport(COURSE, lessons_unchanged=["A", "B", "C", "D", "E"])
    assert report_lines(draft)[:2] == [
        f"Course {COURSE} saved as a draft (not published).",
        "5 lessons unchanged.",
    ]


def test_a_translation_with_broken_braces_says_the_english() -> None:
    def broken(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return "{course_id" if context == "publish" else english(context, text, None, n)

    lines = report_lines(PublishReport(COURSE, published=True), Voice(broken))
    assert lines[0] == f"Course {COURSE} published."
