"""Sections count as read only once they stayed on the screen (orca.md, "Seen on the way").

A fresh guest opening Lesson 1 of the sample course found it scrolled almost to
its end and the section list already saying "Introduction ✓, Two sides ✓, The
journey in five steps 90%".  Filling the document left the caret at its end,
and Qt scrolls to the caret when a text is first shown: the page is shown after
the lesson is put in it, so it opened at the bottom, and the tracker counted
everything scrolled past at once.  The app's order is kept here: the lesson
goes into a hidden page, then the page is shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.course_package.sample import load_sample_course
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.replica.importer import import_sample_course
from desktop.ui.lesson.view import LessonView
from desktop.ui.operations.reads import lesson_content
from desktop.ui.viewdata import LessonContent
from tests.ui.helpers import activate
from tests.ui.recording import ListRecorder

DWELL_MS = 400


@pytest.fixture
def first_lesson(tmp_path: Path) -> Iterator[LessonContent]:
    """Lesson 1 of the sample course, as a fresh guest's store gives it."""
    store, _ = ProfileDirectory(tmp_path).open_guest()
    try:
        import_sample_course(store)
        package = load_sample_course().package
        assert package is not None
        yield lesson_content(store, str(package.lesson("01-what-happens").id))
    finally:
        store.close()


@pytest.fixture
def recorder() -> ListRecorder:
    return ListRecorder()


@pytest.fixture
def view(qtbot: QtBot, first_lesson: LessonContent, recorder: ListRecorder) -> Iterator[LessonView]:
    """The lesson put into a page not shown yet, then the page shown (the shell's order)."""
    page = LessonView(recorder, flush_ms=10, dwell_ms=DWELL_MS)
    qtbot.addWidget(page)
    page.resize(900, 460)
    page.show_lesson(first_lesson)
    activate(qtbot, page)
    yield page
    page.leave()


def test_a_fresh_lesson_opens_at_its_top_with_nothing_read_yet(
    qtbot: QtBot, first_lesson: LessonContent, view: LessonView, recorder: ListRecorder
) -> None:
    assert first_lesson.section_progress == {}
    bar = view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    qtbot.wait(DWELL_MS // 2)
    assert bar.value() == 0
    assert view.sections.progress == {}  # nothing has stayed on the screen yet
    # The keys of the Orca run: Tab into the text, Tab to its first link (the media card).
    view.crumb.setFocus()
    for _ in range(2):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert view.browser.textCursor().selectedText().startswith("Play: A dial-up modem")
    card = view.browser.cursorRect()
    assert view.browser.viewport().rect().contains(card)  # scrolled only as far as the card
    qtbot.waitUntil(lambda: bool(recorder.sections), timeout=3000)
    read = recorder.latest_sections()
    assert read.get("introduction") == 1.0  # on the screen all the while
    assert read.get("the-journey-in-five-steps", 0.0) < 0.5  # mostly below the screen


def test_text_scrolled_past_is_not_read(
    qtbot: QtBot, view: LessonView, recorder: ListRecorder
) -> None:
    bar = view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # to the end and straight back
    qtbot.wait(DWELL_MS // 4)
    bar.setValue(0)
    qtbot.wait(DWELL_MS * 2)
    assert view.sections.progress.get("the-journey-in-five-steps", 0.0) < 0.5
    bar.setValue(bar.maximum())  # and now staying there: read
    qtbot.waitUntil(
        lambda: recorder.latest_sections().get("the-journey-in-five-steps") == 1.0, timeout=3000
    )


def test_a_lesson_whose_text_is_not_here_counts_no_reading_and_no_time(
    qtbot: QtBot, first_lesson: LessonContent, recorder: ListRecorder
) -> None:
    """Seen by hand (Spanish demo): a lesson not downloaded shows "not on this
    computer yet"; that one short paragraph was tracked as the lesson's
    introduction, marked read and sent as the learner's progress."""
    missing = replace(
        first_lesson,
        body_markdown="# What happens\\n\\nThis lesson is not on this computer yet.",
        text_here=False,
    )
    page = LessonView(recorder, flush_ms=10, dwell_ms=DWELL_MS)
    qtbot.addWidget(page)
    page.resize(900, 460)
    page.show_lesson(missing)
    activate(qtbot, page)
    qtbot.wait(DWELL_MS * 3)
    assert page.sections.progress == {}
    assert recorder.sections == []
    assert not page.activity.is_active  # the study clock does not run on that text
    assert page.activity.seconds == 0
    assert page.contents.count() == 0
    page.show_lesson(first_lesson)  # the course arrived: the real text is tracked again
    assert page.contents.count() > 0
    page.leave()
