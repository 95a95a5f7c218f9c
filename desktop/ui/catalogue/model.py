"""The catalogue as an item model that pages over a data source.

No widget per row and no full list in memory: the model asks its
:class:`CatalogueSource` for the number of matching courses and fetches rows
a page at a time as the view paints them, keeping a bounded number of pages.
With SQLite underneath, one page is an indexed ``LIMIT/OFFSET`` query of a
hundred rows — small enough for the GUI thread, so scrolling 10,000 courses
stays smooth.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.ui import i18n
from desktop.ui.i18n import translate
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.viewdata import CatalogueQuery, CourseCard, OfflineState
from desktop.ui.widgets import timefmt, wording

log = logging.getLogger(__name__)

CourseRole = Qt.ItemDataRole.UserRole + 1
CourseIdRole = Qt.ItemDataRole.UserRole + 2

ModelIndex = QModelIndex | QPersistentModelIndex


class CatalogueSource(Protocol):
    """Where catalogue rows come from (the store, or a list in tests)."""

    def count(self, query: CatalogueQuery) -> int: ...

    def page(self, query: CatalogueQuery, offset: int, limit: int) -> list[CourseCard]: ...

    def categories(self) -> list[str]: ...


class CatalogueModel(QAbstractListModel):
    """With a ``runner``, every query runs on a worker and the GUI thread never
    waits for SQL: rows not loaded yet read as None (the delegate paints a
    placeholder) and, after a write, the previous rows stay on screen until the
    fresh page arrives (Anki's browser does the same).  Without one (tests,
    in-memory sources) pages load synchronously."""

    PAGE_SIZE = 50  # one indexed query of 50 rows stays well under a frame budget
    MAX_PAGES = 60  # bounded cache: 3,000 rows at most
    loaded = Signal()  # a count or page arrived from the worker

    def __init__(
        self,
        source: CatalogueSource,
        parent: QObject | None = None,
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._runner = runner
        self._query = CatalogueQuery()
        self._generation = 0  # results of older queries are dropped
        self._pages: OrderedDict[int, list[CourseCard]] = OrderedDict()
        self._stale: dict[int, list[CourseCard]] = {}
        self._loading: set[int] = set()
        # live overrides (download progress) survive page evictions
        self._overrides: dict[str, CourseCard] = {}
        self._count = 0
        self.counting = False  # a count for the current query is on its way
        if runner is None:
            self._count = source.count(self._query)
        else:
            self._recount(reset=True)

    @property
    def query(self) -> CatalogueQuery:
        return self._query

    def set_query(self, query: CatalogueQuery) -> None:
        if query == self._query:
            return
        self._query = query
        if self._runner is not None:
            self._recount(reset=True)
            return
        self.beginResetModel()
        self._pages.clear()
        self._count = self._source.count(query)
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read from the source after a write (keeps the scroll position if it can)."""
        self._overrides.clear()
        if self._runner is not None:
            self._recount(reset=False)
            return
        self._apply_count(self._source.count(self._query), reset=False)

    def _recount(self, *, reset: bool) -> None:
        assert self._runner is not None
        self._generation += 1
        generation, query, source = self._generation, self._query, self._source
        self.counting = True

        def arrived(count: int) -> None:
            if generation == self._generation:
                self.counting = False
                self._apply_count(count, reset=reset)
                self.loaded.emit()

        self._runner.submit(lambda: source.count(query), on_success=arrived, receiver=self)

    def _apply_count(self, count: int, *, reset: bool) -> None:
        self._loading.clear()
        if reset or count != self._count:
            self.beginResetModel()
            self._pages.clear()
            self._stale.clear()
            self._count = count
            self.endResetModel()
            return
        self._stale = dict(self._pages)  # shown until the fresh pages arrive
        self._pages.clear()
        if count:
            self.dataChanged.emit(self.index(0), self.index(count - 1))

    def update_course(self, card: CourseCard) -> None:
        """Show a new state for one course (download progress) without a query."""
        self._overrides[card.id] = card
        for number, rows in self._pages.items():
            for i, row in enumerate(rows):
                if row.id == card.id:
                    rows[i] = card
                    index = self.index(number * self.PAGE_SIZE + i)
                    self.dataChanged.emit(index, index)
        if card.offline_state is not OfflineState.DOWNLOADING:
            self._overrides.pop(card.id, None)

    def course_at(self, row: int) -> CourseCard | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self.PAGE_SIZE)
        page = self._page(number)
        if page is None:
            return None  # loading: the delegate paints a placeholder
        if offset >= len(page):
            return None  # the source shrank under us; the next refresh fixes the count
        card = page[offset]
        return self._overrides.get(card.id, card)

    def _page(self, number: int) -> list[CourseCard] | None:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        if self._runner is None:
            page = self._source.page(self._query, number * self.PAGE_SIZE, self.PAGE_SIZE)
            self._store_page(number, page)
            return page
        if number not in self._loading:
            self._request_page(number)
        return self._stale.get(number)

    def _request_page(self, number: int) -> None:
        assert self._runner is not None
        self._loading.add(number)
        generation, query, source = self._generation, self._query, self._source
        offset, size = number * self.PAGE_SIZE, self.PAGE_SIZE

        def arrived(page: list[CourseCard]) -> None:
            if generation != self._generation:
                return
            self._loading.discard(number)
            self._stale.pop(number, None)
            self._store_page(number, page)
            last = min(self._count, offset + size) - 1
            if last >= offset:
                self.dataChanged.emit(self.index(offset), self.index(last))
            self.loaded.emit()

        self._runner.submit(
            lambda: source.page(query, offset, size), on_success=arrived, receiver=self
        )

    def _store_page(self, number: int, page: list[CourseCard]) -> None:
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)

    # Qt model API -----------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else self._count

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self.course_at(index.row())
        if card is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == CourseRole:
            return card
        if role == CourseIdRole:
            return card.id
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe_card(card)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def offline_words(state: OfflineState, progress: float = 0.0) -> str:
    """Where a course's content is, in words (a card, the course page); while it
    downloads, with how far it got (``progress`` 0..1)."""
    if state is OfflineState.DOWNLOADING:
        return translate("model", "Downloading {percent}").format(
            percent=i18n.percent(progress * 100)
        )
    if state is OfflineState.AVAILABLE:
        return translate("model", "Available offline")
    if state is OfflineState.UPDATE_AVAILABLE:
        return translate("model", "Update available")
    return translate("model", "Not downloaded")


def difficulty_name(level: str) -> str:
    """A difficulty as a filter, a chip or a course page names it: "Beginner"."""
    if level == "beginner":
        return translate("model", "Beginner")
    if level == "intermediate":
        return translate("model", "Intermediate")
    if level == "advanced":
        return translate("model", "Advanced")
    return level.capitalize()  # a level this version does not know: the server's word


def difficulty_in_sentence(level: str) -> str:
    """A difficulty inside a sentence (a card's description): "beginner"."""
    if level == "beginner":
        return translate("model", "beginner")
    if level == "intermediate":
        return translate("model", "intermediate")
    if level == "advanced":
        return translate("model", "advanced")
    return level


def _your_enrolment(card: CourseCard) -> str:
    """The description's last clause about the learner (with its "; "), or ""."""
    if card.is_completed and card.completed_at is not None:
        return translate("model", "; you completed it on {date}").format(
            date=timefmt.date(card.completed_at)
        )
    if card.is_completed:
        return translate("model", "; you completed it")
    if card.is_enrolled:
        return translate("model", "; you are enrolled")
    return ""


def _course_words(card: CourseCard) -> str:
    """The card's first clause: the title, and who teaches it when the card says."""
    if not card.instructor:
        return card.title
    return translate("model", "{title} by {instructor}").format(
        title=card.title, instructor=card.instructor
    )


def _about_words(card: CourseCard) -> str:
    """The card's second clause: its category (when it has one), difficulty and length."""
    values = {
        "difficulty": difficulty_in_sentence(card.difficulty),
        "hours": i18n.number(card.duration_hours),
    }
    if not card.category:
        return translate("model", "{difficulty}, {hours} h").format(**values)
    category = card.category[:1].upper() + card.category[1:]  # as the card shows it
    return translate("model", "{category}, {difficulty}, {hours} h").format(
        category=category, **values
    )


def describe_card(card: CourseCard) -> str:
    """What a screen reader says for a card (and its tooltip)."""
    if card.rating > 0:
        # rounded as Python does first (4.25 reads 4.2, as before): QLocale rounds halves up
        rated = translate("model", "rated {rating} of 5").format(
            rating=i18n.number(round(card.rating, 1), 1)
        )
    else:
        rated = translate("model", "not rated yet")
    #: A course card's description for screen readers and its tooltip. {course}
    #: is the title, or "… by {instructor}"; {about} is "Technology, beginner, 1 h";
    #: {premium} is ", premium" or nothing; {mine} is "; you are enrolled",
    #: "; you completed it on …" or nothing.
    return translate(
        "model",
        "{course}; {about}; {rating}; {learners}{premium}; {state}{mine}",
    ).format(
        course=_course_words(card),
        about=_about_words(card),
        rating=rated,
        learners=wording.learners(card.enrollment_count),
        premium=translate("model", ", premium") if card.is_premium else "",
        state=offline_words(card.offline_state, card.download_progress),
        mine=_your_enrolment(card),
    )
