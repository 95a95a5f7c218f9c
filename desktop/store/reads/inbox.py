"""Notifications and the cached leaderboard, read from the local store."""

from __future__ import annotations

from sqlmodel import col, func, select

from desktop.store.db.learner_store import LearnerStore
from desktop.store.models import LeaderboardEntry, Notification


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


def leaderboard(store: LearnerStore) -> list[LeaderboardEntry]:
    with store.db.read() as session:
        return list(session.exec(select(LeaderboardEntry).order_by(col(LeaderboardEntry.rank))))
