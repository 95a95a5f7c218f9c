"""Quizzes and notifications through sync: practice keys travel, assessed keys never do;
attempts are graded by the server once; notifications are read once (issue #4)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import psycopg

from tests.supabase.conftest import Cast, User
from tests.supabase.quiz_builders import add_question, answers, enroll, make_course
from tests.supabase.sync_support import Replica, call_pull, call_push, make_op, pull_all

Conn = psycopg.Connection[dict[str, Any]]


def quiz_course(admin: Conn, cast: Cast) -> tuple[str, str, str, str, str]:
    """A course with a practice and an assessed lesson, one question each."""
    course = make_course(admin, cast.instructor.id, lessons=2)
    practice, assessed = course.lesson_ids
    admin.execute("update public.lessons set quiz_mode = 'assessed' where id = %s", (assessed,))
    q_practice = add_question(admin, practice, "single_choice", ["b"])
    q_assessed = add_question(admin, assessed, "single_choice", ["c"])
    return course.id, practice, assessed, q_practice, q_assessed


def test_course_scope_brings_questions_versions_and_practice_keys_only(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    course, _, _, q_practice, q_assessed = quiz_course(admin_conn, cast)
    enroll(admin_conn, cast.student.id, course)
    for caller in (cast.student, cast.instructor, cast.admin):
        replica = pull_all(api_conn, caller.claims, f"course:{course}")
        assert replica.keys("quiz_questions") == {q_practice, q_assessed}
        assert replica.keys("quiz_question_versions") == {f"{q_practice},1", f"{q_assessed},1"}
        # Whoever asks, an assessed key is never part of a pull.
        assert replica.keys("quiz_answer_keys") == {f"{q_practice},1"}
        assert q_assessed not in str(
            [r for (t, _), r in replica.rows.items() if t == "quiz_answer_keys"]
        )


def test_question_versions_and_keys_page_by_their_composite_keys(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    course = make_course(admin_conn, cast.instructor.id, lessons=1)
    enroll(admin_conn, cast.student.id, course.id)
    with admin_conn.transaction():
        questions = [
            add_question(admin_conn, course.lesson_ids[0], "single_choice", ["a"], position=i)
            for i in range(6)
        ]
        for question in questions[:3]:  # a second version each, key carried forward
            admin_conn.execute(
                "update public.quiz_questions set prompt = 'Edited' where id = %s", (question,)
            )
    whole = pull_all(api_conn, cast.student.claims, f"course:{course.id}")
    paged = pull_all(api_conn, cast.student.claims, f"course:{course.id}", limit=2)
    expected = {f"{q},1" for q in questions} | {f"{q},2" for q in questions[:3]}
    assert whole.keys("quiz_question_versions") == expected
    assert whole.keys("quiz_answer_keys") == expected
    assert paged.rows == whole.rows


def test_an_outsider_gets_no_quiz_of_a_paid_lesson(
    cast: Cast, admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User]
) -> None:
    course, _, _, _, _ = quiz_course(admin_conn, cast)
    replica = pull_all(api_conn, make_user().claims, f"course:{course}")
    assert not replica.keys("quiz_questions")
    assert not replica.keys("quiz_answer_keys")


def test_a_lesson_turned_assessed_takes_its_keys_back_and_practice_returns_them(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    course, practice, _, q_practice, _ = quiz_course(admin_conn, cast)
    enroll(admin_conn, cast.student.id, course)
    scope = f"course:{course}"
    replica = pull_all(api_conn, cast.student.claims, scope)
    assert replica.keys("quiz_answer_keys") == {f"{q_practice},1"}
    # Its practice questions must be retired first (test_quiz_mode_switch.py).
    admin_conn.execute(
        "update public.quiz_questions set is_active = false where id = %s", (q_practice,)
    )
    admin_conn.execute(
        "update public.lessons set quiz_mode = 'assessed' where id = %s", (practice,)
    )
    page = call_pull(api_conn, cast.student.claims, scope, replica.cursor)
    assert {(t["table"], t["id"]) for t in page["tombstones"]} == {
        ("quiz_answer_keys", f"{q_practice},1")
    }
    assert page["tombstones"][0]["pk"] == {"question_id": q_practice, "version": 1}
    replica.apply(page)
    assert replica.keys("quiz_answer_keys") == set()
    admin_conn.execute(
        "update public.lessons set quiz_mode = 'practice' where id = %s", (practice,)
    )
    pull_all(api_conn, cast.student.claims, scope, replica)
    assert replica.keys("quiz_answer_keys") == {f"{q_practice},1"}


def test_a_deleted_question_version_arrives_as_a_tombstone_the_client_can_use(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    course, _, _, q_practice, _ = quiz_course(admin_conn, cast)
    enroll(admin_conn, cast.student.id, course)
    replica = pull_all(api_conn, cast.student.claims, f"course:{course}")
    admin_conn.execute("delete from public.quiz_answer_keys where question_id = %s", (q_practice,))
    page = call_pull(api_conn, cast.student.claims, f"course:{course}", replica.cursor)
    assert [(t["table"], t["id"]) for t in page["tombstones"]] == [
        ("quiz_answer_keys", f"{q_practice},1")
    ]


def test_quiz_attempts_are_graded_by_the_server_once_and_come_back_in_me(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    course, _, assessed, _, q_assessed = quiz_course(admin_conn, cast)
    enroll(admin_conn, cast.student.id, course)
    attempt = str(uuid.uuid4())
    submit = make_op(
        1,
        "quiz.submit",
        {
            "attempt_id": attempt,
            "lesson_id": assessed,
            "answers": answers({q_assessed: "c"}),
            "time_taken_seconds": 42,
            "completed_at": "2026-11-20T10:00:00Z",
        },
    )
    device = str(uuid.uuid4())
    result = call_push(api_conn, cast.student.claims, device, [submit])
    first = result["results"][0]
    assert first["status"] == "applied"
    graded = first["data"]["quiz_attempt"]
    assert (graded["id"], graded["score"], graded["max_score"], graded["is_passed"]) == (
        attempt,
        1,
        1,
        True,
    )
    # The same attempt from a restored copy (new device id): stored once.
    again = call_push(api_conn, cast.student.claims, str(uuid.uuid4()), [submit])
    assert again["results"][0]["status"] == "duplicate"
    assert admin_conn.execute(
        "select count(*) as n from public.quiz_attempts where id = %s", (attempt,)
    ).fetchone() == {"n": 1}
    mine = pull_all(api_conn, cast.student.claims, "me")
    assert mine.keys("quiz_attempts") == {attempt}


def test_an_ungradable_attempt_is_rejected_with_the_reason(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    course, _, assessed, _, _ = quiz_course(admin_conn, cast)
    enroll(admin_conn, cast.student.id, course)
    result = call_push(
        api_conn,
        cast.student.claims,
        str(uuid.uuid4()),
        [
            make_op(
                1,
                "quiz.submit",
                {
                    "attempt_id": str(uuid.uuid4()),
                    "lesson_id": assessed,
                    "answers": answers({str(uuid.uuid4()): "c"}),
                },
            )
        ],
    )
    assert result["results"][0]["status"] == "rejected"
    assert result["results"][0]["reason"]
    assert result["last_seq"] == 1


def test_notifications_arrive_in_me_and_are_marked_read_once(
    cast: Cast, admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User]
) -> None:
    other = make_user()
    ids = {}
    for user in (cast.student, other):
        row = admin_conn.execute(
            "insert into public.notifications (user_id, type, title, message) "
            "values (%s, 'achievement', 'Badge', 'You earned it') returning id",
            (user.id,),
        ).fetchone()
        assert row is not None
        ids[user.id] = str(row["id"])
    replica = pull_all(api_conn, cast.student.claims, "me")
    assert replica.keys("notifications") == {ids[cast.student.id]}
    read = {"notification_id": ids[cast.student.id], "read_at": "2026-11-20T10:00:00Z"}
    result = call_push(
        api_conn,
        cast.student.claims,
        str(uuid.uuid4()),
        [
            make_op(1, "notification.read", read),
            make_op(2, "notification.read", read),
            make_op(3, "notification.read", {"notification_id": ids[other.id]}),
        ],
    )
    assert [r["status"] for r in result["results"]] == ["applied", "applied", "rejected"]
    assert admin_conn.execute(
        "select is_read from public.notifications where id = %s", (ids[other.id],)
    ).fetchone() == {"is_read": False}
    pull_all(api_conn, cast.student.claims, "me", replica)
    key = ("notifications", ids[cast.student.id])
    assert replica.rows[key]["is_read"] is True


def test_a_learner_never_receives_another_learners_rows_in_any_scope(
    cast: Cast, admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User]
) -> None:
    course, practice, _, q_practice, _ = quiz_course(admin_conn, cast)
    other = make_user()
    for user in (cast.student, other):
        enroll(admin_conn, user.id, course)
        call_push(
            api_conn,
            user.claims,
            str(uuid.uuid4()),
            [
                make_op(1, "progress.complete", {"lesson_id": practice}),
                make_op(
                    2,
                    "quiz.submit",
                    {
                        "attempt_id": str(uuid.uuid4()),
                        "lesson_id": practice,
                        "answers": answers({q_practice: "b"}),
                    },
                ),
            ],
        )
    everything = Replica()
    for scope in ("catalogue", f"course:{course}", "me"):
        pull_all(api_conn, cast.student.claims, scope, everything)
        everything.cursor = None
    assert other.id not in str(everything.rows)
