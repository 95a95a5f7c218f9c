"""A learner's app killed (SIGKILL) mid-write keeps change and outbox row together."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sqlmodel import select

from desktop.store.db.profiles import ProfileDirectory
from desktop.store.models import LessonProgress, OutboxRow, TimeIncrement
from desktop.store.replica.content import upsert_catalogue
from tests.store.conftest import LEARNER, LESSONS, sample_content

CHILD = """
import sys
from pathlib import Path
from desktop.store.actions import learning
from desktop.store.db.profiles import ProfileDirectory
store, _ = ProfileDirectory(Path(sys.argv[1])).open_learner(sys.argv[2])
while True:
    learning.record_time_spent(store, sys.argv[3], 7)
    learning.complete_lesson(store, sys.argv[3])
"""


def _outbox_count(profiles: ProfileDirectory) -> int:
    conn = sqlite3.connect(profiles.learner_db_path(LEARNER), timeout=5)
    try:
        return int(conn.execute("select count(*) from outbox").fetchone()[0])
    finally:
        conn.close()


def test_killing_the_app_mid_write_never_splits_a_change_from_its_op(tmp_path: Path) -> None:
    profiles = ProfileDirectory(tmp_path / "data")
    store, _ = profiles.open_learner(LEARNER)
    upsert_catalogue(store, sample_content())
    store.close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(profiles.data_dir), LEARNER, LESSONS[0]],
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "PYTHONPATH": "."},
    )
    deadline = time.monotonic() + 60
    try:
        while _outbox_count(profiles) < 40:
            assert child.poll() is None, "the writer died on its own"
            assert time.monotonic() < deadline, "the writer made no progress"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()

    store, recovery = profiles.open_learner(LEARNER)
    assert recovery is None  # WAL: a killed writer leaves a sound database
    with store.db.read() as session:
        ops = list(session.exec(select(OutboxRow).where(OutboxRow.kind == "progress.time")))
        ledger = {t.op_id: t.seconds for t in session.exec(select(TimeIncrement))}
        progress = session.exec(select(LessonProgress)).one()
    assert {op.op_id for op in ops} == set(ledger)
    assert progress.time_spent_seconds == sum(ledger.values()) == 7 * len(ops)
    store.close()
