"""Pull cursors name the database they came from (public.sync_server,
public.sync_pull; docs/sync-protocol.md, "Cursors name their database").

A cursor used against another database, another project, a logical copy or
a restored database whose identity was renewed answers reset_required,
never a page that silently skips rows.  (A cursor from a database built
separately from the migrations: tests/supabase/test_sync_replica.py.)
"""

from __future__ import annotations

import psycopg
import pytest

from devserver.db import as_caller
from tests.supabase.conftest import ANON, Cast
from tests.supabase.sync_support import Conn, call_pull, pull_all, wait_for_horizon
from tests.supabase.test_sync_pull import add_lessons


def caught_up(api_conn: Conn) -> str:
    cursor = pull_all(api_conn, ANON, "catalogue").cursor
    assert cursor is not None
    return cursor


def test_a_cursor_keeps_working_on_its_own_database(cast: Cast, api_conn: Conn) -> None:
    cursor = caught_up(api_conn)
    page = call_pull(api_conn, ANON, "catalogue", cursor)
    assert page["reset_required"] is False
    assert page["next_cursor"].split(":")[0] == cursor.split(":")[0]


def test_renewing_the_server_id_after_a_restore_resets_every_cursor(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    """The restore runbook's statement (a physical restore keeps the row)."""
    cursor = caught_up(api_conn)
    admin_conn.execute("update public.sync_server set server_id = gen_random_uuid()")
    page = call_pull(api_conn, ANON, "catalogue", cursor)
    assert page["reset_required"] is True
    assert page["changes"] == []
    assert page["next_cursor"] is None
    fresh = pull_all(api_conn, ANON, "catalogue")
    assert cast.free_lesson in fresh.keys("lessons")
    assert fresh.cursor is not None
    assert fresh.cursor.split(":")[0] != cursor.split(":")[0]


def test_a_logical_copy_with_the_same_server_id_resets_cursors(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    """pg_dump and restore copy the id but insert the row again."""
    cursor = caught_up(api_conn)
    with admin_conn.transaction():
        row = admin_conn.execute("delete from public.sync_server returning *").fetchone()
        assert row is not None
        admin_conn.execute(
            "insert into public.sync_server (id, server_id, created_at) values (%s, %s, %s)",
            (row["id"], row["server_id"], row["created_at"]),
        )
    assert call_pull(api_conn, ANON, "catalogue", cursor)["reset_required"] is True


def test_freezing_the_row_keeps_cursors_valid(cast: Cast, admin_conn: Conn, api_conn: Conn) -> None:
    cursor = caught_up(api_conn)
    admin_conn.execute("vacuum (freeze) public.sync_server")
    lesson = add_lessons(admin_conn, cast.course, 1)[0]
    wait_for_horizon(admin_conn)
    page = call_pull(api_conn, ANON, "catalogue", cursor)
    assert page["reset_required"] is False
    assert lesson in {c["row"]["id"] for c in page["changes"]}


def test_a_cursor_that_names_no_database_resets(cast: Cast, api_conn: Conn) -> None:
    cursor = caught_up(api_conn)
    old_form = cursor.split(":", 1)[1]  # "<txid>:<table>:<key>", the older form
    page = call_pull(api_conn, ANON, "catalogue", old_form)
    assert page["reset_required"] is True


@pytest.mark.parametrize("scope", ["catalogue", "me"])
def test_another_databases_token_resets_in_every_scope(
    cast: Cast, api_conn: Conn, scope: str
) -> None:
    claims = ANON if scope == "catalogue" else cast.student.claims
    cursor = pull_all(api_conn, claims, scope).cursor
    assert cursor is not None
    token, rest = cursor.split(":", 1)
    other = ("0" if token[0] != "0" else "1") + token[1:]
    page = call_pull(api_conn, claims, scope, f"{other}:{rest}")
    assert page["reset_required"] is True
    assert page["next_cursor"] is None


def test_api_roles_read_the_server_id_but_cannot_change_it(cast: Cast, api_conn: Conn) -> None:
    for claims in (ANON, cast.student.claims):
        with as_caller(api_conn, claims):
            rows = api_conn.execute("select server_id from public.sync_server").fetchall()
        assert len(rows) == 1
        for statement in (
            "update public.sync_server set server_id = gen_random_uuid()",
            "delete from public.sync_server",
            "insert into public.sync_server (id) values (false)",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege), as_caller(api_conn, claims):
                api_conn.execute(statement)
