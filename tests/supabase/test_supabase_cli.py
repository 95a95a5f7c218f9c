"""The real Supabase CLI applies the migrations and the seed, and lints them clean.

Everything else applies ``supabase/migrations`` with our own code
(``devserver.migrate``); a real project gets them from ``supabase db push``.
Here the pinned CLI (tools/supabase-cli) pushes every migration and the
seed onto Debian's PostgreSQL 15 (Supabase's oldest supported major) over
the devserver's Supabase bootstrap (roles, ``auth``, ``storage``), keeping
its history the way it does on a project, and then ``supabase db lint
--level warning`` (plpgsql_check) must report no error and no warning.

Needs Node.js and npm (the CLI is installed with ``npm ci`` on first use),
PostgreSQL 15 and its plpgsql_check extension.  Without them the tests are
skipped, saying why; in CI (``CI=true``, or ``LANTERN_REQUIRE_SUPABASE_CLI=1``,
which .ci/run exports) they fail instead.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import psycopg
import pytest

from devserver.migrate import apply_bootstrap, list_migrations
from devserver.postgres import PostgresServer
from tests.helpers.pg import start_cluster
from tests.helpers.supabase_cli import (
    REPO_ROOT,
    CliRun,
    CliUnavailable,
    ensure_cli,
    lint_findings,
    run_cli,
)

PG15_BIN = Path("/usr/lib/postgresql/15/bin")
DATABASE = "lantern_cli"
DEMO_EMAILS = ("instructor@lantern.local", "learner@lantern.local")
# The columns hosted GoTrue cannot read as NULL; the seed sets them to ''.
TOKEN_COLUMNS = (
    "confirmation_token",
    "recovery_token",
    "email_change",
    "email_change_token_new",
    "email_change_token_current",
    "phone_change",
    "phone_change_token",
    "reauthentication_token",
)


def _unavailable(reason: str) -> NoReturn:
    required = os.environ.get("LANTERN_REQUIRE_SUPABASE_CLI") == "1" or os.environ.get(
        "CI", ""
    ).lower() in {"1", "true", "yes"}
    if required:
        pytest.fail(
            f"{reason} (CI needs the Supabase CLI test: .ci/run installs "
            "nodejs, npm and postgresql-15-plpgsql-check)",
            pytrace=False,
        )
    pytest.skip(reason)


@dataclass(frozen=True)
class Project:
    """The database the CLI pushed to (``DATABASE``), and its outcome."""

    server: PostgresServer
    workdir: Path  # a copy of supabase/, so the CLI writes nothing into the tree
    home: Path  # the CLI's $HOME (it keeps telemetry and traces there)
    push: CliRun
    bootstrap_history_columns: list[tuple[str, str]]

    @property
    def url(self) -> str:
        return self.server.url_for(DATABASE)

    def cli_url(self, database: str = DATABASE) -> str:
        return self.server.url_for(database) + "?sslmode=disable"


def _history_columns(conn: psycopg.Connection[tuple[object, ...]]) -> list[tuple[str, str]]:
    rows = conn.execute(
        "select column_name, data_type from information_schema.columns "
        "where table_schema = 'supabase_migrations' and table_name = 'schema_migrations' "
        "order by ordinal_position"
    ).fetchall()
    return [(str(name), str(kind)) for name, kind in rows]


@pytest.fixture(scope="module")
def project() -> Iterator[Project]:
    if not (PG15_BIN / "postgres").exists():
        _unavailable(
            f"PostgreSQL 15 is not installed at {PG15_BIN} (Debian: apt-get install postgresql-15)"
        )
    try:
        ensure_cli()
    except CliUnavailable as exc:
        _unavailable(str(exc))
    with (
        tempfile.TemporaryDirectory(prefix="lantern-supabase-cli-") as tmp,
        start_cluster(bin_dir=PG15_BIN) as cluster,
    ):
        server = cluster.server
        assert server is not None
        with psycopg.connect(server.url, autocommit=True) as conn:
            available = conn.execute(
                "select 1 from pg_available_extensions where name = 'plpgsql_check'"
            ).fetchone()
            if available is None:
                _unavailable(
                    "plpgsql_check is not installed for PostgreSQL 15; supabase db "
                    "lint needs it (Debian: apt-get install postgresql-15-plpgsql-check)"
                )
            conn.execute(f"create database {DATABASE}")
        with psycopg.connect(server.url_for(DATABASE), autocommit=True) as conn:
            apply_bootstrap(conn)
            history = _history_columns(conn)
            # A new project has no migration history: the CLI makes its own.
            conn.execute("drop schema supabase_migrations cascade")
        workdir = Path(tmp) / "project"
        shutil.copytree(
            REPO_ROOT / "supabase",
            workdir / "supabase",
            ignore=shutil.ignore_patterns(".temp", ".branches"),
        )
        home = Path(tmp) / "home"
        home.mkdir()
        project = Project(
            server=server,
            workdir=workdir,
            home=home,
            push=CliRun([], -1, "", "not run"),
            bootstrap_history_columns=history,
        )
        push = run_cli(
            ["db", "push", "--db-url", project.cli_url(), "--include-seed", "--yes"],
            workdir=workdir,
            home=home,
        )
        yield dataclasses.replace(project, push=push)


def _pushed(project: Project) -> None:
    if project.push.returncode != 0 or "Finished supabase db push" not in project.push.stdout:
        pytest.fail("supabase db push failed:\n" + project.push.describe(), pytrace=False)


def test_db_push_applies_every_migration_and_the_seed(project: Project) -> None:
    _pushed(project)
    expected = [(m.version, m.name) for m in list_migrations()]
    with psycopg.connect(project.url) as conn:
        recorded = [
            (str(v), str(n))
            for v, n in conn.execute(
                "select version, name from supabase_migrations.schema_migrations order by version"
            )
        ]
        seeds = [r[0] for r in conn.execute("select path from supabase_migrations.seed_files")]
        demo = conn.execute(
            "select u.email, p.username, "
            + ", ".join(f"u.{c}" for c in TOKEN_COLUMNS)
            + " from auth.users u left join public.profiles p on p.id = u.id"
            " where u.email = any(%s) order by u.email",
            (list(DEMO_EMAILS),),
        ).fetchall()
    assert recorded == expected, project.push.describe()
    for version, name in expected:
        assert f"Applying migration {version}_{name}.sql" in project.push.stderr
    assert seeds == ["supabase/seed.sql"]
    assert [row[0] for row in demo] == sorted(DEMO_EMAILS)
    for email, username, *tokens in demo:
        assert username, f"{email} has no profile: the sign-up trigger did not run"
        assert tokens == [""] * len(TOKEN_COLUMNS), (
            f"{email}: the seed left a GoTrue token column NULL: "
            f"{dict(zip(TOKEN_COLUMNS, tokens, strict=True))}"
        )


def test_the_cli_keeps_its_history_where_the_devserver_does(project: Project) -> None:
    # devserver.migrate records into the table the bootstrap makes: it must
    # be the table the CLI makes, so both keep the history alike.
    _pushed(project)
    with psycopg.connect(project.url) as conn:
        made_by_cli = _history_columns(conn)
    assert made_by_cli == project.bootstrap_history_columns


def _lint(project: Project, db_url: str) -> CliRun:
    # --fail-on warning: the exit status says it too.
    return run_cli(
        ["db", "lint", "--db-url", db_url, "--level", "warning", "--fail-on", "warning"],
        workdir=project.workdir,
        home=project.home,
    )


def test_db_lint_finds_no_error_and_no_warning(project: Project) -> None:
    _pushed(project)
    run = _lint(project, project.cli_url())
    try:
        findings = lint_findings(run)
    except ValueError as exc:
        pytest.fail(f"could not read db lint's output ({exc}):\n{run.describe()}", pytrace=False)
    if findings or run.returncode != 0:
        pytest.fail(
            f"supabase db lint --level warning reported {len(findings)} finding(s):\n"
            + "\n".join(f"  {f}" for f in findings)
            + "\n"
            + run.describe(stdout=not findings),
            pytrace=False,
        )


def test_db_lint_reports_a_warning_it_is_shown(project: Project) -> None:
    # The check above can fail: the same lint on a function with an untyped
    # array literal reports it, and exits non-zero.
    with psycopg.connect(project.server.url, autocommit=True) as conn:
        conn.execute("create database lantern_lint_probe")
    with psycopg.connect(project.server.url_for("lantern_lint_probe"), autocommit=True) as conn:
        conn.execute(
            "create function public.lint_probe() returns int language plpgsql as $$"
            " declare ids text[] := '{}'; begin return cardinality(ids); end $$"
        )
    run = _lint(project, project.cli_url("lantern_lint_probe"))
    findings = lint_findings(run)
    assert [(f.function, f.level) for f in findings] == [("public.lint_probe", "warning")], (
        run.describe()
    )
    assert 'cast "text" value to "text[]" type' in findings[0].detail
    assert run.returncode != 0
