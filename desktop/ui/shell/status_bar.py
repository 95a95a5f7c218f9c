"""The always-visible sync status in the status bar.

The sync service's :class:`desktop.sync.states.SyncState` is plain data; the
app passes each new one to :meth:`SyncStatusWidget.show_status`.  The bar uses
a short sentence (:func:`describe`) and a longer one in its tooltip (:func:`tooltip`),
both in the learner's language; a failure's reason is the sync error's code
worded by ``desktop.ui.shell.errors.describe_error``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.sync.states import SyncState, SyncStatus, Why
from desktop.ui import i18n
from desktop.ui.i18n import translate
from desktop.ui.widgets import timefmt

# What a failed cycle's cause means to a learner (desktop.sync.states.Why), in
# English: translated where shown (``_why_words``), once the language is installed.
WHY_WORDS = {
    Why.CHOSEN: QT_TRANSLATE_NOOP("status_bar", "Working offline"),
    Why.UNREACHABLE: QT_TRANSLATE_NOOP("status_bar", "Offline: the server can't be reached"),
    Why.NOT_RESPONDING: QT_TRANSLATE_NOOP("status_bar", "Server not responding"),
    Why.SERVER_ERROR: QT_TRANSLATE_NOOP("status_bar", "The server had a problem"),
}
# A request this long without any news is worth saying so while syncing.
SLOW_AFTER_S = 5.0


def guest_words() -> str:
    return translate("status_bar", "Guest: your work stays on this computer and is never synced")


def demo_stopped_words() -> str:
    return translate(
        "status_bar", "The local demo server stopped — close Lantern and start the demo again"
    )


def _why_words(why: Why | None) -> str:
    if why in WHY_WORDS:
        # the values were marked with QT_TRANSLATE_NOOP in this context (WHY_WORDS)
        return translate("status_bar", str(WHY_WORDS[why]))
    return translate("status_bar", "Offline")


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
    status = state.status
    if status is SyncStatus.OFFLINE or (status is SyncStatus.ERROR and state.why in WHY_WORDS):
        if demo_stopped and state.why in (Why.UNREACHABLE, None):
            return demo_stopped_words()  # retrying cannot help: nothing will answer
        return _offline(state, state.retry_in if retry_in is None else retry_in)
    if status is SyncStatus.SYNCING:
        words = (
            translate("status_bar", "Syncing… {percent}").format(
                percent=i18n.percent(state.progress * 100)
            )
            if state.progress is not None
            else translate("status_bar", "Syncing…")
        )
        if not slow:
            return words
        return translate("status_bar", "{syncing} — waiting for the server").format(syncing=words)
    if status is SyncStatus.UP_TO_DATE:
        if state.last_sync_at is None:
            return translate("status_bar", "Up to date")
        return translate("status_bar", "Up to date · synced {when}").format(
            when=_ago(state.last_sync_at, now)
        )
    if status is SyncStatus.PENDING:
        return translate("status_bar", "%Ln change(s) waiting to sync", "", state.pending)
    if status is SyncStatus.NEEDS_SIGN_IN:
        return translate("status_bar", "Sign in to sync your work")
    return translate("status_bar", "Sync failed: {reason}").format(reason=_reason(state))


def _reason(state: SyncState) -> str:
    """Why the last cycle failed, in the learner's words (the sync error's code, worded)."""
    if state.error is None:
        return translate("status_bar", "unknown error")
    from desktop.ui.shell.errors import describe_error

    return describe_error(state.error)


def _offline(state: SyncState, retry: float | None) -> str:
    """Why syncing stopped, when it tries again, and the work saved meanwhile."""
    reason = words = _why_words(state.why or Why.UNREACHABLE)
    if retry is not None and state.why is not Why.CHOSEN:  # chosen: the learner turns it on
        seconds = max(1, round(retry))
        words = translate("status_bar", "{reason} — retrying in %Ln s", "", seconds).format(
            reason=reason
        )
    if not state.pending:
        return words
    return translate(
        "status_bar", "{status} · %Ln change(s) saved on this computer", "", state.pending
    ).format(status=words)


def tooltip(state: SyncState) -> str:
    """The longer sentence of the status bar's tooltip."""
    status = state.status
    if status is SyncStatus.SYNCING:
        if state.progress is None:
            return translate("status_bar", "Syncing…")
        return translate("status_bar", "Syncing… {percent}").format(
            percent=i18n.percent(state.progress * 100)
        )
    if status is SyncStatus.OFFLINE:
        if not state.pending:
            return translate(
                "status_bar", "Offline. Your work is saved and will sync when you reconnect."
            )
        return translate(
            "status_bar",
            "Offline — %Ln change(s) waiting. Your work is saved and will sync when you reconnect.",
            "",
            state.pending,
        )
    if status is SyncStatus.NEEDS_SIGN_IN:
        return translate(
            "status_bar", "Please sign in again to sync. Your work is kept on this computer."
        )
    if status is SyncStatus.ERROR:
        return translate("status_bar", "Sync problem: {reason}").format(reason=_reason(state))
    if status is SyncStatus.PENDING:
        return translate("status_bar", "%Ln change(s) waiting to sync", "", state.pending)
    if state.last_sync_at is None:
        return translate("status_bar", "Up to date (never synced)")
    return translate("status_bar", "Up to date (last sync {time})").format(
        time=timefmt.clock(state.last_sync_at)
    )


def _ago(when: datetime, now: datetime | None) -> str:
    now = now or datetime.now(when.tzinfo)
    seconds = max(0, int((now - when).total_seconds()))
    if seconds < 60:
        return translate("status_bar", "just now")
    if seconds < 3600:
        return translate("status_bar", "%Ln min ago", "", seconds // 60)
    if seconds < 86400:
        return translate("status_bar", "at {time}").format(time=timefmt.clock(when))
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
        self.setAccessibleName(self.tr("Sync status"))
        self.icon = QLabel(self)
        self.icon.setObjectName("syncIcon")
        self.text = QLabel(self)
        self.text.setObjectName("syncText")
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setFixedWidth(120)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.retry = QPushButton(self.tr("&Retry"), self)
        self.retry.setAccessibleName(self.tr("Retry sync"))
        self.retry.clicked.connect(self.on_retry_clicked)
        self.sign_in = QPushButton(self.tr("Sign in…"), self)
        self.sign_in.setAccessibleName(self.tr("Sign in to sync"))
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
            self.text.setText(guest_words())
            self.text.setToolTip(
                self.tr(
                    "Sign in or create an account to keep your progress on the school's server."
                )
            )
            self.progress.hide()
            self.retry.hide()
            self.sign_in.show()
            self.setAccessibleDescription(self.text.text())
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
        self.text.setToolTip(tooltip(state))
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
