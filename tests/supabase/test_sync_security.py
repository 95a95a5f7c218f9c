"""Only sync_push writes sync state; learners read their own and nothing else (issue #4).

Run on both kinds of Supabase project: with and without the old default
grants (ALL on every new table and function to the API roles)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest

from devserver.db import as_caller
from tests.helpers.pg import Cluster
from tests.supabase.conftest import ANON, Cast, User
from tests.supabase.sync_support import call_push, make_op

Conn = psycopg.Connection[dict[str, Any]]


@pytest.fixture(scope="module", params=["current", "legacy"])
def db_url(request: pytest.FixtureRequest, pg_cluster: Cluster, db_template: str) -> Iterator[str]:
    """One database per kind of project for the module (tests touch only their own rows)."""
    template = (
        db_template if request.param == "current" else request.getfixturevalue("db_template_legacy")
    )
    with pg_cluster.copy_of(template) as url:
        yield url


WRITES = [
    "insert into public.sync_devices (device_id, user_id, last_seq) values "
    "(gen_random_uuid(), auth.uid(), 99)",
    "update public.sync_devices set last_seq = 0",
    "insert into public.lesson_time_ledger (user_id, op_id, lesson_id, seconds) "
    "select auth.uid(), gen_random_uuid(), id, 600 from public.lessons limit 1",
    "delete from public.sync_tombstones",
    "update public.sync_retention set tombstones_pruned_through = '0'",
    "update public.enrollments set status = 'unenrolled', hlc = null",
    "update public.course_ratings set hlc = '9999999999999-999999-x'",
    "select private.sync_apply_op(auth.uid(), '{}'::jsonb)",
]


@pytest.mark.parametrize("statement", WRITES)
def test_learners_cannot_write_sync_state_directly(
    cast: Cast, admin_conn: Conn, api_conn: Conn, statement: str
) -> None:
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (cast.student.id, cast.course),
    )
    with (
        pytest.raises(psycopg.errors.InsufficientPrivilege),
        as_caller(api_conn, cast.student.claims),
    ):
        api_conn.execute(statement.encode())


def test_learners_read_only_their_own_devices_and_time_ledger(
    cast: Cast, admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User]
) -> None:
    other = make_user()
    for user in (cast.student, other):
        admin_conn.execute(
            "insert into public.enrollments (user_id, course_id) values (%s, %s)",
            (user.id, cast.course),
        )
        call_push(
            api_conn,
            user.claims,
            str(uuid.uuid4()),
            [make_op(1, "progress.time", {"lesson_id": cast.free_lesson, "seconds": 30})],
        )
    with as_caller(api_conn, cast.student.claims):
        devices = api_conn.execute("select user_id from public.sync_devices").fetchall()
        ledger = api_conn.execute("select user_id from public.lesson_time_ledger").fetchall()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            api_conn.execute("select * from public.sync_device_ops")
    assert {str(r["user_id"]) for r in devices} == {cast.student.id}
    assert {str(r["user_id"]) for r in ledger} == {cast.student.id}


def test_anonymous_callers_see_no_learners_tombstones(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (cast.student.id, cast.course),
    )
    admin_conn.execute("delete from public.enrollments where user_id = %s", (cast.student.id,))
    with as_caller(api_conn, ANON):
        scopes = {
            r["scope"]
            for r in api_conn.execute("select scope from public.sync_tombstones").fetchall()
        }
    assert "user" not in scopes
    with as_caller(api_conn, cast.student.claims):
        mine = api_conn.execute(
            "select scope_id from public.sync_tombstones where scope = 'user'"
        ).fetchall()
    assert [str(r["scope_id"]) for r in mine] == [cast.student.id]


def test_a_drafts_tombstones_are_read_only_by_those_who_may_see_the_draft(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    # Course-scope tombstones name their course: anyone could list the ids
    # of draft courses (and of their deleted lessons) through the table.
    admin_conn.execute("delete from public.lessons where id = %s", (cast.draft_lesson,))
    query = "select row_id from public.sync_tombstones where scope = 'course' and scope_id = %s"
    for outsider in (ANON, cast.student.claims, cast.other_instructor.claims):
        with as_caller(api_conn, outsider):
            assert api_conn.execute(query, (cast.draft,)).fetchall() == []
    with as_caller(api_conn, cast.instructor.claims):
        seen = {r["row_id"] for r in api_conn.execute(query, (cast.draft,)).fetchall()}
    assert cast.draft_lesson in seen
