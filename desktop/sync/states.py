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
- ``ERROR``: the last cycle failed for another reason (``SyncState.error``).

Plain data: codes, counts and the exception itself; the UI words them
(``desktop.ui.shell.status_bar``), as the command line does its own.
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
class SyncProgress:
    """Where a running cycle is, for whoever words it (the status bar, ``lantern sync``)."""

    stage: Stage
    fraction: float | None = None  # 0..1 of the stage, when known
    changes: int = 0  # PUSH: the changes in the batch being sent
    scope: str | None = None  # PULL: the scope being updated ("catalogue", "course:<id>"…)


@dataclass(frozen=True)
class SyncState:
    status: SyncStatus
    stage: Stage | None = None
    pending: int = 0
    rejected: int = 0
    progress: float | None = None  # 0..1 while syncing, when known
    # why the last cycle failed (OFFLINE, NEEDS_SIGN_IN, ERROR): the UI words it
    # (desktop.ui.shell.errors.describe_error)
    error: BaseException | None = None
    last_sync_at: datetime | None = None
    retry_in: float | None = None  # seconds until the next automatic attempt
    why: Why | None = None  # OFFLINE / ERROR: the cause, as a code
    extra: dict[str, object] = field(default_factory=dict)

    def evolve(self, **changes: object) -> SyncState:
        return replace(self, **changes)  # type: ignore[arg-type]  # fields checked by replace
