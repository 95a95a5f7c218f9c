"""Pending changes: what is waiting to sync, in the learner's words, with its state.

The store says what each change did as data (``desktop.store.reads.ChangeWhat``);
:func:`describe_change` words it.  A guest's work is never synced: their changes
are listed as kept on this computer, not as waiting."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.protocol.push import REFUSED
from desktop.ui import i18n
from desktop.ui.i18n import translate
from desktop.ui.shell.status_bar import guest_words
from desktop.ui.theme import LIGHT, Colors
from desktop.ui.viewdata import ChangeState, PendingChange
from desktop.ui.widgets import timefmt
from desktop.ui.widgets.accessible import make_heading
from desktop.ui.widgets.rows_model import ModelIndex, RowsTableModel

if TYPE_CHECKING:  # annotations only: the window's first frame needs no store reads
    from desktop.store.reads import ChangeWhat

# in English, translated where shown (``describe_state``)
_STATE_WORDS = {
    ChangeState.WAITING: str(QT_TRANSLATE_NOOP("pending", "Waiting")),
    ChangeState.SENT: str(QT_TRANSLATE_NOOP("pending", "Sent")),
    ChangeState.REJECTED: str(QT_TRANSLATE_NOOP("pending", "Rejected")),
}


# A change to a lesson: (the lesson named, the lesson not on this computer), in
# English, translated where shown (``_lesson_change``).  {number} and {title}: the
# lesson's position and title; {duration}: the time studied.
_LESSON_CHANGES = {
    "progress.open": (
        QT_TRANSLATE_NOOP("pending", "Opened Lesson {number} “{title}”"),
        QT_TRANSLATE_NOOP("pending", "Opened a lesson"),
    ),
    "progress.section": (
        QT_TRANSLATE_NOOP("pending", "Progress in Lesson {number} “{title}”"),
        QT_TRANSLATE_NOOP("pending", "Progress in a lesson"),
    ),
    "progress.time": (
        QT_TRANSLATE_NOOP("pending", "{duration} of study, Lesson {number} “{title}”"),
        QT_TRANSLATE_NOOP("pending", "{duration} of study, a lesson"),
    ),
    "progress.complete": (
        QT_TRANSLATE_NOOP("pending", "Lesson {number} “{title}” completed"),
        QT_TRANSLATE_NOOP("pending", "a lesson completed"),
    ),
    "quiz.submit": (
        QT_TRANSLATE_NOOP("pending", "Quiz attempt, Lesson {number} “{title}”"),
        QT_TRANSLATE_NOOP("pending", "Quiz attempt, a lesson"),
    ),
}


def describe_change(what: ChangeWhat) -> str:
    """The "What" of a change: what the learner did, in their words."""
    if what.kind in _LESSON_CHANGES:
        return _lesson_change(what)
    if what.kind == "enrollment.set":
        return _enrollment(what)
    if what.kind == "rating.set":
        rating = i18n.number(what.rating or 0)
        if what.course_title is None:
            return translate("pending", "Rated a course {rating}/5").format(rating=rating)
        return translate("pending", "Rated “{title}” {rating}/5").format(
            title=what.course_title, rating=rating
        )
    if what.kind == "notification.read":
        return translate("pending", "Notification marked as read")
    return translate("pending", "Change of kind {kind}").format(kind=what.kind)


def _lesson_change(what: ChangeWhat) -> str:
    named, unnamed = (str(words) for words in _LESSON_CHANGES[what.kind])
    values = {"duration": timefmt.duration(what.seconds)}
    if what.lesson is None:
        return translate("pending", unnamed).format(**values)  # marked above (QT_TRANSLATE_NOOP)
    return translate("pending", named).format(  # marked above (QT_TRANSLATE_NOOP)
        number=i18n.number(what.lesson.position), title=what.lesson.title, **values
    )


def _enrollment(what: ChangeWhat) -> str:
    title = what.course_title
    if what.enrolled:
        if title is None:
            return translate("pending", "Enrolled in a course")
        return translate("pending", "Enrolled in “{title}”").format(title=title)
    if title is None:
        return translate("pending", "Left a course")
    return translate("pending", "Left “{title}”").format(title=title)


def rejection_reason(reason: str) -> str:
    """The server's reason, in its words; the protocol's stand-in for none, in ours."""
    if reason == REFUSED:
        return translate("pending", "refused by the server")
    return reason


def describe_state(change: PendingChange, *, guest: bool = False) -> str:
    if change.state is ChangeState.REJECTED and change.reason:
        return translate("pending", "Rejected: {reason}").format(
            reason=rejection_reason(change.reason)
        )
    if guest and change.state is ChangeState.WAITING:
        return translate("pending", "Kept on this computer")  # a guest's work is never sent
    return translate("pending", _STATE_WORDS[change.state])  # marked above (QT_TRANSLATE_NOOP)


class PendingModel(RowsTableModel[PendingChange]):
    # in English, translated where shown (``headerData``)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("PendingModel", "What")),
        str(QT_TRANSLATE_NOOP("PendingModel", "When")),
        str(QT_TRANSLATE_NOOP("PendingModel", "State")),
    )

    def __init__(self, parent: QObject | None = None, *, colors: Colors = LIGHT) -> None:
        super().__init__(parent)
        self.colors = colors
        self.guest = False  # a guest's changes stay on this computer: never "Waiting"

    def set_guest(self, guest: bool) -> None:
        if guest != self.guest:
            self.guest = guest
            self.replace_rows(self._rows)  # every state reads anew

    def set_changes(self, rows: list[PendingChange]) -> None:
        self.replace_rows(list(rows))  # the store's order: sent first, then waiting by sequence

    def counts(self) -> dict[ChangeState, int]:
        result = dict.fromkeys(ChangeState, 0)
        for row in self._rows:
            result[row.state] += 1
        return result

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        header = super().headerData(section, orientation, role)
        if isinstance(header, str):
            return translate("PendingModel", header)  # marked above (QT_TRANSLATE_NOOP)
        return header

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        change = self.row_at(index)
        if change is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                describe_change(change.what),
                timefmt.short(change.created_at),
                describe_state(change, guest=self.guest),
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            return QColor(
                {
                    # a guest's kept change is no warning: nothing is going to be sent
                    ChangeState.WAITING: self.colors.muted if self.guest else self.colors.warning,
                    ChangeState.SENT: self.colors.success,
                    ChangeState.REJECTED: self.colors.danger,
                }[change.state]
            )
        if role == Qt.ItemDataRole.ToolTipRole and change.reason:
            return rejection_reason(change.reason)
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 0:
            # the row in one sentence where a reader starts it; every other cell is
            # read as it shows (the When column's time, the state)
            return self.tr("{change}, {state}").format(
                change=describe_change(change.what),
                state=describe_state(change, guest=self.guest),
            )
        return None


class PendingView(QWidget):
    # "Save my work to a file…": the waiting changes, for another Lantern to deliver
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PendingModel(self)
        title = QLabel(self.tr("Pending changes"), self)
        title.setObjectName("pageTitle")
        make_heading(title)
        self.summary = QLabel(self)
        self.summary.setObjectName("pageSubtitle")
        self.summary.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Changes waiting to sync"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # one Tab stop: Tab leaves the table, the arrows move inside it
        self.table.setTabKeyNavigation(False)
        # Thousands of offline changes must not make the GUI thread measure every
        # row: fixed row heights, no word wrap, columns sized once.
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 130)
        header.resizeSection(2, 300)
        # made after the table: Tab reaches them in the order the page shows them
        self.save_button = QPushButton(self.tr("Save my work to a file…"), self)
        self.save_button.setToolTip(
            self.tr(
                "No internet here for a while? Save the waiting changes to a file (a USB stick) "
                "and deliver it from a Lantern that is online; they are applied once, as yours."
            )
        )
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

    def set_guest(self, guest: bool) -> None:
        """A guest's work is never synced: their changes are kept here, not waiting."""
        self.model.set_guest(guest)
        self.table.setAccessibleName(
            self.tr("Pending changes") if guest else self.tr("Changes waiting to sync")
        )

    def set_colors(self, colors: Colors) -> None:
        self.model.colors = colors

    def show_changes(self, rows: list[PendingChange]) -> None:
        self.model.set_changes(rows)
        counts = self.model.counts()
        waiting, rejected = counts[ChangeState.WAITING], counts[ChangeState.REJECTED]
        self.save_button.setEnabled(waiting > 0 and not self.model.guest)
        self.summary.setText(self.summary_text(waiting, rejected))

    def summary_text(self, waiting: int, rejected: int) -> str:
        if self.model.guest:
            return guest_words()  # nothing of a guest's is ever sent
        if not waiting and not rejected:
            return self.tr("Nothing waiting — everything you did is on the server.")
        if not waiting:
            return self.tr(
                "Nothing waiting. %Ln could not be accepted by the server; the reason "
                "is shown next to each.",
                "",
                rejected,
            )
        sent_later = self.tr(
            "%Ln waiting to sync. Your work is saved on this computer and is sent "
            "the next time you are online.",
            "",
            waiting,
        )
        if not rejected:
            return sent_later
        refused = self.tr(
            "%Ln could not be accepted by the server; the reason is shown next to each.",
            "",
            rejected,
        )
        return self.tr("{waiting} {refused}", "two sentences of the summary, in this order").format(
            waiting=sent_later, refused=refused
        )
