"""sync_push locks the learner's profile FOR NO KEY UPDATE (public.sync_push).

The lock must still serialise two pushes of one learner (the reward paths'
lock order), but must not hold up foreign-key checks on the profile: every
insert of a row that references the learner (a notification, progress, an
attempt) takes FOR KEY SHARE on the profile row, which FOR UPDATE blocked for
the whole push.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from devserver.db import as_caller
from tests.supabase.conftest import Cast
from tests.supabase.sync_support import hlc, make_op

Conn = psycopg.Connection[dict[str, Any]]


def open_op(seq: int, lesson: str) -> list[dict[str, Any]]:
    return [make_op(seq, "progress.open", {"lesson_id": lesson}, hlc=hlc(1_764_000_000_000))]


def test_a_push_in_progress_does_not_block_writes_referencing_the_learner(
    cast: Cast, db_url: str, admin_conn: Conn
) -> None:
    with (
        psycopg.connect(db_url, autocommit=True, row_factory=dict_row) as pushing,
        as_caller(pushing, cast.student.claims),
    ):
        pushing.execute(
            "select public.sync_push(%s, %s::jsonb)",
            (str(uuid.uuid4()), json.dumps(open_op(1, cast.free_lesson))),
        )
        # The push's transaction is still open, holding its profile lock.
        with admin_conn.transaction():
            admin_conn.execute("set local lock_timeout = '2s'")
            admin_conn.execute(
                "insert into public.notifications (user_id, type, title, message) "
                "values (%s, 'achievement', 'Hi', 'Not blocked')",
                (cast.student.id,),
            )
    row = admin_conn.execute(
        "select count(*) as n from public.notifications "
        "where user_id = %s and message = 'Not blocked'",
        (cast.student.id,),
    ).fetchone()
    assert row is not None
    assert row["n"] == 1


def test_two_pushes_of_one_learner_still_run_one_after_the_other(cast: Cast, db_url: str) -> None:
    with (
        psycopg.connect(db_url, autocommit=True, row_factory=dict_row) as first,
        psycopg.connect(db_url, autocommit=True, row_factory=dict_row) as second,
        as_caller(first, cast.student.claims),
    ):
        first.execute(
            "select public.sync_push(%s, %s::jsonb)",
            (str(uuid.uuid4()), json.dumps(open_op(1, cast.free_lesson))),
        )
        with as_caller(second, cast.student.claims):
            second.execute("set local lock_timeout = '300ms'")
            with pytest.raises(psycopg.errors.LockNotAvailable):
                second.execute(
                    "select public.sync_push(%s, %s::jsonb)",
                    (str(uuid.uuid4()), json.dumps(open_op(1, cast.free_lesson))),
                )
