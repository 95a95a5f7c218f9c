"""The sync service: cycles on its own thread, clear states, resumes by itself."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable

from desktop.store.actions import learning
from desktop.sync.backoff import Backoff
from desktop.sync.engine import SyncEngine
from desktop.sync.errors import OfflineError
from desktop.sync.service import SyncService
from desktop.sync.states import SyncState, SyncStatus, Why
from devserver.server import DevServer
from tests.fixtures.learners import PYTHON_COURSE, Learner


class StateLog:
    def __init__(self) -> None:
        self.states: list[SyncState] = []
        self._lock = threading.Lock()

    def __call__(self, state: SyncState) -> None:
        with self._lock:
            self.states.append(state)

    def wait_for(self, predicate: Callable[[SyncState], bool], timeout: float = 20) -> SyncState:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                for state in reversed(self.states):
                    if predicate(state):
                        return state
            time.sleep(0.05)  # noqa: TID251 - deliberate: polling a condition with a deadline  # allowed-sleep
        raise AssertionError(f"no such state; last: {self.states[-1:]}")


def test_sync_resumes_by_itself_when_the_network_comes_back(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    learner = new_learner()
    log = StateLog()
    # Short backoff so the test does not wait minutes; the schedule is the same.
    service = SyncService(
        on_state=log, backoff=Backoff(base=0.1, cap=0.5, rng=random.Random(1)), debounce_s=0.1
    )
    service.start()
    try:
        service.bind(learner.store, learner.auth)
        log.wait_for(lambda s: s.status is SyncStatus.UP_TO_DATE)

        healthy_devserver.set_offline(True)
        learning.enroll(learner.store, PYTHON_COURSE)
        service.notify_local_change()
        offline = log.wait_for(lambda s: s.status is SyncStatus.OFFLINE)
        assert offline.pending == 1
        assert offline.retry_in is not None
        assert offline.why is Why.UNREACHABLE
        assert isinstance(offline.error, OfflineError)  # the UI words it

        healthy_devserver.set_offline(False)  # nobody presses "Sync now"
        done = log.wait_for(lambda s: s.status is SyncStatus.UP_TO_DATE and s.pending == 0)
        assert done.last_sync_at is not None
        assert any(s.status is SyncStatus.SYNCING for s in log.states)
    finally:
        service.stop()


def test_work_offline_switch_holds_sync_until_switched_back(
    new_learner: Callable[..., Learner],
) -> None:
    learner = new_learner()
    SyncEngine(learner.store, learner.auth).run_cycle()  # the catalogue is here
    log = StateLog()
    service = SyncService(on_state=log, debounce_s=0.05)
    service.start()
    try:
        service.set_offline(True)
        service.bind(learner.store, learner.auth)
        learning.enroll(learner.store, PYTHON_COURSE)
        service.notify_local_change()
        log.wait_for(lambda s: s.status is SyncStatus.OFFLINE)
        cycles = service.cycles
        service.sync_now()
        time.sleep(0.5)  # noqa: TID251 - deliberate: showing that nothing runs meanwhile  # allowed-sleep
        assert service.cycles == cycles  # no cycle while "working offline"
        assert service.state.status is SyncStatus.OFFLINE
        service.set_offline(False)
        log.wait_for(lambda s: s.status is SyncStatus.UP_TO_DATE and s.pending == 0)
    finally:
        service.stop()


def test_guest_work_is_never_synced(new_learner: Callable[..., Learner], profiles: object) -> None:
    from desktop.store.db.profiles import ProfileDirectory

    assert isinstance(profiles, ProfileDirectory)
    guest, _ = profiles.open_guest()
    learner = new_learner()
    log = StateLog()
    service = SyncService(on_state=log)
    service.start()
    try:
        service.bind(guest, learner.auth)
        state = log.wait_for(lambda s: True)
        assert state.status is SyncStatus.UP_TO_DATE  # never syncing: nothing to report
        assert state.error is None
        assert service.cycles == 0
    finally:
        service.stop()
        guest.close()
