"""Notifications and the cached leaderboard, read from the local store."""

from __future__ import annotations

from sqlmodel import Session, col, func, select

from desktop.store.db.learner_store import LearnerStore
from desktop.store.models import LeaderboardEntry, Notification


def notifications(
    store: LearnerStore, *, unread_only: bool = False, limit: int | None = None
) -> list[Notification]:
    """This learner's notifications, newest first (all of them unless ``limit``).

    The one read of notifications (the Notifications page's too)."""
    with store.db.read() as session:
        query = select(Notification).where(Notification.user_id == store.owner)
        if unread_only:
            query = query.where(col(Notification.is_read).is_(False))
        query = query.order_by(col(Notification.created_at).desc(), col(Notification.id))
        return list(session.exec(query if limit is None else query.limit(limit)))


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
    """The cached leaderboard in the server's rank order."""
    with store.db.read() as session:
        return board_rows(session)


def board_rows(session: Session) -> list[LeaderboardEntry]:
    """``leaderboard`` inside a read the caller already holds (``standing``)."""
    return list(session.exec(select(LeaderboardEntry).order_by(col(LeaderboardEntry.rank))))
