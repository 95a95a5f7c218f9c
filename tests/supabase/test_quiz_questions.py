"""Quiz questions: who reads and writes them, and every version is kept."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from devserver.db import as_caller
from tests.supabase.conftest import ANON, User
from tests.supabase.quiz_builders import (
    Conn,
    Refused,
    add_question,
    enroll,
    make_course,
    options,
    select_all,
)

QUESTIONS = "select id, version from public.quiz_questions where lesson_id = %s"
VERSIONS = (
    "select question_id, version, prompt from public.quiz_question_versions "
    "where question_id = %s order by version"
)


@pytest.fixture(autouse=True)
def no_demo_quizzes(admin_conn: Conn) -> None:
    """The seed's demo quizzes would show up in these catalogue-wide reads."""
    admin_conn.execute("delete from public.quiz_questions")


@pytest.fixture
def course_setup(admin_conn: Conn, make_user: Callable[..., User]) -> tuple[User, Any, str, str]:
    teacher = make_user("instructor")
    course = make_course(admin_conn, teacher.id, lessons=2, free=(0,))
    free_q = add_question(admin_conn, course.lesson_ids[0], "single_choice", ["a"])
    paid_q = add_question(admin_conn, course.lesson_ids[1], "single_choice", ["b"])
    return teacher, course, free_q, paid_q


def test_learner_reads_questions_of_free_lessons_but_not_others_until_enrolled(
    api_conn: Conn,
    admin_conn: Conn,
    make_user: Callable[..., User],
    course_setup: tuple[User, Any, str, str],
) -> None:
    _, course, free_q, paid_q = course_setup
    learner = make_user()
    assert [
        r["id"] for r in select_all(api_conn, learner.claims, QUESTIONS, (course.lesson_ids[0],))
    ] == [free_q]
    assert select_all(api_conn, learner.claims, QUESTIONS, (course.lesson_ids[1],)) == []
    assert select_all(api_conn, learner.claims, VERSIONS, (paid_q,)) == []
    enroll(admin_conn, learner.id, course.id)
    assert [
        r["id"] for r in select_all(api_conn, learner.claims, QUESTIONS, (course.lesson_ids[1],))
    ] == [paid_q]
    assert len(select_all(api_conn, learner.claims, VERSIONS, (paid_q,))) == 1


def test_anon_reads_only_free_lesson_questions(
    api_conn: Conn, course_setup: tuple[User, Any, str, str]
) -> None:
    _, _course, free_q, _ = course_setup
    rows = select_all(api_conn, ANON, "select id from public.quiz_questions")
    assert [r["id"] for r in rows] == [free_q]


def test_questions_of_unpublished_course_hidden_from_learners(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    teacher = make_user("instructor")
    draft = make_course(admin_conn, teacher.id, lessons=1, free=(0,), published=False)
    add_question(admin_conn, draft.lesson_ids[0], "short_answer", ["x"])
    assert select_all(api_conn, make_user().claims, QUESTIONS, (draft.lesson_ids[0],)) == []
    assert len(select_all(api_conn, teacher.claims, QUESTIONS, (draft.lesson_ids[0],))) == 1


def _insert_question(conn: psycopg.Connection[Any], lesson_id: str) -> None:
    conn.execute(
        "insert into public.quiz_questions (lesson_id, kind, prompt, options) "
        "values (%s, 'single_choice', 'Pick one', %s)",
        (lesson_id, json.dumps(options("a", "b"))),
    )


def test_instructor_adds_and_edits_questions_of_own_course(
    api_conn: Conn, course_setup: tuple[User, Any, str, str]
) -> None:
    teacher, course, free_q, _ = course_setup
    with as_caller(api_conn, teacher.claims) as conn:
        _insert_question(conn, course.lesson_ids[1])
        conn.execute(
            "update public.quiz_questions set prompt = 'Reworded' where id = %s", (free_q,)
        )
    rows = select_all(api_conn, teacher.claims, QUESTIONS, (course.lesson_ids[1],))
    assert len(rows) == 2


@pytest.mark.parametrize("role", ["student", "instructor"])
def test_others_cannot_add_or_edit_questions(
    api_conn: Conn,
    make_user: Callable[..., User],
    role: str,
    course_setup: tuple[User, Any, str, str],
) -> None:
    _, course, free_q, _ = course_setup
    outsider = make_user(role)
    with pytest.raises(Refused), as_caller(api_conn, outsider.claims) as conn:
        _insert_question(conn, course.lesson_ids[0])
    with as_caller(api_conn, outsider.claims) as conn:
        updated = conn.execute(
            "update public.quiz_questions set prompt = 'Hacked' where id = %s", (free_q,)
        )
        assert updated.rowcount == 0


def test_admin_edits_any_question(
    api_conn: Conn, make_user: Callable[..., User], course_setup: tuple[User, Any, str, str]
) -> None:
    _, _, free_q, _ = course_setup
    with as_caller(api_conn, make_user("admin").claims) as conn:
        assert (
            conn.execute(
                "update public.quiz_questions set points = 3 where id = %s", (free_q,)
            ).rowcount
            == 1
        )


def test_nobody_deletes_questions_through_the_api(
    api_conn: Conn, make_user: Callable[..., User], course_setup: tuple[User, Any, str, str]
) -> None:
    teacher, _, free_q, _ = course_setup
    for caller in (teacher, make_user("admin")):
        with pytest.raises(Refused), as_caller(api_conn, caller.claims) as conn:
            conn.execute("delete from public.quiz_questions where id = %s", (free_q,))


def test_editing_content_makes_a_new_version_and_keeps_the_old(
    api_conn: Conn, admin_conn: Conn, course_setup: tuple[User, Any, str, str]
) -> None:
    teacher, _course, free_q, _ = course_setup
    with as_caller(api_conn, teacher.claims) as conn:
        conn.execute("update public.quiz_questions set prompt = 'Second' where id = %s", (free_q,))
        conn.execute(
            "update public.quiz_questions set position = 5, is_active = false where id = %s",
            (free_q,),
        )
        conn.execute("update public.quiz_questions set prompt = 'Third' where id = %s", (free_q,))
    versions = admin_conn.execute(VERSIONS, (free_q,)).fetchall()
    assert [(v["version"], v["prompt"]) for v in versions] == [
        (1, "Question 0"),
        (2, "Second"),
        (3, "Third"),
    ]
    current = admin_conn.execute(
        "select version, is_active from public.quiz_questions where id = %s", (free_q,)
    ).fetchone()
    assert current == {"version": 3, "is_active": False}


def test_clients_cannot_set_the_version_or_move_a_question(
    api_conn: Conn, course_setup: tuple[User, Any, str, str]
) -> None:
    teacher, course, free_q, _ = course_setup
    with pytest.raises(Refused), as_caller(api_conn, teacher.claims) as conn:
        conn.execute("update public.quiz_questions set version = 9 where id = %s", (free_q,))
    with pytest.raises(Refused), as_caller(api_conn, teacher.claims) as conn:
        conn.execute(
            "update public.quiz_questions set lesson_id = %s where id = %s",
            (course.lesson_ids[1], free_q),
        )


def test_versions_are_read_only_through_the_api(
    api_conn: Conn, course_setup: tuple[User, Any, str, str]
) -> None:
    teacher, _, free_q, _ = course_setup
    for statement in (
        "update public.quiz_question_versions set prompt = 'x' where question_id = %s",
        "delete from public.quiz_question_versions where question_id = %s",
    ):
        with pytest.raises(Refused), as_caller(api_conn, teacher.claims) as conn:
            conn.execute(statement, (free_q,))


@pytest.mark.parametrize(
    ("kind", "opts"),
    [
        ("single_choice", [{"id": "a", "text": "A"}]),  # one option only
        ("multiple_choice", [{"id": "a", "text": "A"}, {"id": "a", "text": "B"}]),  # dup id
        ("single_choice", [{"id": "a"}, {"id": "b"}]),  # no text
        ("short_answer", [{"id": "a", "text": "A"}]),  # short answers have no options
        ("single_choice", {"a": "A"}),  # not an array
    ],
)
def test_malformed_options_are_refused(
    admin_conn: Conn, make_user: Callable[..., User], kind: str, opts: Any
) -> None:
    course = make_course(admin_conn, make_user("instructor").id, lessons=1)
    with pytest.raises(psycopg.errors.CheckViolation):
        admin_conn.execute(
            "insert into public.quiz_questions (lesson_id, kind, prompt, options) "
            "values (%s, %s, 'p', %s)",
            (course.lesson_ids[0], kind, json.dumps(opts)),
        )
