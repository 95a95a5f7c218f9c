"""A practice quiz turned assessed needs questions learners never had the keys
of (issue #12, item 7)."""

from __future__ import annotations

from collections.abc import Callable

import psycopg
import pytest

from devserver.db import as_caller
from tests.supabase.conftest import User
from tests.supabase.quiz_builders import Conn, add_question, answers, enroll, make_course, submit

Refused = psycopg.errors.CheckViolation


def test_switching_a_practice_quiz_with_its_questions_to_assessed_is_refused(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    teacher, learner = make_user("instructor"), make_user()
    course = make_course(admin_conn, teacher.id, lessons=1)
    lesson = course.lesson_ids[0]
    enroll(admin_conn, learner.id, course.id)
    old = add_question(admin_conn, lesson, "single_choice", ["b"])
    with (
        pytest.raises(Refused, match="learners downloaded the answer keys"),
        as_caller(api_conn, teacher.claims) as conn,
    ):
        conn.execute("update public.lessons set quiz_mode = 'assessed' where id = %s", (lesson,))
    mode = admin_conn.execute(
        "select quiz_mode from public.lessons where id = %s", (lesson,)
    ).fetchone()
    assert mode == {"quiz_mode": "practice"}
    # The way through: retire the old question, switch, add a new one.
    with as_caller(api_conn, teacher.claims) as conn:
        conn.execute("update public.quiz_questions set is_active = false where id = %s", (old,))
        conn.execute("update public.lessons set quiz_mode = 'assessed' where id = %s", (lesson,))
    new = add_question(admin_conn, lesson, "single_choice", ["c"])
    row = submit(api_conn, learner.claims, lesson, answers({new: "c"}))
    assert row["score"] == 1
    # The old question cannot come back into the assessed quiz.
    with (
        pytest.raises(Refused, match="was in a practice quiz"),
        as_caller(api_conn, teacher.claims) as conn,
    ):
        conn.execute("update public.quiz_questions set is_active = true where id = %s", (old,))


def test_a_quiz_that_was_practice_once_stays_exposed(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    teacher = make_user("instructor")
    course = make_course(admin_conn, teacher.id, lessons=1, quiz_mode="assessed")
    lesson = course.lesson_ids[0]
    question = add_question(admin_conn, lesson, "single_choice", ["b"])
    with as_caller(api_conn, teacher.claims) as conn:
        conn.execute("update public.lessons set quiz_mode = 'practice' where id = %s", (lesson,))
    with (
        pytest.raises(Refused, match="learners downloaded"),
        as_caller(api_conn, teacher.claims) as conn,
    ):
        conn.execute("update public.lessons set quiz_mode = 'assessed' where id = %s", (lesson,))
    exposed = admin_conn.execute(
        "select key_exposed from public.quiz_questions where id = %s", (question,)
    ).fetchone()
    assert exposed == {"key_exposed": True}


def test_questions_written_into_an_assessed_quiz_are_not_exposed(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    teacher = make_user("instructor")
    course = make_course(admin_conn, teacher.id, lessons=1, quiz_mode="assessed")
    question = add_question(admin_conn, course.lesson_ids[0], "single_choice", ["b"])
    with as_caller(api_conn, teacher.claims) as conn:
        conn.execute(
            "update public.quiz_questions set prompt = 'Edited' where id = %s", (question,)
        )
    with (
        pytest.raises(psycopg.errors.InsufficientPrivilege),
        as_caller(api_conn, teacher.claims) as conn,
    ):
        conn.execute(
            "update public.quiz_questions set key_exposed = true where id = %s", (question,)
        )
    exposed = admin_conn.execute(
        "select key_exposed from public.quiz_questions where id = %s", (question,)
    ).fetchone()
    assert exposed == {"key_exposed": False}
