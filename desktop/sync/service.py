"""The sync service the app uses: cycles on a worker thread, state by callback.

Not Qt-specific: the UI adapts ``on_state`` into a signal.  Cycles run

* when the service starts and when a learner is bound (sign-in, switch),
* a couple of seconds after local writes (``notify_local_change``; writes in
  quick succession are batched into one cycle),
* on demand (``sync_now``), and
* after a failure, on the backoff schedule (1 s … 5 min, full jitter) — so
  sync resumes by itself when the network comes back.

``set_offline(True)`` is the demo's "work offline" switch: no cycle runs and
the state says offline until it is switched back.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from desktop.account.session import AuthSession
from desktop.store.db import LearnerStore
from desktop.store.replica import Outbox
from desktop.sync.backoff import Backoff
from desktop.sync.engine import CycleReport, SyncEngine, WrongAccount
from desktop.sync.errors import (
    NeedsSignIn,
    OfflineError,
    ServerError,
    ServerNotResponding,
    SyncError,
)
from desktop.sync.states import Stage, SyncProgress, SyncState, SyncStatus, Why

log = logging.getLogger(__name__)

StateCallback = Callable[[SyncState], None]
ReportCallback = Callable[[CycleReport], None]


class SyncService:
    def __init__(
        self,
        *,
        on_state: StateCallback | None = None,
        on_report: ReportCallback | None = None,
        backoff: Backoff | None = None,
        debounce_s: float = 2.0,
    ) -> None:
        self._on_state = on_state or (lambda state: None)
        self._on_report = on_report or (lambda report: None)
        self._backoff = backoff or Backoff()
        self._debounce_s = debounce_s
        self._cond = threading.Condition()
        self._engine: SyncEngine | None = None
        self._due: float | None = None  # monotonic time of the next cycle
        self._offline = False
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._state = SyncState(SyncStatus.NEEDS_SIGN_IN)
        self.cycles = 0

    # -- public API (any thread) ---------------------------------------------
    @property
    def state(self) -> SyncState:
        return self._state

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="lantern-sync", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def bind(self, store: LearnerStore | None, auth: AuthSession | None) -> None:
        """Sync ``store`` with ``auth`` from now on (None: nothing to sync)."""
        with self._cond:
            if store is None or auth is None or store.user_id is None:
                self._engine = None
                # a guest's work never syncs: up to date (the status bar says why)
                self._publish(
                    SyncState(
                        SyncStatus.NEEDS_SIGN_IN
                        if store is None or store.user_id is not None
                        else SyncStatus.UP_TO_DATE
                    )
                )
                return
            self._engine = SyncEngine(store, auth, on_progress=self._progress)
            self._backoff.reset()
            self._schedule(0.0)
            self._publish(self._resting_state(store, SyncStatus.PENDING))

    def sync_now(self) -> None:
        with self._cond:
            self._backoff.reset()
            self._schedule(0.0)

    def notify_local_change(self) -> None:
        with self._cond:
            if self._engine is not None:
                pending = self._pending()
                status = self._state.status
                if status in (SyncStatus.UP_TO_DATE, SyncStatus.PENDING):
                    status = SyncStatus.PENDING if pending else SyncStatus.UP_TO_DATE
                self._publish(self._state.evolve(status=status, pending=pending))
                self._schedule(self._debounce_s, earliest_wins=True)

    def set_offline(self, offline: bool) -> None:
        with self._cond:
            self._offline = offline
            if offline:
                pending = self._pending()
                self._publish(SyncState(SyncStatus.OFFLINE, pending=pending, why=Why.CHOSEN))
            else:
                self._backoff.reset()
                self._schedule(0.0)
            self._cond.notify_all()

    # -- worker thread ---------------------------------------------------------
    def _schedule(self, delay: float, *, earliest_wins: bool = False) -> None:
        due = time.monotonic() + delay
        if earliest_wins and self._due is not None:
            due = min(due, self._due)
        self._due = due
        self._cond.notify_all()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._stopping and (
                    self._due is None
                    or self._offline
                    or self._engine is None
                    or self._due > time.monotonic()
                ):
                    wait = None if self._due is None else max(0.0, self._due - time.monotonic())
                    self._cond.wait(wait if not self._offline else None)
                if self._stopping:
                    return
                self._due = None
                engine = self._engine
            if engine is not None:
                self._cycle(engine)

    def _cycle(self, engine: SyncEngine) -> None:
        self._publish(
            self._state.evolve(
                status=SyncStatus.SYNCING, stage=Stage.AUTHENTICATE, progress=0.0, error=None
            )
        )
        try:
            report = engine.run_cycle()
        except (OfflineError, ServerError) as exc:
            self._retry_later(engine, exc)
            return
        except (NeedsSignIn, WrongAccount) as exc:
            self._publish(SyncState(SyncStatus.NEEDS_SIGN_IN, pending=self._pending(), error=exc))
            return
        except SyncError as exc:
            self._retry_later(engine, exc, status=SyncStatus.ERROR)
            return
        except Exception as exc:  # a bug must not kill the sync thread; say so
            log.exception("sync cycle failed unexpectedly")
            self._retry_later(engine, exc, status=SyncStatus.ERROR)
            return
        finally:
            self.cycles += 1
        self._backoff.reset()
        self._on_report(report)
        with self._cond:
            if self._engine is engine:
                self._publish(self._resting_state(engine.store, SyncStatus.UP_TO_DATE))

    def _retry_later(
        self, engine: SyncEngine, exc: BaseException, status: SyncStatus = SyncStatus.OFFLINE
    ) -> None:
        delay = self._backoff.next_delay()
        log.info("sync failed (%s); next try in %.1f s", exc, delay)
        with self._cond:
            if self._engine is not engine:
                return
            if self._due is None:
                self._schedule(delay)
            self._publish(
                SyncState(
                    status,
                    pending=self._pending(),
                    error=exc,  # worded by the UI (desktop.ui.shell.errors.describe_error)
                    retry_in=delay,
                    why=why(exc),
                    last_sync_at=engine.store.sync_state().last_sync_at,
                )
            )

    # -- helpers -----------------------------------------------------------------
    def _progress(self, progress: SyncProgress) -> None:
        if progress.stage is not Stage.DONE:
            self._publish(
                self._state.evolve(
                    status=SyncStatus.SYNCING, stage=progress.stage, progress=progress.fraction
                )
            )

    def _pending(self) -> int:
        engine = self._engine
        return engine.outbox.counts().pending if engine is not None else 0

    def _resting_state(self, store: LearnerStore, status: SyncStatus) -> SyncState:
        counts = Outbox(store.db, store.user_id).counts()
        why_not = None
        if self._offline:
            status, why_not = SyncStatus.OFFLINE, Why.CHOSEN
        elif counts.pending and status is SyncStatus.UP_TO_DATE:
            status = SyncStatus.PENDING
        return SyncState(
            status,
            pending=counts.pending,
            rejected=counts.rejected,
            last_sync_at=store.sync_state().last_sync_at,
            why=why_not,
        )

    def _publish(self, state: SyncState) -> None:
        self._state = state
        try:
            self._on_state(state)
        except Exception:  # a listener's bug must not stop syncing
            log.exception("sync state listener failed")


def why(exc: BaseException) -> Why:
    """The cause of a failed cycle, as a code the UI words."""
    if isinstance(exc, ServerNotResponding):
        return Why.NOT_RESPONDING
    if isinstance(exc, OfflineError):
        return Why.UNREACHABLE
    if isinstance(exc, ServerError):
        return Why.SERVER_ERROR
    return Why.OTHER
