"""The SQL for a read plan: JSON built by PostgreSQL, as PostgREST does.

``json_agg`` over a derived table renders every value the way PostgREST's
responses show it (timestamps, numerics, nested JSON).  Embedded tables are
correlated subqueries in the select list: ``json_agg`` for one-to-many
(``[]`` when empty), ``to_json`` of the single row for many-to-one (``null``
when missing).  ``!inner`` adds an ``exists`` on the parent.
"""

from __future__ import annotations

from psycopg import sql

from devserver.rest.catalog import SCHEMA, Table
from devserver.rest.filters import Params, column_of, field_sql, render_condition
from devserver.rest.grammar import ColumnItem, EmbedItem, Field, Star, bad_query
from devserver.rest.plan import MAX_ROWS, Embed, Node

# Casts a client may ask for in select= (``col::text``): the PostgREST ones
# people use, spelled by us so no request text reaches SQL.
CASTS = {
    name: sql.SQL(spelling)
    for name, spelling in {
        "text": "text",
        "int": "integer",
        "integer": "integer",
        "int4": "integer",
        "bigint": "bigint",
        "int8": "bigint",
        "smallint": "smallint",
        "numeric": "numeric",
        "float": "double precision",
        "float8": "double precision",
        "real": "real",
        "boolean": "boolean",
        "bool": "boolean",
        "json": "json",
        "jsonb": "jsonb",
        "uuid": "uuid",
        "date": "date",
        "timestamptz": "timestamptz",
        "timestamp": "timestamp",
        "varchar": "varchar",
    }.items()
}


def table_ref(table: Table) -> sql.Composable:
    return sql.SQL("{}.{}").format(sql.Identifier(SCHEMA), sql.Identifier(table.name))


def select_list(node: Node, params: Params) -> sql.Composable:
    parts: list[sql.Composable] = []
    for item in node.items:
        if isinstance(item, Star):
            parts.extend(
                sql.SQL("{}.{}").format(sql.Identifier(node.alias), sql.Identifier(c))
                for c in node.table.columns
            )
        elif isinstance(item, ColumnItem):
            expr, _ = field_sql(node.alias, node.table, item.field, params)
            if item.cast is not None:
                cast = CASTS.get(item.cast)
                if cast is None:
                    raise bad_query(f"unsupported cast '::{item.cast}'")
                expr = sql.SQL("{}::{}").format(expr, cast)
            parts.append(sql.SQL("{} as {}").format(expr, sql.Identifier(item.key)))
        else:
            assert isinstance(item, EmbedItem)
            embed = node.children[item.key]
            parts.append(
                sql.SQL("{} as {}").format(
                    _embed_value(node, embed, params), sql.Identifier(item.key)
                )
            )
    if not parts:
        raise bad_query("empty select list")
    return sql.SQL(", ").join(parts)


def where_clause(
    node: Node, params: Params, parent_alias: str | None = None, embed: Embed | None = None
) -> sql.Composable:
    """Join condition (for an embedded node), filters and ``!inner`` exists-checks."""
    parts: list[sql.Composable] = []
    if embed is not None and parent_alias is not None:
        for child_col, parent_col in embed.relationship.pairs:
            column_of(node.table, child_col)
            parts.append(
                sql.SQL("{}.{} = {}.{}").format(
                    sql.Identifier(node.alias),
                    sql.Identifier(child_col),
                    sql.Identifier(parent_alias),
                    sql.Identifier(parent_col),
                )
            )
    parts.extend(render_condition(c, node.alias, node.table, params) for c in node.conditions)
    for child in node.children.values():
        if child.inner:
            parts.append(
                sql.SQL("exists (select 1 from {} as {} where {})").format(
                    table_ref(child.node.table),
                    sql.Identifier(child.node.alias),
                    where_clause(child.node, params, node.alias, child),
                )
            )
    return sql.SQL(" and ").join(parts) if parts else sql.SQL("true")


def order_clause(node: Node, params: Params) -> sql.Composable:
    if not node.order:
        return sql.SQL("")
    terms = []
    for term in node.order:
        expr, _ = field_sql(node.alias, node.table, term.field, params)
        direction = sql.SQL(" desc" if term.desc else " asc")
        nulls = sql.SQL(f" nulls {term.nulls}" if term.nulls else "")
        terms.append(sql.Composed([expr, direction, nulls]))
    return sql.SQL(" order by {}").format(sql.SQL(", ").join(terms))


def paging_clause(limit: int | None, offset: int | None, params: Params) -> sql.Composable:
    parts: list[sql.Composable] = []
    if limit is not None:
        parts.append(sql.SQL(" limit {}").format(params.add(limit)))
    if offset:
        parts.append(sql.SQL(" offset {}").format(params.add(offset)))
    return sql.Composed(parts)


def node_query(
    node: Node, params: Params, source: sql.Composable, *, limit: int | None, offset: int | None
) -> sql.Composable:
    return sql.SQL("select {} from {} as {} where {}{}{}").format(
        select_list(node, params),
        source,
        sql.Identifier(node.alias),
        where_clause(node, params),
        order_clause(node, params),
        paging_clause(limit, offset, params),
    )


def _is_count(node: Node) -> bool:
    """``lessons(count)``: PostgREST's embedded row count (``[{"count": n}]``)."""
    return (
        len(node.items) == 1
        and isinstance(node.items[0], ColumnItem)
        and node.items[0].field == Field("count")
        and node.items[0].cast is None
        and "count" not in node.table.columns
    )


def _embed_value(parent: Node, embed: Embed, params: Params) -> sql.Composable:
    child = embed.node
    if _is_count(child):
        item = child.items[0]
        assert isinstance(item, ColumnItem)
        inner = sql.SQL("select count(*) as {} from {} as {} where {}").format(
            sql.Identifier(item.key),
            table_ref(child.table),
            sql.Identifier(child.alias),
            where_clause(child, params, parent.alias, embed),
        )
        return sql.SQL("(select json_agg(_e) from ({}) as _e)").format(inner)
    inner = sql.SQL("select {} from {} as {} where {}{}{}").format(
        select_list(child, params),
        table_ref(child.table),
        sql.Identifier(child.alias),
        where_clause(child, params, parent.alias, embed),
        order_clause(child, params),
        paging_clause(child.limit, child.offset, params),
    )
    if embed.relationship.to_one:
        return sql.SQL("(select to_json(_e) from ({}) as _e limit 1)").format(inner)
    return sql.SQL("coalesce((select json_agg(_e) from ({}) as _e), '[]'::json)").format(inner)


def wrap_json(query: sql.Composable, *, strip_nulls: bool = False) -> sql.Composed:
    """Rows → (body as a JSON array text, row count, first row as JSON text).

    ``strip_nulls``: ``Accept: …;nulls=stripped`` drops null-valued keys.
    """
    body = (
        "json_strip_nulls(coalesce(json_agg(_r), '[]'::json))"
        if strip_nulls
        else "coalesce(json_agg(_r), '[]'::json)"
    )
    first = "json_strip_nulls(json_agg(_r) -> 0)" if strip_nulls else "(json_agg(_r) -> 0)"
    return sql.SQL(
        "select " + body + "::text, count(*), " + first + "::text from ({}) as _r"
    ).format(query)


def count_query(node: Node, params: Params, source: sql.Composable) -> sql.Composed:
    return sql.SQL("select count(*) from {} as {} where {}").format(
        source, sql.Identifier(node.alias), where_clause(node, params)
    )


def root_paging(node: Node, range_header: tuple[int, int | None] | None) -> tuple[int, int]:
    """Offset and limit for the top level, capped at db-max-rows."""
    offset = node.offset if node.offset is not None else 0
    limit = node.limit
    if node.offset is None and node.limit is None and range_header is not None:
        offset = range_header[0]
        if range_header[1] is not None:
            limit = max(range_header[1] - range_header[0] + 1, 0)
    return offset, min(limit, MAX_ROWS) if limit is not None else MAX_ROWS
