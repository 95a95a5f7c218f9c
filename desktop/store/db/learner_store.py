"""``LearnerStore``: one learner's local database, clock and device identity.

Every local action runs in ``store.write()`` and ends with ``store.record(
session, op)``, which changes the mirror rows AND appends the outbox row in
the same SQLite transaction — so a crash keeps both or neither.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import update
from sqlmodel import Session, col

from desktop.protocol import work
from desktop.protocol.ops import Op
from desktop.rules.hlc import Hlc, HybridClock
from desktop.store.columns import utc_now
from desktop.store.db.database import Database
from desktop.store.errors import ProfileError
from desktop.store.models import OutboxRow, SyncState
from desktop.store.replica import replay
from desktop.store.replica.outbox import enqueue, first_pending_seq

log = logging.getLogger(__name__)

GUEST = None  # user_id of the guest database: its ops are never pushed


def new_id() -> str:
    return str(uuid.uuid4())


def new_device_key() -> str:
    return work.new_key().hex()


class LearnerStore:
    """The store of one learner (``user_id``) or of the guest (``None``)."""

    def __init__(self, db: Database, *, user_id: str | None) -> None:
        self.db = db
        self.user_id = user_id
        with db.transaction() as session:
            state = session.get(SyncState, 1)
            if state is None:
                state = SyncState(
                    id=1, device_id=new_id(), user_id=user_id, device_key=new_device_key()
                )
                session.add(state)
            elif state.user_id != user_id:
                # Never let one learner's work land in (or leave from) another's file.
                raise ProfileError(
                    f"{db.path} belongs to learner {state.user_id!r}, not {user_id!r}",
                    reason="other_learner",
                    path=db.path,
                )
            self.device_id = state.device_id
            last = Hlc.decode(state.clock) if state.clock else None
        self.clock = HybridClock(self.device_id, last=last)

    @property
    def owner(self) -> str:
        """The user id that outbox rows and mirror rows carry ("" for the guest)."""
        return self.user_id or ""

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction; the clock's position is saved with it."""
        with self.db.transaction() as session:
            yield session
            session.execute(
                update(SyncState)
                .where(col(SyncState.id) == 1)
                .values(clock=self.clock.last.encode())
            )

    def stamp(self) -> str:
        return self.clock.tick().encode()

    def observe(self, hlc: str | None) -> None:
        """Fold in a stamp seen in pulled data so later local writes sort after it."""
        if hlc:
            self.clock.observe(Hlc.decode(hlc))

    def record(self, session: Session, op: Op) -> OutboxRow:
        """Apply ``op`` to the mirror and queue it, inside the caller's transaction."""
        replay.apply(session, self.owner, op)
        return enqueue(session, op, user_id=self.user_id, now=utc_now())

    def regenerate_device_id(self) -> str:
        """Give a copied or restored database its own device identity.

        The server deduplicates by (device, seq): a copy pushing under the old
        id would have its ops taken as duplicates and dropped.  Pending ops are
        kept and will be sent under the new id with wire seq 1, 2, ….
        """
        new_device = new_id()
        with self.db.transaction() as session:
            state = session.get(SyncState, 1)
            assert state is not None  # created in __init__
            state.device_id = new_device
            state.last_seq_acknowledged = 0
            state.seq_base = first_pending_seq(session) - 1
            # A key per device id: a copy that took its own id signs with its own.
            state.device_key = new_device_key()
            state.key_registered_for = None
            session.add(state)
        log.info("local database %s got a new device id", self.db.path)
        self.device_id = new_device
        self.clock = HybridClock(new_device, last=self.clock.last)
        return new_device

    def sync_state(self) -> SyncState:
        with self.db.read() as session:
            state = session.get(SyncState, 1)
            assert state is not None
            return state

    def close(self) -> None:
        self.db.close()
