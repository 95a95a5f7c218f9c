"""Filters and logic trees as SQL: names from the catalogue, values bound.

Every value becomes a named placeholder in ``Params``; the only SQL text
built from the request is quoted identifiers of columns that exist and the
catalogue's own spelling of their types (``format_type``) for casts.
"""

from __future__ import annotations

from typing import Any

from psycopg import sql

from devserver.rest.catalog import Column, Table
from devserver.rest.errors import ApiError
from devserver.rest.grammar import Condition, Field, Filter, Logic, bad_query
from devserver.rest.query_syntax import parse_in_list

_COMPARISONS = {
    "eq": "=",
    "neq": "<>",
    "gt": ">",
    "gte": ">=",
    "lt": "<",
    "lte": "<=",
    "cs": "@>",
    "cd": "<@",
    "ov": "&&",
    "sl": "<<",
    "sr": ">>",
    "nxr": "&<",
    "nxl": "&>",
    "adj": "-|-",
}
_TSQUERY = {
    "fts": "to_tsquery",
    "plfts": "plainto_tsquery",
    "phfts": "phraseto_tsquery",
    "wfts": "websearch_to_tsquery",
}
_IS = {
    "null": "is null",
    "not_null": "is not null",
    "true": "is true",
    "false": "is false",
    "unknown": "is unknown",
}


class Params:
    """Named bound parameters, so fragments may be composed in any order."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def add(self, value: Any) -> sql.Placeholder:
        name = f"p{len(self.values)}"
        self.values[name] = value
        return sql.Placeholder(name)


def unknown_column(table: Table, name: str) -> ApiError:
    return ApiError(400, "42703", f"column {table.name}.{name} does not exist")


def column_of(table: Table, name: str) -> Column:
    column = table.columns.get(name)
    if column is None:
        raise unknown_column(table, name)
    return column


def field_sql(
    alias: str, table: Table, target: Field, params: Params
) -> tuple[sql.Composable, str]:
    """The SQL for a column (or a JSON path into it) and the SQL type of its value."""
    column = column_of(table, target.name)
    expr: sql.Composable = sql.SQL("{}.{}").format(
        sql.Identifier(alias), sql.Identifier(column.name)
    )
    type_sql = column.type_sql
    for step in target.json_path:
        key = (
            sql.SQL("{}::int").format(params.add(int(step.key)))
            if step.key.isdigit()
            else sql.SQL("{}::text").format(params.add(step.key))
        )
        expr = sql.SQL("({} {} {})").format(expr, sql.SQL(step.arrow), key)
        type_sql = "text" if step.arrow == "->>" else "jsonb"
    if target.json_path and target.json_path[-1].arrow == "->":
        expr = sql.SQL("{}::jsonb").format(expr)
    return expr, type_sql


def render_condition(cond: Condition, alias: str, table: Table, params: Params) -> sql.Composable:
    if isinstance(cond, Logic):
        joiner = sql.SQL(" and " if cond.kind == "and" else " or ")
        inner = joiner.join(render_condition(c, alias, table, params) for c in cond.children)
        rendered: sql.Composable = sql.SQL("({})").format(inner)
    else:
        rendered = _render_filter(cond, alias, table, params)
    return sql.SQL("not {}").format(rendered) if cond.negate else rendered


def _render_filter(flt: Filter, alias: str, table: Table, params: Params) -> sql.Composable:
    expr, type_sql = field_sql(alias, table, flt.field, params)
    typ = sql.SQL(type_sql)
    op, value = flt.op, flt.value
    if op in ("like", "ilike"):
        return _render_like(flt, expr, params)
    if flt.modifier and op not in _TSQUERY:
        raise bad_query(
            f'"failed to parse filter ({op}({flt.modifier}).{value})"',
            "this operator takes no modifier",
        )
    if op in _COMPARISONS:
        return sql.SQL("({} {} {}::{})").format(
            expr, sql.SQL(_COMPARISONS[op]), params.add(value), typ
        )
    if op in ("match", "imatch"):
        return sql.SQL("({}::text {} {})").format(
            expr, sql.SQL("~" if op == "match" else "~*"), params.add(value)
        )
    if op == "in":
        values = params.add(parse_in_list(value))
        return sql.SQL("({} = any({}::text[]::{}[]))").format(expr, values, typ)
    if op == "is":
        return _render_is(value, expr)
    if op == "isdistinct":
        return sql.SQL("({} is distinct from {}::{})").format(expr, params.add(value), typ)
    return _render_full_text(flt, expr, type_sql, params)


def _render_like(flt: Filter, expr: sql.Composable, params: Params) -> sql.Composable:
    """like / ilike, with PostgREST's * for %, and the any/all modifiers."""
    keyword = sql.SQL("like" if flt.op == "like" else "ilike")
    if flt.modifier in ("any", "all"):
        patterns = [p.replace("*", "%") for p in _array_items(flt.value)]
        return sql.SQL("({}::text {} {}({}::text[]))").format(
            expr, keyword, sql.SQL(flt.modifier), params.add(patterns)
        )
    _no_modifier(flt)
    return sql.SQL("({}::text {} {})").format(
        expr, keyword, params.add(flt.value.replace("*", "%"))
    )


def _render_is(value: str, expr: sql.Composable) -> sql.Composable:
    if value.lower() not in _IS:
        raise bad_query(
            f'"failed to parse filter (is.{value})"',
            "is. takes null, not_null, true, false or unknown",
        )
    return sql.SQL("({} {})").format(expr, sql.SQL(_IS[value.lower()]))


def _render_full_text(
    flt: Filter, expr: sql.Composable, type_sql: str, params: Params
) -> sql.Composable:
    """fts / plfts / phfts / wfts: a tsvector column as is, anything else
    through to_tsvector; the modifier is the text search configuration."""
    vector = expr if type_sql == "tsvector" else sql.SQL("to_tsvector({}::text)").format(expr)
    func = sql.SQL(_TSQUERY[flt.op])
    if flt.modifier:
        return sql.SQL("({} @@ {}({}::regconfig, {}))").format(
            vector, func, params.add(flt.modifier), params.add(flt.value)
        )
    return sql.SQL("({} @@ {}({}))").format(vector, func, params.add(flt.value))


def _no_modifier(flt: Filter) -> None:
    if flt.modifier:
        raise bad_query(f'"failed to parse filter ({flt.op}({flt.modifier}))"', "unknown modifier")


def _array_items(value: str) -> list[str]:
    if not (value.startswith("{") and value.endswith("}")):
        raise bad_query(f'"failed to parse filter ({value})"', "expected {a,b,…}")
    out = []
    for part in value[1:-1].split(","):
        item = part.strip()
        if len(item) >= 2 and item.startswith('"') and item.endswith('"'):
            item = item[1:-1]
        out.append(item)
    return out
