"""The learner's actions as ops on the task runner, over the local store.

Each public method queues one store write on the runner's single write
thread and returns at once; the op returns a :class:`Changes` that the runner
broadcasts, so the screens refresh what they show.  :class:`LearnerOps` is also
the :class:`StudyRecorder` the lesson and quiz pages record into.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from desktop.store import actions
from desktop.store.db import LearnerStore
from desktop.ui.operations.changes import Changes
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.viewdata import QuizAttemptSummary

log = logging.getLogger(__name__)

PROGRESS = Changes(progress=True, outbox=True, dashboard=True)


class LearnerOps:
    recording = True

    def __init__(
        self,
        store: LearnerStore,
        runner: TaskRunner,
        *,
        on_error: Callable[[Exception], None] | None = None,
        receiver: QObject | None = None,
    ) -> None:
        """``receiver``: what ``on_error`` shows errors in; once it is deleted,
        a write still lands but its error is only logged."""
        self.store = store
        self.runner = runner
        self.on_error = on_error
        self.receiver = receiver

    def _write(
        self,
        fn: Callable[[LearnerStore], Changes],
        on_done: Callable[[Changes], None] | None = None,
    ) -> None:
        store = self.store

        def run() -> Changes:
            return fn(store)

        self.runner.submit(
            run, on_success=on_done, on_failure=self._failed, write=True, receiver=self.receiver
        )

    def _failed(self, exc: Exception) -> None:
        log.warning("learner op failed: %s", exc)
        if self.on_error is not None:
            self.on_error(exc)

    # course -------------------------------------------------------------------
    def set_enrolled(self, course_id: str, enrolled: bool) -> None:
        def op(store: LearnerStore) -> Changes:
            if enrolled:
                actions.enroll(store, course_id)
            else:
                actions.unenroll(store, course_id)
            return Changes(enrollment=True, catalogue=True, outbox=True, dashboard=True)

        self._write(op)

    def rate(self, course_id: str, stars: int, review: str) -> None:
        def op(store: LearnerStore) -> Changes:
            actions.rate_course(store, course_id, stars, review or None)
            return Changes(catalogue=True, outbox=True)

        self._write(op)

    def mark_notifications_read(self, ids: list[str], initiator: object | None = None) -> None:
        """``initiator``: the view that already shows them read (it skips its refresh)."""

        def op(store: LearnerStore) -> Changes:
            for notification_id in ids:
                actions.mark_notification_read(store, notification_id)
            return Changes(notifications=True, outbox=True, initiator=initiator)

        self._write(op)

    def open_lesson(self, lesson_id: str) -> None:
        def op(store: LearnerStore) -> Changes:
            actions.open_lesson(store, lesson_id)
            return Changes(outbox=True)

        self._write(op)

    # StudyRecorder --------------------------------------------------------------
    def record_sections(self, lesson_id: str, progress: dict[str, float]) -> None:
        sections = {
            key: {"percent": max(0, min(100, round(value * 100)))}
            for key, value in progress.items()
        }

        def op(store: LearnerStore) -> Changes:
            actions.record_section_progress(store, lesson_id, sections)
            return PROGRESS

        self._write(op)

    def record_media(self, lesson_id: str, key: str, entry: dict[str, Any]) -> None:
        """A video's or sound's progress: a section of its own (watching.Watched)."""
        sections = {key: dict(entry)}

        def op(store: LearnerStore) -> Changes:
            actions.record_section_progress(store, lesson_id, sections)
            return PROGRESS

        self._write(op)

    def record_time(self, lesson_id: str, seconds: int) -> None:
        def op(store: LearnerStore) -> Changes:
            actions.record_time_spent(store, lesson_id, seconds)
            return PROGRESS

        self._write(op)

    def complete_lesson(self, lesson_id: str) -> None:
        def op(store: LearnerStore) -> Changes:
            actions.complete_lesson(store, lesson_id)
            return PROGRESS | Changes(catalogue=True, enrollment=True)

        self._write(op)

    def record_quiz_attempt(
        self,
        lesson_id: str,
        answers: dict[str, dict[str, object]],
        time_taken_seconds: int,
        summary: QuizAttemptSummary,
    ) -> None:
        def op(store: LearnerStore) -> Changes:
            actions.submit_quiz_attempt(
                store,
                lesson_id,
                answers,
                time_taken_seconds=time_taken_seconds,
                at=summary.completed_at,
                attempt_id=summary.id,
            )
            return Changes(quiz=True, outbox=True, dashboard=True)

        self._write(op)
