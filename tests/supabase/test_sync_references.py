"""The references of sync_device_ops and lesson_time_ledger, kept by sync_push
and the sync_forget_* triggers instead of per-row foreign key checks
(migration 20261203200700, issue #15): deleting a learner, a device or a
lesson takes their rows along, and a lesson a push is counting time on
cannot be deleted under it."""

from __future__ import annotations

import json
import threading
import time
import uuid
from typing import Any

import psycopg

from devserver.db import as_caller
from tests.supabase.conftest import Cast
from tests.supabase.sync_support import call_push, make_op

Conn = psycopg.Connection[dict[str, Any]]


def counts(admin: Conn, user_id: str, device: str) -> tuple[int, int]:
    ledger = admin.execute(
        "select count(*) as n from public.lesson_time_ledger where user_id = %s", (user_id,)
    ).fetchone()
    ops = admin.execute(
        "select count(*) as n from public.sync_device_ops where device_id = %s", (device,)
    ).fetchone()
    assert ledger is not None
    assert ops is not None
    return ledger["n"], ops["n"]


def push_time(api: Conn, cast: Cast, device: str, lessons: list[str]) -> None:
    ops = [
        make_op(n, "progress.time", {"lesson_id": lesson, "seconds": 30})
        for n, lesson in enumerate(lessons, start=1)
    ]
    result = call_push(api, cast.student.claims, device, ops)
    assert [r["status"] for r in result["results"]] == ["applied"] * len(lessons)


def lock_waiters(admin: Conn) -> int:
    """Sessions waiting on a lock to delete a lesson."""
    row = admin.execute(
        "select count(*) as n from pg_stat_activity where wait_event_type = 'Lock' "
        "and query like 'delete from public.lessons%%'"
    ).fetchone()
    assert row is not None
    return int(row["n"])


def enroll(admin: Conn, cast: Cast) -> None:
    admin.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (cast.student.id, cast.course),
    )


def test_deleting_a_learner_takes_their_ledger_and_device_ops(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    enroll(admin_conn, cast)
    device = str(uuid.uuid4())
    push_time(api_conn, cast, device, [cast.free_lesson, cast.paid_lesson, cast.free_lesson])
    assert counts(admin_conn, cast.student.id, device) == (3, 3)
    admin_conn.execute("delete from auth.users where id = %s", (cast.student.id,))
    assert counts(admin_conn, cast.student.id, device) == (0, 0)


def test_deleting_a_device_takes_its_ops_and_deleting_a_lesson_its_ledger_rows(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    enroll(admin_conn, cast)
    device = str(uuid.uuid4())
    push_time(api_conn, cast, device, [cast.free_lesson, cast.paid_lesson])
    admin_conn.execute("delete from public.sync_devices where device_id = %s", (device,))
    assert counts(admin_conn, cast.student.id, device) == (2, 0)
    admin_conn.execute("delete from public.lessons where id = %s", (cast.paid_lesson,))
    rows = admin_conn.execute(
        "select lesson_id::text from public.lesson_time_ledger where user_id = %s",
        (cast.student.id,),
    ).fetchall()
    assert rows == [{"lesson_id": cast.free_lesson}]


def test_a_lesson_being_pushed_to_waits_for_the_push_before_it_is_deleted(
    cast: Cast, admin_conn: Conn, api_conn: Conn, db_url: str
) -> None:
    """The push's locks (the lesson FOR KEY SHARE, its progress row FOR
    UPDATE) do what the foreign key check did: the delete waits, and then its
    cascade sees the committed ledger rows."""
    enroll(admin_conn, cast)
    # The progress row exists already: the push writes no row whose own
    # foreign key check would lock the lesson.
    push_time(api_conn, cast, str(uuid.uuid4()), [cast.paid_lesson])
    device = str(uuid.uuid4())
    op = make_op(1, "progress.time", {"lesson_id": cast.paid_lesson, "seconds": 45})
    deleted = threading.Event()
    with as_caller(api_conn, cast.student.claims) as conn:
        conn.execute("select public.sync_push(%s, %s::jsonb)", (device, json.dumps([op])))

        def delete_lesson() -> None:
            with psycopg.connect(db_url, autocommit=True) as other:
                other.execute("set lock_timeout = '20s'")
                other.execute("delete from public.lessons where id = %s", (cast.paid_lesson,))
            deleted.set()

        worker = threading.Thread(target=delete_lesson)
        worker.start()
        # Still inside the push's transaction: the delete waits on its locks.
        deadline = time.monotonic() + 30
        while not lock_waiters(admin_conn) and time.monotonic() < deadline:
            time.sleep(0.02)  # noqa: TID251 - polling pg_stat_activity  # allowed-sleep
        assert lock_waiters(admin_conn) == 1
        assert not deleted.is_set()
    worker.join(30)
    assert deleted.is_set()
    assert counts(admin_conn, cast.student.id, device)[0] == 0
