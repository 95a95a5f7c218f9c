"""What the sync engine and ``lantern status --json`` need from the store:
which scopes to pull, where each cursor stands, and the last outcome."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import col, select

from desktop.store.columns import to_text, utc_now
from desktop.store.db import schema
from desktop.store.models import CourseDownload, Enrollment, SyncCursor, SyncState
from desktop.store.models.local import (
    AVAILABLE_OFFLINE,
    DOWNLOADING,
    REMOVED,
    UPDATE_AVAILABLE,
)
from desktop.store.replica.outbox import Outbox

if TYPE_CHECKING:  # annotations only: db imports the replica at load time
    from desktop.store.db.learner_store import LearnerStore

CATALOGUE = "catalogue"
LEARNER = "learner"


def course_scope(course_id: str) -> str:
    return f"course:{course_id}"


@dataclass(frozen=True)
class StoreStatus:
    user_id: str | None
    device_id: str
    schema_version: int
    pending: int
    rejected: int
    sent: int
    last_seq_acknowledged: int
    last_sync_at: datetime | None
    last_error: str | None
    cursors: dict[str, str | None]

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["last_sync_at"] = to_text(self.last_sync_at) if self.last_sync_at else None
        return data


def scopes_to_pull(store: LearnerStore) -> list[str]:
    """Catalogue, the learner's own rows, and each enrolled or downloaded course.

    A course seen for the first time has no cursor, so its pull starts at zero
    and brings the content written before the enrollment.
    """
    with store.db.read() as session:
        enrolled = set(
            session.exec(
                select(Enrollment.course_id).where(
                    Enrollment.user_id == store.owner, Enrollment.status == "active"
                )
            )
        )
        downloaded = set(
            session.exec(
                select(CourseDownload.course_id).where(
                    col(CourseDownload.state).in_(
                        (AVAILABLE_OFFLINE, UPDATE_AVAILABLE, DOWNLOADING)
                    )
                )
            )
        )
        removed = set(
            session.exec(select(CourseDownload.course_id).where(CourseDownload.state == REMOVED))
        )
    # a course whose download the learner removed stays off this laptop
    courses = [course_scope(c) for c in sorted((enrolled - removed) | downloaded)]
    return [CATALOGUE, LEARNER, *courses] if store.user_id else [CATALOGUE, *courses]


def store_status(store: LearnerStore) -> StoreStatus:
    counts = Outbox(store.db, store.user_id).counts()
    with store.db.read() as session:
        state = session.get(SyncState, 1)
        assert state is not None  # created when the store opened
        cursors = {c.scope: c.cursor for c in session.exec(select(SyncCursor))}
    return StoreStatus(
        user_id=store.user_id,
        device_id=state.device_id,
        schema_version=schema.LATEST,
        pending=counts.pending,
        rejected=counts.rejected,
        sent=counts.sent,
        last_seq_acknowledged=state.last_seq_acknowledged,
        last_sync_at=state.last_sync_at,
        last_error=state.last_error,
        cursors=dict(sorted(cursors.items())),
    )


def record_sync_result(
    store: LearnerStore, *, error: str | None = None, at: datetime | None = None
) -> None:
    """A finished cycle: success stamps last_sync_at and clears the error."""
    with store.write() as session:
        state = session.get(SyncState, 1)
        assert state is not None
        if error is None:
            state.last_sync_at = at or utc_now()
        state.last_error = error
        session.add(state)
