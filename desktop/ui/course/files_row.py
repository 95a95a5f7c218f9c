"""The course page's row for a downloaded course's files: its video, sound,
PDFs and pictures, which arrive after the lessons' text (in the background,
after each sync) and can be large.

It shows the bytes here of the bytes chosen, the rate and the time left
while they arrive, and lets the learner pause (what arrived stays, a file
cut off mid-way goes on from where it stopped), resume, or stop fetching
them (the course becomes "text only"; the files already whole stay).
"""

from __future__ import annotations

import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QProgressBar, QPushButton, QWidget

from desktop.ui.viewdata import CourseDetail, OfflineState
from desktop.ui.widgets.sizes import data_size
from desktop.ui.widgets.transfer_rate import TransferRate, progress_words


class FilesRow(QWidget):
    pause_requested = Signal(bool)  # True: pause, False: resume
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, confirm: bool = True) -> None:
        super().__init__(parent)  # a plain container: it paints nothing itself
        self._confirm = confirm
        self.label = QLabel(self)
        self.label.setObjectName("muted")
        # no accessible name: the label is read by what it says ("Files: 2 MB still…")
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Files downloaded"))
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(160)
        self.bar.setRange(0, 1000)
        self.pause = QPushButton(self.tr("&Pause files"), self)
        self.cancel = QPushButton(self.tr("Stop downloading files…"), self)
        self.cancel.setFlat(True)
        self.cancel.setObjectName("quietAction")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar)
        row.addWidget(self.label, 1)
        row.addWidget(self.pause)
        row.addWidget(self.cancel)
        self.course_id = ""
        self.paused = False
        self.remaining: int | None = None
        self.live: tuple[int, int] | None = None  # (done, total) while files arrive
        self.rate = TransferRate()
        self.clock = time.monotonic  # when each report arrived (tests set theirs)
        self.pause.clicked.connect(self.on_pause_clicked)
        self.cancel.clicked.connect(self.on_cancel_clicked)
        self.hide()

    def show_course(self, course: CourseDetail) -> None:
        """The stored state: shown while a downloaded course's chosen files are
        not all here (or arrive right now)."""
        if course.id != self.course_id:
            self.course_id, self.live, self.rate = course.id, None, TransferRate()
        self.paused = course.files_paused
        self.remaining = course.files_remaining
        downloaded = course.offline_state in (OfflineState.AVAILABLE, OfflineState.UPDATE_AVAILABLE)
        if self.paused:
            self.live = None
        self.setVisible(downloaded and (bool(self.remaining) or self.live is not None))
        self._show()

    def show_progress(self, course_id: str, done: int, total: int, finished: bool) -> None:
        """What the background fetch reports for ``course_id`` as its files arrive."""
        if course_id != self.course_id:
            return
        if finished:
            self.live = None
            self.remaining = max(0, total - done)
            self.setVisible(bool(self.remaining))
        else:
            self.rate.add(self.clock(), done)
            self.live = (done, total)
            self.setVisible(True)
        self._show()

    def _show(self) -> None:
        self.pause.setText(self.tr("&Resume files") if self.paused else self.tr("&Pause files"))
        self.pause.setAccessibleName(
            self.tr("Resume files") if self.paused else self.tr("Pause files")
        )
        if self.live is not None:
            done, total = self.live
            self.bar.setVisible(True)
            self.bar.setValue(int(1000 * done / total) if total else 0)
            self.label.setText(
                self.tr("Files: {progress}").format(progress=progress_words(done, total, self.rate))
            )
            return
        self.bar.setVisible(False)
        left = data_size(self.remaining or 0)
        if self.paused:
            self.label.setText(
                self.tr("Files paused: {size} still to fetch. The lessons' text is here.").format(
                    size=left
                )
            )
        else:
            self.label.setText(
                self.tr("Files: {size} still to fetch; they arrive when online.").format(size=left)
            )

    def on_pause_clicked(self) -> None:
        self.paused = not self.paused
        if self.paused and self.live is not None:
            done, total = self.live
            self.remaining, self.live = total - done, None
        self._show()
        self.pause_requested.emit(self.paused)

    def on_cancel_clicked(self) -> None:
        if self._confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Stop downloading files"),
                self.tr(
                    "Stop downloading this course's video, sound and pictures? The lessons' "
                    "text stays, and so do the files already here; a file cut off mid-way "
                    "is deleted. Download the course again to fetch them."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.live = None
        self.hide()
        self.cancel_requested.emit()
