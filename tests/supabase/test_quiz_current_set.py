"""Only a quiz's current question set is graded (issue #12, hardening).

``private.quiz_question_sets`` records every set of active questions a
lesson's quiz has ever had, and grading accepted any of them.  So the old
questions of a practice quiz (whose keys every learner downloaded) still
passed the assessed quiz that replaced them, and a set that existed only
for a moment while an instructor added questions one by one graded a single
question.  An attempt at a set that is no longer the quiz is kept and
shown, never dropped, but not graded and not counted: ``not_counted_reason
= 'quiz_changed'``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from devserver.db import as_caller
from tests.supabase.conftest import User
from tests.supabase.quiz_builders import Conn, add_question, answers, enroll, make_course, submit
from tests.supabase.sync_support import call_push, make_op


def points(admin: Conn, user: User) -> int:
    row = admin.execute("select points from public.profiles where id = %s", (user.id,)).fetchone()
    assert row is not None
    return int(row["points"])


def standing(api: Conn, user: User, lesson_id: str) -> dict[str, Any]:
    with as_caller(api, user.claims) as conn:
        row = conn.execute("select public.quiz_standing(%s) as s", (lesson_id,)).fetchone()
    assert row is not None
    return dict(row["s"])


def not_graded(row: dict[str, Any]) -> tuple[Any, ...]:
    return (row["counted"], row["score"], row["is_passed"], row.get("not_counted_reason"))


def test_the_old_practice_questions_do_not_pass_the_assessed_quiz_that_replaced_them(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    teacher, learner = make_user("instructor"), make_user()
    course = make_course(admin_conn, teacher.id, lessons=1)
    lesson = course.lesson_ids[0]
    enroll(admin_conn, learner.id, course.id)
    practice = add_question(admin_conn, lesson, "single_choice", ["b"])  # key downloaded
    # The instructor makes the quiz assessed the only way allowed: new questions.
    with as_caller(api_conn, teacher.claims) as conn:
        conn.execute(
            "update public.quiz_questions set is_active = false where id = %s", (practice,)
        )
        conn.execute("update public.lessons set quiz_mode = 'assessed' where id = %s", (lesson,))
    add_question(admin_conn, lesson, "single_choice", ["c"])
    row = submit(api_conn, learner.claims, lesson, answers({practice: "b"}))
    assert not_graded(row) == (False, None, None, "quiz_changed")
    assert points(admin_conn, learner) == 0
    now = standing(api_conn, learner, lesson)
    assert (now["passed"], now["attempts_used"], now["closed"]) == (False, 0, False)


def test_a_set_that_existed_while_questions_were_added_one_by_one_grades_nothing(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    teacher, learner = make_user("instructor"), make_user()
    course = make_course(admin_conn, teacher.id, lessons=1, quiz_mode="assessed")
    lesson = course.lesson_ids[0]
    enroll(admin_conn, learner.id, course.id)
    first = add_question(admin_conn, lesson, "single_choice", ["b"])  # set {first}
    second = add_question(admin_conn, lesson, "single_choice", ["c"])  # set {first, second}
    probe = submit(api_conn, learner.claims, lesson, answers({first: "b"}))
    assert not_graded(probe) == (False, None, None, "quiz_changed")
    whole = submit(api_conn, learner.claims, lesson, answers({first: "b", second: "a"}))
    assert (whole["counted"], whole["score"], whole["not_counted_reason"]) == (True, 1, None)
    assert standing(api_conn, learner, lesson)["attempts_used"] == 1


def test_an_offline_attempt_at_the_quiz_as_downloaded_is_kept_with_the_reason(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    teacher, learner = make_user("instructor"), make_user()
    course = make_course(admin_conn, teacher.id, lessons=1, quiz_mode="assessed")
    lesson = course.lesson_ids[0]
    enroll(admin_conn, learner.id, course.id)
    question = add_question(admin_conn, lesson, "single_choice", ["b"])
    # Downloaded; then, while the learner is offline, the instructor adds one.
    added = add_question(admin_conn, lesson, "single_choice", ["c"])
    attempt = str(uuid.uuid4())
    op = make_op(
        1,
        "quiz.submit",
        {
            "attempt_id": attempt,
            "lesson_id": lesson,
            "answers": answers({question: "b"}),
            "completed_at": "2026-12-01T10:00:00Z",
        },
    )
    (outcome,) = call_push(api_conn, learner.claims, str(uuid.uuid4()), [op])["results"]
    assert outcome["status"] == "applied"
    kept = outcome["data"]["quiz_attempt"]
    assert kept["id"] == attempt
    assert not_graded(kept) == (False, None, None, "quiz_changed")
    assert kept["answers"] == answers({question: "b"})  # nothing lost
    stored = admin_conn.execute(
        "select not_counted_reason from public.quiz_attempts where id = %s", (attempt,)
    ).fetchone()
    assert stored == {"not_counted_reason": "quiz_changed"}
    # The quiz as it is now still counts.
    row = submit(api_conn, learner.claims, lesson, answers({question: "b", added: "c"}))
    assert (row["counted"], row["is_passed"]) == (True, True)


def test_practice_quizzes_grade_only_their_current_set_too(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    teacher, learner = make_user("instructor"), make_user()
    course = make_course(admin_conn, teacher.id, lessons=1)
    lesson = course.lesson_ids[0]
    enroll(admin_conn, learner.id, course.id)
    first = add_question(admin_conn, lesson, "single_choice", ["b"])
    add_question(admin_conn, lesson, "single_choice", ["c"])
    row = submit(api_conn, learner.claims, lesson, answers({first: "b"}))
    assert not_graded(row) == (False, None, None, "quiz_changed")
    assert points(admin_conn, learner) == 0


def test_no_feedback_for_an_attempt_at_a_changed_quiz(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    teacher, learner = make_user("instructor"), make_user()
    course = make_course(admin_conn, teacher.id, lessons=1)
    lesson = course.lesson_ids[0]
    enroll(admin_conn, learner.id, course.id)
    first = add_question(admin_conn, lesson, "single_choice", ["b"])
    add_question(admin_conn, lesson, "single_choice", ["c"])
    row = submit(api_conn, learner.claims, lesson, answers({first: "b"}))
    with (
        pytest.raises(psycopg.errors.InvalidParameterValue, match="before the quiz changed"),
        as_caller(api_conn, learner.claims) as conn,
    ):
        conn.execute("select * from public.quiz_attempt_feedback(%s)", (row["id"],))


def test_the_table_applies_the_rule_whoever_inserts(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    # A SECURITY DEFINER function inserting for a signed-in caller, as
    # submit_quiz_attempt does in any later definition of it.
    teacher, learner = make_user("instructor"), make_user()
    course = make_course(admin_conn, teacher.id, lessons=1, quiz_mode="assessed")
    lesson = course.lesson_ids[0]
    enroll(admin_conn, learner.id, course.id)
    first = add_question(admin_conn, lesson, "single_choice", ["b"])
    second = add_question(admin_conn, lesson, "single_choice", ["c"])
    admin_conn.execute(
        "create function public.test_store_attempt(lesson uuid, given jsonb, is_counted boolean) "
        "returns public.quiz_attempts language sql security definer set search_path = '' as $$ "
        "insert into public.quiz_attempts (user_id, lesson_id, score, max_score, answers, counted) "
        "values (auth.uid(), lesson, case when is_counted then 1 end, 1, given, is_counted) "
        "returning * $$"
    )
    admin_conn.execute("grant execute on function public.test_store_attempt to authenticated")
    with as_caller(api_conn, learner.claims) as conn:
        part = conn.execute(
            "select * from public.test_store_attempt(%s, %s, true)",
            (lesson, json.dumps(answers({first: "b"}))),
        ).fetchone()
        late = conn.execute(
            "select * from public.test_store_attempt(%s, %s, false)",
            (lesson, json.dumps(answers({first: "b", second: "c"}))),
        ).fetchone()
    assert part is not None
    assert late is not None
    assert not_graded(part) == (False, None, None, "quiz_changed")
    assert (late["counted"], late["not_counted_reason"]) == (False, "quiz_closed")


def test_a_not_counted_attempt_always_says_why(admin_conn: Conn) -> None:
    checks = admin_conn.execute(
        "select pg_get_constraintdef(oid) as d from pg_constraint "
        "where conrelid = 'public.quiz_attempts'::regclass and contype = 'c'"
    ).fetchall()
    assert any("not_counted_reason" in c["d"] and "counted" in c["d"] for c in checks)
