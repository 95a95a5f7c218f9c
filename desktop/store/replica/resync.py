"""``reset_required``: the server pruned tombstones this device never saw, so
the scope is pulled again from zero — and rows it no longer has must go.

* ``learner``: every mirror row of the learner is dropped and rebuilt at once
  from the ops still pending (so the learner's unsent work stays on screen);
  the full pull then lays the server's rows underneath them.
* ``course:<id>``: the course's lessons go (bodies and questions follow by
  cascade); the course row itself belongs to the catalogue scope.
* ``catalogue``: achievements and the courses this device keeps no course
  scope for (not enrolled, not downloaded) go; enrolled and downloaded
  courses stay so their offline content survives until the pull refreshes it.
* ``teaching:<id>``: the class's members, progress rows and attempts go.

``forget_course`` is for a course the learner left or removed from the
device (docs/sync-protocol.md, "Scope rules"): its content, download state,
cached image records and cursor go; the catalogue row stays.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import delete
from sqlmodel import Session, col, select

from desktop.store.columns import utc_now
from desktop.store.models import (
    Achievement,
    CachedImage,
    Course,
    CourseDownload,
    Lesson,
    QuizAnswerKey,
    QuizQuestion,
    QuizQuestionVersion,
    SyncCursor,
)
from desktop.store.replica import replay
from desktop.store.replica.outbox import pending_ops
from desktop.store.replica.sync_status import scopes_to_pull
from desktop.store.replica.teaching import course_of, drop_class, is_teaching

if TYPE_CHECKING:  # annotations only: db imports the replica at load time
    from desktop.store.db.learner_store import LearnerStore

log = logging.getLogger(__name__)


def reset_scope(store: LearnerStore, scope: str) -> None:
    """Forget the scope's cursor and drop what a full pull will bring back."""
    kept = [s.removeprefix("course:") for s in scopes_to_pull(store) if s.startswith("course:")]
    with store.write() as session:
        if scope in ("learner", "me"):
            replay.rebuild_learner_rows(session, store.owner, pending_ops(session, store.user_id))
        elif scope.startswith("course:"):
            _drop_course_content(session, scope.removeprefix("course:"))
        elif is_teaching(scope):
            drop_class(session, course_of(scope))
        elif scope == "catalogue":
            session.execute(delete(Achievement))
            session.execute(delete(Course).where(col(Course.id).not_in(kept)))
        session.merge(SyncCursor(scope=scope, cursor=None, updated_at=utc_now()))
    log.info("scope %s reset: it will be pulled again from the start", scope)


def forget_course(store: LearnerStore, course_id: str) -> None:
    with store.write() as session:
        _drop_course_content(session, course_id)
        session.execute(delete(CourseDownload).where(col(CourseDownload.course_id) == course_id))
        session.execute(delete(CachedImage).where(col(CachedImage.course_id) == course_id))
        session.execute(delete(SyncCursor).where(col(SyncCursor.scope) == f"course:{course_id}"))


def _drop_course_content(session: Session, course_id: str) -> None:
    """Lessons (bodies and questions by cascade), versions and keys of one course."""
    lessons = select(Lesson.id).where(Lesson.course_id == course_id)
    questions = select(QuizQuestion.id).where(col(QuizQuestion.lesson_id).in_(lessons))
    session.execute(delete(QuizAnswerKey).where(col(QuizAnswerKey.question_id).in_(questions)))
    session.execute(
        delete(QuizQuestionVersion).where(col(QuizQuestionVersion.question_id).in_(questions))
    )
    session.execute(delete(Lesson).where(col(Lesson.course_id) == course_id))
