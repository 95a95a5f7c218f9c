"""The always-visible sync status in the status bar.

The sync service's :class:`desktop.sync.states.SyncState` is plain data; the
app passes each new one to :meth:`SyncStatusWidget.show_status`.  The bar uses
a shorter sentence than ``SyncState.describe`` (which becomes the tooltip).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.sync.states import SyncState, SyncStatus, Why
from desktop.ui.widgets import timefmt

GUEST = "Guest: your work stays on this laptop and is never synced"


# What a failed cycle's cause means to a learner (desktop.sync.states.Why).
WHY_WORDS = {
    Why.CHOSEN: "Working offline",
    Why.UNREACHABLE: "Offline: the server can't be reached",
    Why.NOT_RESPONDING: "Server not responding",
    Why.SERVER_ERROR: "The server had a problem",
}
# A request this long without any news is worth saying so while syncing.
SLOW_AFTER_S = 5.0


DEMO_STOPPED = "The local demo server stopped — close Lantern and start the demo again"


def describe(
    state: SyncState,
    *,
    now: datetime | None = None,
    retry_in: float | None = None,
    slow: bool = False,
    demo_stopped: bool = False,
) -> str:
    """One short sentence for the status bar; ``retry_in`` overrides the state's
    (the widget counts it down), ``slow``: a request has had no answer for a while."""
    waiting = _waiting_phrase(state.pending)
    status = state.status
    retry = state.retry_in if retry_in is None else retry_in
    when = f" — retrying in {max(1, round(retry))} s" if retry is not None else ""
    if status is SyncStatus.OFFLINE or (status is SyncStatus.ERROR and state.why in WHY_WORDS):
        words = WHY_WORDS.get(state.why or Why.UNREACHABLE, "Offline")
        if demo_stopped and state.why in (Why.UNREACHABLE, None):
            return DEMO_STOPPED  # retrying cannot help: nothing will answer
        if state.why is Why.CHOSEN:
            when = ""  # no automatic retry: the learner turns it back on
        suffix = f" · {waiting} saved on this laptop" if state.pending else ""
        return f"{words}{when}{suffix}"
    if status is SyncStatus.SYNCING:
        pct = f" {round(state.progress * 100)}%" if state.progress is not None else ""
        return f"Syncing…{pct}" + (" — waiting for the server" if slow else "")
    if status is SyncStatus.UP_TO_DATE:
        if state.last_sync_at is None:
            return "Up to date"
        return f"Up to date · synced {_ago(state.last_sync_at, now)}"
    if status is SyncStatus.PENDING:
        return f"{waiting.capitalize()} waiting to sync"
    if status is SyncStatus.NEEDS_SIGN_IN:
        return "Sign in to sync your work"
    return f"Sync failed: {state.message or 'unknown error'}"


def _waiting_phrase(n: int) -> str:
    return "1 change" if n == 1 else f"{n} changes"


def _ago(when: datetime, now: datetime | None) -> str:
    now = now or datetime.now(when.tzinfo)
    seconds = max(0, int((now - when).total_seconds()))
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    if seconds < 86400:
        return f"at {timefmt.clock(when)}"
    return timefmt.short(when)


_ICONS = {
    SyncStatus.OFFLINE: "⊘",
    SyncStatus.SYNCING: "⟳",
    SyncStatus.UP_TO_DATE: "✓",
    SyncStatus.PENDING: "↑",
    SyncStatus.NEEDS_SIGN_IN: "⚐",
    SyncStatus.ERROR: "⚠",
}


class SyncStatusWidget(QWidget):
    """Icon, sentence, progress while syncing, and Retry / Sign in when useful."""

    retry_requested = Signal()
    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setAccessibleName("Sync status")
        self.icon = QLabel(self)
        self.icon.setObjectName("syncIcon")
        self.text = QLabel(self)
        self.text.setObjectName("syncText")
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName("Sync progress")
        self.progress.setFixedWidth(120)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.retry = QPushButton("&Retry", self)
        self.retry.setAccessibleName("Retry sync")
        self.retry.clicked.connect(self.on_retry_clicked)
        self.sign_in = QPushButton("Sign in…", self)
        self.sign_in.setAccessibleName("Sign in to sync")
        self.sign_in.clicked.connect(self.on_sign_in_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        for widget in (self.icon, self.text, self.progress, self.retry, self.sign_in):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        self._retry_at: float | None = None  # monotonic time of the next automatic try
        self._changed_at = time.monotonic()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.on_tick_timeout)
        self.state = SyncState(SyncStatus.NEEDS_SIGN_IN)
        self.guest = False
        # the demo's own server: None outside the demo, else "has it stopped?"
        self.demo_stopped: Callable[[], bool] | None = None
        # until the sync service says something, nothing to report and no
        # "Sign in to sync" (the window is shown before anyone signed in)
        for widget in (self.progress, self.retry, self.sign_in):
            widget.hide()

    def show_guest(self) -> None:
        """A guest never syncs: say so for good instead of following the sync service."""
        self.guest = True
        self.show_status(self.state)

    def show_status(self, state: SyncState) -> None:
        self.state = state
        if self.guest:
            self.icon.setText("⌂")
            self.text.setText(GUEST)
            self.text.setToolTip(
                "Sign in or create an account to keep your progress on the school's server."
            )
            self.progress.hide()
            self.retry.hide()
            self.sign_in.show()
            self.setAccessibleDescription(GUEST)
            return
        status = state.status
        now = time.monotonic()
        self._changed_at = now
        self._retry_at = now + state.retry_in if state.retry_in is not None else None
        # counts down a retry, and notices a request that has had no answer for a while
        if self._retry_at is not None or status is SyncStatus.SYNCING:
            self._tick.start()
        else:
            self._tick.stop()
        self.icon.setText(_ICONS[status])
        self.icon.setProperty("syncState", status.value)
        self.text.setText(describe(state, demo_stopped=self._demo_gone()))
        self.text.setToolTip(state.describe())
        syncing = status is SyncStatus.SYNCING
        self.progress.setVisible(syncing)
        if syncing:
            if state.progress is None:
                self.progress.setRange(0, 0)  # busy indicator
            else:
                self.progress.setRange(0, 1000)
                self.progress.setValue(int(state.progress * 1000))
        self.retry.setVisible(status is SyncStatus.ERROR)
        self.sign_in.setVisible(status is SyncStatus.NEEDS_SIGN_IN)
        self.setAccessibleDescription(self.text.text())
        # the property drives the icon colour in the stylesheet
        self.icon.style().unpolish(self.icon)
        self.icon.style().polish(self.icon)

    def _demo_gone(self) -> bool:
        return self.demo_stopped is not None and self.demo_stopped()

    def on_tick_timeout(self) -> None:
        if self.guest:
            self._tick.stop()
            return
        now = time.monotonic()
        left = None if self._retry_at is None else max(0.0, self._retry_at - now)
        slow = self.state.status is SyncStatus.SYNCING and now - self._changed_at >= SLOW_AFTER_S
        self.text.setText(
            describe(self.state, retry_in=left, slow=slow, demo_stopped=self._demo_gone())
        )
        self.setAccessibleDescription(self.text.text())

    def on_retry_clicked(self) -> None:
        self.retry_requested.emit()

    def on_sign_in_clicked(self) -> None:
        self.sign_in_requested.emit()
