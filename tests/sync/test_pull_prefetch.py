"""The next pull page is asked for while the current one is being written."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable

from desktop.store.reads.catalogue import CatalogueQuery, search_courses
from desktop.sync.engine import CycleReport, SyncEngine
from tests.fixtures.learners import Learner


def wait_for(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)  # noqa: TID251 - deliberate: polling another thread's progress  # allowed-sleep
    return True


def test_the_next_page_is_requested_while_a_page_waits_to_be_written(
    new_learner: Callable[..., Learner],
) -> None:
    learner = new_learner()
    engine = SyncEngine(learner.store, learner.auth, pull_limit=4)
    report = CycleReport()
    errors: list[BaseException] = []

    def pull() -> None:
        try:
            engine.pull_scope(report, "catalogue")
        except BaseException as exc:  # reported by the test thread
            errors.append(exc)

    # Another connection holds the database's write lock, so the first page
    # cannot be written yet (the store waits up to its busy timeout).
    blocker = sqlite3.connect(learner.store.db.path, isolation_level=None)
    blocker.execute("begin immediate")
    worker = threading.Thread(target=pull)
    try:
        worker.start()
        asked_ahead = wait_for(lambda: report.requests >= 2, timeout=3.0)
        written_meanwhile = report.pulled_rows
    finally:
        blocker.execute("rollback")
        blocker.close()
    worker.join(timeout=60)
    assert not errors, errors
    assert asked_ahead, "the second page was not asked for until the first was written"
    assert written_meanwhile == 0
    # Every page arrived and was written, in order, once.
    assert report.requests >= 3
    assert report.pulled_rows > 8
    assert search_courses(learner.store, CatalogueQuery()).total >= 3
