from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.sync.states import SyncState, SyncStatus
from desktop.ui.quiz.attempts import AttemptListModel, describe_attempt
from desktop.ui.quiz.view import QuizView
from desktop.ui.viewdata import QuizAttemptSummary, QuizData
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
    assert third.line is not None
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
    assert view.result.text().startswith("Submitted — will be graded when you're online")
    assert "waiting for the server's grade" in view.attempts_model.index(0).data()
    assert all(not w.feedback.isVisible() for w in view.questions)
    # the next sync brings the server's grade: the result line says it, not "will be graded"
    sent = blocker.args[0]
    view.show_attempts((replace(sent, score=3, max_score=4, passed=True, server_score=3),))
    assert view.result.text() == "Graded: 3 of 4 points (75%). Passed ✓ — you earn 20 points"


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


def _scored_quiz() -> QuizData:
    """A practice quiz with partial credit, a case-sensitive answer and explanations."""
    base = sample_quiz()
    q1, q2, q3 = base.questions
    return replace(
        base,
        questions=(
            q1,
            replace(q2, scoring="partial", points=2),
            replace(q3, case_sensitive=True),
        ),
        explanations={"q2": "Both habits avoid surprises.", "q3": "Exception names are classes."},
        attempts=(),
        course_id="c1",
        next_lesson_id="l4",
        next_lesson_title="Writing files",
    )


def test_each_question_says_how_it_is_scored(qtbot: QtBot) -> None:
    view = _quiz(qtbot, ListRecorder())
    assert "All correct options needed" in view.questions[1].prompt.text()
    view.show_quiz(_scored_quiz())
    single, many, text = view.questions
    assert "choose one · 1 point" in single.prompt.text()
    assert "choose all that apply · Partial credit · 2 points" in many.prompt.text()
    assert "type your answer · Case matters · 2 points" in text.prompt.text()


def test_partial_credit_case_and_explanations_after_answering_a_practice_quiz(
    qtbot: QtBot,
) -> None:
    view = _quiz(qtbot, ListRecorder())
    view.show_quiz(_scored_quiz())
    single, many, text = view.questions
    assert many.explanation.isHidden()
    single.set_answer("b")
    many.set_answer(["a"])  # 1 of the 2 right, none wrong: 2 * 1 / 2 = 1 point
    text.set_answer("filenotfounderror")  # wrong case
    with qtbot.waitSignal(view.attempt_submitted) as blocker:
        view.on_submit_clicked()
    assert (blocker.args[0].score, blocker.args[0].max_score) == (2, 5)
    assert many.feedback.text() == (
        '◐ Partly right: 1 of 2 points. Correct answers: Pass encoding="utf-8"; '
        "Handle FileNotFoundError"
    )
    assert many.feedback.objectName() == "partialText"
    assert not many.explanation.isHidden()
    assert many.explanation.text() == "Why: Both habits avoid surprises."
    assert text.feedback.text().startswith("✗ Not quite.")
    assert text.explanation.text() == "Why: Exception names are classes."
    assert single.explanation.isHidden()  # no explanation given for it
    assert "Not passed yet" in view.result.text()
    assert view.way_on.isHidden()
    qtbot.mouseClick(view.retry, Qt.MouseButton.LeftButton)
    assert many.explanation.isHidden()


def test_passing_shows_the_points_earned_and_the_next_lesson(qtbot: QtBot) -> None:
    view = _quiz(qtbot, ListRecorder())
    view.show_quiz(_scored_quiz())
    single, many, text = view.questions
    single.set_answer("b")
    many.set_answer(["a", "c"])
    text.set_answer(" FileNotFoundError ")
    view.on_submit_clicked()
    assert view.result.text() == "5 of 5 points (100%). Passed ✓ — you earn 20 points"
    assert not view.way_on.isHidden()
    assert view.way_on.text() == "&Next lesson: Writing files →"
    assert view.way_on.hasFocus()
    with qtbot.waitSignal(view.lesson_requested) as asked:
        qtbot.mouseClick(view.way_on, Qt.MouseButton.LeftButton)
    assert asked.args == ["l4"]
    # passing again earns nothing more; after the last lesson the way on is the course
    view.show_quiz(replace(_scored_quiz(), next_lesson_id=None, attempts=(sample_quiz().attempts)))
    single, many, text = view.questions
    single.set_answer("b")
    many.set_answer(["a", "c"])
    text.set_answer("FileNotFoundError")
    view.on_submit_clicked()
    assert view.result.text() == "5 of 5 points (100%). Passed ✓"
    assert view.way_on.text() == "Course complete — back to the &course"
    with qtbot.waitSignal(view.course_requested) as asked:
        qtbot.mouseClick(view.way_on, Qt.MouseButton.LeftButton)
    assert asked.args == ["c1"]


def test_an_assessed_result_says_grading_while_a_sync_runs(qtbot: QtBot) -> None:
    view = _quiz(qtbot, ListRecorder(), mode="assessed", answer_keys=None, attempts=())
    with qtbot.waitSignal(view.attempt_submitted) as blocker:
        view.on_submit_clicked()
    assert view.result.text().startswith("Submitted — will be graded when you're online")
    view.set_sync_state(SyncState(SyncStatus.SYNCING, progress=0.2))
    assert view.result.text() == "Grading…"
    view.set_sync_state(SyncState(SyncStatus.OFFLINE))
    assert view.result.text().startswith("Submitted — will be graded when you're online")
    # Reopened later, the quiz still says its latest attempt waits for the server.
    view.show_quiz(
        replace(sample_quiz(), mode="assessed", answer_keys=None, attempts=(blocker.args[0],))
    )
    assert view.result.isVisibleTo(view)
    assert view.result.text().startswith("Submitted — will be graded when you're online")
    graded = replace(blocker.args[0], score=1, max_score=4, passed=False, server_score=1)
    view.show_attempts((graded,))
    assert view.result.text() == "Graded: 1 of 4 points (25%). Not passed yet — 70% passes"
    view.set_sync_state(SyncState(SyncStatus.SYNCING))
    assert view.result.text().startswith("Graded: 1 of 4"), "a graded result stays"


def test_a_closed_assessed_quiz_shows_points_and_explanations_from_the_server(
    qtbot: QtBot,
) -> None:
    view = _quiz(qtbot, ListRecorder(), mode="assessed", answer_keys=None)
    view.show_quiz(replace(_scored_quiz(), mode="assessed", answer_keys=None, explanations={}))
    view.show_verdict_result(
        {"q1": True, "q2": False, "q3": False},
        {"q1": 1, "q2": 1, "q3": 0},
        {"q2": "Both habits avoid surprises."},
    )
    _, many, text = view.questions
    assert many.feedback.text() == "◐ Partly right: 1 of 2 points"
    assert many.explanation.text() == "Why: Both habits avoid surprises."
    assert text.feedback.text() == "✗ Not right"
    assert "correct answer" not in many.feedback.text().lower()  # the key stays secret


def test_an_attempt_at_a_changed_quiz_says_why_it_did_not_count(qtbot: QtBot) -> None:
    view = _quiz(qtbot, ListRecorder(), mode="assessed", answer_keys=None, attempts=())
    with qtbot.waitSignal(view.attempt_submitted) as blocker:
        view.on_submit_clicked()
    kept = replace(blocker.args[0], counted=False, not_counted_reason="quiz_changed")
    view.show_attempts((kept,))
    assert view.result.text() == (
        "Kept by the server, not counted: the quiz changed since you took it; take it as it is now."
    )
    assert "the quiz changed since you took it; not counted" in view.attempts_model.index(0).data()
