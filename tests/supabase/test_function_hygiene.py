"""Every server function has a fixed search_path and no EXECUTE for PUBLIC
(issue #12, hardening: the class of seed-guide item 9).

A SECURITY DEFINER function that resolves names through the caller's
search_path runs the caller's objects with the owner's rights; an invoker
function is linted the same way (Supabase's ``function_search_path_mutable``).
PostgreSQL grants EXECUTE to PUBLIC on every new function, so a function
whose migration forgot the revoke is callable by anon.
"""

from __future__ import annotations

from typing import Any

import psycopg

Conn = psycopg.Connection[dict[str, Any]]

# Our functions: those of the schemas the migrations own.
OURS = "n.nspname in ('public', 'private') and p.prokind = 'f'"


def test_every_function_has_an_empty_search_path(admin_conn: Conn) -> None:
    rows = admin_conn.execute(
        "select n.nspname || '.' || p.proname as name from pg_proc p "
        "join pg_namespace n on n.oid = p.pronamespace "
        f"where {OURS} and not coalesce(p.proconfig @> array['search_path=\"\"'], false) "
        "order by 1"
    ).fetchall()
    assert rows == []


def test_no_definer_function_is_executable_by_public(admin_conn: Conn) -> None:
    rows = admin_conn.execute(
        "select n.nspname || '.' || p.proname as name from pg_proc p "
        "join pg_namespace n on n.oid = p.pronamespace "
        f"where {OURS} and p.prosecdef and exists ("
        "  select 1 from aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a"
        "  where a.grantee = 0 and a.privilege_type = 'EXECUTE') "
        "order by 1"
    ).fetchall()
    assert rows == []
