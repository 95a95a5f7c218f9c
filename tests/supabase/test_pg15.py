"""The migrations and the seed apply on PostgreSQL 15, Supabase's oldest
supported major (Debian's packages; the embedded wheel is a newer major)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import errors

from devserver.db import as_caller, user_claims
from devserver.migrate import build_database, list_migrations
from tests.helpers.pg import start_cluster

PG15_BIN = Path("/usr/lib/postgresql/15/bin")
LEARNER = "a1a1a1a1-0000-4000-8000-000000000002"


@pytest.fixture(scope="module")
def pg15_url() -> Iterator[str]:
    if not (PG15_BIN / "postgres").exists():
        pytest.skip(
            f"PostgreSQL 15 is not installed at {PG15_BIN} (Debian: apt-get install postgresql-15)"
        )
    with start_cluster(bin_dir=PG15_BIN) as cluster:
        url = cluster.create_database("lantern_pg15")
        build_database(url)
        yield url


def test_server_is_postgresql_15(pg15_url: str) -> None:
    with psycopg.connect(pg15_url) as conn:
        row = conn.execute("show server_version_num").fetchone()
    assert row is not None
    assert 150000 <= int(row[0]) < 160000


def test_every_migration_and_the_seed_applied(pg15_url: str) -> None:
    with psycopg.connect(pg15_url) as conn:
        versions = [
            r[0]
            for r in conn.execute(
                "select version from supabase_migrations.schema_migrations order by version"
            )
        ]
        courses = conn.execute("select count(*) from public.courses").fetchone()
    assert versions == [m.version for m in list_migrations()]
    assert courses is not None
    assert courses[0] == 4


def test_access_rules_hold_on_pg15(pg15_url: str) -> None:
    learner = user_claims(LEARNER, email="learner@lantern.local")
    with psycopg.connect(pg15_url, autocommit=True) as conn:
        with pytest.raises(errors.InsufficientPrivilege), as_caller(conn, learner):
            conn.execute("update public.profiles set role = 'admin' where id = auth.uid()")
        with as_caller(conn, {"role": "anon"}):
            published = conn.execute("select count(*) from public.courses").fetchone()
    assert published == (3,)
