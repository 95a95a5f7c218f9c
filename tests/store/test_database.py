"""Local schema: forward migrations, version checks, corrupt files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlmodel import SQLModel

from desktop.store.db import schema
from desktop.store.db.database import Database, open_or_recover
from desktop.store.errors import NOT_SQLITE, CorruptStore, SchemaTooNew, StoreUnavailable
from desktop.store.models import Course, LessonProgress, SyncState


def test_a_version_1_database_with_data_migrates_forward_keeping_it(tmp_path: Path) -> None:
    path = tmp_path / "lantern.db"
    Database(path, target_version=1).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "insert into courses (id, title, tags, created_at, updated_at) values "
        "('c1', 'Soil and Water', '[\"farming\"]', '2026-01-01T00:00:00.000000Z', "
        "'2026-01-01T00:00:00.000000Z')"
    )
    conn.execute("insert into sync_state (id, device_id) values (1, 'dev-old')")
    conn.commit()
    conn.close()
    db = Database(path)
    with db.read() as session:
        course = session.get(Course, "c1")
        state = session.get(SyncState, 1)
    assert course is not None
    assert course.tags == ["farming"]
    assert state is not None
    assert (state.device_id, state.seq_base) == ("dev-old", 0)
    conn = sqlite3.connect(path)
    assert schema.version_of(conn) == schema.LATEST
    # The search index (version 3) covers rows written before it existed.
    hits = conn.execute("select rowid from courses_fts where courses_fts match 'soil*'").fetchall()
    conn.close()
    db.close()
    assert len(hits) == 1


def test_migrated_schema_has_every_column_of_every_model(tmp_path: Path) -> None:
    Database(tmp_path / "lantern.db").close()
    conn = sqlite3.connect(tmp_path / "lantern.db")
    for name, table in SQLModel.metadata.tables.items():
        on_disk = {row[1] for row in conn.execute(f"pragma table_info({name})")}
        assert on_disk == {c.name for c in table.columns}, name
    conn.close()


def test_a_database_from_a_newer_lantern_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "lantern.db"
    Database(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"pragma user_version = {schema.LATEST + 1}")
    conn.close()
    with pytest.raises(SchemaTooNew) as error:
        Database(path)
    assert error.value.found == schema.LATEST + 1
    assert path.exists()


def test_wal_mode_and_foreign_keys_are_on(tmp_path: Path) -> None:
    db = Database(tmp_path / "lantern.db")
    with db.read() as session:
        conn = session.connection()
        assert conn.exec_driver_sql("pragma journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("pragma foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("pragma busy_timeout").scalar() == 5000
    db.close()


def test_a_file_that_is_not_sqlite_is_reported_as_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "lantern.db"
    path.write_bytes(b"this is a holiday photo, not a database" * 100)
    with pytest.raises(CorruptStore) as error:
        Database(path)
    assert error.value.reason == NOT_SQLITE
    assert "not an SQLite database" in str(error.value)  # for the log


def test_a_damaged_database_is_moved_aside_and_a_fresh_one_created(tmp_path: Path) -> None:
    path = tmp_path / "lantern.db"
    Database(path).close()
    conn = sqlite3.connect(path)
    conn.executemany(
        "insert into time_ledger values (?, 'u', 'l', 'c', 5, 't')",
        [(f"op{i}",) for i in range(2000)],
    )
    conn.commit()
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    data = bytearray(path.read_bytes())
    page_size = 4096
    for offset in range(page_size * 3, len(data) - page_size, page_size):
        data[offset + 100 : offset + 400] = b"\xff" * 300  # scribble over b-tree pages
    path.write_bytes(bytes(data))

    db, recovery = open_or_recover(path)
    assert recovery is not None
    assert recovery.moved_to.name.startswith("lantern.db.corrupt-")
    assert recovery.moved_to.exists()
    with db.read() as session:
        assert session.get(LessonProgress, "anything") is None  # fresh, usable
    db.close()


def test_an_unwritable_data_directory_is_a_clear_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(StoreUnavailable):
        Database(blocker / "learners" / "u1" / "lantern.db")


def test_a_read_then_write_waits_for_another_writer_instead_of_failing(tmp_path: Path) -> None:
    """The sync thread commits a page while a local action has already read:
    the action must wait for the lock, not fail with "database is locked"."""
    import threading
    import time

    from sqlalchemy import text

    db = Database(tmp_path / "lantern.db")
    setup = sqlite3.connect(tmp_path / "lantern.db")
    setup.execute("create table probe (x integer)")
    setup.commit()
    setup.close()
    holding, release = threading.Event(), threading.Event()

    def sync_thread() -> None:
        other = sqlite3.connect(tmp_path / "lantern.db", isolation_level=None)
        other.execute("begin immediate")
        other.execute("insert into probe values (7)")
        holding.set()
        release.wait(5)
        other.execute("commit")
        other.close()

    writer = threading.Thread(target=sync_thread)
    writer.start()
    holding.wait(5)
    timer = threading.Timer(0.3, release.set)
    timer.start()
    started = time.monotonic()
    try:
        with db.transaction() as session:
            count = session.execute(text("select count(*) from probe")).scalar_one()
            session.execute(text("delete from probe where x = 7"))
    finally:
        writer.join()
        db.close()
    assert count == 1  # it saw the other writer's committed row: it waited, then read
    assert time.monotonic() - started >= 0.25


def test_every_write_connection_syncs_each_commit_to_disk(tmp_path: Path) -> None:
    """synchronous = full in WAL mode: a commit survives a power cut, not only
    an app crash (benchmarks/local_actions.py gives the cost)."""
    db = Database(tmp_path / "lantern.db")
    try:
        with db.transaction() as session:
            conn = session.connection()
            journal = conn.exec_driver_sql("pragma journal_mode").scalar()
            synchronous = conn.exec_driver_sql("pragma synchronous").scalar()
        with db.read() as session:
            read_sync = session.connection().exec_driver_sql("pragma synchronous").scalar()
    finally:
        db.close()
    assert journal == "wal"
    assert (synchronous, read_sync) == (2, 2)  # 2 is FULL
