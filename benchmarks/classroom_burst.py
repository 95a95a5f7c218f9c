"""A classroom coming back online at once (issue #15).

    .venv/bin/python benchmarks/classroom_burst.py [--learners 30] [--ops 1000]
        [--new-devices 5] [--courses 20] [--lessons 400] [--pooler]

Two bursts against one database:

1. **Devices through the devserver.**  ``--learners`` learners, each on their
   own data folder (a real ``LearnerStore``) with ``--ops`` queued progress
   ops, plus ``--new-devices`` new devices that have never synced, all
   start ``SyncEngine.run_cycle`` together (one thread each, released by one
   barrier) against one devserver.  Printed: aggregate ops/s, each device's
   time to "up to date" (p50/p99 over the devices), and whether the server
   state is exact: every learner's time ledger, seconds per lesson,
   completions and device ``last_seq`` equal to what was queued (nothing
   lost, nothing twice), every new device holding the whole catalogue.
2. **Direct ``sync_push`` calls over N database connections** (what
   PostgREST sends): the same number of learners and ops, 250-op batches,
   one connection per learner, all at once; then the same batches over one
   connection.  Printed: both throughputs, deadlocks (the database's
   ``pg_stat_database.deadlocks`` delta and failed calls), statements over
   Supabase's 8 s timeout, and lock waits (backends seen waiting on a lock
   by a sampler that reads ``pg_stat_activity`` every 5 ms).

``--pooler`` puts PgBouncer in transaction mode between the devserver and
PostgreSQL (the stand-in for Supavisor).  The devices, the devserver and the
database share this machine (and the devices and the devserver one Python
process), so the first burst's figures are for the whole system under that
load; the second has no HTTP or client in it.

It is not a test (nothing asserts); ``tests/e2e/test_classroom_burst.py``
runs both bursts at small sizes and checks the state is exact.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psycopg

from benchmarks.bench_world import BenchLearner, Catalogue, make_catalogue, new_learner
from desktop.store.actions import learning
from desktop.store.replica.outbox import Outbox
from desktop.sync.engine import CycleReport, SyncEngine
from devserver.db import as_caller, user_claims
from devserver.server import DevServer

STATEMENT_TIMEOUT_S = 8.0  # Supabase's statement timeout for the authenticated role
BATCH = 250  # sync_push's largest batch


@dataclass
class Queued:
    """What one learner queued: the server must end with exactly this."""

    course: str
    seconds: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    time_ops: int = 0
    completed: set[str] = field(default_factory=set)
    ops: int = 0  # every op queued, the enrollment included


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def queue_study(learner: BenchLearner, course: str, lessons: list[str], count: int) -> Queued:
    """Enroll and queue ``count`` progress ops offline, remembering their effect."""
    queued = Queued(course)
    learning.enroll(learner.store, course)
    queued.ops = 1
    rng = random.Random(learner.user_id)
    for _ in range(count):
        lesson, roll = rng.choice(lessons), rng.random()
        if roll < 0.7:
            seconds = rng.randint(5, 300)
            learning.record_time_spent(learner.store, lesson, seconds)
            queued.seconds[lesson] += seconds
            queued.time_ops += 1
        elif roll < 0.95:
            learning.record_section_progress(
                learner.store, lesson, {f"s{rng.randint(1, 4)}": {"percent": rng.randint(0, 100)}}
            )
        else:
            learning.complete_lesson(learner.store, lesson)
            queued.completed.add(lesson)
        queued.ops += 1
    return queued


@dataclass
class DeviceRun:
    seconds: float = 0.0
    cycles: int = 0
    error: str | None = None


def sync_until_up_to_date(learner: BenchLearner, start: threading.Barrier, run: DeviceRun) -> None:
    engine = SyncEngine(learner.store, learner.auth)
    outbox = Outbox(learner.store.db, learner.store.user_id)
    start.wait()
    began = time.perf_counter()
    try:
        for _ in range(20):
            engine.run_cycle()
            run.cycles += 1
            if not outbox.pending():
                break
        run.seconds = time.perf_counter() - began
    except Exception as exc:  # reported, not raised: the other devices go on
        run.error = f"{type(exc).__name__}: {exc}"


@dataclass
class BurstResult:
    learners: int
    new_devices: int
    ops: int
    wall_s: float
    device_s: list[float]
    problems: list[str]

    @property
    def ops_per_s(self) -> float:
        return self.ops / self.wall_s if self.wall_s else 0.0


def device_burst(
    server: DevServer,
    catalogue: Catalogue,
    learners: int,
    ops: int,
    new_devices: int,
    root: Path,
) -> BurstResult:
    """Burst 1 (see the module docstring); ``problems`` lists every inexact state."""

    def prepare(n: int) -> tuple[BenchLearner, Queued]:
        learner = new_learner(server, root)
        SyncEngine(learner.store, learner.auth).pull_scope(CycleReport(), "catalogue")
        course = catalogue.course_ids[n % len(catalogue.course_ids)]
        return learner, queue_study(learner, course, catalogue.lesson_ids[course], ops)

    # The set-up (not timed) on a few threads: each learner's own SQLite file.
    with ThreadPoolExecutor(max_workers=4) as setup:
        studying = list(setup.map(prepare, range(learners)))
    fresh = [new_learner(server, root) for _ in range(new_devices)]
    devices = [learner for learner, _ in studying] + fresh
    runs = [DeviceRun() for _ in devices]
    start = threading.Barrier(len(devices) + 1)
    threads = [
        threading.Thread(target=sync_until_up_to_date, args=(device, start, run), daemon=True)
        for device, run in zip(devices, runs, strict=True)
    ]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join(timeout=600)
    wall = time.perf_counter() - began
    problems = [f"device {i}: {run.error}" for i, run in enumerate(runs) if run.error]
    problems += [
        f"device {i}: still syncing after 600 s" for i, t in enumerate(threads) if t.is_alive()
    ]
    problems += check_server_state(server, studying)
    problems += check_catalogue(fresh, catalogue)
    for device in devices:
        device.store.close()
    return BurstResult(
        learners,
        new_devices,
        sum(q.ops for _, q in studying),
        wall,
        [run.seconds for run in runs if run.error is None],
        problems,
    )


def check_server_state(server: DevServer, studying: list[tuple[BenchLearner, Queued]]) -> list[str]:
    problems: list[str] = []
    with psycopg.connect(server.db_url) as conn:
        for learner, queued in studying:
            uid = learner.user_id
            ledger = conn.execute(
                "select count(*), coalesce(sum(seconds), 0) from public.lesson_time_ledger "
                "where user_id = %s",
                (uid,),
            ).fetchone()
            want = (queued.time_ops, sum(queued.seconds.values()))
            if ledger != want:
                problems.append(f"learner {uid}: time ledger {ledger}, queued {want}")
            rows = conn.execute(
                "select lesson_id::text, time_spent_seconds, completed_at is not null "
                "from public.lesson_progress where user_id = %s",
                (uid,),
            ).fetchall()
            seconds = {lesson: s for lesson, s, _ in rows if s}
            if seconds != dict(queued.seconds):
                problems.append(f"learner {uid}: seconds per lesson differ from what was queued")
            done = {lesson for lesson, _, completed in rows if completed}
            if done != queued.completed:
                problems.append(
                    f"learner {uid}: completions {len(done)}, queued {len(queued.completed)}"
                )
            seq = conn.execute(
                "select coalesce(sum(last_seq), 0) from public.sync_devices where user_id = %s",
                (uid,),
            ).fetchone()
            if seq != (queued.ops,):
                problems.append(f"learner {uid}: last_seq {seq}, queued {queued.ops} ops")
            enrolled = conn.execute(
                "select count(*) from public.enrollments where user_id = %s and course_id = %s "
                "and status = 'active'",
                (uid, queued.course),
            ).fetchone()
            if enrolled != (1,):
                problems.append(f"learner {uid}: not enrolled once in {queued.course}")
    return problems


def check_catalogue(fresh: list[BenchLearner], catalogue: Catalogue) -> list[str]:
    problems: list[str] = []
    want = {lesson for ids in catalogue.lesson_ids.values() for lesson in ids}
    for device in fresh:
        with sqlite3.connect(f"file:{device.store.db.path}?mode=ro", uri=True) as conn:
            have = {str(row[0]) for row in conn.execute("select id from lessons")}
        if not want <= have:
            problems.append(f"new device {device.user_id}: {len(want - have)} lessons missing")
    return problems


# ----------------------------------------------------------- direct sync_push


@dataclass
class PushResult:
    connections: int
    ops: int
    wall_s: float
    deadlocks: int
    failures: list[str]
    over_timeout: int
    slowest_s: float
    lock_wait_samples: int
    samples: int
    most_waiting: int
    lock_kinds: dict[str, int]

    @property
    def ops_per_s(self) -> float:
        return self.ops / self.wall_s if self.wall_s else 0.0


def direct_learners(db_url: str, catalogue: Catalogue, count: int) -> list[tuple[str, str]]:
    """``count`` users made in the database, each enrolled in a course: (user, course)."""
    made: list[tuple[str, str]] = []
    with psycopg.connect(db_url, autocommit=True) as conn:
        for n in range(count):
            uid = str(uuid.uuid4())
            course = catalogue.course_ids[n % len(catalogue.course_ids)]
            conn.execute(
                "insert into auth.users (id, aud, role, email, encrypted_password, "
                "email_confirmed_at, raw_app_meta_data, raw_user_meta_data, created_at, "
                "updated_at) values (%s, 'authenticated', 'authenticated', %s, '', now(), "
                '\'{"provider":"email","providers":["email"]}\', %s, now(), now())',
                (uid, f"direct-{uid[:12]}@example.test", json.dumps({"username": f"d_{uid[:12]}"})),
            )
            conn.execute(
                "insert into public.profiles (id, username, full_name) values (%s, %s, 'Direct') "
                "on conflict (id) do nothing",
                (uid, f"d_{uid[:12]}"),
            )
            conn.execute(
                "insert into public.enrollments (user_id, course_id) values (%s, %s)", (uid, course)
            )
            made.append((uid, course))
    return made


def batches_for(lessons: list[str], count: int, seed: str) -> list[list[dict[str, Any]]]:
    rng = random.Random(seed)
    ops: list[dict[str, Any]] = []
    for seq in range(1, count + 1):
        lesson, roll = rng.choice(lessons), rng.random()
        if roll < 0.7:
            kind = "progress.time"
            payload: dict[str, Any] = {
                "lesson_id": lesson,
                "seconds": rng.randint(5, 300),
                "recorded_at": "2026-12-03T08:00:00Z",
            }
        elif roll < 0.95:
            kind = "progress.section"
            payload = {
                "lesson_id": lesson,
                "sections": {f"s{rng.randint(1, 4)}": {"percent": rng.randint(0, 100)}},
                "lesson_percent": None,
            }
        else:
            kind = "progress.complete"
            payload = {"lesson_id": lesson, "completed_at": "2026-12-03T08:30:00Z"}
        ops.append(
            {
                "seq": seq,
                "op_id": str(uuid.uuid4()),
                "kind": kind,
                "hlc": f"{1764748800000 + seq:013d}-000000-{seed[:8]}",
                "payload": payload,
            }
        )
    return [ops[i : i + BATCH] for i in range(0, len(ops), BATCH)]


def push_batches(
    conn: psycopg.Connection[Any], uid: str, device: str, batches: list[list[dict[str, Any]]]
) -> list[float]:
    """Each batch as one request transaction; returns each call's seconds."""
    took: list[float] = []
    for batch in batches:
        started = time.perf_counter()
        with as_caller(conn, user_claims(uid)):
            conn.execute("select set_config('statement_timeout', '8s', true)")
            conn.execute("select public.sync_push(%s, %s::jsonb)", (device, json.dumps(batch)))
        took.append(time.perf_counter() - started)
    return took


def deadlock_count(db_url: str) -> int:
    with psycopg.connect(db_url, autocommit=True) as conn:
        row = conn.execute(
            "select deadlocks from pg_stat_database where datname = current_database()"
        ).fetchone()
    return int(row[0]) if row else 0


def direct_push(
    db_url: str, catalogue: Catalogue, learners: int, ops: int, connections: int
) -> PushResult:
    """``learners`` learners' ``ops`` ops as 250-op sync_push calls over
    ``connections`` connections (1: one after the other on one connection)."""
    people = direct_learners(db_url, catalogue, learners)
    work = [
        (uid, str(uuid.uuid4()), batches_for(catalogue.lesson_ids[course], ops, uid))
        for uid, course in people
    ]
    deadlocks_before = deadlock_count(db_url)
    failures: list[str] = []
    timings: list[float] = []
    lock = threading.Lock()
    sampling = threading.Event()
    seen = {"samples": 0, "waiting": 0, "most": 0}
    kinds: dict[str, int] = defaultdict(int)  # lock kind (wait_event) -> backends seen waiting

    def sample() -> None:
        with psycopg.connect(db_url, autocommit=True) as conn:
            while not sampling.is_set():
                events = conn.execute(
                    "select wait_event from pg_stat_activity where datname = current_database() "
                    "and wait_event_type = 'Lock'"
                ).fetchall()
                waiting = len(events)
                for (event,) in events:
                    kinds[str(event)] += 1
                seen["samples"] += 1
                seen["waiting"] += 1 if waiting else 0
                seen["most"] = max(seen["most"], waiting)
                time.sleep(0.005)  # noqa: TID251 - deliberate: the lock-wait sampler's period

    def worker(
        share: list[tuple[str, str, list[list[dict[str, Any]]]]], start: threading.Barrier
    ) -> None:
        with psycopg.connect(db_url, autocommit=True) as conn:
            start.wait()
            for uid, device, batches in share:
                try:
                    took = push_batches(conn, uid, device, batches)
                except psycopg.Error as exc:
                    with lock:
                        failures.append(f"{type(exc).__name__}: {exc}".strip())
                    continue
                with lock:
                    timings.extend(took)

    shares = [work[i::connections] for i in range(connections)]
    start = threading.Barrier(connections + 1)
    threads = [
        threading.Thread(target=worker, args=(share, start), daemon=True) for share in shares
    ]
    sampler = threading.Thread(target=sample, daemon=True)
    for thread in threads:
        thread.start()
    sampler.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join(timeout=900)
    wall = time.perf_counter() - began
    sampling.set()
    sampler.join(timeout=10)
    deadlocks = deadlock_count(db_url) - deadlocks_before
    return PushResult(
        connections,
        learners * ops,
        wall,
        deadlocks,
        failures,
        sum(1 for t in timings if t > STATEMENT_TIMEOUT_S),
        max(timings, default=0.0),
        seen["waiting"],
        seen["samples"],
        seen["most"],
        dict(kinds),
    )


# ----------------------------------------------------------- direct sync_pull


@dataclass
class PullResult:
    rows: int
    pages: int
    wall_s: float

    @property
    def rows_per_s(self) -> float:
        return self.rows / self.wall_s if self.wall_s else 0.0


def add_lessons(db_url: str, count: int) -> None:
    """``count`` more published lessons (in 50 new courses) for the pull figure."""
    courses = [str(uuid.uuid4()) for _ in range(50)]
    with psycopg.connect(db_url) as conn, conn.cursor() as cur:
        cur.executemany(
            "insert into public.courses (id, title, description, difficulty_level, "
            "is_published, tags, category) values (%s, %s, 'Pull figure.', 'beginner', true, "
            "'{bench}', 'Benchmark')",
            [(c, f"Pull course {i}") for i, c in enumerate(courses)],
        )
        cur.executemany(
            "insert into public.lessons (id, course_id, title, component_path, order_index, "
            "is_free) values (%s, %s, %s, 'bench/p', %s, true)",
            [(str(uuid.uuid4()), courses[n % 50], f"Lesson {n}", n) for n in range(count)],
        )


def direct_pull(db_url: str) -> PullResult:
    """A new device's whole catalogue scope, as anon, 5,000-row pages, in the database."""
    rows = pages = 0
    cursor: str | None = None
    with psycopg.connect(db_url, autocommit=True) as conn:
        started = time.perf_counter()
        while True:
            with as_caller(conn, {"role": "anon"}):
                row = conn.execute(
                    "select public.sync_pull('catalogue', %s, 5000)", (cursor,)
                ).fetchone()
            assert row is not None
            page = row[0]
            rows += len(page["changes"]) + len(page["tombstones"])
            pages += 1
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        wall = time.perf_counter() - started
    return PullResult(rows, pages, wall)


# ------------------------------------------------------------------- report


def report_devices(result: BurstResult, say: Any = print) -> None:
    say(
        f"devices    {result.learners} learners x {result.ops // max(result.learners, 1)} "
        f"queued ops + {result.new_devices} new devices, together: {result.ops:,} ops in "
        f"{result.wall_s:.2f} s = {result.ops_per_s:,.0f} ops/s aggregate"
    )
    if result.device_s:
        say(
            "           time to up to date per device: "
            f"p50 {percentile(result.device_s, 50):.2f} s, "
            f"p99 {percentile(result.device_s, 99):.2f} s, max {max(result.device_s):.2f} s"
        )
    say(
        "           server state: "
        + ("exact (nothing lost, nothing twice)" if not result.problems else "WRONG")
    )
    for problem in result.problems:
        say(f"             - {problem}")


def report_push(many: PushResult, one: PushResult, say: Any = print) -> None:
    """The direct sync_push figures, N connections and one."""
    for result in (many, one):
        say(
            f"sync_push  {result.connections:>3} connection(s): {result.ops:,} ops in "
            f"{result.wall_s:.2f} s = {result.ops_per_s:,.0f} ops/s; deadlocks {result.deadlocks}, "
            f"failed calls {len(result.failures)}, statements over 8 s {result.over_timeout} "
            f"(slowest {result.slowest_s:.2f} s), lock waits seen in {result.lock_wait_samples} "
            f"of {result.samples} samples (at most {result.most_waiting} backends at once)"
        )
        if result.lock_kinds:
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(result.lock_kinds.items()))
            say(f"           backends seen waiting, by lock kind: {kinds}")
        for failure in result.failures[:5]:
            say(f"             - {failure}")
    ratio = many.ops_per_s / one.ops_per_s if one.ops_per_s else 0.0
    say(
        f"           {many.connections} connections vs 1: {ratio:.2f}x "
        + (
            "(meets: at least the single-connection figure)"
            if ratio >= 1
            else "(MISSES: below one connection)"
        )
    )


def load_average() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=30)
    parser.add_argument("--ops", type=int, default=1000)
    parser.add_argument("--new-devices", type=int, default=5)
    parser.add_argument("--courses", type=int, default=20)
    parser.add_argument("--lessons", type=int, default=400)
    parser.add_argument(
        "--pull-lessons", type=int, default=10_000, help="lessons added for the sync_pull figure"
    )
    parser.add_argument(
        "--direct-only", action="store_true", help="only the direct sync_push and sync_pull parts"
    )
    parser.add_argument(
        "--pooler", action="store_true", help="PgBouncer between devserver and database"
    )
    args = parser.parse_args(argv)
    print(f"load average at start: {load_average()}")
    with tempfile.TemporaryDirectory(prefix="lantern-burst-") as tmp:
        root = Path(tmp)
        result, many, one, _pull = run(root, args)
    print(f"load average at end: {load_average()}")
    return 0 if not result.problems and not many.failures and not one.failures else 1


def run(
    root: Path, args: argparse.Namespace
) -> tuple[BurstResult, PushResult, PushResult, PullResult]:
    from devserver.pgbouncer import PgBouncer
    from devserver.postgres import PostgresServer

    postgres = PostgresServer(root / "postgres")
    postgres.start()
    try:
        from devserver.migrate import DEFAULT_SEED_FILE, build_database

        build_database(postgres.url, seed_file=DEFAULT_SEED_FILE)
        bouncer = None
        url = postgres.url
        if args.pooler:
            bouncer = PgBouncer(root / "pgbouncer", postgres.host, postgres.port, pool_size=10)
            bouncer.start()
            url = bouncer.url_for("postgres")
        try:
            server = DevServer(
                data_dir=root / "devserver",
                database_url=url,
                build=False,
                demo_accounts=False,
                bcrypt_rounds=4,
                prepared_statements=not args.pooler,
            )
            with server:
                catalogue = make_catalogue(server, args.courses, args.lessons)
                result = (
                    BurstResult(0, 0, 0, 0.0, [], [])
                    if args.direct_only
                    else device_burst(
                        server, catalogue, args.learners, args.ops, args.new_devices, root
                    )
                )
            if not args.direct_only:
                report_devices(result)
            many = direct_push(postgres.url, catalogue, args.learners, args.ops, args.learners)
            one = direct_push(postgres.url, catalogue, args.learners, args.ops, 1)
            report_push(many, one)
            add_lessons(postgres.url, args.pull_lessons)
            pull = direct_pull(postgres.url)
            print(
                f"sync_pull  in the database, one new device's catalogue: {pull.rows:,} rows "
                f"in {pull.pages} pages, {pull.wall_s:.2f} s = {pull.rows_per_s:,.0f} rows/s"
            )
        finally:
            if bouncer is not None:
                bouncer.stop()
    finally:
        postgres.destroy()
    return result, many, one, pull


if __name__ == "__main__":
    sys.exit(main())
