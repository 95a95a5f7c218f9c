"""What the exposed schema holds: tables, columns, keys and relationships.

PostgREST keeps a schema cache; here the catalogue is read at the start of
every request (a few milliseconds on a local database), so tables and
functions that tests create on the fly are visible at once.  Only names found
here ever reach SQL, always quoted with ``psycopg.sql.Identifier``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg.rows import tuple_row

SCHEMA = "public"


@dataclass(frozen=True)
class Column:
    name: str
    type_sql: str  # format_type(): how PostgreSQL spells the type in a cast
    type_category: str  # pg_type.typcategory: S string, A array, U user (json/uuid)…
    type_name: str  # pg_type.typname, e.g. "jsonb", "tsvector"
    has_default: bool
    generated: bool


@dataclass(frozen=True)
class ForeignKey:
    name: str
    table: str  # the table holding the key
    columns: tuple[str, ...]
    ref_table: str
    ref_columns: tuple[str, ...]


@dataclass
class Table:
    name: str
    columns: dict[str, Column] = field(default_factory=dict)
    primary_key: tuple[str, ...] = ()
    unique_keys: list[tuple[str, ...]] = field(default_factory=list)


@dataclass
class Catalog:
    tables: dict[str, Table]
    foreign_keys: list[ForeignKey]

    def keys_between(self, source: str, target: str) -> list[ForeignKey]:
        return [
            fk
            for fk in self.foreign_keys
            if (fk.table, fk.ref_table) in ((source, target), (target, source))
        ]


_TABLES = """
select c.relname
from pg_class c join pg_namespace n on n.oid = c.relnamespace
where n.nspname = %(schema)s and c.relkind in ('r', 'v', 'm', 'f', 'p')
"""

_COLUMNS = """
select c.relname, a.attname, format_type(a.atttypid, a.atttypmod), t.typcategory,
       t.typname, a.atthasdef or a.attidentity <> '', a.attgenerated <> ''
from pg_attribute a
join pg_class c on c.oid = a.attrelid
join pg_namespace n on n.oid = c.relnamespace
join pg_type t on t.oid = a.atttypid
where n.nspname = %(schema)s and c.relkind in ('r', 'v', 'm', 'f', 'p')
  and a.attnum > 0 and not a.attisdropped
order by c.relname, a.attnum
"""

_CONSTRAINTS = """
select con.conname, con.contype, c.relname,
       array(select a.attname from unnest(con.conkey) with ordinality k(n, i)
             join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n
             order by k.i)::text[],
       rc.relname,
       array(select a.attname from unnest(con.confkey) with ordinality k(n, i)
             join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.n
             order by k.i)::text[]
from pg_constraint con
join pg_class c on c.oid = con.conrelid
join pg_namespace n on n.oid = c.relnamespace
left join pg_class rc on rc.oid = con.confrelid
left join pg_namespace rn on rn.oid = rc.relnamespace
where n.nspname = %(schema)s and con.contype in ('p', 'u', 'f')
  and (con.contype <> 'f' or rn.nspname = %(schema)s)
order by con.conname
"""


# Changes whenever DDL touches a table, column, constraint or type: a row is
# added (count), removed (count) or rewritten (a newer xmin).  Far cheaper
# than reading the catalogue, so the catalogue is only re-read after DDL.
_FINGERPRINT = """
select concat_ws('/',
  (select count(*) || ':' || max(xmin::text::bigint) from pg_class),
  (select count(*) || ':' || max(xmin::text::bigint) from pg_attribute),
  (select count(*) || ':' || max(xmin::text::bigint) from pg_constraint),
  (select count(*) || ':' || max(xmin::text::bigint) from pg_type))
"""


class CatalogCache:
    """The last catalogue read, reused while the schema is unchanged."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fingerprint: str | None = None
        self._catalog: Catalog | None = None

    def get(self, conn: psycopg.Connection[Any]) -> Catalog:
        row = conn.cursor(row_factory=tuple_row).execute(_FINGERPRINT).fetchone()
        fingerprint = str(row[0]) if row else ""
        with self._lock:
            if fingerprint == self._fingerprint and self._catalog is not None:
                return self._catalog
        catalog = load_catalog(conn)
        with self._lock:
            self._fingerprint, self._catalog = fingerprint, catalog
        return catalog


def load_catalog(conn: psycopg.Connection[Any]) -> Catalog:
    params = {"schema": SCHEMA}
    cur = conn.cursor(row_factory=tuple_row)
    tables = {name: Table(name) for (name,) in cur.execute(_TABLES, params)}
    for table, name, type_sql, category, type_name, has_default, generated in cur.execute(
        _COLUMNS, params
    ):
        tables[table].columns[name] = Column(
            name, type_sql, category, type_name, bool(has_default), bool(generated)
        )
    fks: list[ForeignKey] = []
    for conname, kind, table, cols, ref_table, ref_cols in cur.execute(_CONSTRAINTS, params):
        if kind == "p":
            tables[table].primary_key = tuple(cols)
            tables[table].unique_keys.append(tuple(cols))
        elif kind == "u":
            tables[table].unique_keys.append(tuple(cols))
        else:
            fks.append(ForeignKey(conname, table, tuple(cols), ref_table, tuple(ref_cols)))
    return Catalog(tables, fks)
