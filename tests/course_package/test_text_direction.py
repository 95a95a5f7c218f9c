"""A package's language and direction: read, checked with file and line, resolved."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.course_package import load_files
from desktop.course_package.problems import showable
from desktop.course_package.text_direction import Direction, language_problem, resolved
from desktop.ui.words.package import phrase_text
from tests.course_package.packages import COURSE, FIRST, SECOND, tiny_package
from tests.course_package.test_problems import assert_reported, problems_of

ARABIC_COURSE = COURSE + 'language = "ar"\n'


def test_a_course_and_its_lessons_declare_their_language_and_direction() -> None:
    french = SECOND.replace("order = 2\n", 'order = 2\nlanguage = "fr"\n')
    ltr = FIRST.replace("order = 1\n", 'order = 1\ndirection = "ltr"\n')
    result = load_files(
        tiny_package({"course.toml": ARABIC_COURSE, "second.md": french, "first.md": ltr})
    )
    assert result.problems == ()
    package = result.package
    assert package is not None
    assert (package.language, package.direction) == ("ar", Direction.AUTO)
    assert (package.lesson("first").language, package.lesson("first").direction) == (
        None,
        Direction.LTR,
    )
    assert (package.lesson("second").language, package.lesson("second").direction) == (
        "fr",
        None,
    )


def test_without_either_setting_a_package_says_nothing() -> None:
    package = load_files(tiny_package()).package
    assert package is not None
    assert (package.language, package.direction) == (None, Direction.AUTO)
    assert all(lesson.language is None and lesson.direction is None for lesson in package.lessons)


@pytest.mark.parametrize(
    "tag", ["ar_EG", "arabic", "a", "en-", "-en", "ar EG", "x" * 40, "ar-\u0661"]
)
def test_a_malformed_language_tag_is_reported_with_its_line(tag: str) -> None:
    problems = problems_of({"course.toml": COURSE + f'language = "{tag}"\n'})
    assert_reported(problems, "course.toml", 5, "'language' of the course", "not a language tag")


def test_a_lessons_bad_direction_and_language_are_reported_in_its_front_matter() -> None:
    lesson = SECOND.replace("order = 2\n", 'order = 2\ndirection = "right"\nlanguage = 7\n')
    problems = problems_of({"second.md": lesson})
    assert_reported(
        problems,
        "second.md",
        4,
        "'direction' of the lesson is 'right'",
        "'ltr', 'rtl', 'auto'",
    )
    assert_reported(problems, "second.md", 5, "language")


def test_a_direction_in_course_toml_that_is_not_a_choice_is_reported() -> None:
    problems = problems_of({"course.toml": COURSE + 'direction = "RTL"\n'})
    assert_reported(problems, "course.toml", 5, "'direction' of the course is 'RTL'")


@pytest.mark.parametrize(
    ("language", "direction", "expected"),
    [
        ("ar", None, Direction.RTL),
        ("he-IL", "auto", Direction.RTL),
        ("fa-IR", None, Direction.RTL),
        ("az-Arab", None, Direction.RTL),  # the script decides
        ("ku-Latn", None, Direction.LTR),
        ("en-GB", None, Direction.LTR),
        ("ar", "ltr", Direction.LTR),  # an explicit direction wins
        ("en", "rtl", Direction.RTL),
        (None, None, Direction.AUTO),  # each paragraph decides
        (None, "rtl", Direction.RTL),
    ],
)
def test_the_direction_follows_the_language_unless_set(
    language: str | None, direction: str | None, expected: Direction
) -> None:
    assert resolved(language, direction) is expected


@given(st.text(max_size=60))
def test_any_text_is_either_a_tag_or_a_sentence(tag: str) -> None:
    problem = language_problem(tag)
    assert problem is None or phrase_text(problem).startswith(showable(repr(tag[:40])))
    if problem is None:
        resolved(tag, None)  # a valid tag always resolves
