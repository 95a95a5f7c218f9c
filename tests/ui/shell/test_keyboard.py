"""Every action by keyboard, with a focus ring you can see: key events only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from desktop.store.db.learner_store import LearnerStore
from desktop.ui.catalogue.delegate import CARD_HEIGHT, CourseCardDelegate
from desktop.ui.catalogue.model import CourseRole
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.theme import DARK, LIGHT, Colors, Theme
from tests.ui.helpers import activate, loaded_cards
from tests.ui.store_content import COURSE


@pytest.fixture
def shell(qtbot: QtBot, qapp: QApplication, store: LearnerStore) -> Iterator[LearnerShell]:
    runner = TaskRunner()
    theme = Theme(qapp, dark=False)
    shell = LearnerShell(store, runner, theme, confirm=False)
    qtbot.addWidget(shell.window)
    activate(qtbot, shell.window)
    loaded_cards(qtbot, shell.catalogue.model, 2)
    yield shell
    shell.lesson.leave()
    runner.wait_for_done()
    theme.setParent(None)
    qapp.setStyleSheet("")


def _focus(_qtbot: QtBot) -> QWidget | None:
    return QApplication.focusWidget()


def _press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "something has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def test_tab_walks_the_catalogue_and_space_or_enter_opens_a_card(
    shell: LearnerShell, qtbot: QtBot
) -> None:
    catalogue = shell.catalogue
    qtbot.keyClick(shell.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert _focus(qtbot) is catalogue.search
    order = []
    for _ in range(3):
        _press(qtbot, Qt.Key.Key_Tab)
        order.append(_focus(qtbot))
    assert order == [catalogue.category, catalogue.difficulty, catalogue.list]
    _press(qtbot, Qt.Key.Key_Home)
    target = catalogue.list.currentIndex().data(CourseRole).id
    with qtbot.waitSignal(catalogue.course_activated) as blocker:
        _press(qtbot, Qt.Key.Key_Space)
    assert blocker.args == [target]
    qtbot.waitUntil(lambda: shell.window.current_page == "course")
    _press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Back
    assert shell.window.current_page == "catalogue"
    qtbot.keyClick(shell.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    for _ in range(3):
        _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_End)
    with qtbot.waitSignal(catalogue.course_activated):
        _press(qtbot, Qt.Key.Key_Return)


def test_the_sidebar_is_reached_and_walked_by_keyboard(shell: LearnerShell, qtbot: QtBot) -> None:
    qtbot.keyClick(shell.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    _press(qtbot, Qt.Key.Key_Backtab)  # from the page's first field back to the sidebar
    assert _focus(qtbot) is shell.window.nav
    _press(qtbot, Qt.Key.Key_Down)
    assert shell.window.current_page == "dashboard"
    _press(qtbot, Qt.Key.Key_Down)
    assert shell.window.current_page == "notifications"
    _press(qtbot, Qt.Key.Key_Up)
    _press(qtbot, Qt.Key.Key_Up)
    assert shell.window.current_page == "catalogue"


def test_a_course_is_enrolled_in_and_a_lesson_opened_by_keyboard(
    shell: LearnerShell, qtbot: QtBot
) -> None:
    catalogue = shell.catalogue
    qtbot.keyClick(shell.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    for _ in range(3):
        _press(qtbot, Qt.Key.Key_Tab)
    cards = [catalogue.model.index(r).data(CourseRole).id for r in range(2)]
    _press(qtbot, Qt.Key.Key_Home)
    for _ in range(cards.index(COURSE)):
        _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.window.current_page == "course")
    course = shell.course
    seen: list[QWidget | None] = []
    while _focus(qtbot) is not course.enroll and len(seen) < 30:
        _press(qtbot, Qt.Key.Key_Tab)
        seen.append(_focus(qtbot))
    assert _focus(qtbot) is course.enroll, "Tab reaches Enrol"
    _press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: course.course is not None and course.course.is_enrolled)
    seen.clear()
    while _focus(qtbot) is not course.lessons and len(seen) < 30:
        _press(qtbot, Qt.Key.Key_Tab)
        seen.append(_focus(qtbot))
    assert _focus(qtbot) is course.lessons, "Tab reaches the lessons"
    _press(qtbot, Qt.Key.Key_Home)
    _press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: shell.window.current_page == "lesson")


def _render(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def test_the_sidebar_shows_a_focus_ring(shell: LearnerShell, qtbot: QtBot) -> None:
    nav = shell.window.nav
    qtbot.keyClick(shell.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    unfocused = _render(nav.viewport())
    _press(qtbot, Qt.Key.Key_Backtab)
    assert _focus(qtbot) is nav
    focused = _render(nav.viewport())
    rect = nav.visualItemRect(nav.currentItem())  # in the viewport's coordinates
    ring = [
        (x, rect.top() + 1)
        for x in range(rect.left() + 8, rect.right() - 8)
        if focused.pixelColor(x, rect.top() + 1) != unfocused.pixelColor(x, rect.top() + 1)
    ]
    assert len(ring) > rect.width() // 2, "a ring along the current entry's edge"


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_a_card_with_the_keyboard_focus_has_a_ring(
    shell: LearnerShell, colors: Colors, qtbot: QtBot
) -> None:
    delegate = CourseCardDelegate(colors=colors)
    index: QModelIndex = shell.catalogue.model.index(0)

    def paint(state: QStyle.StateFlag) -> QImage:
        image = QImage(600, CARD_HEIGHT, QImage.Format.Format_ARGB32)
        image.fill(colors.window)
        option = QStyleOptionViewItem()
        option.rect = QRect(0, 0, 600, CARD_HEIGHT)
        option.state = QStyle.StateFlag.State_Enabled | state
        painter = QPainter(image)
        delegate.paint(painter, option, index)
        painter.end()
        return image

    for selected in (QStyle.StateFlag.State_None, QStyle.StateFlag.State_Selected):
        plain = paint(selected)
        focused = paint(selected | QStyle.StateFlag.State_HasFocus)
        # the ring sits between the card's edge (y=5) and the row's (y=0)
        changed = [x for x in range(40, 560) if plain.pixelColor(x, 2) != focused.pixelColor(x, 2)]
        assert len(changed) > 400


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform's popups
def test_the_menu_key_opens_the_current_cards_menu(shell: LearnerShell, qtbot: QtBot) -> None:
    qtbot.keyClick(shell.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    for _ in range(3):
        _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Home)
    _press(qtbot, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    assert menu is not None
    actions = [a.text() for a in menu.actions()]
    assert actions == ["Open course", "Download for offline"]
    qtbot.keyClick(menu, Qt.Key.Key_Escape)


def _tab_to(qtbot: QtBot, target: QWidget, what: str) -> None:
    """Press Tab until ``target`` has the focus (a learner's way to reach it)."""
    for _ in range(40):
        if _focus(qtbot) is target:
            return
        _press(qtbot, Qt.Key.Key_Tab)
    assert _focus(qtbot) is target, f"Tab reaches {what}"


def test_a_whole_lesson_and_its_quiz_by_keyboard_alone(shell: LearnerShell, qtbot: QtBot) -> None:
    """Find, enrol, read, complete, go on, take the quiz, submit, reach Settings:
    key events only, from the catalogue's search box to the settings page."""
    qtbot.keyClick(shell.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(_focus(qtbot), "Introduction to Python")  # find a course by typing
    _press(qtbot, Qt.Key.Key_Return)  # Enter goes to the first course found…
    qtbot.waitUntil(lambda: _focus(qtbot) is shell.catalogue.list)
    _press(qtbot, Qt.Key.Key_Return)  # …and Enter again opens it
    qtbot.waitUntil(lambda: shell.window.current_page == "course")
    assert shell.course.course is not None
    assert shell.course.course.id == COURSE
    course = shell.course
    _tab_to(qtbot, course.enroll, "Enrol")
    _press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: course.course is not None and course.course.is_enrolled)
    _tab_to(qtbot, course.lessons, "the lessons")
    _press(qtbot, Qt.Key.Key_Home)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.window.current_page == "lesson")

    lesson = shell.lesson
    qtbot.waitUntil(lambda: lesson.complete.isVisible() and lesson.complete.isEnabled())
    _tab_to(qtbot, lesson.complete, "Complete lesson")
    _press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: lesson.next.isVisible() and lesson.next.isEnabled())
    _tab_to(qtbot, lesson.next, "the next lesson")
    _press(qtbot, Qt.Key.Key_Space)  # lesson 2, the one with the quiz
    qtbot.waitUntil(lambda: lesson.quiz.isVisible())
    _tab_to(qtbot, lesson.quiz, "Take the quiz")
    _press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: shell.window.current_page == "quiz")

    quiz = shell.quiz
    qtbot.waitUntil(lambda: len(quiz.questions) == 2)
    first, second = quiz.questions
    _tab_to(qtbot, first.buttons[0], "the first question's options")
    _press(qtbot, Qt.Key.Key_Down)  # arrows move through a question's options,
    _press(qtbot, Qt.Key.Key_Space)  # Space chooses one (then arrows move the choice)
    assert first.answer() == first.question.options[1].id
    assert second.line is not None
    _tab_to(qtbot, second.line, "the text answer")
    qtbot.keyClicks(second.line, "FileNotFoundError")
    _press(qtbot, Qt.Key.Key_Return)  # Enter in the last answer submits
    qtbot.waitUntil(lambda: quiz.attempts_model.rowCount() == 1)

    qtbot.keyClick(shell.window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert shell.window.current_page == "settings"
