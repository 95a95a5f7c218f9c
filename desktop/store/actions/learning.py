"""Local actions about studying: enroll, open a lesson, progress, time, completion.

Each action is one transaction that changes the mirror rows and queues its op
(``LearnerStore.record``); none needs the network.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlmodel import Session

from desktop.protocol.ops import (
    EnrollmentSet,
    LessonCompleted,
    LessonOpened,
    SectionProgressed,
    TimeSpent,
)
from desktop.store.columns import utc_now
from desktop.store.db.learner_store import LearnerStore, new_id
from desktop.store.errors import InvalidAction, NotFound
from desktop.store.models import Course, Lesson, LessonProgress
from desktop.store.replica.replay import progress_row

ACTIVE = "active"
UNENROLLED = "unenrolled"
MAX_INCREMENT_SECONDS = 24 * 3600


def enroll(store: LearnerStore, course_id: str, *, at: datetime | None = None) -> None:
    _set_enrollment(store, course_id, ACTIVE, at)


def unenroll(store: LearnerStore, course_id: str, *, at: datetime | None = None) -> None:
    """Unenrolling is a value (status "unenrolled"), never a delete: progress stays."""
    _set_enrollment(store, course_id, UNENROLLED, at)


def _set_enrollment(store: LearnerStore, course_id: str, status: str, at: datetime | None) -> None:
    with store.write() as session:
        if session.get(Course, course_id) is None:
            raise NotFound(f"course {course_id} is not in the local catalogue")
        store.record(
            session,
            EnrollmentSet(new_id(), store.stamp(), course_id, status, at or utc_now()),
        )


def open_lesson(
    store: LearnerStore, lesson_id: str, *, at: datetime | None = None
) -> LessonProgress:
    with store.write() as session:
        lesson = _lesson(session, lesson_id)
        op = LessonOpened(new_id(), store.stamp(), lesson_id, lesson.course_id, at or utc_now())
        store.record(session, op)
        return _progress(session, store, lesson)


def record_section_progress(
    store: LearnerStore,
    lesson_id: str,
    sections: Mapping[str, Mapping[str, Any]],
    *,
    lesson_percent: int | None = None,
) -> LessonProgress:
    """``sections``: {"<key>": {"percent": 0..100, ...}}; merged per key."""
    for key, entry in sections.items():
        percent = entry.get("percent", 0)
        if not isinstance(percent, int) or not 0 <= percent <= 100:
            raise InvalidAction(f"section {key!r}: percent must be 0–100, not {percent!r}")
    if lesson_percent is not None and not 0 <= lesson_percent <= 100:
        raise InvalidAction(f"lesson percent must be 0–100, not {lesson_percent}")
    with store.write() as session:
        lesson = _lesson(session, lesson_id)
        op = SectionProgressed(
            new_id(),
            store.stamp(),
            lesson_id,
            lesson.course_id,
            {key: dict(entry) for key, entry in sections.items()},
            lesson_percent,
        )
        store.record(session, op)
        return _progress(session, store, lesson)


def record_time_spent(
    store: LearnerStore, lesson_id: str, seconds: int, *, at: datetime | None = None
) -> LessonProgress:
    """One increment with its own op id: the server adds it exactly once."""
    if not 0 < seconds <= MAX_INCREMENT_SECONDS:
        raise InvalidAction(f"time spent must be 1 s to 24 h, not {seconds}")
    with store.write() as session:
        lesson = _lesson(session, lesson_id)
        op = TimeSpent(
            new_id(), store.stamp(), lesson_id, lesson.course_id, seconds, at or utc_now()
        )
        store.record(session, op)
        return _progress(session, store, lesson)


def complete_lesson(
    store: LearnerStore, lesson_id: str, *, at: datetime | None = None
) -> LessonProgress:
    with store.write() as session:
        lesson = _lesson(session, lesson_id)
        op = LessonCompleted(new_id(), store.stamp(), lesson_id, lesson.course_id, at or utc_now())
        store.record(session, op)
        return _progress(session, store, lesson)


def _lesson(session: Session, lesson_id: str) -> Lesson:
    lesson = session.get(Lesson, lesson_id)
    if lesson is None:
        raise NotFound(f"lesson {lesson_id} is not in the local store")
    return lesson


def _progress(session: Session, store: LearnerStore, lesson: Lesson) -> LessonProgress:
    session.flush()
    return progress_row(session, store.owner, lesson.id, lesson.course_id, utc_now())
