"""The sync state machine as data (style: Morango's transfer stages).

A ``SyncStatus`` is what the status bar shows; ``Stage`` is where a running
cycle is.  The order of stages is the order of a cycle: refresh the token,
push the outbox until empty, pull every scope until ``has_more`` is false.

Statuses:
- ``OFFLINE``: the server cannot be reached; work is saved and waits.
- ``SYNCING``: a cycle is running (``SyncState.progress`` says how far).
- ``UP_TO_DATE``: the last cycle finished with nothing left to send.
- ``PENDING``: changes are waiting (a cycle has not run since they were made).
- ``NEEDS_SIGN_IN``: the session was refused; local work is kept for later.
- ``ERROR``: the last cycle failed for another reason (``SyncState.message``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import datetime


class SyncStatus(enum.Enum):
    OFFLINE = "offline"
    SYNCING = "syncing"
    UP_TO_DATE = "up_to_date"
    PENDING = "pending"
    NEEDS_SIGN_IN = "needs_sign_in"
    ERROR = "error"


class Why(enum.Enum):
    """Why the last cycle did not finish (OFFLINE and ERROR states), for the UI to word."""

    CHOSEN = "chosen"  # the learner chose Work offline
    UNREACHABLE = "unreachable"  # no connection to the server (no network, or it is down)
    NOT_RESPONDING = "not_responding"  # connected, but the server did not answer in time
    SERVER_ERROR = "server_error"  # the server answered that it failed (5xx, 429, …)
    OTHER = "other"


class Stage(enum.Enum):
    AUTHENTICATE = "authenticate"
    PUSH = "push"
    PULL = "pull"
    DONE = "done"


STAGE_ORDER = (Stage.AUTHENTICATE, Stage.PUSH, Stage.PULL, Stage.DONE)


@dataclass(frozen=True)
class SyncState:
    status: SyncStatus
    stage: Stage | None = None
    pending: int = 0
    rejected: int = 0
    progress: float | None = None  # 0..1 while syncing, when known
    message: str = ""
    last_sync_at: datetime | None = None
    retry_in: float | None = None  # seconds until the next automatic attempt
    why: Why | None = None  # OFFLINE / ERROR: the cause, as a code
    extra: dict[str, object] = field(default_factory=dict)

    def evolve(self, **changes: object) -> SyncState:
        return replace(self, **changes)  # type: ignore[arg-type]  # fields checked by replace

    def describe(self) -> str:
        """One line for the status bar, in the learner's words."""
        if self.status is SyncStatus.SYNCING:
            pct = f" {round(self.progress * 100)}%" if self.progress is not None else ""
            return f"Syncing…{pct}"
        if self.status is SyncStatus.OFFLINE:
            waiting = f" — {self.pending} change(s) waiting" if self.pending else ""
            return f"Offline{waiting}. Your work is saved and will sync when you reconnect."
        if self.status is SyncStatus.NEEDS_SIGN_IN:
            return "Please sign in again to sync. Your work is kept on this laptop."
        if self.status is SyncStatus.ERROR:
            return f"Sync problem: {self.message}"
        if self.status is SyncStatus.PENDING:
            return f"{self.pending} change(s) waiting to sync"
        when = self.last_sync_at.strftime("%H:%M") if self.last_sync_at else "never"
        return f"Up to date (last sync {when})"
