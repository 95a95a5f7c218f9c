"""A StudyRecorder that keeps every call, for asserting what a view recorded."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.ui.viewdata import QuizAttemptSummary


@dataclass
class ListRecorder:
    recording: bool = True
    sections: list[tuple[str, dict[str, float]]] = field(default_factory=list)
    seconds: list[tuple[str, int]] = field(default_factory=list)
    completed: list[str] = field(default_factory=list)
    media: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    attempts: list[tuple[str, dict[str, dict[str, object]], QuizAttemptSummary]] = field(
        default_factory=list
    )

    def record_sections(self, lesson_id: str, progress: dict[str, float]) -> None:
        self.sections.append((lesson_id, dict(progress)))

    def record_time(self, lesson_id: str, seconds: int) -> None:
        self.seconds.append((lesson_id, seconds))

    def record_media(self, lesson_id: str, key: str, entry: dict[str, Any]) -> None:
        self.media.append((lesson_id, key, dict(entry)))

    def complete_lesson(self, lesson_id: str) -> None:
        self.completed.append(lesson_id)

    def record_quiz_attempt(
        self,
        lesson_id: str,
        answers: dict[str, dict[str, object]],
        time_taken_seconds: int,
        summary: QuizAttemptSummary,
    ) -> None:
        self.attempts.append((lesson_id, answers, summary))

    def latest_sections(self) -> dict[str, float]:
        merged: dict[str, float] = {}
        for _lesson, progress in self.sections:
            for key, value in progress.items():
                merged[key] = max(merged.get(key, 0.0), value)
        return merged
