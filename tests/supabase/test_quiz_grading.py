"""Server grading follows the contract, and agrees with desktop/rules/grading.py."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.rules import grading
from tests.helpers.profiles import examples
from tests.supabase.conftest import User
from tests.supabase.quiz_builders import Conn, add_question, answers, enroll, make_course, submit


@dataclass
class Quiz:
    learner: User
    lesson_id: str
    single: str  # 2 points, key "b"
    multiple: str  # 3 points, key ["a", "c"]
    short: str  # 5 points, accepts "Paris" and "paris  France"


@pytest.fixture
def quiz(admin_conn: Conn, make_user: Callable[..., User]) -> Quiz:
    course = make_course(admin_conn, make_user("instructor").id, lessons=1, quiz_mode="assessed")
    lesson = course.lesson_ids[0]
    learner = make_user()
    enroll(admin_conn, learner.id, course.id)
    return Quiz(
        learner,
        lesson,
        add_question(admin_conn, lesson, "single_choice", ["b"], points=2, position=1),
        add_question(admin_conn, lesson, "multiple_choice", ["a", "c"], points=3, position=2),
        add_question(
            admin_conn, lesson, "short_answer", ["Paris", "paris  France"], points=5, position=3
        ),
    )


CASES: list[tuple[str, Any, Any, Any, int]] = [
    ("all right", "b", ["a", "c"], "Paris", 10),
    ("set order and duplicates do not matter", "b", ["c", "a", "c"], "paris", 10),
    ("whitespace and case are normalised", "b", ["a", "c"], "  PARIS \t  france\n", 10),
    ("a subset is wrong", "b", ["a"], "Paris", 7),
    ("a superset is wrong", "b", ["a", "b", "c"], "Paris", 7),
    ("null answers are wrong", None, None, None, 0),
    ("wrong types are wrong", ["b"], "a", 5, 0),
    ("non-string ids are wrong", "b", [1, "a", "c"], "Paris", 7),
    ("a near miss is wrong", "c", ["a", "c"], "Pari", 3),
]


def _python_grade(quiz: Quiz, given_answers: dict[str, Any]) -> grading.GradeResult:
    questions = [
        grading.GradableQuestion(quiz.single, 1, "single_choice", 2, ("b",)),
        grading.GradableQuestion(quiz.multiple, 1, "multiple_choice", 3, ("a", "c")),
        grading.GradableQuestion(quiz.short, 1, "short_answer", 5, ("Paris", "paris  France")),
    ]
    return grading.grade(given_answers, questions)


@pytest.mark.parametrize(
    ("case", "single", "multiple", "short", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_server_grades_by_the_contract_like_the_client(
    api_conn: Conn, quiz: Quiz, case: str, single: Any, multiple: Any, short: Any, expected: int
) -> None:
    given_answers = answers({quiz.single: single, quiz.multiple: multiple, quiz.short: short})
    row = submit(api_conn, quiz.learner.claims, quiz.lesson_id, given_answers)
    local = _python_grade(quiz, given_answers)
    assert (row["score"], row["max_score"]) == (expected, 10)
    assert (local.score, local.max_score, local.passed) == (
        row["score"],
        row["max_score"],
        row["is_passed"],
    )


def test_part_of_the_quiz_is_never_graded(api_conn: Conn, quiz: Quiz) -> None:
    # {single} was the quiz for a moment while the questions were added one
    # by one; it is no longer the quiz, so the attempt is kept, not graded
    # (before: graded 2/2, passed).
    row = submit(api_conn, quiz.learner.claims, quiz.lesson_id, answers({quiz.single: "b"}))
    assert (row["score"], row["is_passed"], row["counted"], row["not_counted_reason"]) == (
        None,
        None,
        False,
        "quiz_changed",
    )


def test_exactly_seventy_percent_passes_and_below_fails(
    api_conn: Conn, admin_conn: Conn, quiz: Quiz
) -> None:
    # 7 of 10: the single (2) and short (5) right, the multiple (3) wrong.
    row = submit(
        api_conn,
        quiz.learner.claims,
        quiz.lesson_id,
        answers({quiz.single: "b", quiz.multiple: ["a"], quiz.short: "paris"}),
    )
    assert (row["score"], row["is_passed"]) == (7, True)
    # A passed assessed quiz is closed (test_quiz_attempt_limits.py): start afresh.
    admin_conn.execute("delete from public.quiz_attempts where user_id = %s", (quiz.learner.id,))
    row = submit(
        api_conn,
        quiz.learner.claims,
        quiz.lesson_id,
        answers({quiz.single: "a", quiz.multiple: ["a", "c"], quiz.short: "paris"}),
    )
    assert (row["score"], row["is_passed"]) == (8, True)
    admin_conn.execute("delete from public.quiz_attempts where user_id = %s", (quiz.learner.id,))
    row = submit(
        api_conn,
        quiz.learner.claims,
        quiz.lesson_id,
        answers({quiz.single: "b", quiz.multiple: ["a", "c"], quiz.short: "x"}),
    )
    assert (row["score"], row["is_passed"]) == (5, False)


ANSWER_TEXT = st.text(alphabet=st.sampled_from(list("abAB \t\n")), max_size=8)
ANSWERS = st.one_of(
    st.none(),
    st.integers(-2, 2),
    ANSWER_TEXT,
    st.lists(st.sampled_from(["a", "b", "c", "A"]), max_size=4),
)


@settings(
    max_examples=examples(150),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    kind=st.sampled_from(["single_choice", "multiple_choice", "short_answer"]),
    key=st.lists(ANSWER_TEXT.filter(bool), min_size=1, max_size=3, unique=True),
    answer=ANSWERS,
)
def test_sql_and_python_agree_on_every_answer(
    admin_conn: Conn, kind: str, key: list[str], answer: Any
) -> None:
    if kind == "single_choice":
        key = key[:1]
    question = grading.GradableQuestion("q", 1, kind, 1, tuple(key))  # type: ignore[arg-type]
    expected = grading.is_correct(question, grading._as_answer(answer))
    row = admin_conn.execute(
        "select private.answer_is_correct(%s, %s, %s) as ok",
        (kind, json.dumps(key), json.dumps(answer)),
    ).fetchone()
    assert row is not None
    assert row["ok"] is expected
