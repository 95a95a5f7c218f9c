"""The sync RPCs through a transaction-mode pooler leak nothing between learners.

Supabase puts Supavisor in transaction mode in front of the database; here
Debian's PgBouncer stands in for it, with ONE server connection, so every
transaction of every client runs on the same PostgreSQL session, one after
the other, with nothing reset in between (devserver/pgbouncer.py).  Two
learners' request transactions are interleaved on it: neither sees the
other's identity or rows, and after each transaction the session carries no
role, no claims, no prepared statement, no temporary table and no advisory
lock.  The devserver's own request path through the pooler:
tests/e2e/test_sync_pooled_devserver.py.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from devserver.db import as_caller
from devserver.pgbouncer import PgBouncer, pgbouncer_binary
from tests.supabase.conftest import Cast, User
from tests.supabase.sync_support import Conn, call_pull, call_push, make_op

# What a session shows when no request is under way (the pooler's login role).
SESSION_STATE = """
select current_user::text as role,
       coalesce(current_setting('request.jwt.claims', true), '') as claims,
       auth.uid() as uid,
       (select count(*) from pg_prepared_statements) as prepared,
       (select count(*) from pg_class where relpersistence = 't') as temp_tables,
       (select count(*) from pg_locks where locktype = 'advisory') as advisory_locks,
       pg_backend_pid() as pid
"""


@pytest.fixture
def pooled_url(db_url: str) -> Iterator[str]:
    if pgbouncer_binary() is None:
        pytest.skip("pgbouncer is not installed (Debian: apt-get install pgbouncer)")
    info = psycopg.conninfo.conninfo_to_dict(db_url)
    with (
        tempfile.TemporaryDirectory(prefix="lantern-pgbouncer-") as tmp,
        PgBouncer(
            Path(tmp), str(info.get("host", "127.0.0.1")), int(str(info.get("port", 5432)))
        ) as bouncer,
    ):
        yield bouncer.url_for(str(info["dbname"]))


def pooled(url: str) -> Conn:
    # No prepared statements: the next transaction may be on another session.
    return psycopg.connect(url, autocommit=True, row_factory=dict_row, prepare_threshold=None)


def session_state(conn: Conn) -> dict[str, Any]:
    row = conn.execute(SESSION_STATE).fetchone()
    assert row is not None
    return dict(row)


def enroll(admin: Conn, user: User, course: str) -> None:
    admin.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)", (user.id, course)
    )


def time_op(seq: int, lesson: str, seconds: int) -> dict[str, Any]:
    return make_op(
        seq,
        "progress.time",
        {"lesson_id": lesson, "seconds": seconds, "recorded_at": "2026-11-20T10:00:00Z"},
    )


def test_interleaved_learners_on_one_server_connection_see_only_themselves(
    cast: Cast, make_user: Any, admin_conn: Conn, pooled_url: str
) -> None:
    other = make_user()
    learners = {cast.student.id: cast.student, other.id: other}
    for learner in learners.values():
        enroll(admin_conn, learner, cast.course)
    devices = {uid: str(uuid.uuid4()) for uid in learners}
    seconds = {cast.student.id: 7, other.id: 11}
    with pooled(pooled_url) as conn_a, pooled(pooled_url) as conn_b:
        conns = {cast.student.id: conn_a, other.id: conn_b}
        pids: set[int] = set()
        for round_ in range(1, 7):
            for uid, learner in learners.items():
                conn = conns[uid]
                with as_caller(conn, learner.claims):
                    who = conn.execute(
                        "select auth.uid()::text as uid, current_user::text as role, "
                        "pg_backend_pid() as pid"
                    ).fetchone()
                assert who is not None
                assert (who["uid"], who["role"]) == (uid, "authenticated")
                pids.add(who["pid"])
                result = call_push(
                    conn,
                    learner.claims,
                    devices[uid],
                    [time_op(round_, cast.paid_lesson, seconds[uid])],
                )
                assert result["last_seq"] == round_
                assert [r["status"] for r in result["results"]] == ["applied"]
                page = call_pull(conn, learner.claims, "me")
                owners = {
                    c["row"]["id"] if c["table"] == "profiles" else c["row"]["user_id"]
                    for c in page["changes"]
                }
                assert owners == {uid}
                rows = [c["row"] for c in page["changes"] if c["table"] == "lesson_progress"]
                assert [r["time_spent_seconds"] for r in rows] == [seconds[uid] * round_]
                # Between requests the shared session is nobody's.
                state = session_state(conn)
                pids.add(state.pop("pid"))
                assert state == {
                    "role": "postgres",
                    "claims": "",
                    "uid": None,
                    "prepared": 0,
                    "temp_tables": 0,
                    "advisory_locks": 0,
                }
        assert len(pids) == 1, "the two learners did not share one server connection"
    for uid in learners:
        row = admin_conn.execute(
            "select time_spent_seconds from public.lesson_progress "
            "where user_id = %s and lesson_id = %s",
            (uid, cast.paid_lesson),
        ).fetchone()
        assert row == {"time_spent_seconds": seconds[uid] * 6}


def test_session_state_left_by_a_transaction_does_reach_the_next_client(
    cast: Cast, pooled_url: str
) -> None:
    """The control: the pooler really hands one session from client to client,
    so what the checks above look for would be seen if anything left it."""
    with pooled(pooled_url) as conn_a, pooled(pooled_url) as conn_b:
        try:
            conn_a.execute(
                "select set_config('request.jwt.claims', %s, false)",
                ('{"sub": "' + cast.student.id + '", "role": "authenticated"}',),
            )
            conn_a.execute("create temporary table leaked (x int)")
            conn_a.execute("select pg_advisory_lock(15)")
            state = session_state(conn_b)
            assert state["uid"] == uuid.UUID(cast.student.id)
            assert state["temp_tables"] == 1
            assert state["advisory_locks"] == 1
        finally:
            conn_b.execute("select pg_advisory_unlock_all()")
            conn_b.execute("discard all")
