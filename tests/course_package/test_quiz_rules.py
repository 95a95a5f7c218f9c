"""An assessed quiz's attempt limit, grading rule and feedback setting
(issue #12, item 3): read from the package, checked, and published."""

from __future__ import annotations

import pytest

from desktop.course_package import QuizGrading, QuizRules, load_files
from desktop.publish import rows as publish_rows
from tests.course_package.packages import FIRST, SECOND, SECOND_QUIZ, tiny_package
from tests.course_package.test_problems import assert_reported, problems_of


def rules_of(changes: dict[str, str | bytes | None]) -> tuple[QuizRules, QuizRules]:
    result = load_files(tiny_package(changes))
    assert result.problems == ()
    assert result.package is not None
    first, second = result.package.lessons
    return first.quiz_rules, second.quiz_rules


def test_an_assessed_quiz_gets_three_attempts_best_counts_no_feedback_by_default() -> None:
    _, assessed = rules_of({})
    assert assessed == QuizRules(attempts=3, grading=QuizGrading.BEST, feedback=False)


def test_the_quiz_file_sets_the_rules() -> None:
    quiz = 'attempts = 1\ngrading = "last"\nfeedback = true\n' + SECOND_QUIZ
    _, assessed = rules_of({"second.quiz.toml": quiz})
    assert assessed == QuizRules(attempts=1, grading=QuizGrading.LAST, feedback=True)


def test_the_front_matter_sets_the_rules() -> None:
    lesson = FIRST.replace('mode = "practice"', 'mode = "assessed"\nattempts = 5')
    first, _ = rules_of({"first.md": lesson})
    assert first.attempts == 5
    assert first.grading is QuizGrading.BEST


def test_rules_go_to_the_lesson_row() -> None:
    result = load_files(tiny_package({"second.quiz.toml": "attempts = 2\n" + SECOND_QUIZ}))
    assert result.package is not None
    row = publish_rows.lesson_row(result.package, result.package.lessons[1])
    assert (
        row["quiz_mode"],
        row["quiz_max_attempts"],
        row["quiz_grading"],
        row["quiz_feedback"],
    ) == ("assessed", 2, "best", False)


@pytest.mark.parametrize(
    ("setting", "line", "fragment"),
    [
        ("attempts = 0", 1, "'attempts' of the quiz must be a whole number of at least 1"),
        ("attempts = 101", 1, "allow at most 100"),
        ("attempts = true", 1, "must be a whole number"),
        ('grading = "worst"', 1, "'worst', which is not one of 'best', 'last'"),
        ('feedback = "yes"', 1, "'feedback' of the quiz must be true or false"),
    ],
)
def test_wrong_rules_name_the_file_and_line(setting: str, line: int, fragment: str) -> None:
    problems = problems_of({"second.quiz.toml": setting + "\n" + SECOND_QUIZ})
    assert_reported(problems, "second.quiz.toml", line, fragment)


@pytest.mark.parametrize("setting", ["attempts = 2", 'grading = "last"', "feedback = true"])
def test_rules_on_a_practice_quiz_are_refused(setting: str) -> None:
    lesson = FIRST.replace('mode = "practice"', 'mode = "practice"\n' + setting)
    problems = problems_of({"first.md": lesson})
    assert_reported(problems, "first.md", 8, "is for assessed quizzes")


def test_rules_in_two_places_are_refused() -> None:
    lesson = SECOND.replace(
        'prerequisites = ["first"]\n', 'prerequisites = ["first"]\n[quiz]\nattempts = 2\n'
    )
    problems = problems_of(
        {"second.md": lesson, "second.quiz.toml": "attempts = 4\n" + SECOND_QUIZ}
    )
    assert_reported(problems, "second.md", 5, "'attempts' is set both here and in second.quiz.toml")
