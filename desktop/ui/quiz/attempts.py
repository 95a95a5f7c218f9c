"""Past attempts at a quiz, newest first, as an item model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.ui.viewdata import QuizAttemptSummary
from desktop.ui.widgets import timefmt

AttemptRole = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


def describe_attempt(attempt: QuizAttemptSummary) -> str:
    when = timefmt.short(attempt.completed_at)
    if not attempt.counted:
        return f"{when} — {describe_not_counted(attempt.not_counted_reason)}"
    if attempt.awaiting_grade:
        return f"{when} — submitted, waiting for the server's grade"
    assert attempt.score is not None
    pct = round(100 * attempt.score / attempt.max_score) if attempt.max_score else 0
    verdict = "passed" if attempt.passed else "not passed"
    text = f"{when} — {attempt.score}/{attempt.max_score} ({pct}%), {verdict}"
    if attempt.server_score is not None and attempt.server_score != attempt.score:
        text += f" · server's grade: {attempt.server_score}/{attempt.max_score}"
    return text


def describe_not_counted(reason: str | None) -> str:
    if reason == "quiz_changed":
        return "the quiz changed since you took it; not counted (take it as it is now)"
    return "over the attempt limit, not counted"


def describe_grade(score: int, max_score: int, passed: bool, reward: int) -> str:
    """The result line: points earned, the verdict, and the reward for a first pass."""
    pct = round(100 * score / max_score) if max_score else 0
    text = f"{score} of {max_score} points ({pct}%). "
    if not passed:
        return text + "Not passed yet — 70% passes"
    text += "Passed ✓"
    if reward:
        text += f" — you earn {reward} points"
    return text


def describe_rules(max_attempts: int, grading: str) -> str:
    """What the learner sees before starting an assessed quiz."""
    if max_attempts == 1:
        return "One attempt only; it counts."
    counts = "your last counts" if grading == "last" else "your best counts"
    return f"Up to {max_attempts} attempts; {counts}."


def describe_standing(max_attempts: int, used: int, passed: bool) -> str:
    """Where the learner stands, with a trailing space; empty before the first attempt."""
    if passed:
        return "You passed this quiz; another attempt would not count. "
    if used >= max_attempts:
        return f"You have used all {max_attempts} attempts; another attempt would not count. "
    if used:
        return f"You have used {used} of {max_attempts}. "
    return ""


class AttemptListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QuizAttemptSummary] = []

    def set_attempts(
        self, attempts: tuple[QuizAttemptSummary, ...] | list[QuizAttemptSummary]
    ) -> None:
        self.beginResetModel()
        self._rows = sorted(attempts, key=lambda a: a.completed_at, reverse=True)
        self.endResetModel()

    def attempts(self) -> list[QuizAttemptSummary]:
        return list(self._rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        attempt = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe_attempt(attempt)
        if role == AttemptRole:
            return attempt
        return None
