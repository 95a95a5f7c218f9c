"""Local actions that are not studying: rating a course, reading a notification."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import select

from desktop.protocol.ops import NotificationRead, RatingSet
from desktop.store.columns import utc_now
from desktop.store.db.learner_store import LearnerStore, new_id
from desktop.store.errors import InvalidAction, NotEnrolled, NotFound
from desktop.store.models import CourseRating, Enrollment, Notification

MAX_REVIEW_CHARS = 5000


def rate_course(
    store: LearnerStore,
    course_id: str,
    rating: int,
    review: str | None = None,
    *,
    at: datetime | None = None,
) -> CourseRating:
    """Rate 1–5 with an optional review; only an enrolled learner may rate."""
    if not 1 <= rating <= 5:
        raise InvalidAction(f"a rating is 1 to 5 stars, not {rating}")
    if review is not None and len(review) > MAX_REVIEW_CHARS:
        raise InvalidAction(f"a review is at most {MAX_REVIEW_CHARS} characters")
    with store.write() as session:
        enrollment = session.exec(
            select(Enrollment).where(
                Enrollment.user_id == store.owner, Enrollment.course_id == course_id
            )
        ).first()
        if enrollment is None or enrollment.status != "active":
            raise NotEnrolled(f"enroll in course {course_id} before rating it")
        store.record(
            session, RatingSet(new_id(), store.stamp(), course_id, rating, review, at or utc_now())
        )
        session.flush()
        row = session.exec(
            select(CourseRating).where(
                CourseRating.user_id == store.owner, CourseRating.course_id == course_id
            )
        ).one()
        return row


def mark_notification_read(
    store: LearnerStore, notification_id: str, *, at: datetime | None = None
) -> None:
    with store.write() as session:
        note = session.get(Notification, notification_id)
        if note is None:
            raise NotFound(f"notification {notification_id} is not in the local store")
        if note.is_read:
            return  # nothing to tell the server
        store.record(
            session, NotificationRead(new_id(), store.stamp(), notification_id, at or utc_now())
        )
