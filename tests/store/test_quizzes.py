"""Quizzes offline: practice graded at once, assessed pending, server grade wins."""

from __future__ import annotations

from sqlmodel import select

from desktop.protocol import PulledPage
from desktop.store.actions import quizzes
from desktop.store.db.learner_store import LearnerStore
from desktop.store.models import OutboxRow, QuizAttempt
from desktop.store.replica.content import upsert_catalogue
from desktop.store.replica.pulled import apply_page
from tests.store.conftest import LEARNER, Q_MULTI, Q_SHORT, Q_SINGLE, QUIZ_LESSON, sample_content

ANSWERS = {
    Q_SINGLE: {"version": 1, "answer": "a"},
    Q_MULTI: {"version": 1, "answer": ["c", "a"]},
    Q_SHORT: {"version": 1, "answer": "  A   Quarter"},
}


def test_practice_quiz_is_graded_locally_with_feedback(store: LearnerStore) -> None:
    view = quizzes.quiz_for_lesson(store, QUIZ_LESSON)
    assert view.can_grade_offline
    assert [q.id for q in view.questions] == [Q_SINGLE, Q_MULTI, Q_SHORT]
    result = quizzes.submit_quiz_attempt(store, QUIZ_LESSON, ANSWERS, time_taken_seconds=40)
    assert result.feedback is not None
    assert (result.feedback.score, result.feedback.max_score, result.feedback.passed) == (
        4,
        4,
        True,
    )
    attempt = result.attempt
    assert (attempt.grading_state, attempt.score, attempt.is_passed) == ("local", 4, True)
    with store.db.read() as session:
        row = session.exec(select(OutboxRow)).one()
    assert row.kind == "quiz.submit"
    assert row.payload["attempt_id"] == attempt.id
    assert row.payload["answers"] == ANSWERS
    assert row.payload["time_taken_seconds"] == 40


def test_assessed_quiz_waits_for_the_server_grade(store: LearnerStore) -> None:
    upsert_catalogue(store, sample_content(quiz_mode="assessed"))
    # The practice keys downloaded earlier are still there: they must not be used.
    view = quizzes.quiz_for_lesson(store, QUIZ_LESSON)
    assert view.quiz_mode == "assessed"
    assert not view.can_grade_offline
    result = quizzes.submit_quiz_attempt(store, QUIZ_LESSON, ANSWERS)
    assert result.feedback is None
    assert result.attempt.grading_state == "pending"
    assert result.attempt.score is None


def test_server_grade_replaces_local_one_and_the_difference_is_visible(
    store: LearnerStore,
) -> None:
    local = quizzes.submit_quiz_attempt(store, QUIZ_LESSON, ANSWERS).attempt
    server_row = {
        "id": local.id,
        "user_id": LEARNER,
        "lesson_id": QUIZ_LESSON,
        "score": 3,
        "max_score": 4,
        "answers": ANSWERS,
        "time_taken_seconds": None,
        "is_passed": True,
        "completed_at": "2026-11-20T09:00:00+00:00",
    }
    apply_page(store, PulledPage("learner", {"quiz_attempts": [server_row]}, cursor="c1"))
    with store.db.read() as session:
        attempt = session.get(QuizAttempt, local.id)
    assert attempt is not None
    assert (attempt.grading_state, attempt.score, attempt.local_score) == ("server", 3, 4)
    assert attempt.server_grade_differs
