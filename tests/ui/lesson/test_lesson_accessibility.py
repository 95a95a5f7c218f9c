"""The lesson page as a screen reader gets it (orca.md): the text read by line with a
caret, links announced when Tab reaches them, the title a heading said when the lesson
opens, and Tab in reading order.  What is checked is what Qt's accessibility
interfaces report (what AT-SPI hands to Orca) and what the page announces."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.lesson.browser import LessonBrowser
from desktop.ui.lesson.view import LessonView
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.viewdata import LessonContent, LessonLink
from tests.samples.sample_content import sample_lesson
from tests.ui.helpers import activate
from tests.ui.lesson.speech import listen
from tests.ui.recording import ListRecorder
from tests.ui.store_content import L1, L2

Role = QAccessible.Role
Text = QAccessible.Text

FILLER = "\n\n".join(f"Line {i} of the long middle part." for i in range(60))
LINKS = (
    f"[The top link](https://top.example.org)\n\n{FILLER}\n\n"
    f"[The middle link](https://middle.example.org)\n\n{FILLER}\n\n"
    "[The bottom link](https://bottom.example.org)\n"
)


OpenView = Callable[..., LessonView]


@pytest.fixture
def open_view(qtbot: QtBot) -> Iterator[OpenView]:
    """Shows a lesson (the sample one unless given) in a lesson page; leaves it after."""
    made: list[LessonView] = []

    def opened(lesson: LessonContent | None = None) -> LessonView:
        view = LessonView(ListRecorder(), flush_ms=10)
        qtbot.addWidget(view)
        view.resize(900, 500)
        activate(qtbot, view)
        view.show_lesson(lesson or replace(sample_lesson(), section_progress={}))
        made.append(view)
        return view

    yield opened
    for view in made:
        view.leave()


def _browser(qtbot: QtBot, markdown: str) -> LessonBrowser:
    browser = LessonBrowser()
    qtbot.addWidget(browser)
    browser.resize(600, 300)
    activate(qtbot, browser)
    browser.show_markdown(markdown)
    return browser


def test_the_lesson_text_is_a_read_only_text_with_a_caret_that_moves_by_line(
    qtbot: QtBot, open_view: OpenView
) -> None:
    view = open_view()
    browser = view.browser
    iface = QAccessible.queryAccessibleInterface(browser)
    assert iface.role() == Role.EditableText  # AT-SPI "text", not "label"
    state = iface.state()
    assert state.readOnly
    assert state.multiLine
    assert state.focusable
    assert iface.text(Text.Name) == "Lesson text"
    assert browser.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    text = iface.textInterface()
    assert text is not None
    plain = browser.document().toPlainText()
    assert text.characterCount() == len(plain)
    assert text.text(0, 20) == plain[:20]
    browser.setFocus()
    assert text.cursorPosition() == 0  # a new lesson: the caret at its start
    top = browser.cursorRect().top()
    qtbot.keyClick(browser, Qt.Key.Key_Down)
    assert browser.cursorRect().top() > top  # one line down …
    assert text.cursorPosition() == browser.textCursor().position() > 0  # … and told so
    qtbot.keyClick(browser, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert text.cursorPosition() == 0


def test_a_link_reached_by_tab_is_announced_and_the_caret_is_on_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    speech = listen(monkeypatch)
    browser = _browser(qtbot, LINKS)
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is browser
    cursor = browser.textCursor()
    assert cursor.selectedText() == "The top link"
    assert speech.said == ["The top link, link"]
    carets = [n.caret for n in speech.notices if n.kind == QAccessible.Event.TextCaretMoved]
    assert carets == [cursor.position()]
    text = QAccessible.queryAccessibleInterface(browser).textInterface()
    assert text is not None
    assert text.selectionCount() == 1
    assert text.cursorPosition() == cursor.position()


def test_tab_after_scrolling_goes_to_a_link_on_the_screen_not_back_up(qtbot: QtBot) -> None:
    browser = _browser(qtbot, LINKS)
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    assert browser.textCursor().selectedText() == "The top link"
    bar = browser.verticalScrollBar()
    bar.setValue(bar.maximum())  # the scroll bar or the wheel: the caret stays above
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    assert browser.textCursor().selectedText() == "The bottom link"
    assert bar.value() == bar.maximum()  # the view did not jump back to the middle
    bar.setValue(0)
    qtbot.keyClick(browser, Qt.Key.Key_Backtab)
    assert browser.textCursor().selectedText() == "The top link"
    assert bar.value() == 0


def test_the_title_is_a_heading_and_is_said_when_the_lesson_opens(
    qtbot: QtBot, shell: LearnerShell, monkeypatch: pytest.MonkeyPatch
) -> None:
    speech = listen(monkeypatch)
    shell.open_lesson(L1)
    qtbot.waitUntil(lambda: shell.window.current_page == "lesson")
    view = shell.lesson
    title = QAccessible.queryAccessibleInterface(view.title)
    assert title.role() == Role.Heading
    assert title.text(Text.Name) == "Why Python?"
    assert view.page_title() == "Lesson Why Python?"
    assert speech.said[-1] == "Lesson Why Python?"  # the window says the page's title
    shell.open_lesson(L2)  # Next: the same page, another lesson
    qtbot.waitUntil(lambda: speech.said[-1] == "Lesson Reading files with Python")
    assert title.text(Text.Name) == "Reading files with Python"


def _tab_stops(qtbot: QtBot, start: QWidget, count: int) -> list[QWidget]:
    """The widgets Tab reaches from ``start``, each once (the text stays one stop while
    Tab walks its links)."""
    start.setFocus()
    stops = [start]
    for _ in range(count):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        reached = QApplication.focusWidget()
        assert reached is not None
        if reached is not stops[-1]:
            stops.append(reached)
    return stops


def test_tab_goes_in_reading_order_the_text_before_next(qtbot: QtBot, open_view: OpenView) -> None:
    lesson = replace(
        sample_lesson(),
        section_progress={},
        course_title="Python for everyone",
        previous=LessonLink("l2", "Variables and types"),
        next=LessonLink("l4", "Functions"),
    )
    view = open_view(lesson)
    stops = _tab_stops(qtbot, view.crumb, 12)  # the text's two Copy links on the way
    assert stops[:9] == [
        view.crumb,
        view.browser,
        view.contents,
        view.mark_read,
        view.complete,
        view.quiz,
        view.previous,
        view.next,
        view.crumb,  # round again (the view is the whole window here)
    ]
