"""``/rest/v1/<table>``: read, insert/upsert, update and delete.

One request is one transaction: the catalogue is read first (as the server),
then ``devserver.db.begin_request`` switches to the caller's role and claims
so PostgreSQL applies RLS and grants exactly as behind PostgREST.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import tuple_row

from devserver.context import ServerContext
from devserver.rest.caller import RestRequest
from devserver.rest.catalog import Catalog, Table
from devserver.rest.errors import ApiError, from_database
from devserver.rest.filters import Params
from devserver.rest.grammar import bad_query
from devserver.rest.plan import Node, apply_params, build_tree, table_of
from devserver.rest.reads import count_query, node_query, root_paging, table_ref, wrap_json
from devserver.rest.result import Result, paged_result, singular_or_array
from devserver.rest.transaction import become_caller, prepare
from devserver.rest.writes import (
    conflict_columns,
    delete_sql,
    insert_columns,
    insert_statements,
    payload_rows,
    update_sql,
)

_RANGE = re.compile(r"^\s*(?:items=)?(\d+)-(\d*)\s*$")


def handle_table(ctx: ServerContext, req: RestRequest, name: str) -> Result:
    with ctx.pool.connection() as conn:
        catalog, settings = prepare(ctx, conn, req)
        table = table_of(catalog, name)
        tree = build_tree(catalog, table, req.param("select"))
        apply_params(tree, req.params)
        read_only = req.method in ("GET", "HEAD")
        try:
            with conn.transaction():
                become_caller(conn, req, settings, read_only=read_only)
                if read_only:
                    return _read(conn, req, table, tree)
                return _write(conn, req, catalog, table, tree)
        except psycopg.Error as exc:
            raise from_database(exc, anonymous=req.anonymous) from exc


def _range_header(req: RestRequest) -> tuple[int, int | None] | None:
    header = req.headers.get("range")
    if not header:
        return None
    match = _RANGE.match(header)
    if not match:
        raise bad_query(f"invalid Range header {header!r}")
    return int(match.group(1)), int(match.group(2)) if match.group(2) else None


def _read(conn: psycopg.Connection[Any], req: RestRequest, table: Table, tree: Node) -> Result:
    offset, limit = root_paging(tree, _range_header(req))
    params = Params()
    query = wrap_json(
        node_query(tree, params, table_ref(table), limit=limit, offset=offset),
        strip_nulls=req.strip_nulls,
    )
    cur = conn.cursor(row_factory=tuple_row)
    body, count, first = cur.execute(query, params.values).fetchone() or ("[]", 0, None)
    total = None
    if req.prefer.get("count") in ("exact", "planned", "estimated"):
        count_params = Params()
        row = cur.execute(
            count_query(tree, count_params, table_ref(table)), count_params.values
        ).fetchone()
        total = int(row[0]) if row else 0
    return paged_result(req, body, int(count), first, offset=offset, total=total)


def _write(
    conn: psycopg.Connection[Any], req: RestRequest, catalog: Catalog, table: Table, tree: Node
) -> Result:
    if tree.limit is not None or tree.offset is not None:
        raise bad_query("limit and offset are not supported on writes")
    representation = req.prefer.get("return") == "representation"
    params = Params()
    body = req.json_body()
    if req.method == "POST":
        statements = _insert(req, table, body, params, returning=representation)
        if not statements:
            return _written(req, "[]", 0, None, status=201, representation=representation)
        status = 201
    elif req.method == "PATCH":
        if not isinstance(body, dict):
            raise ApiError(
                400, "PGRST102", "Empty or invalid json", details="PATCH needs a JSON object"
            )
        if not body:
            return _written(
                req,
                "[]",
                0,
                None,
                status=200 if representation else 204,
                representation=representation,
            )
        statements = [update_sql(table, body, tree, params, returning=representation)]
        status = 200 if representation else 204
    elif req.method == "DELETE":
        statements = [delete_sql(table, tree, params, returning=representation)]
        status = 200 if representation else 204
    else:
        raise ApiError(405, "PGRST117", f"Unsupported HTTP method: {req.method}")
    cur = conn.cursor(row_factory=tuple_row)
    if not representation:
        affected = 0
        for statement in statements:
            cur.execute(statement, params.values)
            affected += max(cur.rowcount, 0)
        return _written(req, "", affected, None, status=status, representation=False)
    return _returning(cur, req, tree, statements, params, status)


def _insert(
    req: RestRequest, table: Table, body: Any, params: Params, *, returning: bool
) -> list[sql.Composed]:
    """The statements of a POST (none for an empty array)."""
    rows = payload_rows(body if body is not None else [])
    columns = insert_columns(table, rows, req.param("columns"))
    if not rows:
        return []
    resolution = req.prefer.get("resolution")
    if resolution not in (None, "merge-duplicates", "ignore-duplicates"):
        raise bad_query(f"unknown resolution {resolution!r}")
    return insert_statements(
        table,
        rows,
        columns,
        params,
        missing_default=req.prefer.get("missing") == "default",
        on_conflict=conflict_columns(table, req.param("on_conflict")),
        resolution=resolution,
        returning=returning,
    )


def _returning(
    cur: psycopg.Cursor[tuple[Any, ...]],
    req: RestRequest,
    tree: Node,
    statements: list[sql.Composed],
    params: Params,
    status: int,
) -> Result:
    """Run ``statements`` and answer with the written rows, shaped as ``select`` asks."""
    shown = dataclasses.replace(tree, conditions=[], limit=None, offset=None)
    parts = [
        sql.SQL("{} as ({})").format(sql.Identifier(f"_m{i}"), statement)
        for i, statement in enumerate(statements)
    ]
    union = sql.SQL(" union all ").join(
        sql.SQL("select * from {}").format(sql.Identifier(f"_m{i}")) for i in range(len(statements))
    )
    query = sql.SQL("with {}, _m as ({}) {}").format(
        sql.SQL(", ").join(parts),
        union,
        wrap_json(
            node_query(shown, params, sql.Identifier("_m"), limit=None, offset=None),
            strip_nulls=req.strip_nulls,
        ),
    )
    body_text, count, first = cur.execute(query, params.values).fetchone() or ("[]", 0, None)
    return _written(req, body_text, int(count), first, status=status, representation=True)


def _written(
    req: RestRequest, body: str, count: int, first: str | None, *, status: int, representation: bool
) -> Result:
    # A singular Accept with 0 or several affected rows undoes the write (raised
    # inside the request transaction, so it rolls back).
    limit = req.prefer.get("max-affected", "")
    if req.prefer.get("handling") == "strict" and limit.isdigit() and count > int(limit):
        raise ApiError(
            400,
            "PGRST124",
            "Query result exceeds max-affected preference constraint",
            details=f"The query affects {count} rows",
        )
    if req.singular and count != 1:
        raise ApiError(
            406,
            "PGRST116",
            "Cannot coerce the result to a single JSON object",
            details=f"The result contains {count} rows",
        )
    payload = singular_or_array(req, body, count, first) if representation else ""
    applied = [
        f"{k}={req.prefer[k]}"
        for k in ("return", "count", "resolution", "missing")
        if k in req.prefer
    ]
    total = str(count) if req.prefer.get("count") else "*"
    # PostgREST: inserts answer */total; updates and deletes the affected range.
    headers = {
        "Content-Range": f"*/{total}"
        if count == 0 or req.method == "POST"
        else f"0-{count - 1}/{total}"
    }
    if applied:
        headers["Preference-Applied"] = ", ".join(applied)
    return Result(status, payload, headers, singular=req.singular and representation)
