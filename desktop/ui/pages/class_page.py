"""The teacher's Class page (issue #17): one taught course's learners, lessons and quizzes.

What the teacher's last sync pulled of the course's class
(``desktop.store.reads.class_view``), in words: each learner's lessons, time,
last activity, points and whether they need help (said in text, by the
stated rule, not by a colour alone); a summary of each lesson and its quiz
with the question most often missed; and, for the learner selected, their
lesson by lesson.  The page reads nothing itself: the shell runs the read on
the task runner's read thread and hands the result to :meth:`ClassPage.show_class`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QEvent,
    QIdentityProxyModel,
    QItemSelection,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.store.reads import (
    FAILED_ASSESSED,
    FAILED_QUIZ,
    INACTIVE,
    INACTIVE_DAYS,
    ClassLearner,
    ClassView,
    HelpReason,
    LessonCell,
    LessonSummary,
    MissedQuestion,
    QuizResult,
)
from desktop.ui import i18n
from desktop.ui.i18n import translate
from desktop.ui.theme import LIGHT, Colors
from desktop.ui.viewdata import ClassPageData
from desktop.ui.widgets import timefmt
from desktop.ui.widgets.accessible import make_heading
from desktop.ui.widgets.rows_model import ModelIndex, RowsTableModel

#: what the learners' columns sort by (numbers and folded names, not their words)
SortRole = Qt.ItemDataRole.UserRole + 1
#: rows a table shows before it scrolls (the page scrolls as a whole around them)
VISIBLE_ROWS = 12
#: rows past those in view whose words size the columns (QHeaderView.resizeContentsPrecision)
SIZED_ROWS = VISIBLE_ROWS
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NEVER = -1.0  # "last active" of a learner who never studied: sorts first
Row = TypeVar("Row")
#: a learner's sort keys, by column: folded name, lessons, progress, time, last active, points, help
SortKeys = tuple[str, int, int, int, float, int, int]


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _one_line(text: str, limit: int = 200) -> str:
    """A question's prompt on one line, cut with an ellipsis past ``limit``."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _marked(*texts: object) -> tuple[str, ...]:
    """Column headers marked for translation (``QT_TRANSLATE_NOOP``), in English."""
    return tuple(str(text) for text in texts)


class _TranslatedHeaders(RowsTableModel[Row]):
    """Headers marked for translation (``QT_TRANSLATE_NOOP``) and shown translated;
    each row's words worked out once per set of rows (``_cached``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache: dict[tuple[int, int], tuple[object, ...]] = {}
        self._cache_of: list[Row] | None = None  # the rows the cache is of

    def _cached(
        self, row: int, kind: int, make: Callable[[], tuple[object, ...]]
    ) -> tuple[object, ...]:
        """``make()`` for row ``row`` (``kind``: which of its tuples), kept until the rows
        change.  A view asks a cell for its words many times (sizing its columns, sorting,
        painting): working a class of 500 out afresh each time stalled the page (issue #17)."""
        if self._cache_of is not self._rows:
            self._cache = {}
            self._cache_of = self._rows
        found = self._cache.get((row, kind))
        if found is None:
            found = self._cache[(row, kind)] = make()
        return found

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        header = super().headerData(section, orientation, role)
        return self.header_text(header) if isinstance(header, str) else header

    def header_text(self, header: str) -> str:
        """``header`` (one of ``HEADERS``) translated in its model's context."""
        raise NotImplementedError


class LearnersModel(_TranslatedHeaders[ClassLearner]):
    """One row per active learner of the class, sorted by a column's numbers (``sort``;
    at first by name, as the store sorted them).

    The model sorts itself (the table shows it through an identity proxy): a
    QSortFilterProxyModel sorting 486 learners asked ``data()`` twice per comparison,
    ~5,000 calls into Python on every model reset, 17–20 ms of the GUI thread each
    time a class was shown (issue #17).  Here each learner's keys are worked out
    once and Python sorts the rows, stably from the store's order as that proxy did
    (names by code point, as the store sorts them; the proxy compared UTF-16 units,
    which differs only between a character past U+FFFF and one in U+E000–U+FFFF).
    """

    HEADERS = _marked(
        QT_TRANSLATE_NOOP("LearnersModel", "Name"),
        QT_TRANSLATE_NOOP("LearnersModel", "Lessons completed"),
        QT_TRANSLATE_NOOP("LearnersModel", "Progress"),
        QT_TRANSLATE_NOOP("LearnersModel", "Time spent"),
        QT_TRANSLATE_NOOP("LearnersModel", "Last active"),
        QT_TRANSLATE_NOOP("LearnersModel", "Points"),
        QT_TRANSLATE_NOOP("LearnersModel", "Needs help"),
    )
    HELP_COLUMN = 6

    def header_text(self, header: str) -> str:
        return translate("LearnersModel", header)  # marked above (QT_TRANSLATE_NOOP)

    def __init__(self, parent: QObject | None = None, *, colors: Colors = LIGHT) -> None:
        super().__init__(parent)
        self.colors = colors
        self._lessons: tuple[LessonSummary, ...] = ()
        self._titles: dict[str, str] = {}  # lesson id → title
        self._read: tuple[ClassLearner, ...] = ()  # as the store sorted them (by name)
        self._read_keys: list[SortKeys] = []  # their sort keys, in that order
        self._sort_keys: list[SortKeys] = []  # the shown rows' sort keys
        self._row_of: dict[str, int] = {}  # learner's user id → row shown
        self._column = -1  # sorted by (-1: the store's order)
        self._order = Qt.SortOrder.AscendingOrder

    def set_view(self, view: ClassView) -> None:
        self._lessons = view.lessons
        self._titles = {s.lesson_id: s.title for s in view.lessons}
        self._read = view.learners
        self._read_keys = [self.sort_keys(learner) for learner in view.learners]
        self.beginResetModel()
        self._arrange()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by ``column`` (out of range: the store's order), ties in the store's order."""
        self._column, self._order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        shown = [self._rows[index.row()].user_id for index in before]
        self._arrange()
        after = [
            self.index(self._row_of[user], index.column())
            for user, index in zip(shown, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _arrange(self) -> None:
        """The rows (and their keys and rows by id) in the order sorted by."""
        order: Sequence[int] = range(len(self._read))
        if 0 <= self._column < len(self.HEADERS):
            keys, column = self._read_keys, self._column
            descending = self._order == Qt.SortOrder.DescendingOrder
            order = sorted(order, key=lambda row: keys[row][column], reverse=descending)
        self._rows = [self._read[row] for row in order]
        self._sort_keys = [self._read_keys[row] for row in order]
        self._row_of = {learner.user_id: row for row, learner in enumerate(self._rows)}

    def learner(self, index: ModelIndex) -> ClassLearner | None:
        return self.row_at(index)

    def row_of(self, user_id: str) -> int | None:
        """The row of the learner ``user_id`` as sorted; None if not in the class."""
        return self._row_of.get(user_id)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SortRole:
            row, keys = index.row(), self._sort_keys
            return keys[row][index.column()] if 0 <= row < len(keys) else None
        learner = self.learner(index)
        if learner is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(index.row(), learner)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 3, 5):
            return _RIGHT
        return self._looks(learner, column, role)

    def _looks(self, learner: ClassLearner, column: int, role: int) -> Any:
        helped = column == self.HELP_COLUMN and bool(learner.help)
        if role == Qt.ItemDataRole.FontRole and helped:
            return _bold()
        if role == Qt.ItemDataRole.ForegroundRole and helped:
            return QColor(self.colors.danger)
        if role == Qt.ItemDataRole.ToolTipRole and helped:
            return self.help_text(learner)  # whole, when the column is too narrow
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and learner.username:
            return f"@{learner.username}"  # untranslated: a username
        return None

    def _texts(self, row: int, learner: ClassLearner) -> tuple[object, ...]:
        columns = range(len(self.HEADERS))
        return self._cached(row, 0, lambda: tuple(self.text(learner, c) for c in columns))

    def text(self, learner: ClassLearner, column: int) -> str:
        if column == 0:
            return learner.name
        if column == 1:
            return self.tr("{done} of {total}").format(
                done=i18n.number(learner.lessons_completed), total=i18n.number(len(self._lessons))
            )
        if column == 2:
            return i18n.percent(learner.progress_percentage)
        if column == 3:
            return timefmt.duration(learner.time_spent_seconds)
        if column == 4:
            seen = learner.last_active
            return timefmt.short(seen) if seen is not None else self.tr("Never")
        if column == 5:
            return i18n.number(learner.points)
        return self.help_text(learner)

    def sort_key(self, learner: ClassLearner, column: int) -> object:
        return self.sort_keys(learner)[column]

    def sort_keys(self, learner: ClassLearner) -> SortKeys:
        """What each column sorts by."""
        seen = learner.last_active
        return (
            learner.name.casefold(),
            learner.lessons_completed,
            learner.progress_percentage,
            learner.time_spent_seconds,
            seen.timestamp() if seen is not None else _NEVER,
            learner.points,
            len(learner.help),
        )

    def help_text(self, learner: ClassLearner) -> str:
        """ "Needs help: failed “Functions” twice; inactive for 9 days", or nothing."""
        if not learner.help:
            return ""
        # "; " between the reasons: a translator may write the language's own
        between = self.tr("; ", "between the reasons a learner needs help")
        reasons = between.join(self._reason(learner, reason) for reason in learner.help)
        return self.tr("Needs help: {reasons}").format(reasons=reasons)

    def _reason(self, learner: ClassLearner, reason: HelpReason) -> str:
        if reason.code == FAILED_QUIZ:
            title = self._titles.get(reason.lesson_id or "", "")
            cell = next((c for c in learner.cells if c.lesson_id == reason.lesson_id), None)
            failed = cell.quiz.failed if cell is not None and cell.quiz is not None else 0
            return self.tr("failed “{quiz}” {times}").format(quiz=title, times=times(failed))
        if reason.code == INACTIVE:
            days = reason.days or 0
            if learner.last_active is None:
                return self.tr("not started, enrolled %Ln day(s) ago", "", days)
            return self.tr("inactive for %Ln day(s)", "", days)
        return reason.code  # untranslated: a reason this version does not know, by its code


def times(count: int) -> str:
    """ "once", "twice", "3 times"."""
    if count == 1:
        return translate("class_page", "once")
    if count == 2:
        return translate("class_page", "twice")
    return translate("class_page", "%Ln time(s)", "", count)


class LessonsModel(_TranslatedHeaders[LessonSummary]):
    """One row per lesson of the course, in its order: completion and its quiz."""

    HEADERS = _marked(
        QT_TRANSLATE_NOOP("LessonsModel", "Lesson"),
        QT_TRANSLATE_NOOP("LessonsModel", "Completed"),
        QT_TRANSLATE_NOOP("LessonsModel", "Average completion"),
        QT_TRANSLATE_NOOP("LessonsModel", "Quiz attempted"),
        QT_TRANSLATE_NOOP("LessonsModel", "Quiz passed"),
        QT_TRANSLATE_NOOP("LessonsModel", "Average score"),
        QT_TRANSLATE_NOOP("LessonsModel", "Most often missed"),
    )
    MISSED_COLUMN = 6

    def header_text(self, header: str) -> str:
        return translate("LessonsModel", header)  # marked above (QT_TRANSLATE_NOOP)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._learners = 0

    def set_view(self, view: ClassView) -> None:
        self._learners = len(view.learners)
        self.replace_rows(list(view.lessons))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        lesson = self.row_at(index)
        if lesson is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._cached(
                index.row(),
                0,
                lambda: tuple(self.text(lesson, c) for c in range(len(self.HEADERS))),
            )
            return texts[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and 0 < column < self.MISSED_COLUMN:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(lesson, column)
        return None

    def text(self, lesson: LessonSummary, column: int) -> str:
        if column == 0:
            return lesson.title
        if column == 1:
            return self._of(lesson.completed)
        if column == 2:
            return i18n.percent(lesson.average_completion)
        if not lesson.has_quiz:
            return self.tr("No quiz") if column == 3 else ""
        return self._quiz_text(lesson, column)

    def _quiz_text(self, lesson: LessonSummary, column: int) -> str:
        if column == 3:
            return self._of(lesson.attempted)
        if column == 4:
            return self._of(lesson.passed)
        if column == 5:
            score = lesson.average_score
            return "—" if score is None else i18n.percent(score)
        return self.missed_text(lesson.most_missed)

    def _of(self, count: int) -> str:
        return self.tr("{count} of {total}").format(
            count=i18n.number(count), total=i18n.number(self._learners)
        )

    def missed_text(self, missed: MissedQuestion | None) -> str:
        """ "Missed in 3 of 5 attempts: “Which closes the file?”" (the count first: a
        long prompt is cut at the column's end, and its tooltip has it whole)."""
        if missed is None:
            return ""
        if missed.prompt is None:
            what = self.tr("a question not on this computer")
        else:
            what = self.tr("“{prompt}”").format(prompt=_one_line(missed.prompt))
        return self.tr(
            "Missed in {missed} of %Ln attempt(s): {question}", "", missed.attempts
        ).format(question=what, missed=i18n.number(missed.missed))

    def _tooltip(self, lesson: LessonSummary, column: int) -> str | None:
        if column == 0 and lesson.has_quiz:
            kind = self.tr("assessed quiz") if lesson.assessed else self.tr("practice quiz")
            return self.tr("{lesson} — {kind}").format(lesson=lesson.title, kind=kind)
        missed = lesson.most_missed
        if column == self.MISSED_COLUMN and missed is not None and missed.prompt:
            return missed.prompt
        return None


class CellsModel(_TranslatedHeaders[tuple[LessonSummary, LessonCell]]):
    """One learner's lessons: (the lesson, their cell), in the course's order."""

    HEADERS = _marked(
        QT_TRANSLATE_NOOP("CellsModel", "Lesson"),
        QT_TRANSLATE_NOOP("CellsModel", "Completion"),
        QT_TRANSLATE_NOOP("CellsModel", "Time spent"),
        QT_TRANSLATE_NOOP("CellsModel", "Last opened"),
        QT_TRANSLATE_NOOP("CellsModel", "Quiz attempts"),
        QT_TRANSLATE_NOOP("CellsModel", "Quiz score"),
        QT_TRANSLATE_NOOP("CellsModel", "Quiz passed"),
    )

    def header_text(self, header: str) -> str:
        return translate("CellsModel", header)  # marked above (QT_TRANSLATE_NOOP)

    def set_learner(self, learner: ClassLearner | None, lessons: tuple[LessonSummary, ...]) -> None:
        cells = learner.cells if learner is not None else ()
        # the read gives one cell per lesson, both in the course's order
        self.replace_rows(list(zip(lessons, cells, strict=False)))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row[0], row[1], column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return self.tr("The best or the last attempt, as the lesson counts them")
        return None

    def text(self, lesson: LessonSummary, cell: LessonCell, column: int) -> str:
        if column == 0:
            return lesson.title
        if column == 1:
            return self._completion(cell)
        if column == 2:
            return timefmt.duration(cell.time_spent_seconds) if cell.time_spent_seconds else ""
        if column == 3:
            seen = cell.last_accessed
            return timefmt.short(seen) if seen is not None else self.tr("Never")
        if cell.quiz is None:
            return self._no_attempt(lesson) if column == 4 else ""
        return self._quiz_text(cell.quiz, column)

    def _completion(self, cell: LessonCell) -> str:
        if cell.completed:
            return self.tr("Completed")
        if cell.completion_percentage == 0 and cell.last_accessed is None:
            return self.tr("Not started")
        return i18n.percent(cell.completion_percentage)

    def _no_attempt(self, lesson: LessonSummary) -> str:
        return self.tr("Not tried") if lesson.has_quiz else self.tr("No quiz")

    def _quiz_text(self, quiz: QuizResult, column: int) -> str:
        if column == 4:
            if quiz.not_counted:
                return self.tr("{count} (and {more} not counted)").format(
                    count=i18n.number(quiz.attempts), more=i18n.number(quiz.not_counted)
                )
            return i18n.number(quiz.attempts)
        if column == 5:
            if quiz.score is None or quiz.percent is None:
                return ""
            return self.tr("{score} of {top} ({percent})").format(
                score=i18n.number(quiz.score),
                top=i18n.number(quiz.max_score or 0),
                percent=i18n.percent(quiz.percent),
            )
        return self.tr("Passed") if quiz.passed else self.tr("Not yet")


class _MeasuredDelegate(QStyledItemDelegate):
    """Qt's own size of each cell, remembered: by cell until the model says its rows
    changed, and by what decides it (its words, its font, the width it wraps in)
    until the table's font or style changes.  A table whose columns and rows fit
    their contents asks again on every layout, several times per show, each time
    eight calls into the model and a text layout per cell: for a class of 500 that
    stalled the page (issue #17, benchmarks/ui_class_page.py)."""

    LIMIT = 8192  # sizes remembered at most, of each kind (then forgotten all at once)
    _WRAP = QStyleOptionViewItem.ViewItemFeature.WrapText

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._model: QAbstractItemModel | None = None
        self._sizes: dict[tuple[int, int, int], QSize] = {}  # (row, column, wrap width)
        self._known: dict[tuple[object, ...], QSize] = {}  # (words, fonts, wrap width)
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.forget()
            self._known.clear()
        return False

    def forget(self, *_change: object) -> None:
        self._sizes.clear()

    def _watch(self, model: QAbstractItemModel) -> None:
        self._model = model
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.dataChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.rowsMoved,
            model.columnsInserted,
            model.columnsRemoved,
            model.columnsMoved,
        ):
            signal.connect(self.forget)
        self.forget()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        model = index.model()
        if model is None:
            return super().sizeHint(option, index)
        if model is not self._model:
            self._watch(model)
        cell = (index.row(), index.column())
        rect = option.rect
        if not (self._table.wordWrap() and rect.isValid()):
            return self._size((*cell, -1), option, index)
        line = self._sizes.get((*cell, -1))
        if line is None:
            flat = QStyleOptionViewItem(option)
            flat.features &= ~self._WRAP
            line = self._size((*cell, -1), flat, index)
        if line.width() <= rect.width():  # fits on one line: wrapping breaks nothing
            return line
        return self._size((*cell, rect.width()), option, index)

    def _size(
        self, key: tuple[int, int, int], option: QStyleOptionViewItem, index: ModelIndex
    ) -> QSize:
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= self.LIMIT:
                self._sizes.clear()
            size = self._sizes[key] = self._measured(key[2], option, index)
        return size

    def _measured(self, width: int, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """By what decides the size: a class shown again after a sync keeps most words."""
        font = index.data(Qt.ItemDataRole.FontRole)
        words = (
            index.data(Qt.ItemDataRole.DisplayRole),
            font.key() if isinstance(font, QFont) else None,
            option.font.key(),
            width,
        )
        size = self._known.get(words)
        if size is None:
            if len(self._known) >= self.LIMIT:
                self._known.clear()
            size = self._known[words] = super().sizeHint(option, index)
        return size


def _table(parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setAccessibleName(name)
    table.setItemDelegate(_MeasuredDelegate(table))
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # one Tab stop: the arrows move between cells
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setStyleSheet(_item_style(LIGHT))
    return table


def _item_style(colors: Colors) -> str:
    """Cells padded as the headers are (lantern.qss): a number never touches the words
    beside it; a selected row's words (the red "Needs help" too) in the accent's text
    colour, readable on the accent."""
    return (
        "QTableView::item { padding: 4px 6px; }"
        f"QTableView::item:selected {{ color: {colors.accent_text}; }}"
    )


def _sized(table: QTableView, stretch: int) -> None:
    """Columns as wide as their words in the rows shown and the next SIZED_ROWS;
    ``stretch`` takes what is left."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(60)
    # Qt measures every row otherwise (up to 1,000), several times per show: half a
    # second for a class of 500 (issue #17, benchmarks/ui_class_page.py).  A longer
    # word further down is cut with "…"
    header.setResizeContentsPrecision(SIZED_ROWS)


def _fit(table: QTableView, rows: int) -> None:
    """Tall enough for ``rows`` (up to VISIBLE_ROWS), and the scroll bar when it has one."""
    shown = min(rows, VISIBLE_ROWS)
    lines = sum(table.rowHeight(row) for row in range(shown))
    height = (
        table.horizontalHeader().sizeHint().height()
        + (lines or table.verticalHeader().defaultSectionSize())
        + 2 * table.frameWidth()
    )
    bar = table.horizontalScrollBar()
    if bar.maximum() > bar.minimum():  # wider than the page: its scroll bar takes a line
        height += bar.sizeHint().height()
    table.setFixedHeight(height)


class ClassPage(QWidget):
    """A taught course's class; ``show_class`` gives it what the read found."""

    export_requested = Signal(str)  # course id
    course_chosen = Signal(str)  # course id: the teacher picked another course

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ClassPageData | None = None
        self._wanted: str | None = None  # the course last chosen, while its read runs
        self._selected: str | None = None  # the learner whose lessons are shown
        self.body = QWidget(self)
        self.body.setAccessibleName(self.tr("Class of the course"))
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        self._build_header(layout)
        self._build_learners(layout)
        self._build_lessons(layout)
        layout.addStretch(1)
        self._refit = QTimer(self)  # the tables' heights, once Qt has laid their rows out
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.on_refit_timeout)
        for table in (self.learners_table, self.cells_table, self.lessons_table):
            # wider than the page (a narrow window): room for the scroll bar
            table.horizontalScrollBar().rangeChanged.connect(self.on_table_scroll_range_changed)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Class"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no silent Tab stop: its controls are
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._show_nothing()

    # building ---------------------------------------------------------------------
    def _label(self, what: str, object_name: str = "", *, wrap: bool = False) -> QLabel:
        """A label read by its words (its accessible name is its text); ``what`` describes it."""
        label = QLabel(self.body)
        label.setAccessibleDescription(what)
        if object_name:
            label.setObjectName(object_name)
        if object_name in ("pageTitle", "sectionTitle"):
            make_heading(label)
        label.setWordWrap(wrap)
        return label

    def _build_header(self, layout: QVBoxLayout) -> None:
        top = QHBoxLayout()
        title = self._label(self.tr("Class"), "pageTitle")
        title.setText(self.tr("Class"))
        top.addWidget(title)
        top.addSpacing(16)
        self.course_label = self._label(self.tr("Course"))
        self.course_label.setText(self.tr("Course:"))
        self.course_choice = QComboBox(self.body)
        self.course_choice.setAccessibleName(self.tr("Course"))
        self.course_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.course_label.setBuddy(self.course_choice)
        self.course_choice.activated.connect(self.on_course_choice_activated)
        top.addWidget(self.course_label)
        top.addWidget(self.course_choice)
        top.addStretch(1)
        self.export_button = QPushButton(self.tr("Export to CSV…"), self.body)
        self.export_button.setAccessibleName(self.tr("Export the class to a CSV file"))
        self.export_button.clicked.connect(self.on_export_clicked)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.heading = self._label(self.tr("Course"), "sectionTitle", wrap=True)
        self.as_of = self._label(self.tr("When the class was synced"), "pageSubtitle", wrap=True)
        self.empty = self._label(self.tr("No learners"), "muted", wrap=True)
        for label in (self.heading, self.as_of, self.empty):
            layout.addWidget(label)

    def _build_learners(self, layout: QVBoxLayout) -> None:
        self.learners_title = self._label(self.tr("Learners"), "sectionTitle")
        self.learners_title.setText(self.tr("Learners"))
        self.learners_model = LearnersModel(self)
        self.learners_proxy = QIdentityProxyModel(self)  # the model sorts itself
        self.learners_proxy.setSourceModel(self.learners_model)
        self.learners_table = _table(self.body, self.tr("Learners"))
        self.learners_table.setModel(self.learners_proxy)
        self.learners_table.setSortingEnabled(True)
        self.learners_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        _sized(self.learners_table, LearnersModel.HELP_COLUMN)
        self.learners_table.selectionModel().selectionChanged.connect(
            self.on_learners_selection_changed
        )
        self.rule = self._label(self.tr("Who needs help"), "muted", wrap=True)
        self.rule.setText(self.rule_text())
        self.cells_title = self._label(self.tr("Lessons of the selected learner"), "sectionTitle")
        self.cells_hint = self._label(self.tr("Hint"), "muted", wrap=True)
        self.cells_hint.setText(self.tr("Select a learner to see their lessons."))
        self.cells_model = CellsModel(self)
        self.cells_table = _table(self.body, self.tr("Lessons of the selected learner"))
        self.cells_table.setModel(self.cells_model)
        self.cells_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        _sized(self.cells_table, 0)
        for widget in (
            self.learners_title,
            self.learners_table,
            self.rule,
            self.cells_title,
            self.cells_hint,
            self.cells_table,
        ):
            layout.addWidget(widget)

    def _build_lessons(self, layout: QVBoxLayout) -> None:
        self.lessons_title = self._label(self.tr("Lessons and quizzes"), "sectionTitle")
        self.lessons_title.setText(self.tr("Lessons and quizzes"))
        self.lessons_model = LessonsModel(self)
        self.lessons_table = _table(self.body, self.tr("Lessons and quizzes"))
        self.lessons_table.setModel(self.lessons_model)
        self.lessons_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # a question's prompt is read whole: its row grows a line rather than cut it
        self.lessons_table.setWordWrap(True)
        rows = self.lessons_table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # one line: as high as the others
        rows.sectionResized.connect(self.on_table_row_resized)
        _sized(self.lessons_table, LessonsModel.MISSED_COLUMN)
        self.left = self._label(self.tr("Learners who left"), "muted", wrap=True)
        for widget in (self.lessons_title, self.lessons_table, self.left):
            layout.addWidget(widget)

    def rule_text(self) -> str:
        return self.tr(
            "“Needs help” means: an assessed quiz failed at least {failed} and not passed, "
            "or no study in this course for %Ln day(s) or more (counted from enrolling "
            "for a learner who has not started) while the course is not completed.",
            "",
            INACTIVE_DAYS,
        ).format(failed=times(FAILED_ASSESSED))

    # showing ------------------------------------------------------------------------
    @property
    def view(self) -> ClassView | None:
        return self.data.view if self.data is not None else None

    @property
    def course_id(self) -> str | None:
        """The course shown, or the one chosen while its class is being read."""
        view = self.view
        return self._wanted or (view.course_id if view is not None else None)

    def show_class(self, data: ClassPageData) -> None:
        """What the read found; a late answer for a course no longer chosen is dropped."""
        view = data.view
        wanted = self._wanted
        ids = [course for course, _title in data.courses]
        if view is not None and wanted in ids and view.course_id != wanted:
            return
        self.data = data
        self._show_courses(data.courses, view.course_id if view is not None else None)
        if view is None:
            self._show_nothing()
            return
        self._wanted = view.course_id
        self._show_view(view)

    def _show_courses(self, courses: tuple[tuple[str, str], ...], current: str | None) -> None:
        choice = self.course_choice
        choice.blockSignals(True)
        choice.clear()
        for course_id, title in courses:
            choice.addItem(title, course_id)
        at = choice.findData(current)
        choice.setCurrentIndex(max(at, 0))
        choice.blockSignals(False)
        several = len(courses) > 1
        choice.setVisible(several)
        self.course_label.setVisible(several)

    def _show_nothing(self) -> None:
        self.heading.setText(self.tr("No class on this computer"))
        self.as_of.hide()
        self.empty.setText(self.tr("No course you teach is on this computer."))
        self.empty.show()
        self.export_button.setEnabled(False)
        for widget in self._class_widgets():
            widget.hide()
        self.left.hide()

    def _class_widgets(self) -> tuple[QWidget, ...]:
        return (
            self.learners_title,
            self.learners_table,
            self.rule,
            self.cells_title,
            self.cells_hint,
            self.cells_table,
            self.lessons_title,
            self.lessons_table,
        )

    def _show_view(self, view: ClassView) -> None:
        self.heading.setText(self.tr("{course} — class").format(course=view.title))
        self.as_of.setText(self._as_of_text(view))
        self.as_of.show()
        self.export_button.setEnabled(True)
        self.learners_model.set_view(view)
        self.lessons_model.set_view(view)
        has_learners = bool(view.learners)
        for widget in self._class_widgets():
            widget.setVisible(has_learners)
        self.empty.setVisible(not has_learners)
        self.empty.setText(self._empty_text(view))
        self.left.setVisible(view.left > 0)
        self.left.setText(self._left_text(view.left))
        self._reselect()
        self._fit_later()

    def _fit_later(self) -> None:
        """The tables fitted to the new rows on a later turn of the event loop, and the
        page painted once they are, not before.

        Showing the models' new rows, measuring their words (the columns' widths, the
        tables' heights) and painting them took 45–100 ms of one turn for a class of
        500 (issue #17, benchmarks/ui_class_page.py).  Now this turn only resets the
        models; Qt lays the tables' items out (and measures) on its own 0 ms timers,
        then ``on_refit_timeout`` fits their heights and lets the page paint: held
        until then, no frame shows the tables at the last class's heights."""
        self.body.setUpdatesEnabled(False)
        self._refit.start()

    def _as_of_text(self, view: ClassView) -> str:
        if view.as_of is None:
            return self.tr("Not synced yet — the class appears after the next sync")
        when = view.as_of
        return self.tr("As of {date} {time} · %Ln learner(s)", "", len(view.learners)).format(
            date=timefmt.date(when), time=timefmt.clock(when)
        )

    def _empty_text(self, view: ClassView) -> str:
        if view.as_of is None:
            return self.tr("The learners of this course appear here after the next sync.")
        return self.tr(
            "No learners in this course yet. Learners who enroll appear here after a sync."
        )

    def _left_text(self, left: int) -> str:
        return self.tr("%Ln learner(s) left the course.", "", left)

    # the selected learner -----------------------------------------------------------
    def selected_learner(self) -> ClassLearner | None:
        rows = self.learners_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.learners_model.learner(self.learners_proxy.mapToSource(rows[0]))

    def select_learner(self, user_id: str) -> bool:
        """Select the learner ``user_id`` (their lessons show below); False if not here."""
        row = self.learners_model.row_of(user_id)
        if row is None:
            return False
        # found in the source by id, then selected where the sort shows it
        shown = self.learners_proxy.mapFromSource(self.learners_model.index(row, 0))
        self.learners_table.selectRow(shown.row())
        return True

    def _reselect(self) -> None:
        """After a refresh, the same learner stays selected (if still in the class)."""
        wanted = self._selected
        if wanted is None or not self.select_learner(wanted):
            self._show_cells(None)

    def on_learners_selection_changed(
        self, _selected: QItemSelection, _gone: QItemSelection
    ) -> None:
        self._show_cells(self.selected_learner())

    def _show_cells(self, learner: ClassLearner | None) -> None:
        view = self.view
        self._selected = learner.user_id if learner is not None else None
        self.cells_model.set_learner(learner, view.lessons if view is not None else ())
        has_learners = view is not None and bool(view.learners)
        chosen = learner is not None and has_learners
        self.cells_table.setVisible(chosen)
        self.cells_title.setVisible(has_learners)
        self.cells_hint.setVisible(has_learners and not chosen)
        if learner is not None:
            name = self.tr("Lessons of {name}").format(name=learner.name)
            self.cells_title.setText(name)
            self.cells_table.setAccessibleName(name)
        else:
            self.cells_title.setText(self.tr("Lessons of a learner"))
        _fit(self.cells_table, self.cells_model.rowCount())

    # sizes --------------------------------------------------------------------------
    def on_table_scroll_range_changed(self, _low: int, _high: int) -> None:
        self._refit.start()

    def on_table_row_resized(self, _row: int, _old: int, _new: int) -> None:
        self._refit.start()  # once the header has every row's new height

    def on_refit_timeout(self) -> None:
        self._fit_tables()
        self.body.setUpdatesEnabled(True)  # if held (``_fit_later``): painted whole now

    def _fit_tables(self) -> None:
        _fit(self.learners_table, self.learners_model.rowCount())
        _fit(self.cells_table, self.cells_model.rowCount())
        _fit(self.lessons_table, self.lessons_model.rowCount())

    def set_colors(self, colors: Colors) -> None:
        self.learners_model.colors = colors
        for table in (self.learners_table, self.cells_table, self.lessons_table):
            table.setStyleSheet(_item_style(colors))

    # exporting ----------------------------------------------------------------------
    def on_export_clicked(self) -> None:
        course_id = self.course_id
        if course_id is None:
            return
        self.export_requested.emit(course_id)  # the shell asks where and writes it

    def on_course_choice_activated(self, index: int) -> None:
        course_id = self.course_choice.itemData(index)
        if isinstance(course_id, str) and course_id != self.course_id:
            self._wanted = course_id
            self.course_chosen.emit(course_id)
