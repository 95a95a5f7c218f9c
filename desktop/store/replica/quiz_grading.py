"""Grading an attempt on this device from the downloaded practice key.

Assessed quizzes have no key here (it never leaves the server), so their
attempts stay "pending" until the server's grade arrives in a pull.
"""

from __future__ import annotations

from typing import Any, cast

from sqlmodel import Session

from desktop.rules.grading import (
    GradableQuestion,
    GradeResult,
    GradingError,
    QuestionKind,
    Scoring,
    grade,
)
from desktop.store.models import (
    Lesson,
    QuizAnswerKey,
    QuizAttempt,
    QuizQuestion,
    QuizQuestionVersion,
)

PENDING = "pending"
LOCAL = "local"
SERVER = "server"


def gradable_questions(session: Session, answers: dict[str, Any]) -> list[GradableQuestion] | None:
    """The question versions named in ``answers`` with their keys, or None if any is missing."""
    out: list[GradableQuestion] = []
    for question_id, entry in answers.items():
        version = entry.get("version") if isinstance(entry, dict) else None
        if not isinstance(version, int):
            return None
        key = session.get(QuizAnswerKey, (question_id, version))
        shown = _version(session, question_id, version)
        if key is None or shown is None:
            return None
        out.append(
            GradableQuestion(
                question_id=question_id,
                version=version,
                kind=cast(QuestionKind, shown.kind),
                points=shown.points,
                correct=tuple(key.correct),
                scoring=cast(Scoring, shown.scoring),
                case_sensitive=shown.case_sensitive,
            )
        )
    return out


def _version(
    session: Session, question_id: str, version: int
) -> QuizQuestionVersion | QuizQuestion | None:
    """The question as shown at ``version``: kept, or the current one."""
    kept = session.get(QuizQuestionVersion, (question_id, version))
    if kept is not None:
        return kept
    current = session.get(QuizQuestion, question_id)
    if current is not None and current.version == version:
        return current
    return None


def grade_locally(session: Session, attempt: QuizAttempt) -> GradeResult | None:
    """Fill in the local grade of a practice attempt; leave assessed ones pending."""
    lesson = session.get(Lesson, attempt.lesson_id)
    questions = (
        gradable_questions(session, attempt.answers)
        if lesson is not None and lesson.quiz_mode == "practice"
        else None
    )
    if not questions:
        attempt.grading_state = PENDING
        return None
    try:
        result = grade(attempt.answers, questions)
    except GradingError:
        attempt.grading_state = PENDING
        return None
    attempt.grading_state = LOCAL
    attempt.score = attempt.local_score = result.score
    attempt.max_score = attempt.local_max_score = result.max_score
    attempt.is_passed = attempt.local_is_passed = result.passed
    return result
