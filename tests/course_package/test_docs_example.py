"""The complete example in docs/course-packages.md is a valid package.

The example's files are the fenced blocks tagged ``file=NAME`` in the doc,
so editing the doc edits this test's input: the example cannot rot.
"""

from __future__ import annotations

import re
import uuid
from decimal import Decimal
from pathlib import Path

from desktop.course_package import (
    CoursePackage,
    Difficulty,
    QuestionKind,
    QuizGrading,
    QuizMode,
    QuizRules,
    load_files,
    load_package,
)
from desktop.course_package.identity import LANTERN_COURSES
from desktop.ui.words.package import problem_text
from tests.course_package.packages import TINY_PNG, zipped

DOC = Path(__file__).resolve().parents[2] / "docs" / "course-packages.md"
BLOCK = re.compile(r"^```\w+ file=(\S+)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
IMAGES = ("images/cover.png", "images/teapot.png")  # "any PNG files", says the doc


def example_files() -> dict[str, bytes]:
    files = {name: text.encode() for name, text in BLOCK.findall(DOC.read_text("utf-8"))}
    assert set(files) == {"course.toml", "01-leaves.md", "02-brewing.md", "02-brewing.quiz.toml"}
    return {**files, **{image: TINY_PNG for image in IMAGES}}


def load_example() -> CoursePackage:
    result = load_files(example_files())
    assert result.problems == ()
    assert result.package is not None
    return result.package


def test_doc_tree_lists_every_file_of_the_example() -> None:
    doc = DOC.read_text("utf-8")
    tree = doc[doc.index("```text\nbrewing-tea/") :]
    tree = tree[: tree.index("\n```\n")]
    for name in example_files():
        assert name.rsplit("/", 1)[-1] in tree


def test_doc_example_parses_to_what_the_doc_describes() -> None:
    package = load_example()
    assert package.id == uuid.uuid5(LANTERN_COURSES, "course:brewing-tea")
    assert (package.title, package.category, package.difficulty) == (
        "Brewing a good cup of tea",
        "Cooking",
        Difficulty.BEGINNER,
    )
    assert package.tags == ("tea", "kitchen")
    assert (package.is_premium, package.price) == (False, Decimal(0))
    assert package.estimated_duration_hours == 1  # 15 minutes, rounded up
    assert package.thumbnail == "images/cover.png"
    leaves, brewing = package.lessons
    assert (leaves.slug, leaves.order, leaves.free_preview) == ("01-leaves", 1, True)
    assert leaves.quiz_mode is QuizMode.PRACTICE
    assert leaves.questions[0].correct == ("a",)
    assert leaves.questions[0].explanation == (
        "Both come from Camellia sinensis; only the processing differs."
    )
    assert leaves.body_markdown.startswith("# Tea leaves\n")
    assert brewing.prerequisite_ids == (leaves.id,)
    assert brewing.images == ("images/teapot.png",)
    assert brewing.quiz_mode is QuizMode.ASSESSED
    assert brewing.quiz_rules == QuizRules(attempts=3, grading=QuizGrading.BEST, feedback=False)
    assert [(q.key, q.kind, q.correct, q.points) for q in brewing.questions] == [
        ("temperature", QuestionKind.SINGLE_CHOICE, ("hot",), 1),
        ("steps", QuestionKind.MULTIPLE_CHOICE, ("a", "c"), 2),
        ("plant", QuestionKind.SHORT_ANSWER, ("Camellia sinensis",), 1),
    ]
    assert [q.scoring.value for q in brewing.questions] == [
        "all_or_nothing",
        "partial",
        "all_or_nothing",
    ]
    (badge,) = package.achievements
    assert (badge.key, badge.points_value, dict(badge.criteria)) == (
        "tea-master",
        20,
        {"type": "course_completion", "course_id": str(package.id)},
    )


def test_doc_example_reads_the_same_from_a_folder_and_a_zip(tmp_path: Path) -> None:
    files = example_files()
    root = tmp_path / "brewing-tea"
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    archive = tmp_path / "brewing-tea.zip"
    archive.write_bytes(zipped(files, prefix="brewing-tea/"))
    expected = load_example()
    assert load_package(root).package == expected
    assert load_package(archive).package == expected


def test_doc_sample_of_check_output_is_what_check_prints() -> None:
    doc = DOC.read_text("utf-8")
    section = doc[doc.index("## What `lantern check` reports") :]
    block = section[section.index("```text\n") + 8 :]
    shown = block[: block.index("```")].splitlines()
    files = example_files()
    files["course.toml"] = files["course.toml"].replace(b'"beginner"', b'"expert"')
    files["02-brewing.md"] = (
        files["02-brewing.md"]
        .replace(b"order = 2", b"order = 1")
        .replace(b'["01-leaves"]', b'["leaves"]')
    )
    files["02-brewing.quiz.toml"] = files["02-brewing.quiz.toml"].replace(b'correct = "hot"\n', b"")
    assert [problem_text(problem) for problem in load_files(files).problems] == shown
