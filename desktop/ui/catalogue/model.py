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


OFFLINE_WORDS = {
    OfflineState.NOT_DOWNLOADED: "Not downloaded",
    OfflineState.DOWNLOADING: "Downloading",
    OfflineState.AVAILABLE: "Available offline",
    OfflineState.UPDATE_AVAILABLE: "Update available",
}


def describe_card(card: CourseCard) -> str:
    """What a screen reader says for a card (and its tooltip)."""
    premium = ", premium" if card.is_premium else ""
    state = OFFLINE_WORDS[card.offline_state]
    rated = f"rated {card.rating:.1f} of 5" if card.rating > 0 else "not rated yet"
    if card.offline_state is OfflineState.DOWNLOADING:
        state += f" {round(card.download_progress * 100)}%"
    mine = ""
    if card.is_completed:
        when = f" on {timefmt.date(card.completed_at)}" if card.completed_at else ""
        mine = f"; you completed it{when}"
    elif card.is_enrolled:
        mine = "; you are enrolled"
    return (
        f"{card.title} by {card.instructor}; {card.difficulty}, {card.duration_hours} h; "
        f"{rated}; {wording.learners(card.enrollment_count)}{premium}; {state}{mine}"
    )
