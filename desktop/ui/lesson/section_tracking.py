"""Which sections of a lesson the learner has read, from what stayed in view.

A section counts as read as far as the bottom of the viewport has reached
into it, once the view has stayed there for ``dwell_ms`` (on screen, without
moving): text scrolled past, or shown for a moment by a jump (a link focused
at the end, a window opened at the wrong place), is not read.  Progress only
grows (the merge rule keeps the highest % per key, so the client never sends
a lower one).  Changes are batched and flushed after a quiet moment so
scrolling does not write to the store on every pixel.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser

from desktop.ui.lesson.markdown_render import Section

#: how long a view must stay put before what it shows counts as read
DWELL_MS = 2000


class SectionTracker(QObject):
    progress_changed = Signal()
    flush_due = Signal()

    def __init__(
        self,
        browser: QTextBrowser,
        *,
        flush_ms: int,
        parent: QObject | None,
        dwell_ms: int = DWELL_MS,
    ) -> None:
        super().__init__(parent)
        self._browser = browser
        self._sections: list[Section] = []
        self._positions: dict[str, int] = {}
        self.progress: dict[str, float] = {}
        self._changed: set[str] = set()
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(flush_ms)
        self._flush.timeout.connect(self.flush_due)
        self._dwell = QTimer(self)
        self._dwell.setSingleShot(True)
        self._dwell.setInterval(dwell_ms)
        self._dwell.timeout.connect(self._count_what_is_shown)
        browser.verticalScrollBar().valueChanged.connect(self.measure)

    def set_sections(
        self, sections: list[Section], positions: dict[str, int], stored: dict[str, float]
    ) -> None:
        self._sections = sections
        self._positions = positions
        keys = {s.key for s in sections}
        self.progress = {k: v for k, v in stored.items() if k in keys}
        self._changed.clear()
        self._dwell.stop()  # what was on screen belongs to the text before

    def section(self, key: str) -> Section | None:
        return next((s for s in self._sections if s.key == key), None)

    def position(self, key: str) -> int:
        return self._positions.get(key, 0)

    def take_changed(self) -> dict[str, float]:
        changed = {k: round(self.progress[k], 3) for k in sorted(self._changed)}
        self._changed.clear()
        self._flush.stop()
        return changed

    def mark_done(self, key: str) -> None:
        self._raise(key, 1.0)
        self._after_change()

    def mark_all_done(self) -> None:
        for section in self._sections:
            self._raise(section.key, 1.0)
        self._after_change()

    def measure(self) -> None:
        """The view moved or was shown: what it shows counts once it has stayed."""
        if not shiboken6.isValid(self._browser):
            return  # the lesson is being deleted: its scroll bar moves one last time
        if not self._sections or not self._browser.isVisible():
            self._dwell.stop()
            return
        self._dwell.start()  # again: a view that moves on before then read nothing

    def _count_what_is_shown(self) -> None:
        """Update progress from what the viewport has shown for ``dwell_ms``."""
        if not self._sections or not self._browser.isVisible():
            return
        view_top = self._browser.verticalScrollBar().value()
        view_bottom = view_top + self._browser.viewport().height()
        tops = [self._top_of(s.key) for s in self._sections]
        doc_height = int(self._browser.document().size().height())
        for i, section in enumerate(self._sections):
            top = tops[i]
            bottom = tops[i + 1] if i + 1 < len(tops) else doc_height
            if bottom <= top or view_bottom <= top:
                continue
            self._raise(section.key, min(1.0, (view_bottom - top) / (bottom - top)))
        self._after_change()

    def _top_of(self, key: str) -> int:
        doc = self._browser.document()
        cursor = QTextCursor(doc)
        # a reload may scroll before the new positions are set: stay inside the document
        cursor.setPosition(min(self._positions.get(key, 0), max(0, doc.characterCount() - 1)))
        block = cursor.block()
        layout = self._browser.document().documentLayout()
        return int(layout.blockBoundingRect(block).top())

    def _raise(self, key: str, fraction: float) -> None:
        if fraction > self.progress.get(key, 0.0) + 0.009:
            self.progress[key] = fraction
            self._changed.add(key)

    def _after_change(self) -> None:
        if self._changed:
            self.progress_changed.emit()
            self._flush.start()
