"""sync_push keeps only each device's recent op ids
(public.sync_devices.pruned_through, in public.sync_push)."""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
import pytest

from tests.supabase.conftest import Cast, User
from tests.supabase.sync_support import call_push, make_op

Conn = psycopg.Connection[dict[str, Any]]
BATCH = 250


@pytest.fixture
def learner(cast: Cast, admin_conn: Conn) -> User:
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (cast.student.id, cast.course),
    )
    return cast.student


def opens(lesson: str, first: int, count: int) -> list[dict[str, Any]]:
    return [
        make_op(seq, "progress.open", {"lesson_id": lesson}) for seq in range(first, first + count)
    ]


def device_rows(admin: Conn, device: str) -> dict[str, Any]:
    row = admin.execute(
        "select d.last_seq, d.pruned_through, count(o.seq) as kept, min(o.seq) as oldest "
        "from public.sync_devices d left join public.sync_device_ops o using (device_id) "
        "where d.device_id = %s group by d.device_id",
        (device,),
    ).fetchone()
    assert row is not None
    return dict(row)


def push_many(
    api: Conn, user: User, device: str, lesson: str, total: int
) -> list[list[dict[str, Any]]]:
    batches = [
        opens(lesson, first, min(BATCH, total - first + 1)) for first in range(1, total + 1, BATCH)
    ]
    for batch in batches:
        call_push(api, user.claims, device, batch)
    return batches


def test_a_device_keeps_the_op_ids_of_its_recent_seqs_only(
    cast: Cast, learner: User, admin_conn: Conn, api_conn: Conn
) -> None:
    device = str(uuid.uuid4())
    push_many(api_conn, learner, device, cast.free_lesson, 2000)
    assert device_rows(admin_conn, device) == {
        "last_seq": 2000,
        "pruned_through": 0,
        "kept": 2000,
        "oldest": 1,
    }
    call_push(api_conn, learner.claims, device, opens(cast.free_lesson, 2001, BATCH))
    # Past 2,000 beyond the mark: everything but the last 1,000 goes.
    assert device_rows(admin_conn, device) == {
        "last_seq": 2250,
        "pruned_through": 1250,
        "kept": 1000,
        "oldest": 1251,
    }


def test_the_last_batch_replayed_after_a_lost_answer_is_still_a_duplicate(
    cast: Cast, learner: User, admin_conn: Conn, api_conn: Conn
) -> None:
    device = str(uuid.uuid4())
    batches = push_many(api_conn, learner, device, cast.free_lesson, 2250)
    assert device_rows(admin_conn, device)["pruned_through"] == 1250
    again = call_push(api_conn, learner.claims, device, batches[-1])
    assert {r["status"] for r in again["results"]} == {"duplicate"}
    assert again["last_seq"] == 2250


def test_a_copy_replaying_seqs_older_than_the_kept_ones_is_refused_not_swallowed(
    cast: Cast, learner: User, admin_conn: Conn, api_conn: Conn
) -> None:
    device = str(uuid.uuid4())
    push_many(api_conn, learner, device, cast.free_lesson, 2250)
    # A backup copied at seq 500 carries on with new ops from 501.
    copy = [
        make_op(seq, "progress.time", {"lesson_id": cast.free_lesson, "seconds": 30})
        for seq in range(501, 511)
    ]
    with pytest.raises(psycopg.errors.InvalidParameterValue) as refused:
        call_push(api_conn, learner.claims, device, copy)
    assert refused.value.diag.message_hint == "device_sequence_conflict"
    row = admin_conn.execute(
        "select time_spent_seconds from public.lesson_progress "
        "where user_id = %s and lesson_id = %s",
        (learner.id, cast.free_lesson),
    ).fetchone()
    assert row == {"time_spent_seconds": 0}
    # Under a new device id, as the client then does, the copy's work counts once.
    result = call_push(
        api_conn,
        learner.claims,
        str(uuid.uuid4()),
        [dict(op, seq=i) for i, op in enumerate(copy, start=1)],
    )
    assert {r["status"] for r in result["results"]} == {"applied"}
    row = admin_conn.execute(
        "select time_spent_seconds from public.lesson_progress "
        "where user_id = %s and lesson_id = %s",
        (learner.id, cast.free_lesson),
    ).fetchone()
    assert row == {"time_spent_seconds": 300}
