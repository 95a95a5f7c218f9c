"""sync_push merges a run of progress ops in memory and writes each lesson once
(private.sync_run_ops, private.sync_save_progress)."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from typing import Any

import psycopg

from tests.supabase.conftest import Cast, User
from tests.supabase.sync_support import call_push, hlc, make_op

Conn = psycopg.Connection[dict[str, Any]]


def enroll(admin: Conn, user: User, course: str) -> None:
    admin.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)", (user.id, course)
    )


def count_progress_writes(admin: Conn) -> None:
    """Record every insert and update of lesson_progress (test instrumentation)."""
    admin.execute("""
        create table public.test_progress_writes (op text, lesson_id uuid);
        create function public.test_count_progress_write() returns trigger
        language plpgsql security definer set search_path = '' as $$
        begin
          insert into public.test_progress_writes values (tg_op, new.lesson_id);
          return null;
        end $$;
        create trigger test_count_progress_write after insert or update
          on public.lesson_progress for each row
          execute function public.test_count_progress_write();
    """)


def writes(admin: Conn) -> Counter[tuple[str, str]]:
    rows = admin.execute("select op, lesson_id::text as lesson from public.test_progress_writes")
    return Counter((r["op"], r["lesson"]) for r in rows.fetchall())


def study_ops(cast: Cast, count: int, seed: int) -> list[dict[str, Any]]:
    """A learner's offline session on the course's two lessons, seqs 1..count."""
    rng = random.Random(seed)
    ops = []
    for seq in range(1, count + 1):
        lesson, roll = rng.choice([cast.free_lesson, cast.paid_lesson]), rng.random()
        base = {"lesson_id": lesson, "course_id": cast.course}
        minute = f"2026-11-20T10:{seq % 60:02d}:00Z"
        if roll < 0.1:
            ops.append(make_op(seq, "progress.open", {**base, "accessed_at": minute}))
        elif roll < 0.6:
            ops.append(
                make_op(
                    seq,
                    "progress.time",
                    {**base, "seconds": rng.randint(5, 300), "recorded_at": minute},
                )
            )
        elif roll < 0.95:
            key = f"s{rng.randint(1, 3)}"
            ops.append(
                make_op(
                    seq,
                    "progress.section",
                    {
                        **base,
                        "sections": {key: {"percent": rng.randint(0, 100)}},
                        "lesson_percent": rng.randint(0, 90),
                    },
                    hlc=hlc(1_000_000 + seq),
                )
            )
        else:
            ops.append(make_op(seq, "progress.complete", {**base, "completed_at": minute}))
    return ops


def learner_state(admin: Conn, user: User) -> dict[str, Any]:
    """What the learner's pushes produced, without ids and server-side stamps
    (last_accessed too: a row is created at the server's now(), which is later
    than every client time in these ops)."""
    progress = admin.execute(
        "select lesson_id::text, completion_percentage, time_spent_seconds, completed_at, "
        "section_progress from public.lesson_progress where user_id = %s "
        "order by lesson_id",
        (user.id,),
    ).fetchall()
    profile = admin.execute(
        "select points, streak_days from public.profiles where id = %s", (user.id,)
    ).fetchone()
    awards = admin.execute(
        "select reason, ref_id::text, points from public.point_awards "
        "where user_id = %s order by 1, 2",
        (user.id,),
    ).fetchall()
    enrollment = admin.execute(
        "select progress_percentage, completed_at is not null as done "
        "from public.enrollments where user_id = %s",
        (user.id,),
    ).fetchall()
    notes = admin.execute(
        "select type, title from public.notifications where user_id = %s order by 1, 2", (user.id,)
    ).fetchall()
    return {
        "progress": progress,
        "profile": profile,
        "awards": awards,
        "enrollment": enrollment,
        "notifications": notes,
    }


def test_a_run_of_progress_ops_writes_each_lesson_row_once(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    enroll(admin_conn, cast.student, cast.course)
    count_progress_writes(admin_conn)
    ops = study_ops(cast, 120, seed=3)
    result = call_push(api_conn, cast.student.claims, str(uuid.uuid4()), ops)
    assert [r["status"] for r in result["results"]] == ["applied"] * 120
    # One insert when the row is first needed, one update with the merged
    # values: not one update per op.
    assert writes(admin_conn) == Counter(
        {
            ("INSERT", cast.free_lesson): 1,
            ("UPDATE", cast.free_lesson): 1,
            ("INSERT", cast.paid_lesson): 1,
            ("UPDATE", cast.paid_lesson): 1,
        }
    )


def test_merging_in_memory_reaches_the_state_op_by_op_writes_reach(
    cast: Cast, make_user: Any, admin_conn: Conn, api_conn: Conn
) -> None:
    """The fast run against the careful one (forced by a rejected last op)."""
    fast, careful = cast.student, make_user("student")
    for user in (fast, careful):
        enroll(admin_conn, user, cast.course)
    for seed in (11, 12, 13):
        ops = study_ops(cast, 80, seed)
        call_push(api_conn, fast.claims, str(uuid.uuid4()), ops)
        reply = call_push(
            api_conn, careful.claims, str(uuid.uuid4()), [*ops, make_op(81, "teleport", {})]
        )
        assert [r["status"] for r in reply["results"]] == ["applied"] * 80 + ["rejected"]
    fast_state, careful_state = learner_state(admin_conn, fast), learner_state(admin_conn, careful)
    assert fast_state["progress"], "the pushes wrote no progress"
    assert fast_state == careful_state


def test_other_ops_see_the_progress_before_them_and_set_access_for_the_ops_after(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    enroll(admin_conn, cast.student, cast.course)
    paid = {"lesson_id": cast.paid_lesson, "course_id": cast.course}
    ops = [
        make_op(1, "progress.time", {**paid, "seconds": 60}),
        make_op(2, "progress.complete", {**paid, "completed_at": "2026-11-20T09:00:00Z"}),
        # Leaving the course closes its paid lesson to the ops after it, even
        # though the run before it had already opened the lesson's row.
        make_op(
            3,
            "enrollment.set",
            {"course_id": cast.course, "status": "unenrolled"},
            hlc=hlc(4_000_000_000_000),
        ),
        make_op(4, "progress.time", {**paid, "seconds": 15}),
        make_op(
            5,
            "enrollment.set",
            {"course_id": cast.course, "status": "active"},
            hlc=hlc(4_000_000_000_001),
        ),
        make_op(6, "progress.time", {**paid, "seconds": 5}),
    ]
    result = call_push(api_conn, cast.student.claims, str(uuid.uuid4()), ops)
    statuses = [r["status"] for r in result["results"]]
    assert statuses == ["applied"] * 3 + ["rejected"] + ["applied"] * 2
    assert "not open to this learner" in result["results"][3]["reason"]
    row = admin_conn.execute(
        "select time_spent_seconds, completion_percentage from "
        "public.lesson_progress where user_id = %s and lesson_id = %s",
        (cast.student.id, cast.paid_lesson),
    ).fetchone()
    assert row == {"time_spent_seconds": 65, "completion_percentage": 100}
    # The completion was written before the enrollment op: it counts the lesson.
    enrollment = admin_conn.execute(
        "select progress_percentage from public.enrollments where user_id = %s", (cast.student.id,)
    ).fetchone()
    assert enrollment == {"progress_percentage": 50}


def test_the_last_op_of_each_lesson_in_a_run_carries_the_saved_row(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    enroll(admin_conn, cast.student, cast.course)
    paid = {"lesson_id": cast.paid_lesson, "course_id": cast.course}
    free = {"lesson_id": cast.free_lesson, "course_id": cast.course}
    ops = [
        make_op(1, "progress.time", {**paid, "seconds": 60}),
        make_op(2, "progress.complete", {**paid, "completed_at": "2026-11-20T09:00:00Z"}),
        make_op(3, "progress.time", {**free, "seconds": 10}),
        make_op(4, "progress.time", {**paid, "seconds": 30}),
        make_op(
            5, "rating.set", {"course_id": cast.course, "rating": 4}, hlc=hlc(4_000_000_000_000)
        ),
        make_op(6, "progress.time", {**paid, "seconds": 5}),
    ]
    result = call_push(api_conn, cast.student.claims, str(uuid.uuid4()), ops)
    assert [r["status"] for r in result["results"]] == ["applied"] * 6
    data = [r.get("data", {}) for r in result["results"]]
    assert data[0] == {}
    assert data[1] == {}
    assert data[2]["lesson_progress"]["time_spent_seconds"] == 10
    assert data[3]["lesson_progress"]["time_spent_seconds"] == 90
    assert data[3]["lesson_progress"]["completion_percentage"] == 100
    assert data[4]["course_rating"]["rating"] == 4
    assert data[5]["lesson_progress"]["time_spent_seconds"] == 95


def test_a_replayed_time_increment_in_a_run_is_reported_and_not_counted(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    enroll(admin_conn, cast.student, cast.course)
    free = {"lesson_id": cast.free_lesson, "course_id": cast.course}
    again = str(uuid.uuid4())
    first = call_push(
        api_conn,
        cast.student.claims,
        str(uuid.uuid4()),
        [make_op(1, "progress.time", {**free, "seconds": 40}, op_id=again)],
    )
    assert first["results"][0]["status"] == "applied"
    # The same op id again under a new device id (a restored copy), in a run.
    result = call_push(
        api_conn,
        cast.student.claims,
        str(uuid.uuid4()),
        [
            make_op(1, "progress.time", {**free, "seconds": 10}),
            make_op(2, "progress.time", {**free, "seconds": 40}, op_id=again),
            make_op(3, "progress.time", {**free, "seconds": 20}),
        ],
    )
    assert [r["status"] for r in result["results"]] == ["applied", "duplicate", "applied"]
    row = admin_conn.execute(
        "select time_spent_seconds from public.lesson_progress "
        "where user_id = %s and lesson_id = %s",
        (cast.student.id, cast.free_lesson),
    ).fetchone()
    assert row == {"time_spent_seconds": 70}
