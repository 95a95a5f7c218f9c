"""sync_pull on a read replica: a PostgreSQL 15 hot standby streaming from
a primary, both on loopback and started here (docs/sync-protocol.md,
"Pulling from a read replica").

A standby runs no transaction of its own that could write, its snapshot
lists no running transaction ids (PostgreSQL keeps them elsewhere during
recovery), and it lags the primary: pulls from it must still skip no row
and send none twice, with cursors moving freely between the primary and
the standby.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from devserver.migrate import build_database
from devserver.postgres import PostgresServer
from tests.supabase.conftest import ANON
from tests.supabase.sync_support import call_pull, pull_all

PG15_BIN = Path("/usr/lib/postgresql/15/bin")
# A published course of the seed (supabase/seed.sql).
Conn = psycopg.Connection[dict[str, Any]]


@dataclass
class Pair:
    primary: Conn
    standby: Conn
    course: str

    def add_lesson(self, conn: Conn | None = None) -> str:
        lesson = uuid.uuid4()
        # A distinct position: (course, order_index) is unique, and an open
        # transaction's position would make the next insert wait for it.
        (conn or self.primary).execute(
            "insert into public.lessons (id, course_id, title, component_path, order_index) "
            "values (%s, %s, 'replicated', 'x', %s)",
            (str(lesson), self.course, 1000 + lesson.int % 1_000_000_000),
        )
        return str(lesson)

    def replayed(self, timeout: float = 20.0) -> None:
        """Wait until the standby has replayed everything the primary wrote so far."""
        row = self.primary.execute("select pg_current_wal_insert_lsn()::text as lsn").fetchone()
        assert row is not None
        deadline = time.monotonic() + timeout
        while True:
            done = self.standby.execute(
                "select pg_last_wal_replay_lsn() >= %s::pg_lsn as done", (row["lsn"],)
            ).fetchone()
            if done is not None and done["done"]:
                return
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"the standby did not replay up to {row['lsn']} in {timeout} s"
                )
            time.sleep(0.02)  # noqa: TID251 - deliberate: polling the standby's replay  # allowed-sleep


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[str, str]]:
    if not (PG15_BIN / "pg_basebackup").exists():
        pytest.skip(
            f"PostgreSQL 15 is not installed at {PG15_BIN} (Debian: apt-get install postgresql-15)"
        )
    # Not pytest's tmp_path: its base is pruned by other pytest sessions of the machine.
    with tempfile.TemporaryDirectory(prefix="lantern-replica-") as tmp:
        yield from _start_pair(Path(tmp))


def _start_pair(root: Path) -> Iterator[tuple[str, str]]:
    primary = PostgresServer(root / "primary", bin_dir=PG15_BIN)
    primary.start()
    standby: PostgresServer | None = None
    try:
        build_database(primary.url)
        standby = primary.standby(root / "standby")
        standby.start()
        yield primary.url, standby.url
    finally:
        if standby is not None:
            standby.destroy()
        primary.destroy()


@pytest.fixture
def pair(servers: tuple[str, str]) -> Iterator[Pair]:
    primary_url, standby_url = servers
    with (
        psycopg.connect(primary_url, autocommit=True, row_factory=dict_row) as primary,
        psycopg.connect(standby_url, autocommit=True, row_factory=dict_row) as standby,
    ):
        row = standby.execute("select pg_is_in_recovery() as standby").fetchone()
        assert row is not None
        assert row["standby"] is True
        course = primary.execute(
            "select id::text as id from public.courses where is_published order by id limit 1"
        ).fetchone()
        assert course is not None
        pair = Pair(primary, standby, course["id"])
        try:
            yield pair
        finally:
            standby.execute("select pg_wal_replay_resume()")


def drain(conn: Conn, cursor: str | None, seen: list[str]) -> str | None:
    """Pull the catalogue from ``cursor`` until has_more is false; record lesson ids."""
    for _ in range(100):
        page = call_pull(conn, ANON, "catalogue", cursor, 1000)
        assert page["reset_required"] is False, page
        seen.extend(c["row"]["id"] for c in page["changes"] if c["table"] == "lessons")
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return cursor
    raise AssertionError("the cursor stopped moving")


def test_pull_runs_on_the_standby_and_sees_replayed_rows(pair: Pair) -> None:
    cursor = drain(pair.standby, None, [])
    lesson = pair.add_lesson()
    pair.replayed()
    seen: list[str] = []
    drain(pair.standby, cursor, seen)
    assert seen == [lesson]


def test_a_transaction_open_on_the_primary_holds_standby_pulls_back(pair: Pair) -> None:
    """The standby's snapshot lists no running ids: the horizon must still stop
    below a primary transaction that is open, or its rows are skipped for good."""
    cursor = drain(pair.standby, None, [])
    seen: list[str] = []
    with psycopg.connect(pair.primary.info.dsn, row_factory=dict_row) as slow_conn:
        slow = pair.add_lesson(slow_conn)  # takes its transaction id first, commits last
        fast = pair.add_lesson()
        pair.replayed()
        cursor = drain(pair.standby, cursor, seen)
        assert fast not in seen  # behind the open transaction: not yet
        slow_conn.commit()
    pair.replayed()
    drain(pair.standby, cursor, seen)
    assert sorted(seen) == sorted([slow, fast])


def test_a_cursor_from_the_primary_waits_on_a_lagging_standby(pair: Pair) -> None:
    """A cursor ahead of what the standby has replayed is lag, not a restored
    server: the standby answers an empty page with the same cursor."""
    standby_cursor = drain(pair.standby, None, [])
    pair.standby.execute("select pg_wal_replay_pause()")
    lesson = pair.add_lesson()
    for _ in range(3):  # move the primary's transaction counter well past the standby's
        pair.add_lesson()
    seen_on_primary: list[str] = []
    primary_cursor = drain(pair.primary, standby_cursor, seen_on_primary)
    assert lesson in seen_on_primary
    page = call_pull(pair.standby, ANON, "catalogue", primary_cursor, 1000)
    assert page["reset_required"] is False
    assert page["changes"] == []
    assert page["next_cursor"] == primary_cursor
    pair.standby.execute("select pg_wal_replay_resume()")
    pair.replayed()
    seen: list[str] = []
    drain(pair.standby, primary_cursor, seen)
    assert seen == []  # the primary already sent them
    drain(pair.standby, standby_cursor, seen)
    assert sorted(seen) == sorted(seen_on_primary)


def test_cursors_alternating_between_primary_and_standby_skip_nothing_and_repeat_nothing(
    pair: Pair,
) -> None:
    cursor = drain(pair.primary, None, [])
    written: list[str] = []
    seen: list[str] = []
    open_conn = psycopg.connect(pair.primary.info.dsn, row_factory=dict_row)
    try:
        for round_ in range(8):
            if round_ % 3 == 0:
                written.append(pair.add_lesson(open_conn))  # left open over the next pulls
            written.extend(pair.add_lesson() for _ in range(round_ % 4 + 1))
            if round_ % 3 == 2:
                open_conn.commit()
            if round_ % 2:
                pair.replayed()
            cursor = drain(pair.standby if round_ % 2 else pair.primary, cursor, seen)
        open_conn.commit()
    finally:
        open_conn.close()
    pair.replayed()
    drain(pair.standby, cursor, seen)
    assert len(seen) == len(set(seen)), "a row was sent twice"
    assert sorted(seen) == sorted(written)


def test_a_cursor_from_a_database_built_separately_resets(pair: Pair, api_conn: Conn) -> None:
    """Two databases built by running the migrations (two projects) share no cursor."""
    here = drain(pair.primary, None, [])
    there = pull_all(api_conn, ANON, "catalogue").cursor
    assert here is not None
    assert there is not None
    assert here.split(":")[0] != there.split(":")[0]
    assert call_pull(api_conn, ANON, "catalogue", here)["reset_required"] is True
    assert call_pull(pair.standby, ANON, "catalogue", there)["reset_required"] is True
    assert call_pull(pair.primary, ANON, "catalogue", there)["reset_required"] is True
