"""The "Pending changes" list: each queued op in the learner's words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from desktop.rules.durations import duration
from desktop.store.db.learner_store import LearnerStore
from desktop.store.models import Course, Lesson, OutboxRow
from desktop.store.models.local import PENDING, REJECTED


@dataclass(frozen=True)
class PendingChange:
    seq: int
    description: str
    state: str  # "pending" | "rejected"
    created_at: datetime
    reason: str | None  # why the server refused it, or the last push error


def pending_changes(store: LearnerStore) -> list[PendingChange]:
    """Ops not yet acknowledged, and ops the server refused, oldest first."""
    with store.db.read() as session:
        rows = session.exec(
            select(OutboxRow)
            .where(col(OutboxRow.state).in_((PENDING, REJECTED)))
            .where(
                OutboxRow.user_id == store.user_id
                if store.user_id
                else col(OutboxRow.user_id).is_(None)
            )
            .order_by(col(OutboxRow.seq))
        ).all()
        return [
            PendingChange(r.seq or 0, describe(session, r), r.state, r.created_at, r.last_error)
            for r in rows
        ]


def describe(session: Session, row: OutboxRow) -> str:
    p = row.payload
    lesson = _lesson(session, p.get("lesson_id"))
    course = _course(session, p.get("course_id"))
    if row.kind == "enrollment.set":
        return f"Enrolled in {course}" if p.get("status") == "active" else f"Left {course}"
    if row.kind == "progress.open":
        return f"Opened {lesson}"
    if row.kind == "progress.section":
        return f"Progress in {lesson}"
    if row.kind == "progress.time":
        return f"{duration(int(p.get('seconds', 0)))} of study, {lesson}"
    if row.kind == "progress.complete":
        return f"{lesson} completed"
    if row.kind == "quiz.submit":
        return f"Quiz attempt, {lesson}"
    if row.kind == "rating.set":
        return f"Rated {course} {p.get('rating')}/5"
    if row.kind == "notification.read":
        return "Notification marked as read"
    return f"Change of kind {row.kind}"


def _lesson(session: Session, lesson_id: object) -> str:
    lesson = session.get(Lesson, lesson_id) if isinstance(lesson_id, str) else None
    if lesson is None:
        return "a lesson"
    return f"Lesson {lesson.order_index} “{lesson.title}”"


def _course(session: Session, course_id: object) -> str:
    course = session.get(Course, course_id) if isinstance(course_id, str) else None
    return f"“{course.title}”" if course is not None else "a course"
