"""Downloaded courses' files as they arrive, per course and all together.

The background fetch (``desktop.sync.download.download_missing_pictures``,
run by the app after each sync) reports each course's bytes through a
:class:`FilesRelay` from its worker thread; the relay's signal crosses to
the GUI thread, where :class:`FilesBoard` hands each report to the course
page (when it shows that course) and sums every course still arriving into
the status bar: "Downloading files: 120 MB of 400 MB · 8 MB/s · about
35 s left".
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from desktop.sync.download import FilesProgress
from desktop.ui.course.view import CourseView
from desktop.ui.i18n import translate
from desktop.ui.widgets.transfer_rate import TransferRate, progress_words


class FilesRelay(QObject):
    """Lives on the GUI thread; ``report`` may be called from any thread.

    What it carries is opaque to it (the app sends the learner's shell with
    each report, so a report of a learner who has left goes nowhere)."""

    reported = Signal(object)

    def report(self, news: object) -> None:
        self.reported.emit(news)  # queued to the GUI thread


class FilesBoard:
    def __init__(self, course: CourseView, status: QLabel) -> None:
        self.course = course
        self.status = status
        self.live: dict[str, tuple[int, int]] = {}  # course id: (done, total)
        self.rate = TransferRate()
        self._base = 0  # bytes of courses that finished during this run of reports
        self.clock = time.monotonic  # when each report arrived (tests set theirs)

    def show(self, progress: FilesProgress) -> None:
        self.course.show_files_progress(
            progress.course_id, progress.bytes_done, progress.bytes_total, progress.finished
        )
        if progress.finished:
            done, _total = self.live.pop(progress.course_id, (0, 0))
            self._base += done
        elif progress.bytes_done < progress.bytes_total:
            self.live[progress.course_id] = (progress.bytes_done, progress.bytes_total)
        if not self.live:
            self.status.hide()
            self.rate, self._base = TransferRate(), 0
            return
        done = sum(d for d, _t in self.live.values())
        total = sum(t for _d, t in self.live.values())
        # the rate follows every byte of this run, finished courses' included
        self.rate.add(self.clock(), self._base + done)
        count = len(self.live)
        progress_text = progress_words(done, total, self.rate)
        if count == 1:
            text = translate("FilesBoard", "Downloading files: {progress}")
        else:
            text = translate(
                "FilesBoard", "Downloading files of %Ln course(s): {progress}", "", count
            )
        self.status.setText(text.format(progress=progress_text))
        self.status.show()
