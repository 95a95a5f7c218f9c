"""Apply one op to the local mirror rows — for a new local action, and again
for every still-pending op after a pull replaced the rows it touched.

Each branch uses the rule the server uses (``desktop/rules/merge.py``), so
"server row + pending ops" shows what the server will hold once it has them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import delete
from sqlmodel import Session, col, func, select

from desktop.protocol.ops import (
    EnrollmentSet,
    LessonCompleted,
    LessonOpened,
    NotificationRead,
    Op,
    QuizSubmitted,
    RatingSet,
    SectionProgressed,
    TimeSpent,
)
from desktop.rules import merge
from desktop.rules.hlc import Hlc
from desktop.store.models import (
    CourseRating,
    Enrollment,
    Lesson,
    LessonProgress,
    Notification,
    QuizAttempt,
    TimeIncrement,
    UserAchievement,
)
from desktop.store.replica import quiz_grading


def apply(session: Session, user_id: str, op: Op) -> None:
    if isinstance(op, EnrollmentSet):
        _enrollment(session, user_id, op)
    elif isinstance(op, LessonOpened):
        row = progress_row(session, user_id, op.lesson_id, op.course_id, op.accessed_at)
        row.last_accessed = merge.latest(row.last_accessed, op.accessed_at) or op.accessed_at
        session.add(row)
    elif isinstance(op, SectionProgressed):
        _sections(session, user_id, op)
    elif isinstance(op, TimeSpent):
        _time(session, user_id, op)
    elif isinstance(op, LessonCompleted):
        _complete(session, user_id, op)
    elif isinstance(op, QuizSubmitted):
        _attempt(session, user_id, op)
    elif isinstance(op, RatingSet):
        _rating(session, user_id, op)
    elif isinstance(op, NotificationRead):
        note = session.get(Notification, op.notification_id)
        if note is not None:
            note.is_read = True  # monotone: read never becomes unread
            session.add(note)
    else:
        raise TypeError(f"no local rule for {type(op).__name__}")


LEARNER_MODELS = (
    Enrollment,
    LessonProgress,
    QuizAttempt,
    UserAchievement,
    CourseRating,
    Notification,
)


def rebuild_learner_rows(session: Session, user_id: str, pending: Iterable[Op]) -> None:
    """Drop every learner mirror row and rebuild them from ``pending`` alone.

    Used before a full pull of the learner's rows (reset, or an op the server
    rejected): the pull lays the server's rows back underneath the pending ops.
    """
    for model in LEARNER_MODELS:
        session.execute(delete(model))
    session.flush()
    session.expire_all()
    for op in pending:
        apply(session, user_id, op)


def progress_row(
    session: Session, user_id: str, lesson_id: str, course_id: str, at: datetime
) -> LessonProgress:
    row = session.exec(
        select(LessonProgress).where(
            LessonProgress.user_id == user_id, LessonProgress.lesson_id == lesson_id
        )
    ).first()
    if row is None:
        row = LessonProgress(
            id=str(uuid.uuid4()),
            user_id=user_id,
            lesson_id=lesson_id,
            course_id=course_id,
            last_accessed=at,
            created_at=at,
            updated_at=at,
        )
    return row


def _enrollment(session: Session, user_id: str, op: EnrollmentSet) -> None:
    row = session.exec(
        select(Enrollment).where(
            Enrollment.user_id == user_id, Enrollment.course_id == op.course_id
        )
    ).first()
    if row is None:
        row = Enrollment(
            id=str(uuid.uuid4()),
            user_id=user_id,
            course_id=op.course_id,
            enrolled_at=op.changed_at,
            status=op.status,
            hlc=op.hlc,
        )
    elif merge.later_write(row.hlc, op.hlc):
        # An older op (replayed, or from a slower device) loses.
        row.status, row.hlc = op.status, op.hlc
        row.enrolled_at = min(row.enrolled_at, op.changed_at)
    session.add(row)


def _sections(session: Session, user_id: str, op: SectionProgressed) -> None:
    row = progress_row(session, user_id, op.lesson_id, op.course_id, _now_of(op))
    stamped = {key: {**entry, merge.HLC: op.hlc} for key, entry in op.sections.items()}
    row.section_progress = merge.merge_sections(row.section_progress, stamped)
    if op.lesson_percent is not None:
        row.completion_percentage = merge.completion(row.completion_percentage, op.lesson_percent)
    session.add(row)


def _time(session: Session, user_id: str, op: TimeSpent) -> None:
    row = progress_row(session, user_id, op.lesson_id, op.course_id, op.recorded_at)
    # Not yet acknowledged, so not in server_time_spent_seconds: add on top.
    row.time_spent_seconds += op.seconds
    session.add(row)
    if session.get(TimeIncrement, op.op_id) is None:
        session.add(
            TimeIncrement(
                op_id=op.op_id,
                user_id=user_id or None,
                lesson_id=op.lesson_id,
                course_id=op.course_id,
                seconds=op.seconds,
                recorded_at=op.recorded_at,
            )
        )


def _complete(session: Session, user_id: str, op: LessonCompleted) -> None:
    row = progress_row(session, user_id, op.lesson_id, op.course_id, op.completed_at)
    row.completion_percentage = 100
    row.completed_at = merge.earliest(row.completed_at, op.completed_at)
    session.add(row)
    session.flush()
    refresh_course_progress(session, user_id, op.course_id, op.completed_at)


def refresh_course_progress(session: Session, user_id: str, course_id: str, at: datetime) -> None:
    """Enrollment progress from the lessons completed here (never lowered)."""
    enrollment = session.exec(
        select(Enrollment).where(Enrollment.user_id == user_id, Enrollment.course_id == course_id)
    ).first()
    total = session.exec(
        select(func.count()).select_from(Lesson).where(Lesson.course_id == course_id)
    ).one()
    if enrollment is None or total == 0:
        return
    done = session.exec(
        select(func.count())
        .select_from(LessonProgress)
        .join(Lesson, col(Lesson.id) == col(LessonProgress.lesson_id))
        .where(
            LessonProgress.user_id == user_id,
            Lesson.course_id == course_id,
            LessonProgress.completion_percentage == 100,
        )
    ).one()
    percent = min(100, done * 100 // total)
    enrollment.progress_percentage = merge.completion(enrollment.progress_percentage, percent)
    if enrollment.progress_percentage == 100:
        enrollment.completed_at = merge.earliest(enrollment.completed_at, at)
    session.add(enrollment)


def _attempt(session: Session, user_id: str, op: QuizSubmitted) -> None:
    if session.get(QuizAttempt, op.attempt_id) is not None:
        return  # insert-only: the server's copy, or an earlier apply, stays
    attempt = QuizAttempt(
        id=op.attempt_id,
        user_id=user_id,
        lesson_id=op.lesson_id,
        answers=op.answers,
        time_taken_seconds=op.time_taken_seconds,
        completed_at=op.completed_at,
    )
    quiz_grading.grade_locally(session, attempt)
    session.add(attempt)


def _rating(session: Session, user_id: str, op: RatingSet) -> None:
    row = session.exec(
        select(CourseRating).where(
            CourseRating.user_id == user_id, CourseRating.course_id == op.course_id
        )
    ).first()
    if row is None:
        row = CourseRating(
            id=str(uuid.uuid4()),
            user_id=user_id,
            course_id=op.course_id,
            rating=op.rating,
            review=op.review,
            created_at=op.rated_at,
            updated_at=op.rated_at,
            hlc=op.hlc,
        )
    elif merge.later_write(row.hlc, op.hlc):
        row.rating, row.review, row.hlc = op.rating, op.review, op.hlc
        row.updated_at = op.rated_at
    session.add(row)


def _now_of(op: Op) -> datetime:
    """The op's wall time, for ops whose payload carries no timestamp."""
    return datetime.fromtimestamp(Hlc.decode(op.hlc).wall_ms / 1000, UTC)
