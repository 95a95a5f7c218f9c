"""Past attempts at a quiz, newest first, as an item model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.rules.grading import PASS_RATIO
from desktop.ui import i18n
from desktop.ui.i18n import translate
from desktop.ui.viewdata import QuizAttemptSummary
from desktop.ui.widgets import timefmt

AttemptRole = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


def pass_mark() -> str:
    """ "70%": the share of the points that passes, as the locale writes it."""
    return i18n.percent(float(PASS_RATIO * 100))


def _percent(score: int, max_score: int) -> str:
    return i18n.percent(round(100 * score / max_score) if max_score else 0)


def describe_attempt(attempt: QuizAttemptSummary) -> str:
    when = timefmt.short(attempt.completed_at)
    if not attempt.counted:
        return describe_not_counted(attempt.not_counted_reason, when)
    if attempt.awaiting_grade:
        return translate("attempts", "{when} — submitted, waiting for the server's grade").format(
            when=when
        )
    assert attempt.score is not None
    if attempt.passed:
        text = translate("attempts", "{when} — {score}/{max_score} ({percent}), passed")
    else:
        text = translate("attempts", "{when} — {score}/{max_score} ({percent}), not passed")
    text = text.format(
        when=when,
        score=i18n.number(attempt.score),
        max_score=i18n.number(attempt.max_score),
        percent=_percent(attempt.score, attempt.max_score),
    )
    if attempt.server_score is not None and attempt.server_score != attempt.score:
        text = translate("attempts", "{attempt} · server's grade: {score}/{max_score}").format(
            attempt=text,
            score=i18n.number(attempt.server_score),
            max_score=i18n.number(attempt.max_score),
        )
    return text


def describe_not_counted(reason: str | None, when: str) -> str:
    """An attempt kept by the server but not counted, and why."""
    if reason == "quiz_changed":
        text = translate(
            "attempts",
            "{when} — the quiz changed since you took it; not counted (take it as it is now)",
        )
    else:
        text = translate("attempts", "{when} — over the attempt limit, not counted")
    return text.format(when=when)


def describe_grade(score: int, max_score: int, passed: bool, reward: int) -> str:
    """The result line: points earned, the verdict, and the reward for a first pass."""
    if not passed:
        text = translate(
            "attempts",
            "{score} of %Ln point(s) ({percent}). Not passed yet — {pass_mark} passes",
            "",
            max_score,
        )
    else:
        text = translate("attempts", "{score} of %Ln point(s) ({percent}). Passed ✓", "", max_score)
    text = text.format(
        score=i18n.number(score), percent=_percent(score, max_score), pass_mark=pass_mark()
    )
    if passed and reward:
        text = translate("attempts", "{grade} — you earn %Ln point(s)", "", reward).format(
            grade=text
        )
    return text


def describe_rules(max_attempts: int, grading: str) -> str:
    """What the learner sees before starting an assessed quiz."""
    if max_attempts == 1:
        return translate("attempts", "One attempt only; it counts.")
    if grading == "last":
        return translate("attempts", "Up to %Ln attempt(s); your last counts.", "", max_attempts)
    return translate("attempts", "Up to %Ln attempt(s); your best counts.", "", max_attempts)


def describe_standing(max_attempts: int, used: int, passed: bool) -> str:
    """Where the learner stands; empty before the first attempt."""
    if passed:
        return translate("attempts", "You passed this quiz; another attempt would not count.")
    if used >= max_attempts:
        return translate(
            "attempts",
            "You have used all %Ln attempt(s); another attempt would not count.",
            "",
            max_attempts,
        )
    if used:
        return translate("attempts", "You have used {used} of {max_attempts}.").format(
            used=i18n.number(used), max_attempts=i18n.number(max_attempts)
        )
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
