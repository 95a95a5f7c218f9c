"""``/rest/v1/rpc/<function>``: call a function as the caller, PostgREST-style.

POST sends the arguments as a JSON object (read-write, unless the function
is STABLE or IMMUTABLE); GET sends them as query parameters (read-only).
Results: scalar → the JSON value, composite → an object, set → an array,
void → 204.  Set results of composite type can be filtered, ordered and
paged like a table.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import tuple_row

from devserver.context import ServerContext
from devserver.rest.caller import RestRequest
from devserver.rest.catalog import Catalog
from devserver.rest.errors import ApiError, from_database
from devserver.rest.filters import Params
from devserver.rest.grammar import bad_query
from devserver.rest.plan import RESERVED, apply_params, build_tree
from devserver.rest.reads import count_query, node_query, root_paging, wrap_json
from devserver.rest.result import Result, paged_result, singular_or_array
from devserver.rest.rpc import Function, choose, load_functions
from devserver.rest.transaction import become_caller, prepare


def handle_rpc(ctx: ServerContext, req: RestRequest, name: str) -> Result:
    with ctx.pool.connection() as conn:
        catalog, settings = prepare(ctx, conn, req)
        with conn.transaction():
            functions = load_functions(conn, catalog, name)
        arg_names = {a.name for fn in functions for a in fn.arguments}
        if req.method in ("GET", "HEAD"):
            body: Any = None
            args: dict[str, Any] = {k: v for k, v in req.params if k in arg_names}
            rest = [(k, v) for k, v in req.params if k not in arg_names]
        else:
            body = req.json_body()
            if body is None:
                body = {}
            args = body if isinstance(body, dict) else {}
            rest = list(req.params)
        fn, whole_body = choose(functions, name, body, set(args))
        read_only = req.method in ("GET", "HEAD") or fn.read_only
        try:
            with conn.transaction():
                become_caller(conn, req, settings, read_only=read_only)
                return _call(conn, req, fn, None if whole_body else args, body, rest, catalog)
        except psycopg.Error as exc:
            raise from_database(exc, anonymous=req.anonymous) from exc


def _call(
    conn: psycopg.Connection[Any],
    req: RestRequest,
    fn: Function,
    args: dict[str, Any] | None,
    body: Any,
    rest: list[tuple[str, str]],
    catalog: Catalog,
) -> Result:
    params = Params()
    call = fn.call(args, body, params)
    cur = conn.cursor(row_factory=tuple_row)
    filters = [(k, v) for k, v in rest if k not in RESERVED or k in ("order", "limit", "offset")]
    if fn.returns_void:
        _no_filters(filters)
        cur.execute(sql.SQL("select {}").format(call), params.values)
        return Result(204, "")
    if fn.row_table is None:
        _no_filters(filters)
        if fn.returns_set:
            row = cur.execute(
                sql.SQL(
                    "select coalesce(json_agg(_x), '[]'::json)::text, count(*), "
                    "(json_agg(_x) -> 0)::text from {} as _x"
                ).format(call),
                params.values,
            ).fetchone()
            text, count, first = row or ("[]", 0, None)
            return Result(
                200, singular_or_array(req, text, int(count), first), singular=req.singular
            )
        row = cur.execute(
            sql.SQL("select to_json({})::text").format(call), params.values
        ).fetchone()
        return Result(200, row[0] if row and row[0] is not None else "null")
    tree = build_tree(catalog, fn.row_table, req.param("select"))
    apply_params(tree, filters)
    offset, limit = root_paging(tree, None)
    query = wrap_json(
        node_query(tree, params, call, limit=limit, offset=offset), strip_nulls=req.strip_nulls
    )
    text, count, first = cur.execute(query, params.values).fetchone() or ("[]", 0, None)
    if fn.returns_set:
        total = None
        if req.prefer.get("count") in ("exact", "planned", "estimated"):
            row = cur.execute(count_query(tree, params, call), params.values).fetchone()
            total = int(row[0]) if row else 0
        return paged_result(req, text, int(count), first, offset=offset, total=total)
    return Result(200, first if first is not None else "null")


def _no_filters(filters: list[tuple[str, str]]) -> None:
    if filters:
        raise bad_query(
            "filters, order and paging only apply to functions returning rows",
            f"unexpected parameter {filters[0][0]!r}",
        )


__all__ = ["ApiError", "handle_rpc"]
