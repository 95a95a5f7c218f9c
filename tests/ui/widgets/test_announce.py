"""What the app says to a screen reader without a focus change goes through a notice
Orca reads (docs/ui.md, "Tried with Orca"): an AT-SPI *notification* of the active
window, hidden and shown again for each announcement, drawn nowhere and no Tab stop."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.course.view import CourseView
from desktop.ui.lesson.view import LessonView
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.widgets import announce as announce_module
from desktop.ui.widgets.announce import Notice, announce, notice_of, notices_speak
from tests.samples.sample_content import sample_course, sample_lesson
from tests.ui.helpers import activate
from tests.ui.recording import ListRecorder

pytestmark = pytest.mark.skipif(not notices_speak(), reason="AT-SPI platforms only")


class ShowCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.shown += 1
        return False


def _window(qtbot: QtBot) -> tuple[QWidget, QPushButton]:
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton("Go", window)
    QVBoxLayout(window).addWidget(button)
    activate(qtbot, window)
    button.setFocus()
    return window, button


def test_an_announcement_shows_the_windows_notice_as_a_notification(qtbot: QtBot) -> None:
    window, button = _window(qtbot)
    announce(button, "Lesson completed")
    notice = notice_of(window)
    assert notice.isVisible()
    assert notice.text() == "Lesson completed"
    face = QAccessible.queryAccessibleInterface(notice)
    assert face.role() == QAccessible.Role.Notification
    assert face.text(QAccessible.Text.Name) == "Lesson completed"
    assert notice.focusPolicy() == Qt.FocusPolicy.NoFocus  # never a Tab stop
    assert button.hasFocus()  # the keyboard stays where it was
    assert window.findChildren(Notice) == [notice]  # one per window, made once


def test_the_same_words_again_are_shown_again(qtbot: QtBot) -> None:
    window, button = _window(qtbot)
    announce(button, "Playing")
    counter = ShowCounter()
    notice_of(window).installEventFilter(counter)
    announce(button, "Playing")
    announce(button, "Playing")
    assert counter.shown == 2  # hidden then shown: Orca reads each one


def test_the_notice_hides_after_a_while(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(announce_module, "NOTICE_SHOWN_MS", 50)
    window, button = _window(qtbot)
    announce(button, "Saved")
    notice = notice_of(window)
    assert notice.isVisible()
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=2000)


def test_empty_words_say_nothing(qtbot: QtBot) -> None:
    window, button = _window(qtbot)
    announce(button, "")
    assert window.findChildren(Notice) == []


def test_opening_a_locked_lesson_says_why(qtbot: QtBot) -> None:
    view = CourseView()
    qtbot.addWidget(view)
    view.show_course(sample_course())
    activate(qtbot, view)
    view.on_lessons_activated(view.lessons_model.index(4))  # locked in the sample
    notice = notice_of(view)
    assert notice.isVisible()
    assert "opens once you complete" in notice.text()
    assert notice.text() == view.notice.text()


def test_completing_a_lesson_says_where_to_go_on(qtbot: QtBot) -> None:
    view = LessonView(ListRecorder())
    qtbot.addWidget(view)
    activate(qtbot, view)
    view.show_lesson(replace(sample_lesson(), has_quiz=True))
    qtbot.mouseClick(view.complete, Qt.MouseButton.LeftButton)
    assert notice_of(view).text() == "Lesson complete. Next, try its quiz."
    assert notice_of(view).isVisible()


def test_a_window_just_shown_says_its_words_once_active(qtbot: QtBot) -> None:
    window, _button = _window(qtbot)
    dialog = QWidget(window, Qt.WindowType.Dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    window.activateWindow()
    notice = notice_of(dialog)
    notice.say_when_active("Welcome to Lantern")
    assert not notice.isVisible()  # not yet: the dialog is not the active window
    activate(qtbot, dialog)
    qtbot.waitUntil(notice.isVisible, timeout=2000)
    assert notice.text() == "Welcome to Lantern"


def test_the_page_already_shown_is_not_said_again(qtbot: QtBot, shell: LearnerShell) -> None:
    from desktop.ui.widgets.announce import announcer

    activate(qtbot, shell.window)
    shell.window.show_page("dashboard")
    said: list[str] = []
    announcer().announced.connect(lambda _widget, text: said.append(text))
    shell.window.show_page("dashboard")  # Ctrl+F on a page already shown, say
    shell.window.show_page("catalogue")
    shell.window.show_page("dashboard")
    assert said == ["Catalogue", "My courses"]
