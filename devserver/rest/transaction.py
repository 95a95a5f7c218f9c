"""The request transaction: the catalogue first (as the server), then the caller.

PostgREST applies the impersonated role's own settings (``alter role anon set
statement_timeout = '3s'``) inside each transaction, since ``set role`` alone
does not; Supabase relies on that for its per-role statement timeouts.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.rows import tuple_row

from devserver.context import ServerContext
from devserver.db import begin_request
from devserver.rest.caller import RestRequest
from devserver.rest.catalog import Catalog, CatalogCache

# Settings a role may carry that matter to an API request.
ROLE_SETTINGS = ("statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout")

_ROLE_SETTINGS = """
select split_part(s, '=', 1), substr(s, strpos(s, '=') + 1)
from pg_db_role_setting r cross join unnest(r.setconfig) s
where r.setrole = (select oid from pg_roles where rolname = %s)
  and r.setdatabase in (0, (select oid from pg_database where datname = current_database()))
  and split_part(s, '=', 1) = any(%s)
order by r.setdatabase
"""


def prepare(
    ctx: ServerContext, conn: psycopg.Connection[Any], req: RestRequest
) -> tuple[Catalog, list[tuple[str, str]]]:
    """Read the catalogue and the caller's role settings, outside the request."""
    cache: CatalogCache = ctx.extras.setdefault("rest.catalog", CatalogCache())
    role = str((req.claims or {}).get("role") or "anon")
    with conn.transaction():
        catalog = cache.get(conn)
        settings = (
            conn.cursor(row_factory=tuple_row)
            .execute(_ROLE_SETTINGS, (role, list(ROLE_SETTINGS)))
            .fetchall()
        )
    return catalog, [(str(name), str(value)) for name, value in settings]


def become_caller(
    conn: psycopg.Connection[Any],
    req: RestRequest,
    settings: list[tuple[str, str]],
    *,
    read_only: bool,
) -> None:
    """First statements of the request transaction (see devserver.db.begin_request)."""
    begin_request(
        conn, req.claims, method=req.method, path=req.path, headers=req.headers, read_only=read_only
    )
    for name, value in settings:
        conn.execute("select set_config(%s, %s, true)", (name, value))
