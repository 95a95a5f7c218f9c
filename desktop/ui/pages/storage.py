"""Settings › Storage: what each downloaded course takes on this computer.

One row per course with its size on disk and a Remove button; above them
the total and the free space of the disk the learner's data folder is on.
Sizes are written the learner's way (``QLocale.formattedDataSize``: "1.5 MB",
"1,5 MB").  Removing asks first (unless a test answers) and then emits
``remove_requested``; the learner's progress and quiz attempts stay.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store.replica import StorageReport
from desktop.ui.widgets.sizes import data_size


class StorageView(QWidget):
    remove_requested = Signal(str)  # course id

    def __init__(self, parent: QWidget | None = None, *, confirm: bool = True) -> None:
        super().__init__(parent)  # a plain widget holding the group: it paints nothing itself
        self._confirm = confirm
        # the controls Tab goes from and to around the Remove buttons (set by the page)
        self.tab_between: tuple[QWidget, QWidget] | None = None
        self.box = QGroupBox(self.tr("Storage"), self)
        self.report: StorageReport | None = None
        self.summary = QLabel(self.tr("Measuring the downloads…"), self.box)
        self.summary.setWordWrap(True)  # read by what it says: no name hides the sizes
        self.table = QTableWidget(0, 3, self.box)
        self.table.setAccessibleName(self.tr("Downloaded courses"))
        self.table.setHorizontalHeaderLabels([self.tr("Course"), self.tr("On this computer"), ""])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the Remove buttons
        # …and from the last one out of the table: Tab never walks its cells (a trap)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No course is downloaded to this computer."), self.box)
        self.empty.setObjectName("muted")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.box)
        layout = QVBoxLayout(self.box)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.empty.hide()

    def show_report(self, report: StorageReport) -> None:
        self.report = report
        count = len(report.courses)
        self.summary.setText(
            self.tr(
                "%Ln downloaded course(s) [uses|use] {total} of this computer; "
                "{free} free on its disk.",
                "",
                count,
            ).format(total=data_size(report.total), free=data_size(report.free))
        )
        self.table.setRowCount(count)
        for row, course in enumerate(report.courses):
            title = QTableWidgetItem(course.title)
            size = QTableWidgetItem(data_size(course.total))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            size.setToolTip(
                self.tr(
                    "Lessons {lessons}, pictures and files {files} (%Ln file(s))", "", course.files
                ).format(lessons=data_size(course.lesson_bytes), files=data_size(course.file_bytes))
            )
            self.table.setItem(row, 0, title)
            self.table.setItem(row, 1, size)
            remove = QPushButton(self.tr("Remove…"), self.table)
            remove.setAccessibleName(
                self.tr("Remove the download of {title}").format(title=course.title)
            )
            remove.clicked.connect(
                lambda _checked=False, c=course.course_id: self.on_remove_clicked(c)
            )
            self.table.setCellWidget(row, 2, remove)
        self._order_buttons(count)
        self.table.setVisible(count > 0)
        self.empty.setVisible(count == 0)
        if count:
            rows = sum(self.table.rowHeight(r) for r in range(count))
            self.table.setFixedHeight(
                min(rows, 8 * self.table.rowHeight(0))
                + self.table.horizontalHeader().height()
                + 2 * self.table.frameWidth()
            )

    def _order_buttons(self, count: int) -> None:
        """New buttons join the end of the window's Tab chain: put them where they show."""
        if self.tab_between is None or not count:
            return
        before, after = self.tab_between
        buttons = [self.table.cellWidget(row, 2) for row in range(count)]
        for first, second in itertools.pairwise([before, *buttons, after]):
            QWidget.setTabOrder(first, second)

    def remove_button(self, course_id: str) -> QPushButton:
        assert self.report is not None
        row = [c.course_id for c in self.report.courses].index(course_id)
        button = self.table.cellWidget(row, 2)
        assert isinstance(button, QPushButton)
        return button

    def on_remove_clicked(self, course_id: str) -> None:
        course = next(
            (c for c in (self.report.courses if self.report else ()) if c.course_id == course_id),
            None,
        )
        if course is None:
            return
        if self._confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Remove download"),
                self.tr(
                    "Remove the download of “{title}” from this computer? "
                    "It gives back {size}. Your progress, time and quiz "
                    "attempts stay; download the course again to read it offline."
                ).format(title=course.title, size=data_size(course.total)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.remove_requested.emit(course_id)
