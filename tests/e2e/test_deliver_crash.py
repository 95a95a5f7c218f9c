"""``lantern deliver`` killed (SIGKILL) mid-delivery loses nothing and counts
nothing twice (issue #17).

A learner's 1,200 waiting changes travel in a file of five chunks.  The
teacher's ``lantern deliver`` (the real CLI, its own process) is killed at
random points while chunks are on the wire (the devserver answers slowly);
then it delivers the file to the end; then the learner's own laptop syncs.
The server's time ledger holds every increment exactly once, and the
laptop's queue is empty without resending anything.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from desktop.protocol.ops import TimeSpent
from desktop.store.actions import learning
from desktop.store.columns import utc_now
from desktop.store.db.learner_store import new_id
from desktop.store.replica import save_work, write_saved_work
from desktop.store.replica.outbox import Outbox
from desktop.sync.engine import SyncEngine
from devserver.server import DevServer
from tests.e2e.conftest import device_last_seq, server_state
from tests.fixtures.learners import HELLO_LESSON, PYTHON_COURSE, Learner

ROOT = Path(__file__).resolve().parents[2]
CHANGES = 1200
LATENCY_MS = 60
TIMEOUT_S = 60


def lantern(devserver: DevServer, *argv: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "desktop.cli",
        argv[0],
        "--url",
        devserver.url,
        "--anon-key",
        devserver.anon_key,
        *argv[1:],
    ]


def test_a_killed_delivery_is_finished_by_the_next_and_counted_once(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer, tmp_path: Path
) -> None:
    rng = random.Random(17)
    ada, teacher = new_learner(), new_learner()
    engine = SyncEngine(ada.store, ada.auth)
    engine.run_cycle()
    learning.enroll(ada.store, PYTHON_COURSE)
    engine.run_cycle()
    with ada.store.write() as session:
        for n in range(CHANGES):
            seconds = 1 + n % 5
            op = TimeSpent(
                new_id(), ada.store.stamp(), HELLO_LESSON, PYTHON_COURSE, seconds, utc_now()
            )
            ada.store.record(session, op)
    studied = sum(1 + n % 5 for n in range(CHANGES))
    saved = save_work(ada.store.db, server_url="", learner_name="Ada", now=datetime.now(UTC))
    assert len(saved.chunks) == 5
    path = tmp_path / "ada.lantern-work"
    write_saved_work(path, saved)

    home = tmp_path / "teacher"
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "HOME": str(tmp_path / "home")}
    login = subprocess.run(
        lantern(healthy_devserver, "login", "--data-dir", str(home), "--email", teacher.email),
        input=teacher.password + "\n",
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    assert login.returncode == 0, login.stderr

    healthy_devserver.faults.latency_ms = LATENCY_MS
    seqs = [device_last_seq(healthy_devserver, ada.store.device_id)]
    kills = 0
    for _ in range(4):
        child = subprocess.Popen(
            lantern(healthy_devserver, "deliver", "--data-dir", str(home), str(path)),
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # once a chunk has landed, kill at a random point of the next one
        deadline = time.monotonic() + TIMEOUT_S
        while (
            child.poll() is None
            and device_last_seq(healthy_devserver, ada.store.device_id) == seqs[-1]
            and time.monotonic() < deadline
        ):
            time.sleep(0.02)  # noqa: TID251 - deliberate: polling the server for a chunk
        time.sleep(rng.uniform(0, 2 * LATENCY_MS / 1000))  # noqa: TID251 - deliberate: the kill point
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
            kills += 1
        child.wait(TIMEOUT_S)
        seqs.append(device_last_seq(healthy_devserver, ada.store.device_id))
    healthy_devserver.faults.reset()
    assert kills >= 3, seqs
    assert seqs == sorted(seqs)
    assert len(set(seqs)) >= 4  # the kills landed between chunks of one delivery

    finish = subprocess.run(
        lantern(healthy_devserver, "deliver", "--data-dir", str(home), str(path)),
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    assert finish.returncode == 0, finish.stdout + finish.stderr
    assert "work of Ada delivered" in finish.stdout
    got = server_state(healthy_devserver, ada.user_id)
    assert got.ledger == (CHANGES, studied)  # every increment once, none lost

    report = engine.run_cycle()  # the learner's laptop, later
    assert report.delivered == CHANGES
    assert not report.device_id_changed
    assert Outbox(ada.store.db, ada.user_id).counts().pending == 0
    assert server_state(healthy_devserver, ada.user_id).ledger == (CHANGES, studied)
