"""A data folder built from migrations that have since been folded.

Until the first deploy supabase/migrations is folded now and then, and the
version names change.  A devserver data folder made before a fold records
versions the folder no longer has: the devserver must not apply the new
files on top of it (they would fail half way, or leave a mixed schema), but
say how to rebuild it (``--reset``), rebuild it when asked, and rebuild the
app's demo database by itself (demo data only).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from desktop.ui.shell.demo_server import DemoServerProcess
from devserver.__main__ import main
from devserver.migrate import DEFAULT_MIGRATIONS_DIR, applied_history, list_migrations
from devserver.server import DevServer, DevServerError

MARK = "made-before-the-fold@lantern.local"


def renamed_chain(target: Path) -> Path:
    """The live chain under other version names: what a chain before a fold looks like."""
    target.mkdir()
    for n, migration in enumerate(list_migrations()):
        version = f"2020010100{n:04d}"
        shutil.copy(migration.path, target / f"{version}_{migration.name}.sql")
    return target


def mark(server: DevServer) -> None:
    """A row only this database holds."""
    with psycopg.connect(server.db_url, autocommit=True) as conn:
        conn.execute("insert into auth.users (id, email) values (gen_random_uuid(), %s)", (MARK,))


@pytest.fixture
def folder() -> Iterator[Path]:
    # Not tmp_path: another pytest run starting meanwhile makes pytest's base
    # temp folder private again, and the cluster's unprivileged user loses it.
    with tempfile.TemporaryDirectory(prefix="lantern-outdated-") as tmp:
        yield Path(tmp)


@pytest.fixture
def old_data_dir(folder: Path) -> Path:
    """A data folder built from the renamed chain, holding one row of its own."""
    data_dir = folder / "server"
    old = renamed_chain(folder / "old-migrations")
    with DevServer(data_dir=data_dir, migrations_dir=old, demo_accounts=False) as server:
        mark(server)
    return data_dir


def _history_and_mark(server: DevServer) -> tuple[list[str], bool]:
    with psycopg.connect(server.db_url, autocommit=True) as conn:
        marked = conn.execute("select 1 from auth.users where email = %s", (MARK,)).fetchone()
        return applied_history(conn), marked is not None


def test_an_outdated_folder_is_refused_with_how_to_reset(
    old_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(DevServerError) as raised:
        DevServer(data_dir=old_data_dir, demo_accounts=False).start()
    message = str(raised.value)
    assert "20200101000000_" in message
    assert f"--reset --data-dir {old_data_dir}" in message
    assert str(DEFAULT_MIGRATIONS_DIR) in message

    # The command line says the same in one sentence, without a traceback.
    assert main(["--data-dir", str(old_data_dir), "--port", "0"]) == 1
    err = capsys.readouterr().err
    assert "could not start" in err
    assert "--reset" in err
    assert "Traceback" not in err

    # Nothing was deleted or half-applied: the old database still starts as it was.
    old = renamed_chain(old_data_dir.parent / "old-again")
    with DevServer(data_dir=old_data_dir, migrations_dir=old, demo_accounts=False) as server:
        history, marked = _history_and_mark(server)
    assert marked
    assert all(entry.startswith("20200101") for entry in history)


@pytest.mark.parametrize("how", ["reset", "reset_if_outdated"])
def test_reset_rebuilds_the_folder_from_the_live_chain(old_data_dir: Path, how: str) -> None:
    secret = (old_data_dir / "jwt_secret").read_text()
    with DevServer(
        data_dir=old_data_dir,
        demo_accounts=False,
        reset=how == "reset",
        reset_if_outdated=how == "reset_if_outdated",
    ) as server:
        history, marked = _history_and_mark(server)
        assert server.rebuilt
    assert history == [f"{m.version}_{m.name}" for m in list_migrations()]
    assert not marked  # demo data only: what the old database held is gone
    assert (old_data_dir / "jwt_secret").read_text() == secret


def test_reset_if_outdated_keeps_a_current_folder(folder: Path) -> None:
    data_dir = folder / "server"
    with DevServer(data_dir=data_dir, demo_accounts=False) as server:
        mark(server)
    with DevServer(data_dir=data_dir, demo_accounts=False, reset_if_outdated=True) as server:
        _, marked = _history_and_mark(server)
        assert not server.rebuilt
    assert marked


def test_the_demo_rebuilds_an_outdated_demo_database(old_data_dir: Path) -> None:
    # DemoServerProcess keeps its server's data in <folder>/server.
    demo = DemoServerProcess(old_data_dir.parent)
    try:
        started = demo.start()
    finally:
        demo.stop()
    assert started.learner_email == "learner@lantern.local"
    assert "built anew" in demo.log_path.read_text(encoding="utf-8")
