"""desktop/rules/grading.py grades exactly as the server's SQL does.

Hypothesis feeds both the same answers — awkward whitespace, accents, Greek
sigma, dotted İ, wrong types — and every verdict must match.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.rules.grading import (
    LESSON_COMPLETED_POINTS,
    QUIZ_PASSED_POINTS,
    CountedAttempt,
    GradableQuestion,
    grade,
    is_correct,
    normalise,
    points_earned,
    standing,
)
from tests.helpers.profiles import examples

AWKWARD = " \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2003\u2007\u2028\u202f\u3000"
LETTERS = "aAbBzZéÉßΣσςİıЖж0_-"
texts = st.text(alphabet=AWKWARD + LETTERS, max_size=12)
option_ids = st.sampled_from(["a", "b", "c", "d"])
answers: st.SearchStrategy[Any] = (
    st.none()
    | texts
    | option_ids
    | st.lists(option_ids, max_size=4)
    | st.integers(0, 3)
    | st.lists(st.integers(0, 3), max_size=2)
)

SETTINGS = settings(
    max_examples=examples(300),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture
def conn(db_url: str) -> Iterator[psycopg.Connection[Any]]:
    with psycopg.connect(db_url, autocommit=True) as connection:
        yield connection


@SETTINGS
@given(text=texts)
# found earlier (93073ff): NBSP and the ASCII separators are no spaces to
# PostgreSQL, and its lower() has no Greek final-sigma rule
@example(text="a\xa0b")
@example(text="x\x1cy\x1f")
@example(text="ΟΔΟΣ")
@example(text="İ")
def test_short_answers_are_normalised_like_the_server(
    conn: psycopg.Connection[Any], text: str
) -> None:
    row = conn.execute("select private.normalise_answer(%s)", (text,)).fetchone()
    assert row is not None
    assert normalise(text) == row[0]


@SETTINGS
@given(text=texts)
@example(text="  Print(X)\t ")
@example(text="ΟΔΟΣ")
def test_case_sensitive_answers_are_normalised_like_the_server(
    conn: psycopg.Connection[Any], text: str
) -> None:
    row = conn.execute("select private.normalise_answer_keeping_case(%s)", (text,)).fetchone()
    assert row is not None
    assert normalise(text, keep_case=True) == row[0]


@SETTINGS
@given(
    kind=st.sampled_from(["single_choice", "multiple_choice", "short_answer"]),
    scoring=st.sampled_from(["all_or_nothing", "partial"]),
    case_sensitive=st.booleans(),
    points=st.integers(1, 1000),
    correct=st.lists(option_ids | texts, min_size=1, max_size=4),
    answer=answers,
)
# partial credit: right minus wrong, floored at 0, of the key's size
@example(
    kind="multiple_choice",
    scoring="partial",
    case_sensitive=False,
    points=3,
    correct=["a", "b", "c"],
    answer=["a", "b", "d"],
)
@example(
    kind="multiple_choice",
    scoring="partial",
    case_sensitive=False,
    points=10,
    correct=["a", "b", "c"],
    answer=["a", "a", "b"],
)
@example(
    kind="multiple_choice",
    scoring="partial",
    case_sensitive=False,
    points=5,
    correct=["a"],
    answer=["a", "b", "c"],
)
@example(
    kind="short_answer",
    scoring="all_or_nothing",
    case_sensitive=True,
    points=2,
    correct=["Print"],
    answer=" print ",
)
def test_the_points_of_each_answer_match_the_server(
    conn: psycopg.Connection[Any],
    kind: str,
    scoring: str,
    case_sensitive: bool,
    points: int,
    correct: list[str],
    answer: Any,
) -> None:
    """private.question_points and points_earned agree for
    every kind, scoring and case rule, including the combinations the
    server's constraints refuse (the functions must still agree)."""
    row = conn.execute(
        "select private.question_points(%s, %s, %s, %s, %s::jsonb, %s::jsonb)",
        (kind, scoring, case_sensitive, points, json.dumps(correct), json.dumps(answer)),
    ).fetchone()
    assert row is not None
    question = GradableQuestion(
        "q",
        1,
        kind,  # type: ignore[arg-type]
        points,
        tuple(correct),
        scoring,  # type: ignore[arg-type]
        case_sensitive,
    )
    earned = points_earned(question, answer)
    assert earned == row[0]
    assert 0 <= earned <= points
    graded = grade({"q": {"version": 1, "answer": answer}}, [question])
    assert graded.score == earned
    assert graded.questions[0].is_correct is (earned == points)


def test_the_reward_for_passing_is_the_servers(conn: psycopg.Connection[Any]) -> None:
    row = conn.execute(
        "select private.points_for('quiz_passed'), private.points_for('lesson_completed')"
    ).fetchone()
    assert row is not None
    assert (row[0], row[1]) == (QUIZ_PASSED_POINTS, LESSON_COMPLETED_POINTS)


def test_partial_credit_is_right_minus_wrong_of_the_key_floored_at_zero(
    conn: psycopg.Connection[Any],
) -> None:
    """The rule as docs/course-packages.md states it, on a 4-point question
    whose key is a, b, c (options a..d)."""
    cases = {
        ("a", "b", "c"): 4,  # all right
        ("a", "b"): 2,  # 4 * 2 / 3 = 2.67, floored
        ("a",): 1,
        ("a", "b", "c", "d"): 2,  # 3 right, 1 wrong
        ("a", "d"): 0,
        ("d",): 0,  # never below 0
        (): 0,
    }
    question = GradableQuestion("q", 1, "multiple_choice", 4, ("a", "b", "c"), "partial")
    for chosen, expected in cases.items():
        row = conn.execute(
            "select private.question_points('multiple_choice', 'partial', false, 4, "
            '\'["a", "b", "c"]\'::jsonb, %s::jsonb)',
            (json.dumps(list(chosen)),),
        ).fetchone()
        assert row is not None
        assert (points_earned(question, list(chosen)), row[0]) == (expected, expected), chosen


@SETTINGS
@given(
    kind=st.sampled_from(["single_choice", "multiple_choice", "short_answer"]),
    correct=st.lists(option_ids | texts, min_size=1, max_size=3),
    answer=answers,
)
def test_each_verdict_matches_the_server(
    conn: psycopg.Connection[Any], kind: str, correct: list[str], answer: Any
) -> None:
    row = conn.execute(
        "select private.answer_is_correct(%s, %s::jsonb, %s::jsonb)",
        (kind, json.dumps(correct), json.dumps(answer)),
    ).fetchone()
    assert row is not None
    question = GradableQuestion("q", 1, kind, 1, tuple(correct))  # type: ignore[arg-type]
    assert is_correct(question, answer) is row[0]


@SETTINGS
@given(
    scores=st.lists(st.tuples(st.integers(0, 4), st.integers(1, 4)), max_size=5),
    assessed=st.booleans(),
    max_attempts=st.integers(1, 4),
    rule=st.sampled_from(["best", "last"]),
)
def test_the_standing_on_a_quiz_matches_the_server(
    conn: psycopg.Connection[Any],
    scores: list[tuple[int, int]],
    assessed: bool,
    max_attempts: int,
    rule: str,
) -> None:
    """desktop/rules/grading.standing works out the grade, passed and closed as
    private.quiz_standing does, over the counted attempts."""
    attempts = [
        CountedAttempt(n, min(score, top), top) for n, (score, top) in enumerate(scores, start=1)
    ]
    with conn.transaction():
        user, lesson = _learner_and_lesson(conn, assessed, max_attempts, rule)
        for a in attempts:
            conn.execute(
                "insert into public.quiz_attempts (user_id, lesson_id, score, "
                "max_score, answers, attempt_number) values (%s, %s, %s, %s, '{}', %s)",
                (user, lesson, a.score, a.max_score, a.number),
            )
        row = conn.execute("select private.quiz_standing(%s, %s)", (user, lesson)).fetchone()
        conn.execute(
            "delete from public.courses where id = "
            "(select course_id from public.lessons where id = %s)",
            (lesson,),
        )
        conn.execute("delete from auth.users where id = %s", (user,))
    assert row is not None
    server = row[0]
    local = standing(attempts, assessed=assessed, max_attempts=max_attempts, grading=rule)
    assert (local.attempts_used, local.score, local.max_score, local.passed, local.closed) == (
        server["attempts_used"],
        server["score"],
        server["max_score"],
        server["passed"],
        server["closed"],
    )


def _learner_and_lesson(
    conn: psycopg.Connection[Any], assessed: bool, max_attempts: int, rule: str
) -> tuple[str, str]:
    user, course, lesson = (str(uuid.uuid4()) for _ in range(3))
    conn.execute(
        "insert into auth.users (id, email) values (%s, %s)", (user, f"{user}@example.org")
    )
    conn.execute(
        "insert into public.courses (id, title, is_published) values (%s, 'C', true)", (course,)
    )
    conn.execute(
        "insert into public.lessons (id, course_id, title, component_path, "
        "order_index, quiz_mode, quiz_max_attempts, quiz_grading) "
        "values (%s, %s, 'L', 'c/l', 1, %s, %s, %s)",
        (lesson, course, "assessed" if assessed else "practice", max_attempts, rule),
    )
    return user, lesson
