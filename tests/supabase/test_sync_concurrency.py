"""A paged pull under concurrent writers misses nothing; a naive updated_at cursor does.

docs/sync-design.md, "The out-of-order commit trap": several writers commit in
overlapping transactions (and one holds its transaction open across the
pullers' pages) while two pullers page through the same course:

* the real client replica (sync_pull, xid-horizon cursor) ends with exactly the
  server's rows, every deletion included;
* the control, a cursor on ``updated_at`` as the seed guide's app would keep,
  ends without the held transaction's row — the bug the design exists to avoid.
"""

from __future__ import annotations

import itertools
import random
import threading
import uuid
from datetime import datetime
from typing import Any

import psycopg
from psycopg.rows import dict_row

from tests.supabase.conftest import Cast
from tests.supabase.sync_support import Replica, call_pull, pull_all

Conn = psycopg.Connection[dict[str, Any]]
WRITERS = 4
ROUNDS = 12
PAGE = 6


class NaivePuller:
    """The control: remembers the greatest updated_at it has seen."""

    def __init__(self, course: str) -> None:
        self.course = course
        self.seen: set[str] = set()
        self.cursor: datetime | None = None

    def pull(self, conn: Conn) -> None:
        rows = conn.execute(
            "select id, updated_at from public.lessons where course_id = %s "
            "and (%s::timestamptz is null or updated_at > %s) order by updated_at limit %s",
            (self.course, self.cursor, self.cursor, PAGE),
        ).fetchall()
        for row in rows:
            self.seen.add(str(row["id"]))
            self.cursor = row["updated_at"]


def writer(
    db_url: str, course: str, order: itertools.count[int], seed: int, errors: list[BaseException]
) -> None:
    """Insert lessons with bodies, delete some earlier ones, in overlapping transactions."""
    rng = random.Random(seed)
    mine: list[str] = []
    try:
        with psycopg.connect(db_url) as conn:
            for _ in range(ROUNDS):
                with conn.transaction():
                    for _ in range(rng.randint(1, 3)):
                        lesson = str(uuid.uuid4())
                        conn.execute(
                            "insert into public.lessons (id, course_id, title, component_path, "
                            "order_index) values (%s, %s, 'w', 'w', %s)",
                            (lesson, course, next(order)),
                        )
                        conn.execute(
                            "insert into public.lesson_contents (lesson_id, "
                            "body_markdown) values (%s, 'body')",
                            (lesson,),
                        )
                        mine.append(lesson)
                    if len(mine) > 3 and rng.random() < 0.4:
                        conn.execute(
                            "delete from public.lessons where id = %s",
                            (mine.pop(rng.randrange(len(mine) - 1)),),
                        )
                    # Hold the transaction open a little, so commits interleave.
                    conn.execute("select pg_sleep(%s)", (rng.uniform(0.0, 0.03),))
    except BaseException as exc:  # reported by the test thread
        errors.append(exc)


def server_rows(admin: Conn, course: str) -> tuple[set[str], set[str]]:
    lessons = {
        str(r["id"])
        for r in admin.execute("select id from public.lessons where course_id = %s", (course,))
    }
    bodies = {
        str(r["lesson_id"])
        for r in admin.execute(
            "select c.lesson_id from public.lesson_contents c join public.lessons l "
            "on l.id = c.lesson_id where l.course_id = %s",
            (course,),
        )
    }
    return lessons, bodies


def test_paged_pull_during_concurrent_writes_misses_nothing_and_naive_cursor_does(
    cast: Cast, admin_conn: Conn, api_conn: Conn, db_url: str
) -> None:
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (cast.student.id, cast.course),
    )
    scope = f"course:{cast.course}"
    claims = cast.student.claims
    replica, naive = Replica(), NaivePuller(cast.course)
    order = itertools.count(1000)
    errors: list[BaseException] = []
    threads = [
        threading.Thread(target=writer, args=(db_url, cast.course, order, seed, errors))
        for seed in range(WRITERS)
    ]
    for thread in threads:
        thread.start()

    with (
        psycopg.connect(db_url, row_factory=dict_row) as naive_conn,
        psycopg.connect(db_url, row_factory=dict_row) as held,
    ):
        naive_conn.autocommit = True
        # The held writer idles in its transaction until the writers finish,
        # which on a loaded machine can pass the cluster's idle timeout.
        held.execute("set idle_in_transaction_session_timeout = 0")
        held.commit()
        held_lesson = str(uuid.uuid4())
        held_opened = False
        pages = 0
        while any(t.is_alive() for t in threads):
            page = call_pull(api_conn, claims, scope, replica.cursor, PAGE)
            replica.apply(page)
            naive.pull(naive_conn)
            pages += 1
            if not held_opened and pages == 3:
                # A slow writer: its row's updated_at is its start time, and it
                # commits only after the pullers have paged past that time.
                held.execute(
                    "insert into public.lessons (id, course_id, title, component_path, "
                    "order_index) values (%s, %s, 'held', 'h', %s)",
                    (held_lesson, cast.course, next(order)),
                )
                held_opened = True
        for thread in threads:
            thread.join()
        assert not errors, errors
        naive.pull(naive_conn)  # pages past the held row's timestamp
        assert held_opened
        held.commit()
        pull_all(api_conn, claims, scope, replica, limit=PAGE)
        while True:
            before = len(naive.seen)
            naive.pull(naive_conn)
            if len(naive.seen) == before:
                break

    lessons, bodies = server_rows(admin_conn, cast.course)
    assert len(lessons) > WRITERS * ROUNDS  # the writers really wrote
    tombstones = admin_conn.execute(
        "select count(*) as n from public.sync_tombstones where table_name = 'lessons'"
    ).fetchone()
    assert tombstones is not None
    assert tombstones["n"] > 0
    assert replica.keys("lessons") == lessons
    assert replica.keys("lesson_contents") == bodies
    assert pages > 3
    # The control misses the held row (and never learns of deletions at all).
    assert held_lesson in lessons
    assert held_lesson not in naive.seen
