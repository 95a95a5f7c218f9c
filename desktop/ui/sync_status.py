"""The always-visible sync status in the status bar.

A :class:`SyncStatus` is plain data; whoever knows the truth (the sync service,
the "Work offline" switch) builds one and calls :meth:`SyncStatusWidget.show_status`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class SyncState(enum.Enum):
    OFFLINE = "offline"
    SYNCING = "syncing"
    UP_TO_DATE = "up_to_date"
    WAITING = "waiting"  # changes waiting, not syncing right now
    NEEDS_SIGN_IN = "needs_sign_in"
    ERROR = "error"


@dataclass(frozen=True)
class SyncStatus:
    state: SyncState
    waiting: int = 0  # changes not yet on the server
    progress: float | None = None  # 0..1 while syncing, None = unknown
    last_synced: datetime | None = None
    reason: str = ""  # readable reason for ERROR


def describe(status: SyncStatus, *, now: datetime | None = None) -> str:
    """One short sentence for the status bar."""
    waiting = _waiting_phrase(status.waiting)
    if status.state is SyncState.OFFLINE:
        suffix = f" — {waiting} saved on this laptop" if status.waiting else ""
        return f"Offline{suffix}"
    if status.state is SyncState.SYNCING:
        return "Syncing…"
    if status.state is SyncState.UP_TO_DATE:
        if status.last_synced is None:
            return "Up to date"
        return f"Up to date · synced {_ago(status.last_synced, now)}"
    if status.state is SyncState.WAITING:
        return f"{waiting.capitalize()} waiting to sync"
    if status.state is SyncState.NEEDS_SIGN_IN:
        return "Sign in to sync your work"
    return f"Sync failed: {status.reason or 'unknown error'}"


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
        return f"at {when.strftime('%H:%M')}"
    return when.strftime("%d %b %H:%M")


_ICONS = {
    SyncState.OFFLINE: "⦸",
    SyncState.SYNCING: "⟳",
    SyncState.UP_TO_DATE: "✓",
    SyncState.WAITING: "↑",
    SyncState.NEEDS_SIGN_IN: "⚿",
    SyncState.ERROR: "⚠",
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
        self.status = SyncStatus(SyncState.NEEDS_SIGN_IN)
        self.show_status(self.status)

    def show_status(self, status: SyncStatus) -> None:
        self.status = status
        self.icon.setText(_ICONS[status.state])
        self.icon.setProperty("syncState", status.state.value)
        self.text.setText(describe(status))
        self.text.setToolTip(status.reason if status.state is SyncState.ERROR else "")
        syncing = status.state is SyncState.SYNCING
        self.progress.setVisible(syncing)
        if syncing:
            if status.progress is None:
                self.progress.setRange(0, 0)  # busy indicator
            else:
                self.progress.setRange(0, 1000)
                self.progress.setValue(int(status.progress * 1000))
        self.retry.setVisible(status.state is SyncState.ERROR)
        self.sign_in.setVisible(status.state is SyncState.NEEDS_SIGN_IN)
        self.setAccessibleDescription(self.text.text())
        # the property drives the icon colour in the stylesheet
        self.icon.style().unpolish(self.icon)
        self.icon.style().polish(self.icon)

    def on_retry_clicked(self) -> None:
        self.retry_requested.emit()

    def on_sign_in_clicked(self) -> None:
        self.sign_in_requested.emit()
