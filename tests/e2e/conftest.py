"""Fixtures for end-to-end sync tests: the real devserver, real stores, the real SDK.

The learner fixtures come from ``tests/fixtures/learners.py``; this module adds
the server-side view the e2e tests compare against (``server_state``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg

from devserver.server import DevServer


@dataclass(frozen=True)
class ServerState:
    """What the server holds for one learner, in comparable form."""

    progress: list[tuple[Any, ...]]  # (lesson, completion %, seconds, completed_at)
    ledger: tuple[int, int]  # (increments recorded, their total seconds)
    attempts: list[tuple[Any, ...]]  # (attempt id, lesson, score, max_score)
    enrollments: list[tuple[Any, ...]]  # (course, status)
    ratings: list[tuple[Any, ...]]  # (course, rating, review)
    points: int


def server_state(server: DevServer, user_id: str) -> ServerState:
    with psycopg.connect(server.db_url) as conn:

        def rows(sql: str) -> list[tuple[Any, ...]]:
            return sorted(conn.execute(sql, (user_id,)).fetchall())

        ledger = conn.execute(
            "select count(*), coalesce(sum(seconds), 0) from lesson_time_ledger where user_id = %s",
            (user_id,),
        ).fetchone()
        points = conn.execute("select points from profiles where id = %s", (user_id,)).fetchone()
        assert ledger is not None
        assert points is not None
        return ServerState(
            progress=rows(
                "select lesson_id::text, completion_percentage, time_spent_seconds, "
                "completed_at from lesson_progress where user_id = %s"
            ),
            ledger=(int(ledger[0]), int(ledger[1])),
            attempts=rows(
                "select id::text, lesson_id::text, score, max_score "
                "from quiz_attempts where user_id = %s"
            ),
            enrollments=rows("select course_id::text, status from enrollments where user_id = %s"),
            ratings=rows(
                "select course_id::text, rating, review from course_ratings where user_id = %s"
            ),
            points=int(points[0] or 0),
        )


def device_last_seq(server: DevServer, device_id: str) -> int:
    with psycopg.connect(server.db_url) as conn:
        row = conn.execute(
            "select last_seq from sync_devices where device_id = %s", (device_id,)
        ).fetchone()
    return int(row[0]) if row else 0
