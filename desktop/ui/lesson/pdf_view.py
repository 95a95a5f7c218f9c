"""A PDF of the lesson, above its text: pages, zoom, and where the learner was.

Pages are drawn by PDFium through ``pypdfium2`` — the engine Qt's own QtPdf
wraps, which PySide6 6.12 no longer ships in PySide6-Addons — on one
worker thread of its own (PDFium must not run on two threads at once), so
a large page never holds up the window.  ←/→ or Page Up/Down turn pages,
Home and End go to the first and last, + and − zoom, Esc closes.  Each page
shown counts as seen; the section progress of the file (``watching``) is
the share of pages seen and the page the learner was on, so the PDF opens
there next time.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import i18n
from desktop.ui.lesson.watching import Watched, media_key
from desktop.ui.viewdata import MediaView

log = logging.getLogger(__name__)

#: what the page worker reports instead of an error's own text (``PdfView.problem_text``)
NO_PAGES = "\x00no pages"
DAMAGED = "\x00damaged"
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
#: the most pixels a page is drawn with, whatever its size in the file says
MAX_SIDE = 4000
VIEW_HEIGHT = 420


class _Signals(QObject):
    drawn = Signal(int, int, QImage, int, str)  # request, page, image, page count, problem


class EmptyPdf(ValueError):
    """The file is a PDF with no pages."""


class _DrawPage(QRunnable):
    """Opens the file and draws one page (a fresh document each time: nothing
    of PDFium's is shared between threads)."""

    def __init__(self, path: str, page: int, scale: float, request: int, signals: _Signals) -> None:
        super().__init__()
        self.path, self.page, self.scale, self.request = path, page, scale, request
        self.signals = signals

    def run(self) -> None:
        try:
            image, count = draw_page(self.path, self.page, self.scale)
        except Exception as error:  # PDFium's errors, a damaged or vanished file
            log.warning("PDF page could not be drawn: %s", error)
            problem = NO_PAGES if isinstance(error, EmptyPdf) else str(error) or DAMAGED
            self.signals.drawn.emit(self.request, self.page, QImage(), 0, problem)
            return
        self.signals.drawn.emit(self.request, self.page, image, count, "")


def draw_page(path: str, page: int, scale: float) -> tuple[QImage, int]:
    """Page ``page`` (0-based) of the PDF at ``path`` at ``scale`` (1 = 72 dpi), and the count."""
    import pypdfium2 as pdfium  # loaded on the worker, with the first PDF

    document = pdfium.PdfDocument(path)
    try:
        count = len(document)
        if count == 0:
            raise EmptyPdf("the PDF has no pages")  # untranslated: a code; problem_text words it
        sheet = document[max(0, min(page, count - 1))]
        width, height = sheet.get_size()
        scale = min(scale, MAX_SIDE / max(width, height, 1))
        bitmap = sheet.render(scale=scale, rev_byteorder=True)  # RGB, as QImage reads it
        image = QImage(
            bytes(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGB888,
        ).copy()
        return image, count
    finally:
        document.close()


class PdfView(QFrame):
    progressed = Signal(str, dict)  # section key, its entry
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.item: MediaView | None = None
        self.watched: Watched | None = None
        self.page = 0
        self.count = 0
        self.zoom = ZOOMS.index(1.0)
        self._request = 0
        self._saved: dict[str, Any] | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.drawn.connect(self.on_drawn)
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.hide()
        self.sheet = QLabel(self)
        self.sheet.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages_area = QScrollArea(self)
        self.pages_area.setWidget(self.sheet)
        self.pages_area.setWidgetResizable(True)
        self.pages_area.setMinimumHeight(VIEW_HEIGHT)
        self.previous = QPushButton(self.tr("Previous page"), self)
        self.next = QPushButton(self.tr("Next page"), self)
        self.page_label = QLabel(self)
        self.page_label.setAccessibleName(self.tr("Page"))
        self.zoom_out = QPushButton("−", self)
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.zoom_label = QLabel(self._zoom_text(), self)
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.zoom_in = QPushButton("+", self)
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the document"))
        self._build_layout()
        self.previous.clicked.connect(lambda: self.go_to(self.page - 1))
        self.next.clicked.connect(lambda: self.go_to(self.page + 1))
        self.zoom_out.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_in.clicked.connect(lambda: self.step_zoom(1))
        self.close_button.clicked.connect(self.close_view)

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.close_button)
        controls = QHBoxLayout()
        controls.addWidget(self.previous)
        controls.addWidget(self.page_label)
        controls.addWidget(self.next)
        controls.addStretch(1)
        controls.addWidget(self.zoom_out)
        controls.addWidget(self.zoom_label)
        controls.addWidget(self.zoom_in)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.pages_area, 1)
        layout.addLayout(controls)

    def open(self, item: MediaView) -> bool:
        self.close_view(quiet=True)
        self.item = item
        self.title.setText(item.title)
        self.setAccessibleName(item.title)  # the panel, as a screen reader names it
        self.watched = Watched(0.0, item.progress)
        self._saved = None
        self.page = int(self.watched.position)
        self.count = 0
        self.message.hide()
        self.sheet.clear()
        self.show()
        if item.file is None:
            self.message.setText(
                self.tr("This file is not downloaded yet: download the course first.")
            )
            self.message.show()
            self._update_controls()
            return False
        self._draw()
        self.setFocus()
        return True

    def go_to(self, page: int) -> None:
        if self.item is None or self.item.file is None or self.count == 0:
            return
        page = max(0, min(page, self.count - 1))
        if page != self.page:
            self.page = page
            self._draw()

    def step_zoom(self, step: int) -> None:
        zoom = max(0, min(len(ZOOMS) - 1, self.zoom + step))
        if zoom != self.zoom:
            self.zoom = zoom
            self.zoom_label.setText(self._zoom_text())
            self._draw()

    def _zoom_text(self) -> str:
        """ "125 %": the zoom, in the locale's digits."""
        return self.tr("{zoom} %").format(zoom=i18n.number(round(ZOOMS[self.zoom] * 100)))

    def _page_text(self) -> str:
        """ "Page 2 of 3"."""
        return self.tr("Page {page} of {count}").format(
            page=i18n.number(self.page + 1), count=i18n.number(self.count)
        )

    def problem_text(self, problem: str) -> str:
        """What ``on_drawn`` says of a page it could not draw (an error's own text,
        or one of the worker's reports)."""
        if problem == NO_PAGES:
            detail = self.tr("the PDF has no pages")
        elif problem == DAMAGED:
            detail = self.tr("damaged")
        else:
            detail = problem
        return self.tr("This PDF could not be shown ({error}).").format(error=detail)

    def _draw(self) -> None:
        if self.item is None or self.item.file is None:
            return
        self._request += 1
        scale = ZOOMS[self.zoom] * self.devicePixelRatioF() * 96 / 72
        self._pool.start(_DrawPage(self.item.file, self.page, scale, self._request, self._signals))
        self._update_controls()

    def on_drawn(self, request: int, page: int, image: QImage, count: int, problem: str) -> None:
        if request != self._request or self.item is None:
            return  # an older page, or the view was closed meanwhile
        if problem:
            self.message.setText(self.problem_text(problem))
            self.message.show()
            self.sheet.clear()
            return
        self.count = count
        self.page = min(page, count - 1)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.sheet.setPixmap(pixmap)
        self.sheet.setAccessibleName(self._page_text())
        if self.watched is not None:
            self.watched.set_duration(count)
            self.watched.seen(self.page, self.page + 1)
        self._update_controls()
        self.save()

    def _update_controls(self) -> None:
        known = self.count > 0
        self.page_label.setText(self._page_text() if known else "")
        self.previous.setEnabled(known and self.page > 0)
        self.next.setEnabled(known and self.page < self.count - 1)
        self.zoom_out.setEnabled(self.zoom > 0)
        self.zoom_in.setEnabled(self.zoom < len(ZOOMS) - 1)

    def save(self) -> None:
        if self.item is None or self.watched is None or not self.watched.parts:
            return
        entry = self.watched.entry()
        entry["position"] = self.page
        if entry != self._saved:
            self._saved = entry
            self.progressed.emit(media_key(self.item.path), entry)

    def close_view(self, *, quiet: bool = False) -> None:
        self.save()
        self._request += 1  # a page still being drawn is dropped
        self.item = None
        self.sheet.clear()
        self.hide()
        if not quiet:
            self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        action = _KEYS.get(Qt.Key(event.key()))
        if action is None:
            super().keyPressEvent(event)
        else:
            action(self)


_KEYS: dict[Qt.Key, Any] = {
    Qt.Key.Key_Right: lambda v: v.go_to(v.page + 1),
    Qt.Key.Key_PageDown: lambda v: v.go_to(v.page + 1),
    Qt.Key.Key_Left: lambda v: v.go_to(v.page - 1),
    Qt.Key.Key_PageUp: lambda v: v.go_to(v.page - 1),
    Qt.Key.Key_Home: lambda v: v.go_to(0),
    Qt.Key.Key_End: lambda v: v.go_to(v.count - 1),
    Qt.Key.Key_Plus: lambda v: v.step_zoom(1),
    Qt.Key.Key_Equal: lambda v: v.step_zoom(1),
    Qt.Key.Key_Minus: lambda v: v.step_zoom(-1),
    Qt.Key.Key_Escape: PdfView.close_view,
}
