"""The client process killed (SIGKILL) at many points during sync loses nothing.

A learner's device (a data dir) holds hundreds of queued ops.  A client
process (``tests/e2e/sync_child.py``: the real engine with small batches)
syncs it against the devserver with injected latency, and is killed while a
push or a pull page is in flight; more work is done between kills; finally
``lantern sync`` (the real CLI, in its own process) finishes the job.

The server must then hold exactly what a control learner holds who did the
same work and synced once without trouble: progress, time totals, attempts,
points — every time increment in the ledger once, every op acknowledged once.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from desktop.account.session import AuthSession
from desktop.account.settings import ServerSettings
from desktop.store.actions import learning, quizzes
from desktop.store.db.learner_store import LearnerStore
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.models import LessonProgress
from desktop.store.replica.outbox import Outbox
from desktop.sync.engine import SyncEngine
from devserver.server import DevServer
from tests.e2e.conftest import ServerState, device_last_seq, server_state
from tests.e2e.sync_child import DONE, EXIT, READY, vault_for
from tests.fixtures.learners import (
    FUNCTIONS_LESSON,
    HELLO_LESSON,
    PYTHON_COURSE,
    VARIABLES_LESSON,
    Learner,
)

ROOT = Path(__file__).resolve().parents[2]
DECISIONS_LESSON = "e1e1e1e1-0001-4000-8000-000000000003"
LESSONS = [HELLO_LESSON, VARIABLES_LESSON, DECISIONS_LESSON, FUNCTIONS_LESSON]
QUIZ_LESSONS = [HELLO_LESSON, FUNCTIONS_LESSON]
T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
LATENCY_MS = 40
CHILD_TIMEOUT_S = 60


@dataclass(frozen=True)
class Action:
    kind: str  # time | section | complete | open | quiz
    lesson: str
    n: int


def random_actions(rng: random.Random, count: int) -> list[Action]:
    kinds = ["time"] * 6 + ["section", "section", "complete", "open", "quiz"]
    return [
        Action(rng.choice(kinds), rng.choice(LESSONS), rng.randint(1, 600)) for _ in range(count)
    ]


def perform(store: LearnerStore, action: Action) -> None:
    lesson, n = action.lesson, action.n
    if action.kind == "time":
        learning.record_time_spent(store, lesson, n)
    elif action.kind == "section":
        learning.record_section_progress(store, lesson, {f"part{n % 3}": {"percent": n % 101}})
    elif action.kind == "complete":
        learning.complete_lesson(store, lesson, at=T0 + timedelta(minutes=n))
    elif action.kind == "open":
        learning.open_lesson(store, lesson, at=T0 + timedelta(minutes=n))
    else:
        quiz_lesson = QUIZ_LESSONS[n % 2]
        quiz = quizzes.quiz_for_lesson(store, quiz_lesson)
        answers = {
            q.id: {
                "version": q.version,
                "answer": q.options[n % len(q.options)]["id"] if q.options else "x",
            }
            for q in quiz.questions
        }
        quizzes.submit_quiz_attempt(
            store, quiz_lesson, answers, time_taken_seconds=n, at=T0 + timedelta(minutes=n)
        )


def comparable(state: ServerState) -> dict[str, Any]:
    """The state without ids that differ between two learners."""
    return {
        "progress": state.progress,
        "ledger": state.ledger,
        # An attempt past an assessed quiz's limit has no score (None).
        "attempts": sorted(
            (a[1:] for a in state.attempts), key=lambda a: tuple(-1 if v is None else v for v in a)
        ),
        "enrollments": [(c, s) for c, s in state.enrollments],
        "points": state.points,
    }


class Clients:
    """The fork server of ``sync_child``; ``run()`` starts one client process."""

    def __init__(self, argv: list[str]) -> None:
        self.lines: list[str] = []
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.sync_child", *argv],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self._seen = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self._round_start = 0
        self._wait(lambda lines: READY in lines)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self._seen:
                self.lines.append(line.strip())
                self._seen.notify_all()

    def _round(self) -> list[str]:
        return self.lines[self._round_start :]

    def _wait(
        self,
        ready: Callable[[list[str]], bool],
        timeout: float = CHILD_TIMEOUT_S,
    ) -> bool:
        with self._seen:
            return self._seen.wait_for(lambda: ready(self._round()), timeout=timeout)

    def _count(self, prefix: str) -> int:
        return sum(line.startswith(prefix) for line in self._round())

    def run(self) -> int:
        """Start a client process; its pid."""
        assert self.proc.stdin is not None
        with self._seen:
            self._round_start = len(self.lines)
        self.proc.stdin.write("run\n")
        self.proc.stdin.flush()
        assert self._wait(lambda lines: any(x.startswith("PID ") for x in lines))
        return int(next(x for x in self._round() if x.startswith("PID "))[4:])

    def reached(self, prefix: str, nth: int) -> bool:
        """Wait until the ``nth`` line starting with ``prefix``; False if the round ended."""
        assert self._wait(lambda lines: self._count(prefix) >= nth or self._count(EXIT) > 0)
        return self._count(prefix) >= nth

    def kill_after(self, pid: int, delay_s: float) -> bool:
        """SIGKILL ``pid`` after ``delay_s``; True if it was killed before finishing."""
        if not self._wait(lambda lines: self._count(EXIT) > 0, timeout=delay_s):
            os.kill(pid, signal.SIGKILL)
        assert self._wait(lambda lines: self._count(EXIT) > 0)
        errors = [x for x in self._round() if x.startswith("ERROR")]
        assert not errors, errors
        return self._count(DONE) == 0

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(CHILD_TIMEOUT_S)


@pytest.mark.slow
def test_client_killed_at_many_points_during_sync_loses_and_repeats_nothing(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer, tmp_path: Path
) -> None:
    rng = random.Random(4)
    learner, control = new_learner(), new_learner()
    settings = ServerSettings(healthy_devserver.url, healthy_devserver.anon_key)
    data_dir = tmp_path / "device"
    auth = AuthSession(settings, vault_for(data_dir))
    auth.sign_in(learner.email, learner.password)
    device = ProfileDirectory(data_dir)
    device.remember(learner.user_id, learner.email, "Crash Tester", settings.normalized_url)
    store, _ = device.open_learner(learner.user_id)
    for who, who_auth in ((store, auth), (control.store, control.auth)):
        engine = SyncEngine(who, who_auth)
        engine.run_cycle()
        learning.enroll(who, PYTHON_COURSE)
        engine.run_cycle()  # the course's lessons and quizzes arrive

    done: list[Action] = []

    def work(count: int) -> None:
        for action in random_actions(rng, count):
            perform(store, action)
            perform(control.store, action)
            done.append(action)

    work(200)
    clients = Clients(
        [
            str(data_dir),
            healthy_devserver.url,
            healthy_devserver.anon_key,
            learner.user_id,
            "15",
            "3",
        ]
    )
    healthy_devserver.faults.latency_ms = LATENCY_MS
    kills = {"push": 0, "pull": 0}
    seqs = [device_last_seq(healthy_devserver, store.device_id)]
    for round_no in range(10):
        stage = "push" if round_no < 7 else "pull"
        pid = clients.run()
        # kill while the n-th batch (or the n-th scope's pages) is on the wire
        if clients.reached(stage, rng.randint(1, 3)) and clients.kill_after(
            pid, rng.uniform(0.0, 2.5 * LATENCY_MS / 1000)
        ):
            kills[stage] += 1
        seqs.append(device_last_seq(healthy_devserver, store.device_id))
        if stage == "push":
            work(10)
    clients.close()
    assert kills["push"] >= 6, kills
    assert kills["pull"] >= 2, kills
    assert seqs == sorted(seqs)
    assert len(set(seqs)) >= 5

    healthy_devserver.faults.reset()
    finish = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "sync",
            "--data-dir",
            str(data_dir),
            "--url",
            healthy_devserver.url,
            "--anon-key",
            healthy_devserver.anon_key,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    assert finish.returncode == 0, finish.stderr
    SyncEngine(control.store, control.auth).run_cycle()

    got = server_state(healthy_devserver, learner.user_id)
    want = server_state(healthy_devserver, control.user_id)
    assert comparable(got) == comparable(want)
    increments = [a.n for a in done if a.kind == "time"]
    assert got.ledger == (len(increments), sum(increments))  # each once, none lost
    assert len(got.attempts) == sum(a.kind == "quiz" for a in done)
    issued = Outbox(store.db, learner.user_id)
    assert issued.counts().pending == 0
    assert issued.counts().rejected == 0
    assert device_last_seq(healthy_devserver, store.device_id) == issued.highest_wire_seq()
    with store.db.read() as session:
        local = sorted(
            (p.lesson_id, p.completion_percentage, p.time_spent_seconds)
            for p in session.exec(select(LessonProgress))
        )
    assert local == [row[:3] for row in got.progress]
    store.close()
