"""Saved work survives SIGKILL at every step of its trip (issue #17).

A learner's 1,200 waiting changes travel in a file of five chunks, every
step run by the real CLI in its own process against the devserver:

1. ``lantern export-work`` on the learner's laptop, killed at random points:
   the file is then either absent or whole (never half-written), and the
   changes are still waiting;
2. ``lantern deliver`` on the teacher's laptop, killed between and during
   chunks (the devserver answers slowly), then run to the end;
3. ``lantern sync`` on the learner's laptop, killed while it settles the
   delivered changes, then run to the end.

The server's time ledger holds every increment exactly once, and the
learner's laptop ends with nothing waiting, under the same device id.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from desktop.protocol.ops import TimeSpent
from desktop.protocol.work import SavedWorkError
from desktop.store.actions import learning
from desktop.store.columns import utc_now
from desktop.store.db.learner_store import new_id
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.replica import read_saved_work
from desktop.store.replica.outbox import Outbox
from devserver.server import DevServer
from tests.e2e.conftest import device_last_seq, server_state
from tests.fixtures.learners import HELLO_LESSON, PYTHON_COURSE, Learner

ROOT = Path(__file__).resolve().parents[2]
CHANGES = 1200
LATENCY_MS = 60
TIMEOUT_S = 60


class Laptop:
    """A data folder driven by ``python -m desktop.cli`` processes."""

    def __init__(self, devserver: DevServer, folder: Path, home: Path) -> None:
        self.devserver = devserver
        self.folder = folder
        self.env = {**os.environ, "PYTHONUNBUFFERED": "1", "HOME": str(home)}

    def argv(self, *args: str) -> list[str]:
        return [
            sys.executable,
            "-m",
            "desktop.cli",
            args[0],
            "--data-dir",
            str(self.folder),
            "--url",
            self.devserver.url,
            "--anon-key",
            self.devserver.anon_key,
            *args[1:],
        ]

    def run(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.argv(*args),
            input=stdin,
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )

    def start(self, *args: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            self.argv(*args),
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


def kill_after(child: subprocess.Popen[bytes], seconds: float) -> bool:
    """SIGKILL ``child`` after ``seconds`` unless it finished; True if it was killed."""
    try:
        child.wait(seconds)
    except subprocess.TimeoutExpired:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(TIMEOUT_S)
        return True
    return False


def wait_for_change(
    devserver: DevServer, device: str, last: int, child: subprocess.Popen[bytes]
) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while (
        child.poll() is None
        and device_last_seq(devserver, device) == last
        and time.monotonic() < deadline
    ):
        time.sleep(0.02)  # noqa: TID251 - deliberate: polling the server for a chunk  # allowed-sleep


def test_saved_work_survives_kills_during_export_delivery_and_the_learners_sync(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer, tmp_path: Path
) -> None:
    rng = random.Random(17)
    ada_account, teacher_account = new_learner(), new_learner()
    home = tmp_path / "home"
    ada = Laptop(healthy_devserver, tmp_path / "ada", home)
    teacher = Laptop(healthy_devserver, tmp_path / "teacher", home)
    for laptop, account in ((ada, ada_account), (teacher, teacher_account)):
        login = laptop.run("login", "--email", account.email, stdin=account.password + "\n")
        assert login.returncode == 0, login.stderr
    assert ada.run("sync").returncode == 0  # online once: the key reaches the server
    profiles = ProfileDirectory(ada.folder)
    store, _ = profiles.open_learner(ada_account.user_id)
    try:
        learning.enroll(store, PYTHON_COURSE)
        with store.write() as session:
            for n in range(CHANGES):
                stamp = store.stamp()
                op = TimeSpent(new_id(), stamp, HELLO_LESSON, PYTHON_COURSE, 1 + n % 5, utc_now())
                store.record(session, op)
        device = store.device_id
    finally:
        store.close()
    studied = sum(1 + n % 5 for n in range(CHANGES))

    # 1. export, killed at random points: absent or whole, never half
    path = tmp_path / "usb" / "ada.lantern-work"
    path.parent.mkdir()
    export_kills = 0
    for _ in range(6):
        export_kills += kill_after(
            ada.start("export-work", "--to", str(path)), rng.uniform(0.2, 1.5)
        )
        if path.exists():
            try:
                assert read_saved_work(path).ops == CHANGES + 1  # + the enrollment
            except SavedWorkError as exc:
                raise AssertionError(f"a killed export left a broken file: {exc}") from exc
    assert export_kills >= 1
    saved = ada.run("export-work", "--to", str(path))
    assert saved.returncode == 0, saved.stderr
    assert read_saved_work(path).ops == CHANGES + 1

    # 2. delivery, killed between and during chunks, then to the end
    healthy_devserver.faults.latency_ms = LATENCY_MS
    seqs = [device_last_seq(healthy_devserver, device)]
    deliver_kills = 0
    for _ in range(4):
        child = teacher.start("deliver", str(path))
        wait_for_change(healthy_devserver, device, seqs[-1], child)
        deliver_kills += kill_after(child, rng.uniform(0, 2 * LATENCY_MS / 1000))
        seqs.append(device_last_seq(healthy_devserver, device))
    assert deliver_kills >= 3, seqs
    assert seqs == sorted(seqs)
    assert len(set(seqs)) >= 4  # the kills landed between chunks of one delivery
    finish = teacher.run("deliver", str(path))
    assert finish.returncode == 0, finish.stdout + finish.stderr
    assert "delivered" in finish.stdout
    assert server_state(healthy_devserver, ada_account.user_id).ledger == (CHANGES, studied)

    # 3. the learner's own sync, killed while it settles, then to the end
    sync_kills = 0
    for _ in range(3):
        sync_kills += kill_after(ada.start("sync"), rng.uniform(0.5, 2.0))
    healthy_devserver.faults.reset()
    done = ada.run("sync", "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    got = server_state(healthy_devserver, ada_account.user_id)
    assert got.ledger == (CHANGES, studied)  # every increment once, none lost
    store, _ = profiles.open_learner(ada_account.user_id)
    try:
        assert Outbox(store.db, ada_account.user_id).counts().pending == 0
        assert store.device_id == device  # settled, not re-sent under a new id
    finally:
        store.close()
    assert sync_kills + deliver_kills + export_kills >= 5
