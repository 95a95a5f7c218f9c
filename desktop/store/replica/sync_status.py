"""What the sync engine and ``lantern status --json`` need from the store:
which scopes to pull, where each cursor stands, and the last outcome."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import col, select

from desktop.store.columns import to_text, utc_now
from desktop.store.db import schema
from desktop.store.models import (
    Course,
    CourseDownload,
    Enrollment,
    Profile,
    SyncCursor,
    SyncState,
)
from desktop.store.models.local import (
    AVAILABLE_OFFLINE,
    DOWNLOADING,
    REMOVED,
    UPDATE_AVAILABLE,
)
from desktop.store.replica.outbox import Outbox
from desktop.store.replica.teaching import PREFIX as TEACHING_PREFIX
from desktop.store.replica.teaching import teaching_scope

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
    # the last cycle's failure: its code (SyncError.reason), or the sentence an older
    # Lantern stored; None after a success.  The detail and status are its data.
    last_error: str | None
    cursors: dict[str, str | None]
    last_error_detail: str | None = None
    last_error_status: int | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["last_sync_at"] = to_text(self.last_sync_at) if self.last_sync_at else None
        return data


TEACHER_ROLES = ("instructor", "admin")


def scopes_to_pull(store: LearnerStore) -> list[str]:
    """Catalogue, the learner's own rows, each enrolled, downloaded or taught
    course, and the class of each course the owner teaches.

    A course seen for the first time has no cursor, so its pull starts at zero
    and brings the content written before the enrollment.  A teacher's own
    course's content comes too (the Class view names its quiz questions).
    """
    classes = taught_classes(store)
    return [*_study_scopes(store, classes), *(teaching_scope(c) for c in classes)]


def taught_classes(store: LearnerStore) -> list[str]:
    """Every course an instructor (or admin) teaches, and any other class
    already pulled here (an admin's ``lantern class``).

    The server is the judge (``can_manage_course``): a teaching scope it
    refuses is dropped with its rows (``forget_class``), so it is not asked again.
    """
    if not store.user_id:
        return []
    with store.db.read() as session:
        profile = session.get(Profile, store.user_id)
        if profile is None or profile.role not in TEACHER_ROLES:
            return []
        taught = set(session.exec(select(Course.id).where(Course.instructor_id == store.user_id)))
        pulled = {
            scope.removeprefix(TEACHING_PREFIX)
            for scope in session.exec(
                select(SyncCursor.scope).where(col(SyncCursor.scope).startswith(TEACHING_PREFIX))
            )
        }
    return sorted(taught | pulled)


def _study_scopes(store: LearnerStore, taught: list[str]) -> list[str]:
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
        known = set(session.exec(select(Course.id).where(col(Course.id).in_(taught))))
    # a course whose download the learner removed stays off this laptop
    wanted = ((enrolled | known) - removed) | downloaded
    courses = [course_scope(c) for c in sorted(wanted)]
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
        cursors=dict(sorted(cursors.items())),
        **_read_error(state.last_error),
    )


def record_sync_result(
    store: LearnerStore,
    *,
    error: str | None = None,
    detail: str = "",
    status: int | None = None,
    at: datetime | None = None,
) -> None:
    """A finished cycle: success stamps last_sync_at and clears the error; a failure
    keeps its code (``error``: ``SyncError.reason``) and data, never a sentence."""
    with store.write() as session:
        state = session.get(SyncState, 1)
        assert state is not None
        if error is None:
            state.last_sync_at = at or utc_now()
        state.last_error = _error_text(error, detail, status)
        session.add(state)


def _error_text(code: str | None, detail: str, status: int | None) -> str | None:
    """The stored form of a failure: the bare code, or with data a JSON object."""
    if code is None or (not detail and status is None):
        return code
    return json.dumps({"reason": code, "detail": detail, "status": status}, ensure_ascii=False)


def _read_error(text: str | None) -> dict[str, Any]:
    """StoreStatus's last_error fields from the stored text (a code, a JSON object
    with its data, or an older Lantern's sentence: kept as it is)."""
    if text and text.startswith("{"):
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if isinstance(data, dict) and isinstance(data.get("reason"), str):
            status = data.get("status")
            return {
                "last_error": data["reason"],
                "last_error_detail": str(data.get("detail") or "") or None,
                "last_error_status": status if isinstance(status, int) else None,
            }
    return {"last_error": text}
