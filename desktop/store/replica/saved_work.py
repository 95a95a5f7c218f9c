"""Saved work on the laptop that made it (desktop/protocol/work.py).

* the device key: registered with the server by the next sync after a new
  device id (``key_to_register`` / ``record_key_registered``);
* ``save_work``: every pending op of the store's learner, signed, with each
  chunk remembered by its MAC; the ops stay pending (the file may never
  arrive) until the server's answer reaches this laptop;
* ``write_saved_work`` / ``read_saved_work``: the file, written atomically, owner-only;
* ``chunks_to_settle`` / ``record_delivered``: the next sync asks the server
  what was delivered for this device and records those answers exactly as
  if its own push had got them, so nothing is sent twice.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session, col, select

from desktop.protocol import work
from desktop.store.db.database import Database
from desktop.store.models import SavedWorkChunk, SyncState
from desktop.store.replica.outbox import Outbox, _acknowledge, _base, _reject


class NotReadyToSave(Exception):
    """Saving is not possible yet; ``code`` says why (the UI words it):
    ``guest`` (guest work is never sent), ``key_not_registered`` (the laptop
    has not been online since it got its key), ``nothing_waiting``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class KeyToRegister:
    device_id: str
    key: str  # hex


@dataclass(frozen=True)
class Settled:
    acknowledged: int
    rejected: int
    chunks: int


def _state(session: Session) -> SyncState:
    state = session.get(SyncState, 1)
    assert state is not None  # LearnerStore creates it
    return state


def key_to_register(db: Database) -> KeyToRegister | None:
    """This device's key, while the server does not hold it for its current id."""
    with db.transaction() as session:
        state = _state(session)
        if state.user_id is None:
            return None
        if state.device_key is None:  # a database from before keys
            state.device_key = work.new_key().hex()
            session.add(state)
        if state.key_registered_for == state.device_id:
            return None
        return KeyToRegister(state.device_id, state.device_key)


def record_key_registered(db: Database, device_id: str, key: str, server_id: str) -> None:
    """The server holds ``key`` for ``device_id`` (ignored if either changed since)."""
    with db.transaction() as session:
        state = _state(session)
        if state.device_id == device_id and state.device_key == key:
            state.key_registered_for = device_id
            state.server_id = server_id
            session.add(state)


def forget_key_registration(db: Database) -> None:
    """The server may no longer hold this device's key or be the one it was
    (restored from a backup, or another database at the same address): the
    next sync registers the key again and learns the server's id anew."""
    with db.transaction() as session:
        state = _state(session)
        if state.key_registered_for is not None:
            state.key_registered_for = None
            session.add(state)


def save_work(db: Database, *, server_url: str, learner_name: str, now: datetime) -> work.SavedWork:
    """Every pending op of the store's learner, signed; NotReadyToSave if none
    or if the key cannot be verified by the server yet."""
    with db.transaction() as session:
        state = _state(session)
        if state.user_id is None:
            raise NotReadyToSave("guest")
        if (
            state.device_key is None
            or state.server_id is None
            or state.key_registered_for != state.device_id
        ):
            raise NotReadyToSave("key_not_registered")
        ops = Outbox(db, state.user_id).pending(limit=1 << 62, max_bytes=1 << 62)
        if not ops:
            raise NotReadyToSave("nothing_waiting")
        saved = work.build(
            bytes.fromhex(state.device_key),
            server_id=state.server_id,
            server_url=server_url,
            device_id=state.device_id,
            user_id=state.user_id,
            learner_name=learner_name,
            saved_at=now.isoformat(),
            ops=[op.wire() for op in ops],
        )
        for chunk in saved.chunks:
            session.merge(
                SavedWorkChunk(
                    mac=chunk.mac,
                    device_id=chunk.device_id,
                    first_seq=chunk.first_seq,
                    last_seq=chunk.last_seq,
                    saved_at=now,
                )
            )
        return saved


def _first_pending_wire_seq(session: Session, user_id: str) -> int | None:
    oldest = session.execute(
        text("select min(seq) from outbox where state = 'pending' and user_id = :user"),
        {"user": user_id},
    ).scalar()
    return None if oldest is None else int(oldest) - _base(session)


def chunks_to_settle(db: Database) -> int | None:
    """The first pending wire seq if a saved chunk of this device id still
    covers pending work (the server may have its answers), else None; chunks
    whose work has left the queue anyway are marked settled."""
    with db.transaction() as session:
        state = _state(session)
        if state.user_id is None:
            return None
        first = _first_pending_wire_seq(session, state.user_id)
        open_chunks = list(
            session.exec(
                select(SavedWorkChunk).where(
                    col(SavedWorkChunk.settled).is_(False),
                    col(SavedWorkChunk.device_id) == state.device_id,
                )
            )
        )
        waiting = False
        for chunk in open_chunks:
            if first is None or chunk.last_seq < first:
                chunk.settled = True
                session.add(chunk)
            else:
                waiting = True
        return first if waiting else None


def record_delivered(db: Database, delivered: Sequence[work.Delivered]) -> Settled:
    """Record the server's answers to chunks someone delivered for this device.

    Only chunks this laptop saved (by MAC) count, in seq order, and only while
    they start at or before the first pending op: a chunk that starts later
    leaves a gap that the laptop's own push fills first.  One transaction.
    """
    acknowledged = rejected = chunks = 0
    with db.transaction() as session:
        state = _state(session)
        assert state.user_id is not None
        mine = {
            chunk.mac: chunk
            for chunk in session.exec(
                select(SavedWorkChunk).where(col(SavedWorkChunk.device_id) == state.device_id)
            )
        }
        for item in sorted(delivered, key=lambda d: d.first_seq):
            saved = mine.get(item.mac)
            first = _first_pending_wire_seq(session, state.user_id)
            if saved is None or first is None:
                continue
            if item.first_seq > first:
                break
            for seq, reason in item.reply.rejected:
                if seq >= first:
                    _reject(session, state.user_id, seq, reason)
                    rejected += 1
            acknowledged += _acknowledge(session, item.last_seq)
            saved.settled = True
            session.add(saved)
            chunks += 1
    return Settled(acknowledged, rejected, chunks)


def write_saved_work(path: Path, saved: work.SavedWork) -> None:
    """Write ``saved`` to ``path`` atomically and owner-only (it is the
    learner's work): a kill mid-write leaves the old file or none, never half.
    ``OSError`` with the file system's reason when it cannot be written."""
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(work.dumps(saved))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


MAX_FILE_BYTES = 256 * 1024 * 1024  # far above any week offline; a bigger file is not ours


def read_saved_work(path: Path) -> work.SavedWork:
    """The saved work in ``path``: ``OSError`` if it cannot be read,
    ``SavedWorkError`` whose code says what is wrong with its content."""
    path = Path(path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise work.SavedWorkError(work.TOO_LARGE)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise work.SavedWorkError(work.NOT_TEXT) from None
    return work.loads(text)
