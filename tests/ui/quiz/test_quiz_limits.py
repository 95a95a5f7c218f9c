"""An assessed quiz's attempt limit and grading rule, published by the
instructor and pulled by the learner, are shown before the learner starts; an
attempt taken offline past the limit is shown as not counted (issue #12,
item 3; issue #14, "Before starting, the learner sees the attempt limit")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from desktop.publish.course import Publisher
from desktop.store.actions import learning, quizzes
from desktop.sync.engine import SyncEngine
from desktop.sync.errors import SyncError
from desktop.sync.quiz_feedback import attempt_feedback
from desktop.ui.operations import reads as store_reads
from desktop.ui.quiz.view import QuizView
from tests.course_package.packages import SECOND_QUIZ
from tests.fixtures.devserver import SignedUpUser
from tests.fixtures.learners import Learner
from tests.publish.test_publish import make_package
from tests.ui.recording import ListRecorder


def test_the_limit_is_shown_and_an_offline_attempt_past_it_is_not_counted(
    qtbot: QtBot,
    make_instructor: Callable[[], SignedUpUser],
    new_learner: Callable[..., Learner],
    unique_slug: str,
) -> None:
    teacher = make_instructor()
    package = make_package(
        unique_slug, second_dot_quiz_dot_toml='attempts = 2\ngrading = "last"\n' + SECOND_QUIZ
    )
    Publisher(teacher.client, teacher.id).publish(package)
    learner = new_learner()
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()
    learning.enroll(learner.store, str(package.id))
    engine.run_cycle()  # the course's lessons and questions arrive
    lesson = str(package.lesson("second").id)

    view = QuizView(ListRecorder())
    qtbot.addWidget(view)
    view.show_quiz(store_reads.quiz_data(learner.store, lesson))
    assert "Up to 2 attempts; your last counts." in view.mode_label.text()
    assert "You have used" not in view.mode_label.text()

    # Three attempts taken offline, all wrong, then one sync.
    quiz = quizzes.quiz_for_lesson(learner.store, lesson)
    wrong = {q.id: {"version": q.version, "answer": None} for q in quiz.questions}
    for _ in range(3):
        quizzes.submit_quiz_attempt(learner.store, lesson, wrong)
    view.show_quiz(store_reads.quiz_data(learner.store, lesson))
    assert "You have used all 2 attempts" in view.mode_label.text()  # 3 waiting to be graded
    report = engine.run_cycle()
    assert report.rejected == 0, "an attempt past the limit is kept, not refused"

    view.show_quiz(store_reads.quiz_data(learner.store, lesson))
    assert (
        "You have used all 2 attempts; another attempt would not count." in view.mode_label.text()
    )
    shown = [view.attempts_model.index(row).data() for row in range(view.attempts_model.rowCount())]
    assert len(shown) == 3
    assert sum(text.endswith("over the attempt limit, not counted") for text in shown) == 1
    assert sum("0/2 (0%), not passed" in text for text in shown) == 2, shown


def _closed_quiz(
    make_instructor: Callable[[], SignedUpUser],
    new_learner: Callable[..., Learner],
    slug: str,
    rules: str,
    explain: str = "",
) -> tuple[Learner, str, QuizView]:
    """One wrong attempt at a one-attempt assessed quiz, graded by the server;
    ``explain`` is appended to its last question."""
    teacher = make_instructor()
    package = make_package(slug, second_dot_quiz_dot_toml=rules + SECOND_QUIZ + explain)
    Publisher(teacher.client, teacher.id).publish(package)
    learner = new_learner()
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()
    learning.enroll(learner.store, str(package.id))
    engine.run_cycle()
    lesson = str(package.lesson("second").id)
    quiz = quizzes.quiz_for_lesson(learner.store, lesson)
    quizzes.submit_quiz_attempt(
        learner.store,
        lesson,
        {q.id: {"version": q.version, "answer": None} for q in quiz.questions},
    )
    engine.run_cycle()  # graded: 0 of 1 attempts left, the quiz is closed
    return learner, lesson, QuizView(ListRecorder())


def test_a_closed_quiz_shows_which_answers_were_right_when_the_instructor_allows(
    qtbot: QtBot,
    make_instructor: Callable[[], SignedUpUser],
    new_learner: Callable[..., Learner],
    unique_slug: str,
) -> None:
    learner, lesson, view = _closed_quiz(
        make_instructor,
        new_learner,
        unique_slug,
        "attempts = 1\nfeedback = true\n",
        explain='explanation = "Hello is the greeting."\n',
    )
    qtbot.addWidget(view)
    view.show_quiz(store_reads.quiz_data(learner.store, lesson))
    assert not view.show_verdicts.isHidden()
    attempt = view.verdict_attempt()
    assert attempt is not None
    with qtbot.waitSignal(view.feedback_requested) as asked:
        view.show_verdicts.click()
    assert asked.args == [attempt.id]
    feedback = attempt_feedback(learner.auth, attempt.id)  # what the app asks, as the learner
    verdicts = feedback.verdicts
    assert view.quiz is not None
    many, word = view.quiz.questions
    assert set(verdicts) == {many.id, word.id}
    assert not any(verdicts.values())  # every answer was left empty
    assert feedback.points == {many.id: 0, word.id: 0}
    assert feedback.explanations == {word.id: "Hello is the greeting."}
    view.show_verdict_result(verdicts, feedback.points, feedback.explanations)
    assert view.questions[1].explanation.text() == "Why: Hello is the greeting."
    assert view.verdicts.text().startswith("Your graded attempt: question 1 not right ✗")
    assert "correct answer" not in view.verdicts.text().lower()  # the key stays secret


def test_without_the_instructors_leave_there_is_no_feedback_and_the_server_refuses(
    qtbot: QtBot,
    make_instructor: Callable[[], SignedUpUser],
    new_learner: Callable[..., Learner],
    unique_slug: str,
) -> None:
    learner, lesson, view = _closed_quiz(
        make_instructor, new_learner, unique_slug, "attempts = 1\n"
    )
    qtbot.addWidget(view)
    view.show_quiz(store_reads.quiz_data(learner.store, lesson))
    assert view.show_verdicts.isHidden()
    assert view.verdict_attempt() is None
    attempt = store_reads.quiz_data(learner.store, lesson).attempts[0]
    with pytest.raises(SyncError):  # a curious learner calling the RPC gets nothing
        attempt_feedback(learner.auth, attempt.id)


def test_an_offline_attempt_at_a_quiz_changed_since_says_why_it_did_not_count(
    qtbot: QtBot,
    make_instructor: Callable[[], SignedUpUser],
    new_learner: Callable[..., Learner],
    unique_slug: str,
) -> None:
    teacher = make_instructor()
    publisher = Publisher(teacher.client, teacher.id)
    publisher.publish(make_package(unique_slug, second_dot_quiz_dot_toml=SECOND_QUIZ))
    learner = new_learner()
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()
    package = make_package(unique_slug, second_dot_quiz_dot_toml=SECOND_QUIZ)
    learning.enroll(learner.store, str(package.id))
    engine.run_cycle()
    lesson = str(package.lesson("second").id)
    quiz = quizzes.quiz_for_lesson(learner.store, lesson)
    quizzes.submit_quiz_attempt(  # taken offline, as downloaded
        learner.store,
        lesson,
        {q.id: {"version": q.version, "answer": None} for q in quiz.questions},
    )
    added = (
        SECOND_QUIZ + '\n[[questions]]\nid = "more"\nkind = "short_answer"\n'
        'prompt = "One more"\naccepted = ["yes"]\n'
    )
    publisher.publish(make_package(unique_slug, second_dot_quiz_dot_toml=added))
    assert engine.run_cycle().rejected == 0, "the attempt is kept, not refused"

    data = store_reads.quiz_data(learner.store, lesson)
    (attempt,) = data.attempts
    assert (attempt.counted, attempt.not_counted_reason) == (False, "quiz_changed")
    view = QuizView(ListRecorder())
    qtbot.addWidget(view)
    view.show_quiz(data)
    assert "the quiz changed since you took it" in view.attempts_model.index(0).data()
