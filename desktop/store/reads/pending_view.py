"""The "Pending changes" list: each queued op as data the UI words.

What an op did is a :class:`ChangeWhat`: the op's kind and what it names (the
lesson's position and title, the course's title, the seconds studied, the
rating…), read from the store; ``desktop.ui.pages.pending`` words it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from desktop.store.db.learner_store import LearnerStore
from desktop.store.models import Course, Lesson, OutboxRow
from desktop.store.models.local import PENDING, REJECTED


@dataclass(frozen=True)
class LessonRef:
    """A lesson an op names, as this computer knows it."""

    position: int  # the lesson's order_index in its course ("Lesson 3")
    title: str  # the course's own words


@dataclass(frozen=True)
class ChangeWhat:
    """What one queued op did: ``kind`` is the op's kind (``desktop.protocol.ops``:
    ``"enrollment.set"``, ``"progress.time"``…), the other fields what it names.

    ``lesson`` and ``course_title`` are None when the op names none, or names one
    this computer does not have (any more)."""

    kind: str
    lesson: LessonRef | None = None
    course_title: str | None = None
    enrolled: bool = True  # enrollment.set: joined (True) or left the course
    seconds: int = 0  # progress.time: the time studied
    percent: int | None = None  # progress.section: the lesson's percentage, when given
    rating: int | None = None  # rating.set: 1..5


@dataclass(frozen=True)
class PendingChange:
    seq: int
    what: ChangeWhat
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


def describe(session: Session, row: OutboxRow) -> ChangeWhat:
    """What ``row``'s op did, with the lesson and course it names as read here."""
    p = row.payload
    return ChangeWhat(
        kind=row.kind,
        lesson=_lesson(session, p.get("lesson_id")),
        course_title=_course(session, p.get("course_id")),
        enrolled=p.get("status", "active") == "active",
        seconds=_whole(p.get("seconds")) or 0,
        percent=_whole(p.get("lesson_percent")),
        rating=_whole(p.get("rating")),
    )


def _whole(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value)


def _lesson(session: Session, lesson_id: object) -> LessonRef | None:
    lesson = session.get(Lesson, lesson_id) if isinstance(lesson_id, str) else None
    return LessonRef(lesson.order_index, lesson.title) if lesson is not None else None


def _course(session: Session, course_id: object) -> str | None:
    course = session.get(Course, course_id) if isinstance(course_id, str) else None
    return course.title if course is not None else None
