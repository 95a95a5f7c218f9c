"""``/rpc/<function>``: find the function in the catalogue and call it.

Arguments are matched by name (JSON keys, or query parameters for GET); a
function with a single unnamed json/jsonb parameter receives the whole body.
Each argument is converted by PostgreSQL from JSON (``json_to_record`` with
the parameter's declared type), never spliced into the SQL text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import tuple_row

from devserver.rest.catalog import SCHEMA, Catalog, Column, Table
from devserver.rest.errors import ApiError
from devserver.rest.filters import Params


@dataclass(frozen=True)
class Argument:
    name: str
    type_sql: str
    type_name: str
    has_default: bool


@dataclass(frozen=True)
class Function:
    name: str
    arguments: tuple[Argument, ...]
    read_only: bool  # STABLE or IMMUTABLE
    returns_set: bool
    returns_void: bool
    row_table: Table | None  # the columns of a composite result; None for a scalar

    def call(self, args: dict[str, Any] | None, whole_body: Any, params: Params) -> sql.Composable:
        """``public.fn(a => …, b => …)`` with every value bound and typed."""
        ref = sql.SQL("{}.{}").format(sql.Identifier(SCHEMA), sql.Identifier(self.name))
        if args is None:
            arg = self.arguments[0]
            return sql.SQL("{}({}::{})").format(
                ref, params.add(json.dumps(whole_body)), sql.SQL(arg.type_sql)
            )
        given = [a for a in self.arguments if a.name in args]
        record = params.add(json.dumps({a.name: args[a.name] for a in given}))
        parts = [
            sql.SQL("{} => (select _a.{} from json_to_record({}::json) as _a({} {}))").format(
                sql.Identifier(a.name),
                sql.Identifier(a.name),
                record,
                sql.Identifier(a.name),
                sql.SQL(a.type_sql),
            )
            for a in given
        ]
        return sql.SQL("{}({})").format(ref, sql.SQL(", ").join(parts))


_FUNCTIONS = """
select p.proname, p.provolatile, p.proretset, t.typname, t.typtype, t.typrelid,
       coalesce(p.proargnames, '{}'), coalesce(p.proargmodes::text[], '{}'),
       coalesce(p.proallargtypes, p.proargtypes::oid[]), p.pronargdefaults,
       array(select format_type(x, null) from unnest(coalesce(p.proallargtypes,
             p.proargtypes::oid[])) with ordinality u(x, i) order by i),
       array(select ty.typname from unnest(coalesce(p.proallargtypes,
             p.proargtypes::oid[])) with ordinality u(x, i) join pg_type ty on ty.oid = u.x
             order by i),
       rc.relname
from pg_proc p
join pg_namespace n on n.oid = p.pronamespace
join pg_type t on t.oid = p.prorettype
left join pg_class rc on rc.oid = t.typrelid
where n.nspname = %s and p.proname = %s and p.prokind = 'f'
order by p.oid
"""

_ROW_TYPE = """
select a.attname, format_type(a.atttypid, a.atttypmod), t.typcategory, t.typname
from pg_attribute a join pg_type t on t.oid = a.atttypid
where a.attrelid = %s and a.attnum > 0 and not a.attisdropped order by a.attnum
"""


def load_functions(conn: psycopg.Connection[Any], catalog: Catalog, name: str) -> list[Function]:
    cur = conn.cursor(row_factory=tuple_row)
    found = []
    rows = cur.execute(_FUNCTIONS, (SCHEMA, name)).fetchall()
    for (
        proname,
        volatility,
        retset,
        ret_name,
        ret_kind,
        ret_rel,
        arg_names,
        modes,
        _types,
        n_defaults,
        type_sqls,
        type_names,
        rel_name,
    ) in rows:
        inputs: list[tuple[str, str, str]] = []
        outputs: list[Column] = []
        for i, type_sql in enumerate(type_sqls):
            mode = modes[i] if modes else "i"
            arg_name = arg_names[i] if i < len(arg_names) else ""
            if mode in ("i", "b", "v"):
                inputs.append((arg_name, type_sql, type_names[i]))
            if mode in ("o", "b", "t"):
                outputs.append(Column(arg_name, type_sql, "", type_names[i], False, False))
        first_default = len(inputs) - (n_defaults or 0)
        arguments = tuple(
            Argument(n, ts, tn, i >= first_default) for i, (n, ts, tn) in enumerate(inputs)
        )
        row_table: Table | None = None
        if rel_name is not None and rel_name in catalog.tables and ret_kind == "c":
            row_table = catalog.tables[rel_name]
        elif ret_kind == "c":
            row_table = Table(proname)
            for col, type_sql, category, type_name in cur.execute(_ROW_TYPE, (ret_rel,)).fetchall():
                row_table.columns[col] = Column(col, type_sql, category, type_name, False, False)
        elif ret_name == "record" and outputs:
            row_table = Table(proname, {c.name: c for c in outputs})
        found.append(
            Function(
                proname,
                arguments,
                volatility in ("s", "i"),
                bool(retset),
                ret_name == "void",
                row_table,
            )
        )
    return found


def choose(
    functions: list[Function], name: str, body: Any, keys: set[str]
) -> tuple[Function, bool]:
    """The overload to call and whether it takes the whole body as one json argument.

    ``body`` is the POST body (None for GET); ``keys`` the argument names given.
    """
    for fn in functions:
        args = fn.arguments
        if (
            len(args) == 1
            and args[0].name == ""
            and args[0].type_name in ("json", "jsonb")
            and body is not None
        ):
            return fn, True
        names = {a.name for a in args}
        required = {a.name for a in args if not a.has_default}
        if isinstance(body, dict | None) and keys <= names and required <= keys and "" not in names:
            return fn, False
    shown = ", ".join(sorted(keys))
    signature = f"public.{name}({shown})" if shown else f"public.{name} without parameters"
    raise ApiError(
        404,
        "PGRST202",
        f"Could not find the function {signature} in the schema cache",
        details=f"Searched for the function public.{name}"
        + (f" with parameters {shown}" if shown else " without parameters")
        + ", but no matches were found in the schema cache.",
    )
