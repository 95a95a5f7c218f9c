"""One SQLite file: open it safely, migrate it, hand out transactions.

Every open checks the file is SQLite and passes ``PRAGMA integrity_check``;
a bad file raises ``CorruptStore`` and ``recover_corrupt`` moves it aside
(``lantern.db.corrupt-<timestamp>``) so a fresh database can be built and
refilled from the server, while the old file stays for inspection.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, create_engine

from desktop.store.db import schema
from desktop.store.errors import (
    CANNOT_MIGRATE,
    INTEGRITY,
    NOT_SQLITE,
    UNREADABLE,
    CorruptStore,
    StoreError,
    StoreReadFailed,
    StoreUnavailable,
    StoreWriteFailed,
)

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Recovery:
    """What ``open_or_recover`` did, so the UI can tell the learner."""

    path: Path
    moved_to: Path
    reason: str  # CorruptStore's code: why the file was moved aside
    kept_unsent: int = 0  # unsent changes read back from the bad file and queued again
    detail: str = ""  # SQLite's own words on the damage, if any


def _pragmas(conn: sqlite3.Connection) -> None:
    conn.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("pragma journal_mode = wal")
    # Each commit waits for the WAL to reach the disk, so an action survives a
    # power cut (a laptop's battery running out), not only an app crash; with
    # `normal` the commits since the last checkpoint, possibly hours of study,
    # could be taken back.  It costs a few ms per action
    # (benchmarks/local_actions.py).
    conn.execute("pragma synchronous = full")
    conn.execute("pragma foreign_keys = on")


def check_file(path: Path) -> None:
    """Raise ``CorruptStore`` unless ``path`` is absent, empty or a sound SQLite file."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise CorruptStore(path, NOT_SQLITE)
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            rows = conn.execute("pragma integrity_check").fetchall()
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # SQLite's message may quote a damaged page, which Python cannot decode.
        raise CorruptStore(path, UNREADABLE, str(exc)) from exc
    if [tuple(r) for r in rows] != [("ok",)]:
        raise CorruptStore(path, INTEGRITY, str(rows[0][0]))


class Database:
    """An open, migrated local database."""

    def __init__(self, path: Path, *, target_version: int = schema.LATEST) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreUnavailable(
                f"cannot create {path.parent}: {exc.strerror}",
                reason="cannot_create",
                path=path.parent,
                detail=exc.strerror or type(exc).__name__,
            ) from exc
        check_file(path)
        try:
            raw = sqlite3.connect(path, isolation_level=None)
            try:
                _pragmas(raw)
                schema.migrate(raw, path, target=target_version)
            finally:
                raw.close()
        except sqlite3.OperationalError as exc:
            # Locked, read-only or out of space: the file may be fine.
            raise StoreUnavailable(
                f"cannot open {path}: {exc}", reason="cannot_open", path=path, detail=str(exc)
            ) from exc
        except sqlite3.DatabaseError as exc:
            raise CorruptStore(path, CANNOT_MIGRATE, str(exc)) from exc
        self.engine: Engine = create_engine(f"sqlite:///{path}")
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", _on_begin)
        # Writes take the write lock when they begin (BEGIN IMMEDIATE).  A
        # deferred transaction that reads first and writes later cannot wait
        # for the lock once another thread (the sync service applying a page)
        # has committed since its read: SQLite fails it at once with
        # "database is locked", whatever the busy timeout.
        self._write_engine: Engine = create_engine(f"sqlite:///{path}")
        event.listen(self._write_engine, "connect", _on_connect)
        event.listen(self._write_engine, "begin", _on_begin_immediate)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One SQLite transaction: everything in the block commits, or nothing does."""
        session = Session(self._write_engine, expire_on_commit=False)
        try:
            with session.begin():
                yield session
        except StoreError:
            raise
        except SQLAlchemyError as exc:
            raise StoreWriteFailed(f"local database write failed: {exc}") from exc
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reads (``with db.read() as s``); errors become ``StoreReadFailed``."""
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
        except SQLAlchemyError as exc:
            raise StoreReadFailed(f"local database read failed: {exc}") from exc
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
        self._write_engine.dispose()


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own
    # implicit transactions start too late for SAVEPOINTs and reads).
    dbapi_conn.isolation_level = None
    _pragmas(dbapi_conn)


def _on_begin(conn: Any) -> None:
    conn.exec_driver_sql("begin")


def _on_begin_immediate(conn: Any) -> None:
    conn.exec_driver_sql("begin immediate")


def recover_corrupt(
    path: Path, reason: str, *, detail: str = "", now: datetime | None = None
) -> Recovery:
    """Move a corrupt file (and its WAL/SHM side files) aside; return where."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    moved_to = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while moved_to.exists():
        moved_to = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
        counter += 1
    path.rename(moved_to)
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(moved_to.with_name(moved_to.name + suffix))
    log.warning("moved corrupt local database %s to %s (%s %s)", path, moved_to, reason, detail)
    return Recovery(path=path, moved_to=moved_to, reason=reason, detail=detail)


def open_or_recover(path: Path) -> tuple[Database, Recovery | None]:
    """Open ``path``; if it is corrupt, move it aside and start a fresh one."""
    try:
        return Database(path), None
    except CorruptStore as exc:
        recovery = recover_corrupt(path, exc.reason, detail=exc.detail)
        return Database(path), recovery
