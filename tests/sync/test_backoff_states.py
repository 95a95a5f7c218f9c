from __future__ import annotations

import random
from datetime import datetime

from desktop.sync.backoff import Backoff
from desktop.sync.states import SyncState, SyncStatus


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


def test_status_lines_speak_the_learners_language() -> None:
    offline = SyncState(SyncStatus.OFFLINE, pending=3)
    assert "3 change(s) waiting" in offline.describe()
    assert "saved" in offline.describe()
    done = SyncState(SyncStatus.UP_TO_DATE, last_sync_at=datetime(2026, 1, 2, 9, 30))
    assert done.describe() == "Up to date (last sync 09:30)"
    assert SyncState(SyncStatus.SYNCING, progress=0.5).describe() == "Syncing… 50%"
    assert SyncState(SyncStatus.ERROR, message="boom").evolve(pending=2).pending == 2
