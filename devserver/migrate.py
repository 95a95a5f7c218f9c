"""Build a Supabase-like database: bootstrap, migrations, seed.

One way to do it for the devserver and for the schema tests alike (issue #3).
Applied migrations are recorded where the Supabase CLI records them
(``supabase_migrations.schema_migrations``), so a restart applies only new
files, in file-name order, each in its own transaction.

Until the first deploy the migrations are folded now and then (see
``supabase/README.md``): a database whose recorded history names versions
the folder no longer has was built from an older chain and cannot be
migrated forward; ``apply_migrations`` refuses it with ``OutdatedHistory``
instead of applying the new files on top.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import psycopg

log = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MIGRATIONS_DIR = REPO_ROOT / "supabase" / "migrations"
DEFAULT_SEED_FILE = REPO_ROOT / "supabase" / "seed.sql"
MIGRATION_NAME = re.compile(r"^(?P<version>\d{14})_(?P<name>[a-z0-9_]+)\.sql$")


class MigrationError(RuntimeError):
    """A migration file is misnamed or failed to apply."""


class OutdatedHistory(MigrationError):
    """The database records migrations that the folder no longer has."""

    def __init__(self, missing: list[str], directory: Path) -> None:
        self.missing = missing
        self.directory = directory
        shown = ", ".join(missing[:3]) + (", …" if len(missing) > 3 else "")
        super().__init__(
            f"the database was built from {len(missing)} migration(s) that "
            f"{directory} no longer has ({shown}): the schema has been folded "
            "since, so this database cannot be migrated forward and must be rebuilt"
        )


@dataclass(frozen=True)
class Migration:
    version: str
    name: str
    path: Path

    @property
    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


def _packaged_sql(name: str) -> str:
    return resources.files("devserver.sql").joinpath(name).read_text(encoding="utf-8")


def list_migrations(directory: Path = DEFAULT_MIGRATIONS_DIR) -> list[Migration]:
    found = []
    for path in sorted(directory.glob("*.sql")):
        match = MIGRATION_NAME.match(path.name)
        if match is None:
            raise MigrationError(
                f"{path.name}: migration files are named YYYYMMDDHHMMSS_name.sql "
                "(lower-case name, as the Supabase CLI expects)"
            )
        found.append(Migration(match["version"], match["name"], path))
    return found


def apply_bootstrap(conn: psycopg.Connection[object], *, legacy_grants: bool = False) -> None:
    """Create the roles and the auth/storage schemas a Supabase project starts with."""
    with conn.transaction():
        conn.execute(_packaged_sql("bootstrap.sql").encode())
        if legacy_grants:
            conn.execute(_packaged_sql("legacy_default_grants.sql").encode())


def applied_versions(conn: psycopg.Connection[object]) -> set[str]:
    rows = conn.execute("select version from supabase_migrations.schema_migrations").fetchall()
    return {str(row[0]) for row in rows}  # type: ignore[index]


def applied_history(conn: psycopg.Connection[object]) -> list[str]:
    """The recorded migrations as ``version_name``, oldest first."""
    rows = conn.execute(
        "select version, coalesce(name, '') from supabase_migrations.schema_migrations "
        "order by version"
    ).fetchall()
    return [f"{row[0]}_{row[1]}".rstrip("_") for row in rows]  # type: ignore[index]


def check_history(
    conn: psycopg.Connection[object], directory: Path = DEFAULT_MIGRATIONS_DIR
) -> None:
    """Raise ``OutdatedHistory`` when the database records versions ``directory`` lacks."""
    known = {m.version for m in list_migrations(directory)}
    missing = [entry for entry in applied_history(conn) if entry.split("_", 1)[0] not in known]
    if missing:
        raise OutdatedHistory(missing, directory)


def apply_migrations(
    conn: psycopg.Connection[object], directory: Path = DEFAULT_MIGRATIONS_DIR
) -> list[Migration]:
    """Apply every migration not yet recorded; return the ones applied now.

    Raises ``OutdatedHistory`` (and applies nothing) when the recorded
    history names migrations the folder no longer has.
    """
    check_history(conn, directory)
    done = applied_versions(conn)
    applied = []
    for migration in list_migrations(directory):
        if migration.version in done:
            continue
        log.info("applying migration %s_%s", migration.version, migration.name)
        try:
            with conn.transaction():
                conn.execute(migration.sql.encode())
                conn.execute(
                    "insert into supabase_migrations.schema_migrations (version, name) "
                    "values (%s, %s)",
                    (migration.version, migration.name),
                )
        except psycopg.Error as exc:
            raise MigrationError(f"{migration.path.name}: {exc}") from exc
        applied.append(migration)
    return applied


def apply_seed(conn: psycopg.Connection[object], seed_file: Path = DEFAULT_SEED_FILE) -> bool:
    if not seed_file.exists():
        return False
    try:
        with conn.transaction():
            conn.execute(seed_file.read_text(encoding="utf-8").encode())
    except psycopg.Error as exc:
        raise MigrationError(f"{seed_file.name}: {exc}") from exc
    return True


def build_database(
    url: str,
    *,
    migrations_dir: Path = DEFAULT_MIGRATIONS_DIR,
    seed_file: Path | None = DEFAULT_SEED_FILE,
    legacy_grants: bool = False,
) -> list[Migration]:
    """Bootstrap, migrate and (on a new database) seed the database at ``url``."""
    with psycopg.connect(url, autocommit=True) as conn:
        fresh = not conn.execute(
            "select 1 from pg_namespace where nspname = 'supabase_migrations'"
        ).fetchone()
        apply_bootstrap(conn, legacy_grants=legacy_grants)
        applied = apply_migrations(conn, migrations_dir)
        if fresh and seed_file is not None:
            apply_seed(conn, seed_file)
    return applied
