"""The quiz page as a screen reader gets it (orca.md): its title and pass mark said when it
opens, the grade said when it appears, each question's feedback in its description, and
Tab through the questions, then the page's own buttons."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.ui.quiz.view import QuizView
from desktop.ui.shell.learner_shell import LearnerShell
from tests.samples.sample_content import sample_quiz
from tests.ui.helpers import activate
from tests.ui.lesson.speech import listen
from tests.ui.recording import ListRecorder
from tests.ui.store_content import L2

Text = QAccessible.Text


def _page(qtbot: QtBot, **changes: object) -> tuple[QWidget, QuizView]:
    """The quiz in a window as the app has it: a sidebar made before the page, a status
    bar button after it, and the questions made last, when the quiz opens."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    sidebar = QListWidget(window)
    sidebar.addItem("Catalogue")
    layout.addWidget(sidebar)
    view = QuizView(ListRecorder(), window)
    layout.addWidget(view)
    layout.addWidget(QPushButton("Sign in to sync", window))
    window.resize(1000, 900)
    activate(qtbot, window)
    view.show_quiz(replace(sample_quiz(), **changes))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: all(q.isVisible() for q in view.questions))  # shown once laid out
    return window, view


def _description(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(Text.Description)


def test_the_title_is_a_heading_said_with_the_pass_mark_when_the_quiz_opens(
    qtbot: QtBot, shell: LearnerShell, monkeypatch: pytest.MonkeyPatch
) -> None:
    speech = listen(monkeypatch)
    shell.open_quiz(L2)
    qtbot.waitUntil(lambda: shell.window.current_page == "quiz")
    title = QAccessible.queryAccessibleInterface(shell.quiz.title)
    assert title.role() == QAccessible.Role.Heading
    assert title.text(Text.Name) == "Quiz: Reading files with Python"
    assert speech.said[-1] == "Quiz: Reading files with Python. 70% passes."


def test_the_grade_is_said_and_each_question_describes_its_feedback(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    speech = listen(monkeypatch)
    window, view = _page(qtbot)
    first, second, third = view.questions
    first.set_answer("b")
    second.set_answer(["a"])
    third.set_answer("FileNotFoundError")
    view.on_submit_clicked()
    grade = "3 of 4 points (75%). Passed ✓"  # passed before: no points this time
    assert view.result.text() == grade
    assert speech.said[-1] == grade
    assert QAccessible.queryAccessibleInterface(view.result).text(Text.Name) == grade
    # where the focus lands next, for a screen reader that misses announcements
    assert QApplication.focusWidget() is view.way_on
    assert _description(view.way_on) == grade
    assert _description(first) == "Which statement closes the file for you?\n✓ Correct"
    assert _description(second).splitlines() == [
        "Which are good habits when reading files?",
        '✗ Not quite. Correct answer: Pass encoding="utf-8"; Handle FileNotFoundError',
        "Why: An explicit encoding reads the same file the same way on every computer, "
        "and handling FileNotFoundError gives the learner a clear message.",
    ]
    # The answers are locked: Tab back stops at each question, where its feedback is read.
    stops = []
    for _ in range(5):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Backtab)
        stops.append(QApplication.focusWidget())
    assert stops == [view.back, view.retry, third, second, first]
    qtbot.mouseClick(view.retry, Qt.MouseButton.LeftButton)
    assert _description(first) == "Which statement closes the file for you?"
    assert _description(view.way_on) == ""
    assert not first.focusPolicy() & Qt.FocusPolicy.TabFocus  # its inputs take Tab again
    assert window.isVisible()


def test_a_grade_the_server_sends_later_is_said_too(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    speech = listen(monkeypatch)
    _window, view = _page(qtbot, mode="assessed", answer_keys=None, attempts=())
    with qtbot.waitSignal(view.attempt_submitted) as blocker:
        view.on_submit_clicked()
    assert speech.said[-1].startswith("Submitted — will be graded when you're online")
    assert all("\n" not in _description(q) for q in view.questions)  # no feedback here
    sent = blocker.args[0]
    view.show_attempts((replace(sent, score=3, max_score=4, passed=True, server_score=3),))
    assert speech.said[-1] == "Graded: 3 of 4 points (75%). Passed ✓ — you earn 20 points"


def test_tab_goes_from_the_last_question_to_the_pages_own_buttons(qtbot: QtBot) -> None:
    _window, view = _page(qtbot)
    last = view.questions[-1].line
    assert last is not None
    last.setFocus()
    stops = []
    for _ in range(12):  # round the whole window
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    # before: the sidebar and the status bar came first (orca.md, step 46)
    assert stops[:3] == [view.submit, view.back, view.attempts]
    assert not any(isinstance(stop, QScrollArea) for stop in stops)  # no silent stop
