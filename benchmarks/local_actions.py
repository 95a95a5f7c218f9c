"""Latency of one learner action in the local store (issue #15).

    .venv/bin/python benchmarks/local_actions.py [--actions 2000] [--lessons 200]

A learner's action (time spent, a section read, a lesson completed) is one
SQLite transaction: the local row and its outbox op commit together.  This
prints the p50 and p99 of that transaction, timed one action at a time,
with the store as it ships and, for comparison, the same store with
``pragma synchronous = normal``.  The store (``desktop/store/db/database.py``)
uses WAL mode with ``synchronous = full``: every commit waits for the disk;
the line after the figures says why.

It signs one learner up on its own devserver and pulls a small catalogue
first (an action needs its lesson locally); only the actions are timed.
The store lives in a temporary directory on the same disk as ``--dir``
(default: the system's temporary directory).  Not a test: nothing asserts;
``tests/e2e/test_sync_benchmark_runs.py`` runs it at a tiny size.
"""

from __future__ import annotations

import argparse
import logging
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_world import make_catalogue, new_learner
from benchmarks.classroom_burst import load_average, percentile
from desktop.store.actions import learning
from desktop.store.db import database
from desktop.store.db.learner_store import LearnerStore
from desktop.store.db.profiles import ProfileDirectory
from desktop.sync.engine import CycleReport, SyncEngine
from devserver.server import DevServer


def time_actions(store: LearnerStore, lessons: list[str], count: int) -> list[float]:
    """Seconds of each of ``count`` actions, in the benchmark's usual mix."""
    rng = random.Random(15)
    took: list[float] = []
    for _ in range(count):
        lesson, roll = rng.choice(lessons), rng.random()
        started = time.perf_counter()
        if roll < 0.7:
            learning.record_time_spent(store, lesson, rng.randint(5, 300))
        elif roll < 0.95:
            learning.record_section_progress(
                store, lesson, {f"s{rng.randint(1, 4)}": {"percent": rng.randint(0, 100)}}
            )
        else:
            learning.complete_lesson(store, lesson)
        took.append(time.perf_counter() - started)
    return took


@contextmanager
def synchronous_normal() -> Iterator[None]:
    """Stores opened inside use ``synchronous = normal`` (for the comparison only)."""
    shipped = database._pragmas

    def normal(conn: sqlite3.Connection) -> None:
        shipped(conn)
        conn.execute("pragma synchronous = normal")

    database._pragmas = normal
    try:
        yield
    finally:
        database._pragmas = shipped


def store_setting(store: LearnerStore) -> str:
    with sqlite3.connect(store.db.path) as conn:
        database._pragmas(conn)
        journal = conn.execute("pragma journal_mode").fetchone()[0]
        sync = conn.execute("pragma synchronous").fetchone()[0]
    return f"journal_mode = {journal}, synchronous = {['off', 'normal', 'full', 'extra'][sync]}"


def run(server: DevServer, actions: int, lessons: int, root: Path) -> dict[str, float]:
    catalogue = make_catalogue(server, 1, lessons)
    root.mkdir(parents=True, exist_ok=True)
    learner = new_learner(server, root)
    engine = SyncEngine(learner.store, learner.auth)
    engine.pull_scope(CycleReport(), "catalogue")
    course = catalogue.course_ids[0]
    learning.enroll(learner.store, course)
    ids = catalogue.lesson_ids[course]
    setting = store_setting(learner.store)
    shipped = time_actions(learner.store, ids, actions)
    learner.store.close()
    with synchronous_normal():
        # The same learner's folder opened again: now with synchronous = normal.
        store, _ = ProfileDirectory(learner.store.db.path.parents[2]).open_learner(learner.user_id)
        try:
            other_setting = store_setting(store)
            other = time_actions(store, ids, actions)
        finally:
            store.close()
    figures = {
        "p50_ms": percentile(shipped, 50) * 1000,
        "p99_ms": percentile(shipped, 99) * 1000,
        "other_p50_ms": percentile(other, 50) * 1000,
        "other_p99_ms": percentile(other, 99) * 1000,
    }
    print(
        f"local action as shipped ({setting}): {actions} actions, "
        f"p50 {figures['p50_ms']:.2f} ms, p99 {figures['p99_ms']:.2f} ms, "
        f"{actions / sum(shipped):,.0f} actions/s one after another"
    )
    print(
        f"local action with {other_setting} (comparison): "
        f"p50 {figures['other_p50_ms']:.2f} ms, p99 {figures['other_p99_ms']:.2f} ms, "
        f"{actions / sum(other):,.0f} actions/s"
    )
    print(
        "durability: synchronous = full, so each action is on the disk when its transaction "
        "returns and survives a power cut or an OS crash (a laptop's battery running out), "
        "not only an app crash.  normal, in WAL mode, never corrupts the store but can take "
        "back every commit since the WAL was last synced (at a checkpoint: hundreds of "
        "actions, hours of study) on a power cut.  The difference per action is above; a "
        "learner's actions come seconds apart."
    )
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--lessons", type=int, default=200)
    parser.add_argument("--dir", type=Path, default=None, help="where the local store lives")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    print(f"load average at start: {load_average()}")
    with (
        tempfile.TemporaryDirectory(prefix="lantern-bench-server-") as tmp,
        tempfile.TemporaryDirectory(prefix="lantern-bench-store-", dir=args.dir) as stores,
        DevServer(data_dir=Path(tmp), demo_accounts=False, bcrypt_rounds=4) as server,
    ):
        run(server, args.actions, args.lessons, Path(stores))
    print(f"load average at end: {load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
