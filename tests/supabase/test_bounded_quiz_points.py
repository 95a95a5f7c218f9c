"""Quiz question points are bounded and a quiz's score sums never overflow
(issue #12, item 4, for quizzes).

Two questions worth 2,147,483,647 points each made grade_quiz's
``max_score + points`` fail with "integer out of range", so every submission
of that quiz failed: an instructor could stop learners from submitting it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import psycopg
import pytest

from devserver.db import as_caller
from tests.supabase.conftest import User
from tests.supabase.quiz_builders import Conn, add_question, answers, enroll, make_course, submit

MAX_INT = 2_147_483_647
QUESTION = (
    "insert into public.quiz_questions (id, lesson_id, kind, prompt, options, points) "
    "values (%s, %s, 'short_answer', 'Say hi', '[]', %s)"
)


@pytest.fixture
def teacher(make_user: Callable[..., User]) -> User:
    return make_user("instructor")


@pytest.mark.parametrize("points", [MAX_INT, 1001, 0])
def test_a_question_worth_too_much_is_refused(
    api_conn: Conn, admin_conn: Conn, teacher: User, points: int
) -> None:
    course = make_course(admin_conn, teacher.id, lessons=1)
    with pytest.raises(psycopg.errors.CheckViolation), as_caller(api_conn, teacher.claims) as conn:
        conn.execute(QUESTION, (str(uuid.uuid4()), course.lesson_ids[0], points))


def test_raising_a_questions_points_past_the_bound_is_refused(
    api_conn: Conn, admin_conn: Conn, teacher: User
) -> None:
    course = make_course(admin_conn, teacher.id, lessons=1)
    question = add_question(admin_conn, course.lesson_ids[0], "short_answer", ["hi"])
    with pytest.raises(psycopg.errors.CheckViolation), as_caller(api_conn, teacher.claims) as conn:
        conn.execute(
            "update public.quiz_questions set points = %s where id = %s", (MAX_INT, question)
        )


def test_every_stored_version_is_bounded_too(admin_conn: Conn, teacher: User) -> None:
    course = make_course(admin_conn, teacher.id, lessons=1)
    question = add_question(admin_conn, course.lesson_ids[0], "short_answer", ["hi"])
    with pytest.raises(psycopg.errors.CheckViolation):
        admin_conn.execute(
            "insert into public.quiz_question_versions "
            "(question_id, version, lesson_id, kind, prompt, options, points) "
            "values (%s, 2, %s, 'short_answer', 'Say hi', '[]', %s)",
            (question, course.lesson_ids[0], MAX_INT),
        )


def test_a_quiz_of_questions_at_the_bound_grades(
    api_conn: Conn, admin_conn: Conn, teacher: User, make_user: Callable[..., User]
) -> None:
    learner = make_user()
    course = make_course(admin_conn, teacher.id, lessons=1)
    enroll(admin_conn, learner.id, course.id)
    first = add_question(admin_conn, course.lesson_ids[0], "short_answer", ["hi"], points=1000)
    second = add_question(
        admin_conn, course.lesson_ids[0], "short_answer", ["yo"], points=1000, position=1
    )
    row = submit(
        api_conn, learner.claims, course.lesson_ids[0], answers({first: "hi", second: "no"})
    )
    assert (row["score"], row["max_score"]) == (1000, 2000)


def test_a_total_beyond_the_integer_range_is_a_sentence(
    api_conn: Conn, admin_conn: Conn, teacher: User, make_user: Callable[..., User]
) -> None:
    """Were the bound ever lifted, the sums are taken in bigint and a total
    no score can hold is refused with a sentence, not "integer out of range"."""
    admin_conn.execute(
        "alter table public.quiz_questions drop constraint if exists quiz_questions_points_bounded"
    )
    admin_conn.execute(
        "alter table public.quiz_question_versions "
        "drop constraint if exists quiz_question_versions_points_bounded"
    )
    learner = make_user()
    course = make_course(admin_conn, teacher.id, lessons=1)
    enroll(admin_conn, learner.id, course.id)
    first = add_question(admin_conn, course.lesson_ids[0], "short_answer", ["hi"], points=MAX_INT)
    second = add_question(
        admin_conn, course.lesson_ids[0], "short_answer", ["yo"], points=MAX_INT, position=1
    )
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="more than a score can hold"):
        submit(api_conn, learner.claims, course.lesson_ids[0], answers({first: "hi", second: "yo"}))
    stored = admin_conn.execute(
        "select count(*) as n from public.quiz_attempts where user_id = %s", (learner.id,)
    ).fetchone()
    assert stored == {"n": 0}
