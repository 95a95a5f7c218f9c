"""Pushed progress keeps the server's rewards current, and concurrent devices queue up.

The schema's triggers on lesson_progress (enrollment progress, points, streak,
achievements, notifications) fire for sync_push's writes exactly as for any
other writer, and only once however often an op is replayed (issue #4).
"""

from __future__ import annotations

import threading
import uuid
from typing import Any

import psycopg
from psycopg.rows import dict_row

from tests.supabase.conftest import Cast
from tests.supabase.quiz_builders import enroll, make_course
from tests.supabase.sync_support import call_push, make_op, pull_all

Conn = psycopg.Connection[dict[str, Any]]


def test_pushed_completions_update_enrollment_points_streak_badges_and_notifications(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    course = make_course(admin_conn, cast.instructor.id, lessons=2, title="Two lessons")
    enroll(admin_conn, cast.student.id, course.id)
    badge = admin_conn.execute(
        "insert into public.achievements (title, icon, points_value, criteria) values "
        "('First course', 'trophy', 50, '{\"type\": \"course_completion\", "
        '"required_count": 1}\') returning id'
    ).fetchone()
    assert badge is not None
    ops = [
        make_op(
            i + 1,
            "progress.complete",
            {"lesson_id": lesson, "completed_at": "2026-11-20T09:00:00Z"},
        )
        for i, lesson in enumerate(course.lesson_ids)
    ]
    device = str(uuid.uuid4())
    call_push(api_conn, cast.student.claims, device, ops)
    # A lost acknowledgement and a replay, and the same completions from a copy.
    call_push(api_conn, cast.student.claims, device, ops)
    call_push(api_conn, cast.student.claims, str(uuid.uuid4()), ops)

    enrollment = admin_conn.execute(
        "select progress_percentage, completed_at from public.enrollments "
        "where user_id = %s and course_id = %s",
        (cast.student.id, course.id),
    ).fetchone()
    assert enrollment is not None
    assert enrollment["progress_percentage"] == 100
    assert enrollment["completed_at"] is not None
    earned = admin_conn.execute(
        "select a.id, a.points_value from public.user_achievements u "
        "join public.achievements a on a.id = u.achievement_id where u.user_id = %s",
        (cast.student.id,),
    ).fetchall()
    assert badge["id"] in {r["id"] for r in earned}
    profile = admin_conn.execute(
        "select points, streak_days from public.profiles where id = %s", (cast.student.id,)
    ).fetchone()
    # 10 per lesson and each badge's points, each once (the seed has badges too).
    expected_points = 2 * 10 + sum(r["points_value"] for r in earned)
    assert profile == {"points": expected_points, "streak_days": 1}
    kinds = sorted(
        r["type"]
        for r in admin_conn.execute(
            "select type from public.notifications where user_id = %s", (cast.student.id,)
        )
    )
    assert kinds.count("course_completion") == 1

    # All of it reaches the learner's devices through the 'me' scope.
    mine = pull_all(api_conn, cast.student.claims, "me")
    assert mine.rows[("profiles", cast.student.id)]["points"] == expected_points
    assert len(mine.keys("user_achievements")) == len(earned)
    assert "course_completion" in {
        r["type"] for (t, _), r in mine.rows.items() if t == "notifications"
    }


def test_two_devices_pushing_at_once_on_the_same_lessons_neither_deadlock_nor_double_count(
    cast: Cast, admin_conn: Conn, db_url: str
) -> None:
    course = make_course(admin_conn, cast.instructor.id, lessons=4)
    enroll(admin_conn, cast.student.id, course.id)
    lessons = course.lesson_ids
    batches = {
        name: [
            make_op(
                i + 1,
                "progress.time" if i % 3 else "progress.complete",
                {"lesson_id": lessons[(i * step) % len(lessons)], "seconds": 5},
            )
            for i in range(60)
        ]
        for name, step in (("a", 1), ("b", 3))  # the two devices walk the lessons oppositely
    }
    start = threading.Barrier(2)
    outcomes: dict[str, Any] = {}

    def push(name: str) -> None:
        with psycopg.connect(db_url, autocommit=True, row_factory=dict_row) as conn:
            start.wait()
            try:
                outcomes[name] = call_push(
                    conn, cast.student.claims, str(uuid.uuid4()), batches[name]
                )
            except psycopg.Error as exc:
                outcomes[name] = exc

    threads = [threading.Thread(target=push, args=(name,)) for name in batches]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    for name, outcome in outcomes.items():
        assert isinstance(outcome, dict), f"device {name}: {outcome!r}"
        assert {r["status"] for r in outcome["results"]} == {"applied"}
    total = admin_conn.execute(
        "select sum(time_spent_seconds) as s from public.lesson_progress where user_id = %s",
        (cast.student.id,),
    ).fetchone()
    time_ops = sum(1 for ops in batches.values() for op in ops if op["kind"] == "progress.time")
    assert total == {"s": 5 * time_ops}
    points = admin_conn.execute(
        "select p.points - coalesce((select sum(a.points_value) from public.user_achievements u "
        "join public.achievements a on a.id = u.achievement_id where u.user_id = p.id), 0) "
        "as lesson_points from public.profiles p where p.id = %s",
        (cast.student.id,),
    ).fetchone()
    assert points == {"lesson_points": 10 * len(lessons)}
