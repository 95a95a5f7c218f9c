"""INSERT (and upsert), UPDATE and DELETE statements from a request.

Values travel as JSON in bound parameters and are converted by PostgreSQL
(``json_populate_record`` against the table's row type), the way PostgREST
converts a JSON body, so arrays, json and timestamps land as the column
expects.  A key that is not a column is PGRST204; a missing key is NULL, or
DEFAULT with ``Prefer: missing=default``.
"""

from __future__ import annotations

import json
from typing import Any

from psycopg import sql

from devserver.rest.catalog import Table
from devserver.rest.errors import ApiError
from devserver.rest.filters import Params, render_condition
from devserver.rest.grammar import bad_query
from devserver.rest.plan import Node
from devserver.rest.query_syntax import split_top_level
from devserver.rest.reads import table_ref


def unknown_payload_column(table: Table, name: str) -> ApiError:
    return ApiError(
        400, "PGRST204", f"Could not find the '{name}' column of '{table.name}' in the schema cache"
    )


def payload_rows(body: Any) -> list[dict[str, Any]]:
    if isinstance(body, dict):
        return [body]
    if isinstance(body, list) and all(isinstance(row, dict) for row in body):
        return body
    raise ApiError(
        400,
        "PGRST102",
        "Empty or invalid json",
        details="The body must be a JSON object or an array of objects.",
    )


def insert_columns(
    table: Table, rows: list[dict[str, Any]], columns_param: str | None
) -> list[str]:
    if columns_param is not None:
        names = []
        for part in split_top_level(columns_param):
            name = part.strip()
            if len(name) >= 2 and name.startswith('"') and name.endswith('"'):
                name = name[1:-1].replace('\\"', '"').replace("\\\\", "\\")
            names.append(name)
    else:
        names = list(rows[0]) if rows else []
        if any(set(row) != set(names) for row in rows[1:]):
            raise ApiError(400, "PGRST102", "All object keys must match")
    for name in names:
        if name not in table.columns:
            raise unknown_payload_column(table, name)
    return names


def insert_statements(
    table: Table,
    rows: list[dict[str, Any]],
    columns: list[str],
    params: Params,
    *,
    missing_default: bool,
    on_conflict: list[str] | None,
    resolution: str | None,
    returning: bool,
) -> list[sql.Composed]:
    """One INSERT per set of sent columns (only one set unless ``missing=default``).

    Rows travel as one JSON array per statement, expanded in order by
    ``json_array_elements`` and typed by ``json_populate_record``: a missing
    key is NULL; with ``missing=default`` rows are grouped by the keys they
    have, and each group leaves its missing columns to their defaults.
    """
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        present = tuple(c for c in columns if c in row) if missing_default else tuple(columns)
        groups.setdefault(present, []).append({c: row[c] for c in present if c in row})
    conflict = _conflict_target(table, on_conflict) if resolution is not None else []
    statements = []
    for present, group in groups.items():
        records = params.add(json.dumps(group))
        source = sql.SQL("json_array_elements({}::json) with ordinality as _e(j, n)").format(
            records
        )
        if present:
            query = sql.SQL(
                "insert into {} as t0 ({}) select {} from {} cross join lateral "
                "json_populate_record(null::{}, _e.j) as _p order by _e.n"
            ).format(
                table_ref(table),
                sql.SQL(", ").join(map(sql.Identifier, present)),
                sql.SQL(", ").join(sql.SQL("_p.{}").format(sql.Identifier(c)) for c in present),
                source,
                table_ref(table),
            )
        else:  # rows of {}: every column takes its default
            query = sql.SQL("insert into {} as t0 select from {} order by _e.n").format(
                table_ref(table), source
            )
        if resolution is not None:
            action: sql.Composable = sql.SQL("do nothing")
            if resolution == "merge-duplicates" and present:
                # Every sent column, the conflict target too, as PostgREST does:
                # the same UPDATE column grants are needed here as on Supabase.
                action = sql.SQL("do update set {}").format(
                    sql.SQL(", ").join(
                        sql.SQL("{} = excluded.{}").format(sql.Identifier(c), sql.Identifier(c))
                        for c in present
                    )
                )
            query = sql.SQL("{} on conflict ({}) {}").format(
                query, sql.SQL(", ").join(map(sql.Identifier, conflict)), action
            )
        statements.append(sql.SQL("{} returning t0.*").format(query) if returning else query)
    return statements


def _conflict_target(table: Table, on_conflict: list[str] | None) -> list[str]:
    conflict = on_conflict or list(table.primary_key)
    if not conflict:
        raise bad_query(f"table {table.name} has no primary key to upsert on", "use on_conflict=")
    return conflict


def conflict_columns(table: Table, text: str | None) -> list[str] | None:
    if text is None:
        return None
    names = [part.strip().strip('"') for part in text.split(",") if part.strip()]
    for name in names:
        if name not in table.columns:
            raise ApiError(400, "42703", f"column {table.name}.{name} does not exist")
    return names


def update_sql(
    table: Table, values: dict[str, Any], root: Node, params: Params, *, returning: bool
) -> sql.Composed:
    for name in values:
        if name not in table.columns:
            raise unknown_payload_column(table, name)
    record = params.add(json.dumps(values))
    assignments = sql.SQL(", ").join(
        sql.SQL("{} = (_src._j).{}").format(sql.Identifier(c), sql.Identifier(c)) for c in values
    )
    query = sql.SQL(
        "update {} as {} set {} from (select json_populate_record(null::{}, {}::json) as _j) "
        "as _src where {}"
    ).format(
        table_ref(table),
        sql.Identifier(root.alias),
        assignments,
        table_ref(table),
        record,
        _filters(root, params, "UPDATE"),
    )
    return (
        sql.SQL("{} returning {}.*").format(query, sql.Identifier(root.alias))
        if returning
        else query
    )


def delete_sql(table: Table, root: Node, params: Params, *, returning: bool) -> sql.Composed:
    query = sql.SQL("delete from {} as {} where {}").format(
        table_ref(table), sql.Identifier(root.alias), _filters(root, params, "DELETE")
    )
    return (
        sql.SQL("{} returning {}.*").format(query, sql.Identifier(root.alias))
        if returning
        else query
    )


def _filters(root: Node, params: Params, verb: str) -> sql.Composable:
    # Supabase loads safeupdate for the API: UPDATE/DELETE without WHERE fail.
    if not root.conditions:
        raise ApiError(400, "21000", f"{verb} requires a WHERE clause")
    return sql.SQL(" and ").join(
        render_condition(c, root.alias, root.table, params) for c in root.conditions
    )
