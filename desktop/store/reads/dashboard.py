"""Dashboard totals, from the local store only.

Points, streak and badges are the server's (pulled); study time per day (in
the learner's time zone) comes from this device's time ledger (the server keeps totals per lesson,
not per day), quiz scores from every attempt known here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from sqlmodel import col, select

from desktop.store.columns import utc_now
from desktop.store.db.learner_store import LearnerStore
from desktop.store.models import (
    Enrollment,
    Profile,
    QuizAttempt,
    TimeIncrement,
    UserAchievement,
)
from desktop.store.reads.badges import visible_badges

STUDY_DAYS = 30


@dataclass(frozen=True)
class QuizScore:
    completed_at: datetime
    lesson_id: str
    percent: float | None  # None while an assessed attempt waits for its grade
    passed: bool | None


@dataclass(frozen=True)
class Dashboard:
    points: int
    streak_days: int
    badges_earned: int
    badges_to_earn: int
    courses_in_progress: int
    courses_completed: int
    study_seconds_by_day: list[tuple[date, int]]  # oldest first, STUDY_DAYS entries
    quiz_scores: list[QuizScore]  # oldest first


def dashboard(
    store: LearnerStore, *, today: date | None = None, tz: tzinfo | None = None
) -> Dashboard:
    """``tz``: the learner's time zone for "per day" (default: this laptop's)."""
    zone = tz or datetime.now().astimezone().tzinfo or UTC
    today = today or utc_now().astimezone(zone).date()
    first = today - timedelta(days=STUDY_DAYS - 1)
    since = datetime(first.year, first.month, first.day, tzinfo=zone)
    with store.db.read() as session:
        profile = session.get(Profile, store.owner)
        earned_ids = set(
            session.exec(
                select(UserAchievement.achievement_id).where(UserAchievement.user_id == store.owner)
            )
        )
        to_earn = sum(
            1 for badge in visible_badges(session, store.owner) if badge.id not in earned_ids
        )
        enrollments = list(
            session.exec(
                select(Enrollment).where(
                    Enrollment.user_id == store.owner, Enrollment.status == "active"
                )
            )
        )
        per_day: dict[date, int] = {}
        for increment in session.exec(
            select(TimeIncrement).where(col(TimeIncrement.recorded_at) >= since)
        ):
            day = increment.recorded_at.astimezone(zone).date()
            per_day[day] = per_day.get(day, 0) + increment.seconds
        attempts = list(
            session.exec(
                select(QuizAttempt)
                .where(QuizAttempt.user_id == store.owner)
                .order_by(col(QuizAttempt.completed_at))
            )
        )
    completed = sum(1 for e in enrollments if e.progress_percentage >= 100)
    days = [first + timedelta(days=i) for i in range(STUDY_DAYS)]
    return Dashboard(
        points=profile.points if profile else 0,
        streak_days=profile.streak_days if profile else 0,
        badges_earned=len(earned_ids),
        badges_to_earn=to_earn,
        courses_in_progress=len(enrollments) - completed,
        courses_completed=completed,
        study_seconds_by_day=[(d, per_day.get(d, 0)) for d in days],
        quiz_scores=[
            QuizScore(
                a.completed_at,
                a.lesson_id,
                100.0 * a.score / a.max_score if a.score is not None and a.max_score else None,
                a.is_passed,
            )
            for a in attempts
        ],
    )
