"""Search inside downloaded lessons, from the catalogue and from a course page."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QListWidget
from pytestqt.qtbot import QtBot

from desktop.store.actions import learning
from desktop.store.db.learner_store import LearnerStore
from desktop.ui.operations import reads as store_reads
from desktop.ui.search.lesson_hits import HitRole, snippet_html
from desktop.ui.shell.learner_shell import LearnerShell
from tests.ui.helpers import loaded_cards
from tests.ui.store_content import COURSE, L1, L2

SECTION = "when-the-file-is-missing"


@pytest.fixture
def read_threads(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The threads the lesson searches ran on (the real read, watched)."""
    seen: list[threading.Thread] = []
    real = store_reads.lesson_hits

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(store_reads, "lesson_hits", watched)
    return seen


def _hit_texts(hits: QListWidget) -> list[str]:
    return [str(hits.item(i).data(Qt.ItemDataRole.AccessibleTextRole)) for i in range(hits.count())]


def _opened_at_section(qtbot: QtBot, shell: LearnerShell, key: str) -> None:
    qtbot.waitUntil(lambda: shell.window.current_page == "lesson")
    assert shell.lesson.lesson is not None
    assert shell.lesson.lesson.id == L2
    current = shell.lesson.contents.currentItem()
    assert current is not None
    assert current.data(Qt.ItemDataRole.UserRole) == key
    browser = shell.lesson.browser
    cursor = QTextCursor(browser.document())
    cursor.setPosition(shell.lesson.sections.position(key))

    def heading_at_top() -> bool:
        top = browser.cursorRect(cursor).top()
        return browser.verticalScrollBar().value() > 0 and 0 <= top < 40

    qtbot.waitUntil(heading_at_top)


@pytest.fixture
def unlocked(store: LearnerStore) -> None:
    """The first lesson completed: the second, which the searches find, opens."""
    learning.complete_lesson(store, L1)


def test_typing_in_the_catalogue_finds_a_lesson_and_opens_it_at_its_section(
    unlocked: None, shell: LearnerShell, qtbot: QtBot, read_threads: list[threading.Thread]
) -> None:
    shell.window.resize(1000, 560)  # the lesson is longer than the window: it must scroll
    loaded_cards(qtbot, shell.catalogue.model)
    qtbot.keyClicks(shell.catalogue.search, "vanish before")
    hits = shell.catalogue.lesson_hits
    qtbot.waitUntil(lambda: hits.isVisible() and hits.list.count() == 1)
    assert hits.heading.text() == "Found in downloaded lessons: 1 section"
    (text,) = _hit_texts(hits.list)
    assert text.startswith(
        "Introduction to Python › Reading files with Python › When the file is missing: "
    )
    assert "the file can still vanish before you open" in text
    label = hits.list.itemWidget(hits.list.item(0))
    assert isinstance(label, QLabel)
    assert '<b style="color:' in label.text()  # the matched words stand out
    assert all(t is not threading.main_thread() for t in read_threads)
    assert read_threads
    hits.list.setFocus()
    hits.list.setCurrentRow(0)
    qtbot.keyClick(hits.list, Qt.Key.Key_Return)
    _opened_at_section(qtbot, shell, SECTION)


def test_words_found_nowhere_show_no_hits_and_clearing_hides_them(
    shell: LearnerShell, qtbot: QtBot
) -> None:
    qtbot.keyClicks(shell.catalogue.search, "vanish")
    hits = shell.catalogue.lesson_hits
    qtbot.waitUntil(lambda: hits.isVisible())
    shell.catalogue.search.clear()
    qtbot.waitUntil(lambda: not hits.isVisible())
    qtbot.keyClicks(shell.catalogue.search, 'NEAR("zebra" *')  # FTS syntax: plain words
    shell.catalogue.apply_filters()
    qtbot.waitUntil(lambda: hits.query == 'NEAR("zebra" *')
    assert not hits.isVisible()


def test_the_course_page_searches_its_own_lessons(
    unlocked: None, shell: LearnerShell, qtbot: QtBot, read_threads: list[threading.Thread]
) -> None:
    shell.window.resize(1000, 560)
    cards = loaded_cards(qtbot, shell.catalogue.model)
    shell.catalogue.course_activated.emit(next(c.id for c in cards if c.id == COURSE))
    qtbot.waitUntil(lambda: shell.window.current_page == "course")
    course = shell.course
    qtbot.keyClicks(course.search, "filenotfound")
    hits = course.lesson_hits
    qtbot.waitUntil(lambda: hits.isVisible() and hits.list.count() == 1)
    (text,) = _hit_texts(hits.list)
    assert text.startswith("Reading files with Python › When the file is missing: ")
    assert hits.list.item(0).data(HitRole) == (L2, SECTION)
    assert read_threads
    assert threading.main_thread() not in read_threads
    course.search.clear()
    qtbot.keyClicks(course.search, "zebra")
    qtbot.waitUntil(lambda: hits.query == "zebra")
    assert hits.heading.text() == "No downloaded lesson of this course mentions “zebra”."
    assert not hits.list.isVisible()
    course.search.clear()
    qtbot.keyClicks(course.search, "filenotfound")
    qtbot.waitUntil(lambda: hits.list.count() == 1 and hits.list.isVisible())
    rect = hits.list.visualItemRect(hits.list.item(0))
    qtbot.mouseClick(hits.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    _opened_at_section(qtbot, shell, SECTION)


def test_a_hit_in_a_locked_lesson_says_what_to_complete_first(
    shell: LearnerShell, qtbot: QtBot
) -> None:
    qtbot.keyClicks(shell.catalogue.search, "vanish")
    hits = shell.catalogue.lesson_hits
    qtbot.waitUntil(lambda: hits.isVisible() and hits.list.count() == 1)
    hits.on_list_item_activated(hits.list.item(0))
    qtbot.waitUntil(lambda: shell.window.current_page == "course")
    assert shell.course.notice.text() == (
        "“Reading files with Python” opens once you complete “Why Python?”."
    )


def test_a_snippet_is_shown_as_written_with_only_the_matches_marked() -> None:
    from desktop.store.reads import HIT_END, HIT_START

    shown = snippet_html(f"<b>a & b</b> {HIT_START}word{HIT_END}", "#123456")
    assert shown == '&lt;b&gt;a &amp; b&lt;/b&gt; <b style="color:#123456">word</b>'
