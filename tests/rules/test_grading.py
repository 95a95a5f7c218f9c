"""Grading table: the rules of the common brief, case by case."""

from __future__ import annotations

import pytest

from desktop.rules.grading import (
    GradableQuestion,
    GradingError,
    grade,
    is_correct,
    normalise,
    passed,
)

SINGLE = GradableQuestion("q1", 1, "single_choice", 1, ("b",))
MULTI = GradableQuestion("q2", 3, "multiple_choice", 2, ("a", "c"))
SHORT = GradableQuestion("q3", 1, "short_answer", 1, ("Photo synthesis", "photosynthesis"))


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        (SINGLE, "b", True),
        (SINGLE, "a", False),
        (SINGLE, ["b"], False),  # a list is not a single choice
        (SINGLE, None, False),
        (MULTI, ["c", "a"], True),  # order does not matter
        (MULTI, ["a"], False),  # a subset is wrong
        (MULTI, ["a", "b", "c"], False),  # a superset is wrong
        (MULTI, "a", False),
        (MULTI, [], False),
        (SHORT, "  PHOTO   synthesis ", True),  # trim, collapse, casefold
        (SHORT, "photosynthesis", True),
        (SHORT, "photo-synthesis", False),
        (SHORT, None, False),
        (SHORT, ["photosynthesis"], False),
    ],
)
def test_each_question_kind_is_judged_by_the_shared_rule(
    question: GradableQuestion, answer: object, expected: bool
) -> None:
    assert is_correct(question, answer) is expected  # type: ignore[arg-type]


def test_normalise_trims_collapses_whitespace_and_lowercases() -> None:
    assert normalise("\t Une  Phrase\nLongue ") == "une phrase longue"


@pytest.mark.parametrize(
    ("score", "max_score", "expected"),
    [(7, 10, True), (69, 100, False), (70, 100, True), (2, 3, False), (3, 3, True), (0, 1, False)],
)
def test_pass_mark_is_seventy_percent_inclusive(score: int, max_score: int, expected: bool) -> None:
    assert passed(score, max_score) is expected


def test_score_sums_points_of_correct_questions_and_max_of_all_shown() -> None:
    answers = {
        "q1": {"version": 1, "answer": "b"},
        "q2": {"version": 3, "answer": ["a"]},
        "q3": {"version": 1, "answer": "photosynthesis"},
    }
    result = grade(answers, [SINGLE, MULTI, SHORT])
    assert (result.score, result.max_score, result.passed) == (2, 4, False)
    feedback = {r.question_id: (r.is_correct, r.correct_answer) for r in result.questions}
    assert feedback["q2"] == (False, ("a", "c"))
    assert feedback["q1"] == (True, ("b",))


def test_missing_answer_counts_as_wrong_but_still_counts_towards_max() -> None:
    result = grade(
        {"q1": {"version": 1}, "q2": {"version": 3, "answer": ["a", "c"]}}, [SINGLE, MULTI]
    )
    assert (result.score, result.max_score, result.passed) == (2, 3, False)


def test_an_answer_naming_an_unknown_version_cannot_be_graded() -> None:
    with pytest.raises(GradingError):
        grade({"q1": {"version": 2, "answer": "b"}}, [SINGLE])


def test_an_empty_attempt_cannot_be_graded() -> None:
    with pytest.raises(GradingError):
        grade({}, [SINGLE])
