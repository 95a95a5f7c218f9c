from __future__ import annotations

import random

from desktop.sync.backoff import Backoff
from desktop.sync.errors import SyncError
from desktop.sync.states import Stage, SyncProgress, SyncState, SyncStatus, Why


def test_backoff_grows_exponentially_within_the_cap_and_resets() -> None:
    backoff = Backoff(rng=random.Random(7))
    delays = [backoff.next_delay() for _ in range(20)]
    ceilings = [min(300.0, 2.0**i) for i in range(20)]
    assert all(0 < d <= c for d, c in zip(delays, ceilings, strict=True))
    assert max(delays[10:]) > 60  # it does grow towards the cap
    backoff.reset()
    assert backoff.next_delay() <= 1.0


def test_full_jitter_spreads_clients_apart() -> None:
    draws = {
        round(Backoff(failures=6, rng=random.Random(seed)).next_delay(), 3) for seed in range(30)
    }
    assert len(draws) > 25


def test_a_state_is_data_the_ui_words() -> None:
    problem = SyncError("boom")
    failed = SyncState(SyncStatus.ERROR, error=problem, why=Why.OTHER).evolve(pending=2)
    assert (failed.pending, failed.error, failed.why) == (2, problem, Why.OTHER)
    assert not hasattr(failed, "describe")  # the words are the UI's (status_bar.describe)
    progress = SyncProgress(Stage.PUSH, 0.5, changes=3)
    assert (progress.stage, progress.fraction, progress.changes, progress.scope) == (
        Stage.PUSH,
        0.5,
        3,
        None,
    )
