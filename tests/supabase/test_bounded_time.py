"""A learner's time totals saturate instead of overflowing (issue #12, hardening).

``lesson_progress.time_spent_seconds`` is an integer the learner can set
through the API (their own row) and that every ``progress.time`` op adds to
(``sync_merge_progress``).  Near 2,147,483,647 the sum failed with "integer
out of range": every later time op of that lesson was rejected, for ever.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import psycopg

from tests.supabase.conftest import ApiResult, Cast, User
from tests.supabase.sync_support import call_push, make_op

Api = Callable[..., ApiResult]
Conn = psycopg.Connection[dict[str, Any]]
MAX_INT = 2_147_483_647


def time_spent(admin: Conn, user: User, lesson: str) -> int:
    row = admin.execute(
        "select time_spent_seconds from public.lesson_progress "
        "where user_id = %s and lesson_id = %s",
        (user.id, lesson),
    ).fetchone()
    assert row is not None
    return int(row["time_spent_seconds"])


def near_the_top(api: Api, cast: Cast) -> None:
    """What the learner may write on their own row through REST."""
    api(
        cast.student,
        "insert into public.lesson_progress (user_id, lesson_id, course_id, time_spent_seconds) "
        "values (auth.uid(), %s, %s, %s)",
        (cast.free_lesson, cast.course, MAX_INT - 100),
    )


def time_op(seq: int, lesson: str, seconds: int) -> dict[str, Any]:
    return make_op(seq, "progress.time", {"lesson_id": lesson, "seconds": seconds})


def test_time_pushed_onto_a_full_total_saturates(
    api: Api, cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    near_the_top(api, cast)
    device = str(uuid.uuid4())
    result = call_push(
        api_conn,
        cast.student.claims,
        device,
        [time_op(1, cast.free_lesson, 86400), time_op(2, cast.free_lesson, 60)],
    )
    assert [r["status"] for r in result["results"]] == ["applied", "applied"]
    assert time_spent(admin_conn, cast.student, cast.free_lesson) == MAX_INT


def test_a_saturating_op_in_a_careful_run_is_applied_not_rejected(
    api: Api, cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    # A rejected op elsewhere in the batch makes sync_push run it op by op
    # (sync_op_progress); the time op must still apply there.
    near_the_top(api, cast)
    result = call_push(
        api_conn,
        cast.student.claims,
        str(uuid.uuid4()),
        [
            make_op(1, "progress.time", {"lesson_id": cast.free_lesson, "seconds": -1}),
            time_op(2, cast.free_lesson, 86400),
        ],
    )
    assert [r["status"] for r in result["results"]] == ["rejected", "applied"]
    assert time_spent(admin_conn, cast.student, cast.free_lesson) == MAX_INT


def test_time_below_the_top_still_adds_up_exactly(
    api: Api, cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    near_the_top(api, cast)
    call_push(api_conn, cast.student.claims, str(uuid.uuid4()), [time_op(1, cast.free_lesson, 99)])
    assert time_spent(admin_conn, cast.student, cast.free_lesson) == MAX_INT - 1
