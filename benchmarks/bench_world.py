"""What the sync benchmark measures against: a big catalogue, learners, floors.

* ``make_catalogue`` writes N published courses with M lessons between them
  straight into PostgreSQL (the setup is not what is measured).
* ``new_learner`` signs a learner up through the devserver and opens a
  local store for them in a temporary data dir.
* ``queue_ops`` makes a learner's local store hold N progress ops (time
  increments, section progress, completions) on one course's lessons, the
  way studying offline would.
* ``push_floor`` / ``pull_floor``: the same rows written / read by psycopg
  directly in one transaction — the cost with no HTTP, no JSON, no client.
"""

from __future__ import annotations

import json
import random
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from desktop.account.session import AuthSession
from desktop.account.settings import ServerSettings
from desktop.account.vault import FileVault
from desktop.store.actions import learning
from desktop.store.db.learner_store import LearnerStore
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.replica.outbox import Outbox
from devserver.db import begin_request, user_claims
from devserver.server import DevServer


@dataclass(frozen=True)
class Catalogue:
    course_ids: list[str]
    lesson_ids: dict[str, list[str]]  # course id → its lesson ids, in order

    @property
    def lessons(self) -> int:
        return sum(len(v) for v in self.lesson_ids.values())


def make_catalogue(server: DevServer, courses: int, lessons: int) -> Catalogue:
    """``courses`` published courses sharing ``lessons`` lessons, tagged "bench"."""
    course_ids = [str(uuid.uuid4()) for _ in range(courses)]
    lesson_ids: dict[str, list[str]] = {c: [] for c in course_ids}
    for n in range(lessons):
        lesson_ids[course_ids[n % courses]].append(str(uuid.uuid4()))
    with psycopg.connect(server.db_url) as conn, conn.cursor() as cur:
        cur.executemany(
            "insert into public.courses (id, title, description, difficulty_level, "
            "is_published, tags, category) values (%s, %s, %s, 'beginner', true, "
            "'{bench}', 'Benchmark')",
            [
                (c, f"Benchmark course {i}", "A course of the sync benchmark.")
                for i, c in enumerate(course_ids)
            ],
        )
        cur.executemany(
            "insert into public.lessons (id, course_id, title, description, component_path, "
            "order_index, estimated_duration_minutes, is_free) "
            "values (%s, %s, %s, %s, %s, %s, 10, true)",
            [
                (lesson, course, f"Lesson {i + 1}", "Benchmark lesson.", f"bench/l{i + 1}", i + 1)
                for course, ids in lesson_ids.items()
                for i, lesson in enumerate(ids)
            ],
        )
    return Catalogue(course_ids, lesson_ids)


@dataclass
class BenchLearner:
    auth: AuthSession
    store: LearnerStore
    user_id: str


def new_learner(server: DevServer, root: Path | None = None) -> BenchLearner:
    data_dir = Path(tempfile.mkdtemp(prefix="lantern-bench-", dir=root))
    auth = AuthSession(
        ServerSettings(server.url, server.anon_key), FileVault(data_dir / "tokens.json")
    )
    tag = uuid.uuid4().hex[:10]
    identity = auth.sign_up(
        f"bench-{tag}@example.test",
        "bench-password-9",
        username=f"bench_{tag}",
        full_name="Benchmark Learner",
    )
    store, _ = ProfileDirectory(data_dir).open_learner(identity.user_id)
    return BenchLearner(auth, store, identity.user_id)


def queue_ops(store: LearnerStore, lessons: list[str], count: int, seed: int = 7) -> float:
    """Queue ``count`` progress ops; returns the seconds the local writes took."""
    rng = random.Random(seed)
    started = time.perf_counter()
    for _ in range(count):
        lesson, roll = rng.choice(lessons), rng.random()
        if roll < 0.7:
            learning.record_time_spent(store, lesson, rng.randint(5, 300))
        elif roll < 0.95:
            learning.record_section_progress(
                store, lesson, {f"s{rng.randint(1, 4)}": {"percent": rng.randint(0, 100)}}
            )
        else:
            learning.complete_lesson(store, lesson)
    return time.perf_counter() - started


def push_floor(
    server: DevServer, user_id: str, course_id: str, lessons: list[str], count: int, seed: int = 7
) -> float:
    """Seconds for the rows ``count`` ops write, written by psycopg in one
    transaction (then rolled back): one ledger row per time increment and one
    lesson_progress upsert per op, with the schema's triggers running."""
    rng = random.Random(seed)
    ledger: list[tuple[Any, ...]] = []
    progress: list[tuple[Any, ...]] = []
    for _ in range(count):
        lesson, seconds = rng.choice(lessons), rng.randint(5, 300)
        ledger.append((user_id, str(uuid.uuid4()), lesson, seconds))
        progress.append((user_id, lesson, course_id, rng.randint(0, 100), seconds))
    with psycopg.connect(server.db_url) as conn, conn.cursor() as cur:
        started = time.perf_counter()
        cur.executemany(
            "insert into public.lesson_time_ledger (user_id, op_id, lesson_id, "
            "seconds) values (%s, %s, %s, %s)",
            ledger[: int(count * 0.7)],
        )
        cur.executemany(
            "insert into public.lesson_progress (user_id, lesson_id, course_id, "
            "completion_percentage, time_spent_seconds) values (%s, %s, %s, %s, %s) "
            "on conflict (user_id, lesson_id) do update set completion_percentage = "
            "greatest(lesson_progress.completion_percentage, excluded.completion_percentage), "
            "time_spent_seconds = lesson_progress.time_spent_seconds "
            "+ excluded.time_spent_seconds",
            progress,
        )
        elapsed = time.perf_counter() - started
        conn.rollback()
    return elapsed


def pull_floor(server: DevServer) -> tuple[float, int]:
    """Seconds (and rows) to read the catalogue scope's rows as JSON in one transaction."""
    with psycopg.connect(server.db_url) as conn:
        started = time.perf_counter()
        rows = conn.execute(
            "select to_jsonb(c) - 'row_txid' from public.courses c where c.is_published"
        ).fetchall()
        rows += conn.execute(
            "select to_jsonb(l) - 'row_txid' from public.lessons l "
            "join public.courses c on c.id = l.course_id "
            "where c.is_published"
        ).fetchall()
        rows += conn.execute(
            "select to_jsonb(a) - 'row_txid' from public.achievements a where a.is_active"
        ).fetchall()
        elapsed = time.perf_counter() - started
    return elapsed, len(rows)


PUSH_BATCH = 250  # ops per sync_push call, the client's batch


def server_push(server: DevServer, learner: BenchLearner) -> tuple[float, int]:
    """The server's own cost of ``learner``'s queued ops: (seconds, ops) for
    calling public.sync_push as the learner, as PostgREST would, in batches
    of 250 inside one transaction (then rolled back, so the real push that
    follows still applies them) -- every effect of the schema included, no
    HTTP and no client."""
    outbox = Outbox(learner.store.db, learner.store.user_id)
    ops = [op.wire() for op in outbox.pending(limit=10**9, max_bytes=10**12)]
    device = str(uuid.uuid4())
    with psycopg.connect(server.db_url) as conn:
        begin_request(conn, user_claims(learner.user_id))
        started = time.perf_counter()
        for first in range(0, len(ops), PUSH_BATCH):
            batch = [
                dict(op, seq=seq)
                for seq, op in enumerate(ops[first : first + PUSH_BATCH], start=first + 1)
            ]
            conn.execute("select public.sync_push(%s, %s::jsonb)", (device, json.dumps(batch)))
        seconds = time.perf_counter() - started
        conn.rollback()
    return seconds, len(ops)
