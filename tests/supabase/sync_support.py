"""Calling sync_pull / sync_push as PostgREST would, and a replica that applies pages.

The replica follows docs/sync-protocol.md exactly as a client must: per page,
tombstones first (with the local cascades), then changes; the cursor is kept
only after the whole page is applied.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import psycopg

from devserver.db import as_caller

Conn = psycopg.Connection[Any]
Row = dict[str, Any]

MAX_PAGES = 2000  # a cursor that stops moving fails the test instead of hanging it

# The primary key of each table ("id" unless listed).
KEYS: dict[str, tuple[str, ...]] = {
    "lesson_contents": ("lesson_id",),
    "quiz_question_versions": ("question_id", "version"),
    "quiz_answer_keys": ("question_id", "version"),
}


def row_key(table: str, row: Row) -> str:
    """The id a tombstone of this row carries: key values joined by ","."""
    return ",".join(str(row[col]) for col in KEYS.get(table, ("id",)))


def call_pull(
    conn: Conn, claims: dict[str, Any], scope: str, cursor: str | None = None, limit: int = 1000
) -> dict[str, Any]:
    """One POST /rest/v1/rpc/sync_pull request."""
    with as_caller(conn, claims):
        row = conn.execute(
            "select public.sync_pull(%s, %s, %s) as page", (scope, cursor, limit)
        ).fetchone()
    assert row is not None
    page: dict[str, Any] = row["page"] if isinstance(row, dict) else row[0]
    return page


def call_push(
    conn: Conn, claims: dict[str, Any], device_id: str, ops: list[dict[str, Any]]
) -> dict[str, Any]:
    """One POST /rest/v1/rpc/sync_push request."""
    with as_caller(conn, claims):
        row = conn.execute(
            "select public.sync_push(%s, %s::jsonb) as result", (device_id, json.dumps(ops))
        ).fetchone()
    assert row is not None
    result: dict[str, Any] = row["result"] if isinstance(row, dict) else row[0]
    return result


def make_op(
    seq: int,
    kind: str,
    payload: dict[str, Any],
    *,
    hlc: str | None = None,
    op_id: str | None = None,
) -> dict[str, Any]:
    op: dict[str, Any] = {
        "seq": seq,
        "op_id": op_id or str(uuid.uuid4()),
        "kind": kind,
        "payload": payload,
    }
    if hlc is not None:
        op["hlc"] = hlc
    return op


def hlc(wall_ms: int, counter: int = 0, device: str = "dev-a") -> str:
    """A stamp in desktop/rules/hlc.py's text form."""
    return f"{wall_ms:013d}-{counter:06d}-{device}"


# Local cascades a client applies when a parent's tombstone arrives.
CHILDREN: dict[str, list[tuple[str, str]]] = {
    "courses": [("lessons", "course_id"), ("course_files", "course_id")],
    "lessons": [
        ("lesson_contents", "lesson_id"),
        ("quiz_questions", "lesson_id"),
        ("quiz_question_versions", "lesson_id"),
    ],
    "quiz_questions": [
        ("quiz_question_versions", "question_id"),
        ("quiz_answer_keys", "question_id"),
    ],
}


@dataclass
class Replica:
    """What a client holds for one scope: rows by (table, key), and its cursor."""

    rows: dict[tuple[str, str], Row] = field(default_factory=dict)
    cursor: str | None = None
    pages: int = 0

    def apply(self, page: dict[str, Any]) -> None:
        for tomb in page["tombstones"]:
            self._delete(tomb["table"], tomb["id"])
        for change in page["changes"]:
            self.rows[(change["table"], row_key(change["table"], change["row"]))] = change["row"]
        self.cursor = page["next_cursor"]
        self.pages += 1

    def _delete(self, table: str, key: str) -> None:
        row = self.rows.pop((table, key), None)
        for child, column in CHILDREN.get(table, []):
            parent_id = key if row is None else str(row.get("id", key))
            for child_key in [
                k
                for (t, k), r in self.rows.items()
                if t == child and str(r.get(column)) == parent_id
            ]:
                self._delete(child, child_key)
        if table == "quiz_question_versions" and row is not None:
            # A version's key goes with it.
            self.rows.pop(("quiz_answer_keys", key), None)

    def keys(self, table: str) -> set[str]:
        return {k for (t, k) in self.rows if t == table}


def wait_for_horizon(conn: Conn, timeout: float = 20.0) -> None:
    """Wait until every transaction that began before now has ended.

    sync_pull serves rows only below the cluster's oldest running
    transaction (docs/sync-protocol.md), so a write the test just committed
    stays invisible while any older transaction is open anywhere in the
    cluster, e.g. an autovacuum ANALYZE.  A real client sees the row at its
    next sync; a test that pulls once wants it now.
    """
    assert conn.autocommit, "needs an autocommit connection (one transaction per query)"
    row = conn.execute("select pg_current_xact_id()::text::bigint as now").fetchone()
    assert row is not None
    now = row["now"] if isinstance(row, dict) else row[0]
    deadline = time.monotonic() + timeout
    while True:
        row = conn.execute(
            "select pg_snapshot_xmin(pg_current_snapshot())::text::bigint as horizon"
        ).fetchone()
        assert row is not None
        if (row["horizon"] if isinstance(row, dict) else row[0]) > now:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"a transaction older than {now} stayed open {timeout} s")
        time.sleep(0.02)  # noqa: TID251 - deliberate: polling another session's transaction  # allowed-sleep


def pull_all(
    conn: Conn,
    claims: dict[str, Any],
    scope: str,
    replica: Replica | None = None,
    *,
    limit: int = 1000,
) -> Replica:
    """Pull pages until has_more is false, applying each to ``replica`` (after
    every transaction older than the call has ended: see wait_for_horizon)."""
    replica = replica or Replica()
    wait_for_horizon(conn)
    for _ in range(MAX_PAGES):
        page = call_pull(conn, claims, scope, replica.cursor, limit)
        assert not page["reset_required"]
        replica.apply(page)
        if not page["has_more"]:
            return replica
    raise AssertionError(f"{scope}: still has_more after {MAX_PAGES} pages (cursor stuck?)")
