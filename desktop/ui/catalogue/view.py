"""The catalogue page: search as you type, category/difficulty filters, course cards."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store.reads import LessonHit
from desktop.ui.catalogue.delegate import CourseCardDelegate
from desktop.ui.catalogue.model import (
    CatalogueModel,
    CatalogueSource,
    CourseRole,
    difficulty_name,
)
from desktop.ui.operations.changes import Changes
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.search.lesson_hits import LessonHits
from desktop.ui.theme import Colors
from desktop.ui.viewdata import DIFFICULTIES, CatalogueQuery, CourseCard
from desktop.ui.widgets.accessible import make_heading
from desktop.ui.widgets.item_clicks import open_on_click

log = logging.getLogger(__name__)


class CatalogueView(QWidget):
    course_activated = Signal(str)
    download_requested = Signal(str)
    reloaded = Signal()  # re-reading the store after a change (apply_changes)
    lesson_search_requested = Signal(str)  # the search text, for downloaded lessons
    lesson_opened = Signal(str, str)  # a lesson search hit: lesson id, section key

    def __init__(
        self,
        source: CatalogueSource,
        parent: QWidget | None = None,
        *,
        debounce_ms: int = 250,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = CatalogueModel(source, self, runner=runner)
        title = QLabel(self.tr("Catalogue"), self)
        title.setObjectName("pageTitle")
        make_heading(title)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("pageSubtitle")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search courses, instructors, topics…  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search courses"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Category"))
        self.category.addItem(self.tr("All categories"), "")
        self._source, self._runner = source, runner
        self._load_categories()
        self.difficulty = QComboBox(self)
        self.difficulty.setAccessibleName(self.tr("Difficulty"))
        self.difficulty.addItem(self.tr("Any difficulty"), "")
        for level in DIFFICULTIES:
            self.difficulty.addItem(difficulty_name(level), level)
        self.list = QListView(self)
        self.list.setObjectName("catalogueList")
        self.list.setAccessibleName(self.tr("Courses"))
        self.list.setModel(self.model)
        self.delegate = CourseCardDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(True)  # lets the view skip measuring 10,000 rows
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.verticalScrollBar().setSingleStep(24)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # shown in the list's place, at the top, so the search row never moves
        self.empty = QWidget(self)
        self.empty_text = QLabel(
            self.tr("No courses match. Try fewer words or another category."), self.empty
        )
        self.empty_text.setObjectName("muted")
        self.clear_filters = QPushButton(self.tr("&Clear filters"), self.empty)
        self.clear_filters.clicked.connect(self.on_clear_filters_clicked)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(0, 24, 0, 0)
        empty_layout.addWidget(self.empty_text, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(self.clear_filters, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        # the same words, looked for inside the lessons downloaded to this computer
        self.lesson_hits = LessonHits(self, with_course=True)
        self.lesson_hits.hit_opened.connect(self.lesson_opened)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._build_layout(title)
        self.search.textChanged.connect(self.on_search_text_changed)
        self.search.returnPressed.connect(self.on_search_return_pressed)
        self._debounce.timeout.connect(self.apply_filters)
        self.category.currentIndexChanged.connect(self.on_category_current_index_changed)
        self.difficulty.currentIndexChanged.connect(self.on_difficulty_current_index_changed)
        open_on_click(self.list, self.on_list_activated)
        self.list.customContextMenuRequested.connect(self.on_list_custom_context_menu_requested)
        self.model.loaded.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self._shown_count = -1
        self._first_course_wanted = False
        self._open_first_course = False
        self._update_count()

    def _load_categories(self) -> None:
        if self._runner is None:
            self.set_categories(self._source.categories())
        else:
            self._runner.submit(
                self._source.categories, on_success=self.set_categories, receiver=self
            )

    def set_categories(self, names: list[str]) -> None:
        """The categories the catalogue has now, shown capitalised; the choice is kept."""
        for name in names:
            if self.category.findData(name) < 0:
                self.category.addItem(name[:1].upper() + name[1:], name)

    def _build_layout(self, title: QLabel) -> None:
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.category)
        filters.addWidget(self.difficulty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 8)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.lesson_hits)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)

    def current_query(self) -> CatalogueQuery:
        return CatalogueQuery(
            text=self.search.text().strip(),
            category=str(self.category.currentData() or ""),
            difficulty=str(self.difficulty.currentData() or ""),
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.current_query())
        self._update_count()
        self.lesson_search_requested.emit(self.search.text().strip())

    def show_lesson_hits(self, query: str, hits: list[LessonHit]) -> None:
        """Hits of a lesson search; a late answer to older words is dropped."""
        if query == self.search.text().strip():
            self.lesson_hits.show_hits(query, hits)

    def focus_search(self) -> None:
        """Ctrl+F: the search box, its words selected for typing over.

        Selected first: a line edit given the focus with nothing selected selects
        its text inside the focus change, so Qt reported a caret move before the
        focus and Orca did not announce the box."""
        self.search.selectAll()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_colors(self, colors: Colors) -> None:
        self.lesson_hits.set_colors(colors)
        self.delegate.set_colors(colors)
        self.list.viewport().update()

    def show_course_state(self, card: CourseCard) -> None:
        """Repaint one card (download progress) without re-querying."""
        self.model.update_course(card)

    def apply_changes(self, changes: Changes) -> None:
        if changes.catalogue or changes.enrollment:
            self.reloaded.emit()
            self.model.refresh()
            self._update_count()
        if changes.catalogue:
            self._load_categories()  # a first sync brings the school's categories

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if n != self._shown_count:
            self._shown_count = n
            log.info("catalogue shows %d course(s)", n)
        self.count_label.setText(self.tr("%Ln course(s)", "", n))
        self.empty.setVisible(n == 0)
        self.list.setVisible(n > 0)
        self._move_to_first_course()

    # slots ------------------------------------------------------------------
    def on_search_text_changed(self, _text: str) -> None:
        self._debounce.start()  # restarts: the query runs once typing pauses

    def on_search_return_pressed(self) -> None:
        """Enter in the search box: filter now and move to the first course (Enter opens it).

        Enter pressed again before the filtered courses arrived opens the first one
        as soon as it does (type-ahead: the second Enter is not lost)."""
        self._open_first_course = self._first_course_wanted
        self._first_course_wanted = True
        self.apply_filters()
        self._move_to_first_course()

    def _move_to_first_course(self) -> None:
        """Once the filtered courses arrived (counts and pages load on the worker)."""
        if not self._first_course_wanted or self.model.counting:
            return
        if self.model.rowCount() == 0:
            # nothing matched: the focus stays in the search
            self._first_course_wanted = self._open_first_course = False
            return
        card = self.model.course_at(0)
        if card is None:
            return  # its page is loading; ``loaded`` brings us back
        self._first_course_wanted = False
        self.list.setCurrentIndex(self.model.index(0))
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._open_first_course:
            self._open_first_course = False
            self.course_activated.emit(card.id)

    def on_clear_filters_clicked(self) -> None:
        for widget in (self.search, self.category, self.difficulty):
            widget.blockSignals(True)
        self.search.clear()
        self.category.setCurrentIndex(0)
        self.difficulty.setCurrentIndex(0)
        for widget in (self.search, self.category, self.difficulty):
            widget.blockSignals(False)
        self.apply_filters()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_category_current_index_changed(self, _index: int) -> None:
        self.apply_filters()

    def on_difficulty_current_index_changed(self, _index: int) -> None:
        self.apply_filters()

    def on_list_activated(self, index: QModelIndex) -> None:
        card = index.data(CourseRole)
        if isinstance(card, CourseCard):
            self.course_activated.emit(card.id)

    def on_list_custom_context_menu_requested(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        card = index.data(CourseRole)
        if not isinstance(card, CourseCard):
            return
        menu = QMenu(self)
        open_action = QAction(self.tr("Open course"), menu)
        open_action.triggered.connect(lambda: self.course_activated.emit(card.id))
        download = QAction(self.tr("Download for offline"), menu)
        download.triggered.connect(lambda: self.download_requested.emit(card.id))
        menu.addActions([open_action, download])
        menu.popup(self.list.viewport().mapToGlobal(pos))
