"""``reset_required``: the server pruned tombstones this device never saw, so
the scope is pulled again from zero — and rows it no longer has must go.

* ``learner``: every mirror row of the learner is dropped and rebuilt at once
  from the ops still pending (so the learner's unsent work stays on screen);
  the full pull then lays the server's rows underneath them.
* ``course:<id>``: the course's lessons go (bodies and questions follow by
  cascade); the course row itself belongs to the catalogue scope.
* ``catalogue``: only the cursor is reset.  A course deleted on the server
  while this device was away stays listed until its course scope is reset
  or it is deleted again (catalogue rows are cheap to keep, and dropping them
  would take every downloaded course down with them).
"""

from __future__ import annotations

import logging

from sqlalchemy import delete
from sqlmodel import col, select

from desktop.store import replay
from desktop.store.columns import utc_now
from desktop.store.models import (
    CourseRating,
    Enrollment,
    Lesson,
    LessonProgress,
    Notification,
    QuizAnswerKey,
    QuizAttempt,
    QuizQuestion,
    SyncCursor,
    UserAchievement,
)
from desktop.store.outbox import pending_ops
from desktop.store.store import LearnerStore

log = logging.getLogger(__name__)

LEARNER_MODELS = (Enrollment, LessonProgress, QuizAttempt, UserAchievement, CourseRating,
                  Notification)


def reset_scope(store: LearnerStore, scope: str) -> None:
    """Forget the scope's cursor and drop what a full pull will bring back."""
    with store.write() as session:
        if scope in ("learner", "me"):
            for model in LEARNER_MODELS:
                session.execute(delete(model))
            session.flush()
            for op in pending_ops(session, store.user_id):
                replay.apply(session, store.owner, op)
        elif scope.startswith("course:"):
            course_id = scope.removeprefix("course:")
            lessons = select(Lesson.id).where(Lesson.course_id == course_id)
            questions = select(QuizQuestion.id).where(col(QuizQuestion.lesson_id).in_(lessons))
            session.execute(delete(QuizAnswerKey).where(
                col(QuizAnswerKey.question_id).in_(questions)))
            session.execute(delete(Lesson).where(col(Lesson.course_id) == course_id))
        session.merge(SyncCursor(scope=scope, cursor=None, updated_at=utc_now()))
    log.info("scope %s reset: it will be pulled again from the start", scope)
