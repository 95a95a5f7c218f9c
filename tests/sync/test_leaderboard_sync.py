"""A sync cycle brings the server's leaderboard for the dashboard (and offline)."""

from __future__ import annotations

from collections.abc import Callable

import psycopg

from desktop.store.reads.inbox import leaderboard
from desktop.sync.engine import LEADERBOARD_SIZE, SyncEngine
from devserver.server import DevServer
from tests.fixtures.learners import Learner
from tests.helpers.leaderboard import make_top_scorer


def test_a_sync_brings_the_leaderboard_with_the_learner_marked(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    learner, rival = new_learner(), new_learner()
    points = make_top_scorer(healthy_devserver.db_url, rival.user_id)
    make_top_scorer(healthy_devserver.db_url, learner.user_id)
    SyncEngine(learner.store, learner.auth).run_cycle()

    board = leaderboard(learner.store)
    assert 2 <= len(board) <= LEADERBOARD_SIZE
    assert [e.rank for e in board] == list(range(1, len(board) + 1))
    first, second = board[0], board[1]
    assert (first.is_self, first.points, first.server_rank) == (True, points + 1, 1)
    assert (second.is_self, second.points) == (False, points)
    assert sum(e.is_self for e in board) == 1


def test_the_cached_board_stays_when_the_server_refuses_it(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    learner = new_learner()
    make_top_scorer(healthy_devserver.db_url, learner.user_id)
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()
    before = [(e.username, e.points) for e in leaderboard(learner.store)]
    assert before
    # A server that refuses get_leaderboard (here: execute revoked for one
    # cycle): the cycle still succeeds and the cached board stays.
    with psycopg.connect(healthy_devserver.db_url, autocommit=True) as conn:
        conn.execute(
            "revoke execute on function public.get_leaderboard(integer) from authenticated"
        )
        try:
            report = engine.run_cycle()
        finally:
            conn.execute(
                "grant execute on function public.get_leaderboard(integer) to authenticated"
            )
    assert report.requests >= 1  # the cycle itself succeeded
    assert [(e.username, e.points) for e in leaderboard(learner.store)] == before
