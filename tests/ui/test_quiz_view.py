from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.ui.quiz.attempts import AttemptListModel, describe_attempt
from desktop.ui.quiz.view import QuizView
from desktop.ui.viewdata import QuizAttemptSummary
from tests.samples.sample_content import NOW, sample_quiz
from tests.ui.helpers import activate
from tests.ui.recording import ListRecorder


def _quiz(qtbot: QtBot, recorder: ListRecorder, **changes: object) -> QuizView:
    view = QuizView(recorder)
    qtbot.addWidget(view)
    view.resize(1000, 760)
    activate(qtbot, view)
    view.show_quiz(replace(sample_quiz(), **changes))  # type: ignore[arg-type]
    buttons = view.questions[0].buttons
    qtbot.waitUntil(lambda: buttons[1].y() > buttons[0].y())  # laid out: arrows need geometry
    return view


def test_attempts_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = AttemptListModel()
    model.set_attempts(sample_quiz().attempts)
    qtmodeltester.check(model)
    assert "3/4 (75%), passed" in model.index(0).data()  # newest first


def test_keyboard_only_attempt_is_graded_at_once_with_correct_answers(qtbot: QtBot) -> None:
    recorder = ListRecorder()
    view = _quiz(qtbot, recorder)
    first = view.questions[0]
    assert first.buttons[0].hasFocus()
    qtbot.keyClick(first.buttons[0], Qt.Key.Key_Space)  # Space picks A …
    qtbot.keyClick(first.buttons[0], Qt.Key.Key_Down)  # … and arrows move the choice
    assert first.answer() == "b"
    second = view.questions[1]
    second.buttons[0].setFocus()
    qtbot.keyClick(second.buttons[0], Qt.Key.Key_Space)
    third = view.questions[2]
    third.line.setFocus()
    qtbot.keyClicks(third.line, "  filenotfounderror ")
    with qtbot.waitSignal(view.attempt_submitted) as blocker:
        qtbot.keyClick(third.line, Qt.Key.Key_Return)  # Enter submits
    summary = blocker.args[0]
    assert (summary.score, summary.max_score, summary.passed) == (3, 4, True)
    assert "3 of 4 points (75%). Passed" in view.result.text()
    assert second.feedback.text() == (
        '✗ Not quite. Correct answer: Pass encoding="utf-8"; Handle FileNotFoundError'
    )
    assert third.feedback.text() == "✓ Correct"
    lesson_id, answers, _ = recorder.attempts[0]
    assert lesson_id == "l3"
    assert answers == {
        "q1": {"version": 1, "answer": "b"},
        "q2": {"version": 1, "answer": ["a"]},
        "q3": {"version": 1, "answer": "  filenotfounderror "},
    }
    assert view.attempts_model.rowCount() == 3


def test_blank_answers_are_sent_as_null_and_fail_below_seventy_percent(qtbot: QtBot) -> None:
    recorder = ListRecorder()
    view = _quiz(qtbot, recorder)
    view.questions[0].set_answer("b")
    with qtbot.waitSignal(view.attempt_submitted) as blocker:
        qtbot.mouseClick(view.submit, Qt.MouseButton.LeftButton)
    assert blocker.args[0].passed is False
    assert blocker.args[0].score == 1
    assert recorder.attempts[0][1]["q3"] == {"version": 1, "answer": None}
    assert "Not passed yet" in view.result.text()
    assert not view.submit.isEnabled()
    qtbot.mouseClick(view.retry, Qt.MouseButton.LeftButton)
    assert view.submit.isEnabled()
    assert view.questions[0].answer() is None


def test_assessed_quiz_waits_for_the_server_grade(qtbot: QtBot) -> None:
    recorder = ListRecorder()
    view = _quiz(qtbot, recorder, mode="assessed", answer_keys=None, attempts=())
    view.questions[2].set_answer("FileNotFoundError")
    with qtbot.waitSignal(view.attempt_submitted) as blocker:
        view.on_submit_clicked()
    assert blocker.args[0].awaiting_grade
    assert "will be graded by the school's server at the next sync" in view.result.text()
    assert "graded when you're back online" in view.attempts_model.index(0).data()
    assert all(not w.feedback.isVisible() for w in view.questions)
    # the next sync brings the server's grade: the result line says it, not "will be graded"
    sent = blocker.args[0]
    view.show_attempts((replace(sent, score=3, max_score=4, passed=True, server_score=3),))
    assert view.result.text() == "Graded: 3 of 4 points (75%). Passed ✓"


def test_an_attempt_past_the_limit_says_so_once_the_server_answered(qtbot: QtBot) -> None:
    view = _quiz(qtbot, ListRecorder(), mode="assessed", answer_keys=None, attempts=())
    with qtbot.waitSignal(view.attempt_submitted) as blocker:
        view.on_submit_clicked()
    view.show_attempts((replace(blocker.args[0], counted=False),))
    assert view.result.text() == "Graded by the server: over the attempt limit, not counted."


def test_server_grade_is_shown_when_it_differs(qtbot: QtBot) -> None:
    view = _quiz(qtbot, ListRecorder())
    differing = QuizAttemptSummary("t9", NOW + timedelta(hours=1), 4, 4, True, server_score=3)
    view.show_attempts((*sample_quiz().attempts, differing))
    assert "server's grade: 3/4" in view.attempts_model.index(0).data()
    assert "server's grade" not in describe_attempt(sample_quiz().attempts[1])


def test_preview_quiz_grades_but_records_nothing(qtbot: QtBot) -> None:
    recorder = ListRecorder(recording=False)
    view = _quiz(qtbot, recorder)
    view.questions[0].set_answer("b")
    view.on_submit_clicked()
    assert view.last_result is not None
    assert recorder.attempts == []


def test_an_assessed_quiz_says_its_rules_and_where_the_learner_stands(qtbot: QtBot) -> None:
    recorder = ListRecorder()
    view = _quiz(
        qtbot,
        recorder,
        mode="assessed",
        answer_keys=None,
        max_attempts=3,
        grading="best",
        attempts_used=1,
    )
    assert "Up to 3 attempts; your best counts. You have used 1 of 3." in view.mode_label.text()
    view.show_quiz(
        replace(
            sample_quiz(),
            mode="assessed",
            answer_keys=None,
            max_attempts=1,
            grading="last",
            attempts_used=1,
            passed=True,
        )
    )
    assert (
        "One attempt only; it counts. You passed this quiz; another attempt would not "
        "count." in view.mode_label.text()
    )
    late = QuizAttemptSummary("late", NOW, None, 4, None, counted=False)
    assert describe_attempt(late).endswith("over the attempt limit, not counted")
