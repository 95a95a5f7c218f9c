"""Ids survive edits, so learners' progress survives a re-publish (issue #5)."""

from __future__ import annotations

import uuid

from desktop.course_package import CoursePackage, load_files
from desktop.course_package.identity import LANTERN_COURSES
from tests.course_package.packages import COURSE, FIRST, SECOND, SECOND_QUIZ, tiny_package


def load(changes: dict[str, str | bytes | None] | None = None) -> CoursePackage:
    result = load_files(tiny_package(changes))
    assert result.package is not None, result.problems
    return result.package


def ids(package: CoursePackage) -> dict[str, uuid.UUID]:
    found = {"course": package.id}
    for lesson in package.lessons:
        found[lesson.slug] = lesson.id
        for question in lesson.questions:
            found[f"{lesson.slug}/{question.key}"] = question.id
    return found


def test_course_id_is_derived_from_the_slug_with_a_fixed_namespace() -> None:
    package = load()
    assert package.id == uuid.uuid5(LANTERN_COURSES, "course:tiny")
    assert package.lesson("first").id == uuid.uuid5(package.id, "lesson:first")
    assert package.lesson("first").component_path == "tiny/first"


def test_explicit_course_id_wins_over_the_slug() -> None:
    chosen = uuid.UUID("0b7d6c1e-8f7a-4c33-9d0e-2f1f7c9a6b52")
    package = load({"course.toml": COURSE + f'id = "{chosen}"\n'})
    assert package.id == chosen
    assert package.lesson("second").id == uuid.uuid5(chosen, "lesson:second")


def test_editing_texts_order_options_and_points_keeps_every_id() -> None:
    before = load()
    after = load(
        {
            "course.toml": COURSE.replace("A tiny course", "A renamed course"),
            "first.md": FIRST.replace('"First"', '"First, revised"')
            .replace("order = 1", "order = 3")
            .replace("Pick a", "Choose a"),
            "second.quiz.toml": SECOND_QUIZ.replace('"Say hello"', '"Say hi"') + "points = 3\n",
        }
    )
    assert ids(after) == ids(before)
    assert [lesson.slug for lesson in after.lessons] == ["second", "first"]


def test_renaming_a_question_id_makes_a_new_question_and_others_keep_theirs() -> None:
    before = ids(load())
    after = ids(load({"second.quiz.toml": SECOND_QUIZ.replace('"word"', '"greeting"')}))
    assert "second/word" not in after
    assert after["second/greeting"] not in before.values()
    assert after["second/many"] == before["second/many"]


def test_prerequisites_point_at_the_lessons_ids() -> None:
    package = load()
    assert package.lesson("second").prerequisite_ids == (package.lesson("first").id,)


def test_plain_options_get_letter_ids_and_tables_keep_their_own() -> None:
    package = load(
        {
            "first.md": FIRST.replace(
                '["A", "B"]',
                '[{ id = "yes", text = "A" }, { id = "no", text = "B" }]',
            ).replace('correct = "a"', 'correct = "yes"')
        }
    )
    question = package.lesson("first").questions[0]
    assert [option.id for option in question.options] == ["yes", "no"]
    assert question.correct == ("yes",)
    many = load().lesson("second").questions[0]
    assert [option.id for option in many.options] == ["a", "b", "c"]


def test_two_courses_never_share_lesson_ids() -> None:
    other = load({"course.toml": COURSE.replace('"tiny"', '"tiny-two"'), "second.md": SECOND})
    assert not set(ids(other).values()) & set(ids(load()).values())
