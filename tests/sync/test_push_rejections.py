"""A push whose every op the server rejects is a finished push, not a failed one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg

from desktop.store.actions import learning, social
from desktop.store.replica.outbox import Outbox
from desktop.sync.engine import SyncEngine
from devserver.server import DevServer

PYTHON_COURSE = "c0c0c0c0-0000-4000-8000-000000000001"  # the seed's free Python course


def test_a_batch_the_server_wholly_rejects_ends_the_cycle_with_the_rejections(
    new_learner: Callable[..., Any], healthy_devserver: DevServer
) -> None:
    learner = new_learner()
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()
    learning.enroll(learner.store, PYTHON_COURSE)
    engine.run_cycle()
    # another device of the learner unenrolled meanwhile; this one still shows the course
    with psycopg.connect(healthy_devserver.db_url, autocommit=True) as conn:
        conn.execute(
            "update public.enrollments set status = 'unenrolled' "
            "where user_id = %s and course_id = %s",
            (learner.user_id, PYTHON_COURSE),
        )
    social.rate_course(learner.store, PYTHON_COURSE, 5, "clear")  # the batch's only op

    report = engine.run_cycle()  # raised "did not accept any change" before

    assert (report.pushed, report.rejected) == (0, 1)
    counts = Outbox(learner.store.db, learner.user_id).counts()
    assert counts.pending == 0
    assert counts.rejected == 1
