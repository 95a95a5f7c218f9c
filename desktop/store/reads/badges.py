"""Which badges a learner sees: the ones they can earn or have earned.

The catalogue brings every active badge, including the badges of each
published course (an instructor's "Finished <course>").  A learner is only
shown, and only counts towards "badges to earn", the platform-wide ones,
those of courses they are enrolled in, and any they already earned (a badge
of a course they have since left stays theirs).
"""

from __future__ import annotations

from sqlalchemy import or_
from sqlmodel import Session, col, select

from desktop.store.models import Achievement, Enrollment, UserAchievement


def visible_badges(session: Session, owner: str) -> list[Achievement]:
    """Active badges ``owner`` can earn or has earned, in a stable order."""
    enrolled = select(Enrollment.course_id).where(
        Enrollment.user_id == owner, Enrollment.status == "active"
    )
    earned = select(UserAchievement.achievement_id).where(UserAchievement.user_id == owner)
    return list(
        session.exec(
            select(Achievement)
            .where(
                col(Achievement.is_active),
                or_(
                    col(Achievement.course_id).is_(None),
                    col(Achievement.course_id).in_(enrolled),
                    col(Achievement.id).in_(earned),
                ),
            )
            .order_by(col(Achievement.title), col(Achievement.id))
        )
    )
