"""Where reading and quiz activity goes: the learner's store, or nowhere.

The lesson and quiz views call a :class:`StudyRecorder`; the app passes one
that runs store ops, and the instructor preview passes :class:`PreviewRecorder`,
which records nothing — preview activity is never recorded, synced or counted
towards points (issue #6).
"""

from __future__ import annotations

from typing import Any, Protocol

from desktop.ui.viewdata import QuizAttemptSummary


class StudyRecorder(Protocol):
    @property
    def recording(self) -> bool: ...

    def record_sections(self, lesson_id: str, progress: dict[str, float]) -> None: ...

    def record_time(self, lesson_id: str, seconds: int) -> None: ...

    def record_media(self, lesson_id: str, key: str, entry: dict[str, Any]) -> None: ...

    def complete_lesson(self, lesson_id: str) -> None: ...

    def record_quiz_attempt(
        self,
        lesson_id: str,
        answers: dict[str, dict[str, object]],
        time_taken_seconds: int,
        summary: QuizAttemptSummary,
    ) -> None: ...


class PreviewRecorder:
    """Accepts everything and keeps nothing (instructor preview)."""

    recording = False

    def record_sections(self, lesson_id: str, progress: dict[str, float]) -> None:
        pass

    def record_time(self, lesson_id: str, seconds: int) -> None:
        pass

    def record_media(self, lesson_id: str, key: str, entry: dict[str, Any]) -> None:
        pass

    def complete_lesson(self, lesson_id: str) -> None:
        pass

    def record_quiz_attempt(
        self,
        lesson_id: str,
        answers: dict[str, dict[str, object]],
        time_taken_seconds: int,
        summary: QuizAttemptSummary,
    ) -> None:
        pass
