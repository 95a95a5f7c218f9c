"""Taking a quiz offline: the questions to show, and submitting an attempt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import col, select

from desktop.protocol.ops import QuizSubmitted
from desktop.rules.grading import GradeResult, grade
from desktop.store.columns import utc_now
from desktop.store.db.learner_store import LearnerStore, new_id
from desktop.store.errors import InvalidAction, NotFound, QuizNotAvailable
from desktop.store.models import Lesson, QuizAnswerKey, QuizAttempt, QuizQuestion
from desktop.store.replica import quiz_grading


@dataclass(frozen=True)
class QuizView:
    lesson_id: str
    quiz_mode: str  # "practice" | "assessed"
    questions: list[QuizQuestion]  # active, in order, current versions
    can_grade_offline: bool  # practice with every key downloaded
    max_attempts: int | None = None  # assessed: counted attempts allowed; practice: None
    grading: str = "best"  # assessed: "best" or "last" counted attempt is the grade
    feedback: bool = False  # assessed: right/wrong per question once the quiz is closed


@dataclass(frozen=True)
class QuizSubmission:
    attempt: QuizAttempt
    feedback: GradeResult | None  # None: assessed, graded when back online


def quiz_for_lesson(store: LearnerStore, lesson_id: str) -> QuizView:
    with store.db.read() as session:
        lesson = session.get(Lesson, lesson_id)
        if lesson is None:
            raise NotFound(f"lesson {lesson_id} is not in the local store")
        questions = list(
            session.exec(
                select(QuizQuestion)
                .where(QuizQuestion.lesson_id == lesson_id, col(QuizQuestion.is_active))
                .order_by(col(QuizQuestion.position))
            )
        )
        keyed = all(session.get(QuizAnswerKey, (q.id, q.version)) is not None for q in questions)
    return QuizView(
        lesson_id,
        lesson.quiz_mode,
        questions,
        bool(questions) and lesson.quiz_mode == "practice" and keyed,
        lesson.quiz_max_attempts if lesson.quiz_mode == "assessed" else None,
        lesson.quiz_grading,
        bool(lesson.quiz_feedback) and lesson.quiz_mode == "assessed",
    )


def submit_quiz_attempt(
    store: LearnerStore,
    lesson_id: str,
    answers: dict[str, Any],
    *,
    time_taken_seconds: int | None = None,
    at: datetime | None = None,
    attempt_id: str | None = None,
) -> QuizSubmission:
    """Store the attempt under a client UUID and queue ``quiz.submit``.

    ``answers``: {"<question_id>": {"version": int, "answer": ...}}.
    A practice quiz is graded here at once; an assessed one stays "pending".
    """
    if not answers:
        raise InvalidAction("an attempt needs at least one answer")
    if time_taken_seconds is not None and time_taken_seconds < 0:
        raise InvalidAction("time taken cannot be negative")
    with store.write() as session:
        if session.get(Lesson, lesson_id) is None:
            raise NotFound(f"lesson {lesson_id} is not in the local store")
        for question_id, entry in answers.items():
            question = session.get(QuizQuestion, question_id)
            if question is None or question.lesson_id != lesson_id:
                raise QuizNotAvailable(f"question {question_id} is not downloaded")
            if not isinstance(entry, dict) or not isinstance(entry.get("version"), int):
                raise InvalidAction(f"answer to {question_id} needs a version")
        op = QuizSubmitted(
            new_id(),
            store.stamp(),
            attempt_id or new_id(),
            lesson_id,
            answers,
            time_taken_seconds,
            at or utc_now(),
        )
        store.record(session, op)
        attempt = session.get(QuizAttempt, op.attempt_id)
        assert attempt is not None  # inserted by the op just recorded
        questions = quiz_grading.gradable_questions(session, answers)
        feedback = None
        if attempt.grading_state == quiz_grading.LOCAL and questions:
            feedback = grade(answers, questions)
        return QuizSubmission(attempt, feedback)
