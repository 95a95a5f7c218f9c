from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import Qt, QThread
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.store.actions import learning
from desktop.store.db.learner_store import LearnerStore
from desktop.ui.catalogue.delegate import enrolment_words
from desktop.ui.catalogue.model import CatalogueModel, CourseRole
from desktop.ui.catalogue.view import CatalogueView
from desktop.ui.operations.changes import Changes
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.viewdata import CatalogueQuery, CourseCard, OfflineState
from desktop.ui.widgets import timefmt
from tests.samples.sample_catalogue import ListCatalogue, sample_courses
from tests.ui.store_content import COURSE, L1, L2, L3, OTHER_COURSE, T0


class CountingCatalogue(ListCatalogue):
    """Counts page requests, to prove the model pages instead of loading everything."""

    def __init__(self, cards: list[CourseCard]) -> None:
        super().__init__(cards)
        self.pages_served = 0

    def page(self, query: CatalogueQuery, offset: int, limit: int) -> list[CourseCard]:
        self.pages_served += 1
        return super().page(query, offset, limit)


def test_catalogue_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = CatalogueModel(ListCatalogue(sample_courses(250)))
    qtmodeltester.check(model)
    model.set_query(CatalogueQuery(difficulty="advanced"))
    qtmodeltester.check(model)


def test_ten_thousand_courses_scroll_while_loading_only_visible_pages(qtbot: QtBot) -> None:
    source = CountingCatalogue(sample_courses(10_000))
    view = CatalogueView(source, debounce_ms=0)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    assert view.model.rowCount() == 10_000
    bar = view.list.verticalScrollBar()
    started = time.perf_counter()
    for step in range(0, bar.maximum(), bar.maximum() // 20):
        bar.setValue(step)
        view.list.viewport().repaint()
    elapsed = time.perf_counter() - started
    assert source.pages_served <= 40  # a page per screenful, not 100 pages up front
    assert elapsed / 21 < 0.1, f"a scroll step took {elapsed / 21:.3f} s"


def test_search_as_you_type_waits_for_a_pause_then_filters(qtbot: QtBot) -> None:
    cards = sample_courses(300)
    view = CatalogueView(ListCatalogue(cards), debounce_ms=50)
    qtbot.addWidget(view)
    qtbot.keyClicks(view.search, "python")
    assert view.model.rowCount() == 300  # not yet: typing is still going on
    qtbot.waitUntil(lambda: view.model.rowCount() < 300)
    titles = [view.model.index(r).data(CourseRole).title for r in range(view.model.rowCount())]
    assert titles
    assert all("python" in t.lower() for t in titles)
    assert view.count_label.text() == f"{len(titles)} courses" or len(titles) == 1


def test_category_and_difficulty_filters_combine(qtbot: QtBot) -> None:
    view = CatalogueView(ListCatalogue(sample_courses(600)), debounce_ms=0)
    qtbot.addWidget(view)
    view.category.setCurrentIndex(view.category.findData("Science"))
    view.difficulty.setCurrentIndex(view.difficulty.findData("beginner"))
    rows = [view.model.index(r).data(CourseRole) for r in range(view.model.rowCount())]
    assert rows
    assert all(c.category == "Science" and c.difficulty == "beginner" for c in rows)


def test_no_match_shows_a_helpful_empty_state(qtbot: QtBot) -> None:
    view = CatalogueView(ListCatalogue(sample_courses(50)), debounce_ms=0)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    search_at = view.search.mapTo(view, view.search.rect().topLeft()).y()
    view.search.setText("zzzz-no-such-course")
    view.difficulty.setCurrentIndex(view.difficulty.findData("advanced"))
    view.apply_filters()
    assert view.empty.isVisible()
    assert not view.list.isVisible()
    assert view.count_label.text() == "0 courses"
    qtbot.waitUntil(lambda: view.clear_filters.y() > 0)  # laid out
    # the search row stays where it was (it used to jump to the middle)
    assert view.search.mapTo(view, view.search.rect().topLeft()).y() == search_at
    qtbot.mouseClick(view.clear_filters, Qt.MouseButton.LeftButton)
    assert (view.search.text(), view.difficulty.currentIndex()) == ("", 0)
    assert view.model.rowCount() == 50
    assert view.list.isVisible()


def test_enter_on_a_card_opens_that_course(qtbot: QtBot) -> None:
    view = CatalogueView(ListCatalogue(sample_courses(20)), debounce_ms=0)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(3))
    with qtbot.waitSignal(view.course_activated) as blocker:
        qtbot.keyClick(view.list.viewport(), Qt.Key.Key_Return)
    assert blocker.args == ["course-00003"]


def test_download_progress_updates_one_card_and_refresh_rereads(qtbot: QtBot) -> None:
    source = ListCatalogue(sample_courses(20))
    view = CatalogueView(source, debounce_ms=0)
    qtbot.addWidget(view)
    card = view.model.index(2).data(CourseRole)
    downloading = replace(card, offline_state=OfflineState.DOWNLOADING, download_progress=0.5)
    with qtbot.waitSignal(view.model.dataChanged):
        view.show_course_state(downloading)
    assert view.model.index(2).data(CourseRole).download_progress == 0.5
    assert "Downloading 50%" in view.model.index(2).data(Qt.ItemDataRole.AccessibleTextRole)
    source.replace(replace(card, offline_state=OfflineState.AVAILABLE))
    view.apply_changes(Changes(catalogue=True))
    assert view.model.index(2).data(CourseRole).offline_state is OfflineState.AVAILABLE


def test_with_a_runner_the_gui_thread_never_queries_and_keeps_rows_during_refresh(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    runner = TaskRunner()
    gui = QThread.currentThread()
    asked_on: list[bool] = []

    class WatchedCatalogue(ListCatalogue):
        def page(self, query: CatalogueQuery, offset: int, limit: int) -> list[CourseCard]:
            asked_on.append(QThread.currentThread() is gui)
            return super().page(query, offset, limit)

    model = CatalogueModel(WatchedCatalogue(sample_courses(500)), runner=runner)
    assert model.rowCount() == 0  # the count is on its way
    qtbot.waitUntil(lambda: model.rowCount() == 500)
    assert model.index(0).data(CourseRole) is None  # asked for, not here yet
    qtbot.waitUntil(lambda: model.index(0).data(CourseRole) is not None)
    model.refresh()
    assert model.index(0).data(CourseRole) is not None  # the old row stays until the new one
    qtbot.waitUntil(lambda: not model._loading)
    qtmodeltester.check(model)
    runner.wait_for_done()
    assert asked_on
    assert not any(asked_on)


def test_enter_in_the_search_moves_to_the_first_match_once_it_arrived(qtbot: QtBot) -> None:
    """Keyboard only: type, Enter (the filtered list has the focus), Enter opens the course.
    Counts and pages load on the worker: the focus waits for the filtered first card."""
    cards = sample_courses(300)
    view = CatalogueView(ListCatalogue(cards), runner=TaskRunner(), debounce_ms=10_000)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.model.course_at(0) is not None)
    wanted = next(c for c in cards if c.title != cards[0].title)
    view.search.setFocus()
    qtbot.keyClicks(view.search, wanted.title)
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.list.hasFocus())
    current = view.list.currentIndex().data(CourseRole)
    assert current is not None
    assert current.title == wanted.title
    with qtbot.waitSignal(view.course_activated) as opened:
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert opened.args == [current.id]


def test_enter_on_a_search_without_matches_keeps_the_focus_in_the_search(qtbot: QtBot) -> None:
    view = CatalogueView(ListCatalogue(sample_courses(20)), runner=TaskRunner())
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.search.setFocus()
    qtbot.keyClicks(view.search, "no course is called this")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.model.counting and view.model.rowCount() == 0)
    assert view.search.hasFocus()


def test_enter_twice_before_the_matches_arrived_opens_the_first(qtbot: QtBot) -> None:
    cards = sample_courses(300)
    view = CatalogueView(ListCatalogue(cards), runner=TaskRunner(), debounce_ms=10_000)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.model.course_at(0) is not None)
    wanted = cards[-1]
    view.search.setFocus()
    qtbot.keyClicks(view.search, wanted.title)
    with qtbot.waitSignal(view.course_activated) as opened:
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
        assert view.model.counting  # the filtered count is still on its way
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert opened.args == [view.model.course_at(0).id]  # type: ignore[union-attr]
    assert view.model.course_at(0).title == wanted.title  # type: ignore[union-attr]


def test_a_card_for_an_unrated_course_says_so(qtbot: QtBot) -> None:
    from desktop.ui.catalogue.model import describe_card

    card = replace(sample_courses(1)[0], rating=0.0, enrollment_count=1, is_premium=False)
    text = describe_card(card)
    assert "not rated yet" in text
    assert "1 learner;" in text
    assert "rated 3.5 of 5" in describe_card(replace(card, rating=3.5))


def test_categories_arrive_with_the_first_sync_capitalised(qtbot: QtBot) -> None:
    source = ListCatalogue([])  # a new learner: nothing pulled yet
    view = CatalogueView(source, runner=TaskRunner())
    qtbot.addWidget(view)
    assert view.category.count() == 1  # "All categories"
    source.cards = [
        replace(card, category=name)
        for card, name in zip(sample_courses(3), ["programming", "data", "Farming"], strict=True)
    ]
    view.apply_changes(Changes(catalogue=True))  # what a finished sync broadcasts
    qtbot.waitUntil(lambda: view.category.count() == 4)
    shown = [view.category.itemText(i) for i in range(1, 4)]
    assert shown == ["Farming", "Data", "Programming"]
    assert view.category.itemData(3) == "programming"  # the query keeps the stored name


def test_cards_reflow_when_the_window_narrows_to_1024(qtbot: QtBot) -> None:
    view = CatalogueView(ListCatalogue(sample_courses(3)), runner=TaskRunner())
    qtbot.addWidget(view)
    view.resize(1180, 640)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.model.course_at(0) is not None)
    first = view.model.index(0)
    qtbot.waitUntil(lambda: view.list.visualRect(first).width() > 1000)
    view.resize(824, 640)  # a 1024 px window, less the sidebar
    bar = view.list.horizontalScrollBar()
    qtbot.waitUntil(lambda: view.list.visualRect(first).width() < 824)
    assert bar.maximum() == 0  # nothing cut off, no horizontal scrolling
    assert view.list.visualRect(first).right() <= view.list.viewport().width()


def test_one_click_opens_a_course(qtbot: QtBot) -> None:
    view = CatalogueView(ListCatalogue(sample_courses(5)), debounce_ms=0)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    first = view.model.index(0)
    opened: list[str] = []
    view.course_activated.connect(opened.append)
    qtbot.mouseClick(
        view.list.viewport(), Qt.MouseButton.LeftButton, pos=view.list.visualRect(first).center()
    )
    assert opened == [view.model.course_at(0).id]  # type: ignore[union-attr]  # once


def test_a_completed_course_says_so_on_its_card_in_words_and_with_its_date(
    shell: LearnerShell, store: LearnerStore, qtbot: QtBot
) -> None:
    learning.enroll(store, COURSE)
    for lesson in (L1, L2, L3):
        learning.complete_lesson(store, lesson, at=T0)
    shell.refresh(Changes(catalogue=True))
    model = shell.catalogue.model

    def card() -> CourseCard | None:
        rows = (model.index(r).data(CourseRole) for r in range(model.rowCount()))
        return next((c for c in rows if c is not None and c.id == COURSE), None)

    qtbot.waitUntil(lambda: (found := card()) is not None and found.is_completed)
    done = card()
    assert done is not None
    assert enrolment_words(done) == f"✓ Completed {timefmt.date(T0)}"
    spoken = model.index(
        next(r for r in range(model.rowCount()) if model.index(r).data(CourseRole).id == COURSE)
    ).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.endswith(f"you completed it on {timefmt.date(T0)}")
    other = next(
        model.index(r).data(CourseRole)
        for r in range(model.rowCount())
        if model.index(r).data(CourseRole).id == OTHER_COURSE
    )
    assert not other.is_enrolled
    assert not other.is_completed
