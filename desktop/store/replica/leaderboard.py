"""The learner's own place on the leaderboard, as the server last confirmed it.

``profiles.show_on_leaderboard`` is changed on the server first (the learner
is online; ``desktop.account.profile_settings``), then mirrored here so Settings
and the cached leaderboard agree with what others now see.  It is not an
outbox op: an opt-out that waited offline would leave the learner listed
while the app said otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete
from sqlmodel import col

from desktop.store.columns import utc_now
from desktop.store.models import LeaderboardEntry, Profile
from desktop.store.replica.upsert import upsert, validate_rows

if TYPE_CHECKING:  # annotations only: db imports the replica at load time
    from desktop.store.db.learner_store import LearnerStore


def shown_on_leaderboard(store: LearnerStore) -> bool:
    """True unless the learner's mirrored profile says they opted out."""
    with store.db.read() as session:
        profile = session.get(Profile, store.owner)
    return profile is None or profile.show_on_leaderboard


def record_leaderboard_visibility(store: LearnerStore, visible: bool) -> None:
    """Mirror a visibility the server accepted; hiding also drops the learner's
    row from the cached leaderboard (the server's next list omits it too)."""
    with store.write() as session:
        profile = session.get(Profile, store.owner)
        if profile is not None:
            profile.show_on_leaderboard = visible
            session.add(profile)
        if not visible:
            session.execute(delete(LeaderboardEntry).where(col(LeaderboardEntry.is_self).is_(True)))


def replace_leaderboard(store: LearnerStore, rows: Sequence[Mapping[str, Any]]) -> None:
    """Keep the last leaderboard the server returned (rank order) for offline display.

    ``rows``: get_leaderboard's rows in order (``rank``, ``username``, ``avatar_url``,
    ``points``, ``streak_days``, ``is_self``); kept by position, with the
    server's rank (ties share one) as ``server_rank``.
    """
    now = utc_now()
    shaped = [
        {**row, "rank": i, "server_rank": row.get("rank", i), "fetched_at": now}
        for i, row in enumerate(rows, start=1)
    ]
    values = validate_rows(LeaderboardEntry, shaped)
    with store.write() as session:
        session.execute(delete(LeaderboardEntry))
        upsert(session, LeaderboardEntry, values)
