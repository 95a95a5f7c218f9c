"""Notifications and the cached leaderboard, read from the local store."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete
from sqlmodel import col, func, select

from desktop.store.columns import utc_now
from desktop.store.models import LeaderboardEntry, Notification
from desktop.store.store import LearnerStore
from desktop.store.upsert import upsert, validate_rows


def notifications(
    store: LearnerStore, *, unread_only: bool = False, limit: int = 50
) -> list[Notification]:
    """Newest first."""
    with store.db.read() as session:
        query = select(Notification).where(Notification.user_id == store.owner)
        if unread_only:
            query = query.where(col(Notification.is_read).is_(False))
        return list(session.exec(query.order_by(col(Notification.created_at).desc()).limit(limit)))


def unread_count(store: LearnerStore) -> int:
    with store.db.read() as session:
        return int(
            session.exec(
                select(func.count())
                .select_from(Notification)
                .where(Notification.user_id == store.owner, col(Notification.is_read).is_(False))
            ).one()
        )


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


def leaderboard(store: LearnerStore) -> list[LeaderboardEntry]:
    with store.db.read() as session:
        return list(session.exec(select(LeaderboardEntry).order_by(col(LeaderboardEntry.rank))))
