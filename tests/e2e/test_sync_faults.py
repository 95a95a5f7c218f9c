"""The server fails or the answer is lost: the push is replayed, nothing counts twice.

Three ways a push can go wrong between client and server, each through the
real devserver and the real SDK:

* the answer is lost after the server committed (fault mode ``drop_after``):
  the replay is all duplicates;
* the request fails before the server does anything (a 5xx fault);
* the server fails in the middle of a batch (the push's statement is
  cancelled while it waits on a lock held by an admin, after it already
  applied the first ops): the whole batch rolls back and ``last_seq`` stays.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import psycopg
import pytest
from sqlmodel import select

from desktop.store.actions import learning
from desktop.store.models import LessonProgress
from desktop.store.replica.outbox import Outbox
from desktop.sync.engine import CycleReport, SyncEngine
from desktop.sync.errors import OfflineError, ServerError, SyncError
from devserver.server import DevServer
from tests.e2e.conftest import device_last_seq, server_state
from tests.fixtures.learners import HELLO_LESSON, PYTHON_COURSE, VARIABLES_LESSON, Learner


def enrolled(learner: Learner) -> SyncEngine:
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()
    learning.enroll(learner.store, PYTHON_COURSE)
    engine.run_cycle()
    return engine


def pending(learner: Learner) -> int:
    return Outbox(learner.store.db, learner.user_id).counts().pending


def test_drop_after_mode_handles_the_request_then_gives_no_answer(
    healthy_devserver: DevServer,
) -> None:
    healthy_devserver.faults.failure_rate = 1.0
    healthy_devserver.faults.failure_mode = "drop_after"
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{healthy_devserver.url}/auth/v1/health", timeout=10)
    healthy_devserver.faults.failure_rate = 0.0
    assert httpx.get(f"{healthy_devserver.url}/auth/v1/health", timeout=10).status_code == 200


def test_answer_lost_after_commit_then_replay_is_all_duplicates(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    learner = new_learner()
    engine = enrolled(learner)
    for seconds in (60, 120, 45):
        learning.record_time_spent(learner.store, HELLO_LESSON, seconds)
    learning.complete_lesson(learner.store, HELLO_LESSON)

    healthy_devserver.faults.failure_rate = 1.0
    healthy_devserver.faults.failure_mode = "drop_after"
    with pytest.raises(OfflineError):
        engine.run_cycle()
    healthy_devserver.faults.reset()
    committed = server_state(healthy_devserver, learner.user_id)
    assert committed.ledger == (3, 225)  # the server did apply the batch
    assert pending(learner) == 4  # but the client never heard so

    report = engine.run_cycle()
    assert report.pushed == 4
    assert report.rejected == 0
    assert pending(learner) == 0
    assert server_state(healthy_devserver, learner.user_id) == committed
    assert device_last_seq(healthy_devserver, learner.store.device_id) == 5  # enroll + 4


def test_a_5xx_before_the_server_acts_applies_nothing_and_the_retry_applies_once(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    learner = new_learner()
    engine = enrolled(learner)
    before = server_state(healthy_devserver, learner.user_id)
    learning.record_time_spent(learner.store, HELLO_LESSON, 30)
    healthy_devserver.faults.failure_rate = 1.0
    healthy_devserver.faults.failure_status = 500
    # The fault's JSON body carries no PostgREST code, and the SDK drops the
    # HTTP status, so the engine can only say "sync failed" (the service
    # retries it on its backoff either way).
    with pytest.raises(SyncError):
        engine.run_cycle()
    assert server_state(healthy_devserver, learner.user_id) == before
    healthy_devserver.faults.reset()
    engine.run_cycle()
    assert server_state(healthy_devserver, learner.user_id).ledger == (1, 30)
    assert pending(learner) == 0


def _waiting_push(conn: psycopg.Connection[tuple[Any, ...]], deadline: float) -> int:
    """The pid of the backend whose sync_push is waiting on a row lock."""
    while time.monotonic() < deadline:
        row = conn.execute(
            "select pid from pg_stat_activity where wait_event_type = 'Lock' "
            "and query like '%sync_push%'"
        ).fetchone()
        if row is not None:
            return int(row[0])
        time.sleep(0.02)  # noqa: TID251 - deliberate: polling pg_stat_activity with a deadline  # allowed-sleep
    raise AssertionError("the push never reached the locked row")


def test_server_failing_mid_batch_rolls_the_whole_batch_back(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    learner = new_learner()
    engine = enrolled(learner)
    learning.record_time_spent(learner.store, VARIABLES_LESSON, 10)
    engine.run_cycle()  # the progress row the admin will lock now exists
    before = server_state(healthy_devserver, learner.user_id)
    seq_before = device_last_seq(healthy_devserver, learner.store.device_id)

    # ops 1–3 touch a free row, op 4 the locked one, ops 5–6 come after it
    for seconds in (11, 12, 13):
        learning.record_time_spent(learner.store, HELLO_LESSON, seconds)
    learning.record_time_spent(learner.store, VARIABLES_LESSON, 14)
    learning.complete_lesson(learner.store, HELLO_LESSON)
    learning.record_time_spent(learner.store, HELLO_LESSON, 15)

    failures: list[BaseException] = []

    def push() -> None:
        try:
            engine.run_cycle()
        except SyncError as exc:
            failures.append(exc)

    with (
        psycopg.connect(healthy_devserver.db_url, autocommit=True) as admin,
        psycopg.connect(healthy_devserver.db_url) as locker,
    ):
        locker.execute(
            "select 1 from lesson_progress where user_id = %s and lesson_id = %s for update",
            (learner.user_id, VARIABLES_LESSON),
        )
        worker = threading.Thread(target=push)
        worker.start()
        pid = _waiting_push(admin, time.monotonic() + 20)
        admin.execute("select pg_cancel_backend(%s)", (pid,))  # the server fails mid-batch
        worker.join(30)
        locker.rollback()
    assert not worker.is_alive()
    assert len(failures) == 1
    assert isinstance(failures[0], ServerError)
    assert server_state(healthy_devserver, learner.user_id) == before  # ops 1–3 rolled back
    assert device_last_seq(healthy_devserver, learner.store.device_id) == seq_before
    assert pending(learner) == 6

    engine.run_cycle()
    after = server_state(healthy_devserver, learner.user_id)
    assert after.ledger == (before.ledger[0] + 5, before.ledger[1] + 11 + 12 + 13 + 14 + 15)
    progress = {row[0]: row[1:3] for row in after.progress}
    assert progress[HELLO_LESSON] == (100, 11 + 12 + 13 + 15)
    assert progress[VARIABLES_LESSON][1] == 10 + 14
    assert device_last_seq(healthy_devserver, learner.store.device_id) == seq_before + 6
    assert pending(learner) == 0


def test_a_lost_answer_then_a_pull_then_the_replay_shows_the_time_once(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    learner = new_learner()
    engine = enrolled(learner)
    learning.record_time_spent(learner.store, HELLO_LESSON, 90)
    healthy_devserver.faults.failure_rate = 1.0
    healthy_devserver.faults.failure_mode = "drop_after"
    with pytest.raises(OfflineError):
        engine.run_cycle()
    healthy_devserver.faults.reset()
    engine.pull_scope(CycleReport(), "learner")  # brings the row that already holds the 90 s
    engine.run_cycle()  # the replay is a duplicate
    with learner.store.db.read() as session:
        row = session.exec(
            select(LessonProgress).where(LessonProgress.lesson_id == HELLO_LESSON)
        ).one()
    assert (row.time_spent_seconds, row.server_time_spent_seconds) == (90, 90)
    progress = {r[0]: r[2] for r in server_state(healthy_devserver, learner.user_id).progress}
    assert progress[HELLO_LESSON] == 90
