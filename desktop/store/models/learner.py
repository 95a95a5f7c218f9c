"""The signed-in learner's own rows, mirrored from the server.

Local actions change these at once (the UI reads them) and queue an outbox
op; a pull replaces them with the server's row and re-applies the ops still
pending (``desktop/store/replica/replay.py``), so the UI never goes backwards.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from desktop.store.columns import JsonType, UtcDateTime


class Profile(SQLModel, table=True):
    __tablename__ = "profiles"
    LOCAL_ONLY: ClassVar[frozenset[str]] = frozenset()

    id: str = Field(primary_key=True)
    username: str
    full_name: str
    avatar_url: str | None = None
    role: str = "student"
    points: int = 0
    streak_days: int = 0
    last_active: datetime = Field(sa_type=UtcDateTime)
    show_on_leaderboard: bool = True
    created_at: datetime = Field(sa_type=UtcDateTime)
    updated_at: datetime = Field(sa_type=UtcDateTime)


class Enrollment(SQLModel, table=True):
    """``status`` and ``hlc`` make unenrolling a value (LWW), never a delete."""

    __tablename__ = "enrollments"
    __table_args__ = (UniqueConstraint("user_id", "course_id"),)
    LOCAL_ONLY: ClassVar[frozenset[str]] = frozenset()

    id: str = Field(primary_key=True)
    user_id: str
    course_id: str
    enrolled_at: datetime = Field(sa_type=UtcDateTime)
    completed_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    progress_percentage: int = 0
    status: str = "active"  # "active" | "unenrolled"
    hlc: str | None = None


class LessonProgress(SQLModel, table=True):
    __tablename__ = "lesson_progress"
    __table_args__ = (UniqueConstraint("user_id", "lesson_id"),)
    LOCAL_ONLY: ClassVar[frozenset[str]] = frozenset({"server_time_spent_seconds"})

    id: str = Field(primary_key=True)
    user_id: str
    lesson_id: str
    course_id: str
    completion_percentage: int = 0
    # Shown total = server_time_spent_seconds + increments not yet acknowledged.
    time_spent_seconds: int = 0
    server_time_spent_seconds: int = 0
    completed_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    last_accessed: datetime = Field(sa_type=UtcDateTime)
    section_progress: dict[str, Any] = Field(default_factory=dict, sa_type=JsonType)
    created_at: datetime = Field(sa_type=UtcDateTime)
    updated_at: datetime = Field(sa_type=UtcDateTime)


class QuizAttempt(SQLModel, table=True):
    """An attempt; ``score`` is the authoritative grade once the server sent it.

    ``grading_state``: "pending" (assessed, graded when back online), "local"
    (practice, graded on this device), "server".  ``local_*`` keep this
    device's own grade so the UI can say when the server's grade differs.
    """

    __tablename__ = "quiz_attempts"
    LOCAL_ONLY: ClassVar[frozenset[str]] = frozenset(
        {"grading_state", "local_score", "local_max_score", "local_is_passed"}
    )

    id: str = Field(primary_key=True)
    user_id: str
    lesson_id: str
    score: int | None = None
    max_score: int | None = None
    answers: dict[str, Any] = Field(default_factory=dict, sa_type=JsonType)
    time_taken_seconds: int | None = None
    is_passed: bool | None = None
    completed_at: datetime = Field(sa_type=UtcDateTime)
    graded_at: datetime | None = Field(default=None, sa_type=UtcDateTime)  # by the server
    grading_state: str = "pending"
    local_score: int | None = None
    local_max_score: int | None = None
    local_is_passed: bool | None = None
    # The server's word (quiz_attempts.counted): false when the attempt arrived after
    # the quiz was closed for the learner (kept, never graded: score is null).
    counted: bool = True
    attempt_number: int | None = None
    # Why it was not counted (quiz_attempts.not_counted_reason): "quiz_closed" (passed, or out of
    # attempts) or "quiz_changed" (it answered the quiz as it was before an edit).
    not_counted_reason: str | None = None

    @property
    def server_grade_differs(self) -> bool:
        return (
            self.grading_state == "server"
            and self.local_score is not None
            and (self.local_score, self.local_max_score) != (self.score, self.max_score)
        )


class UserAchievement(SQLModel, table=True):
    __tablename__ = "user_achievements"
    __table_args__ = (UniqueConstraint("user_id", "achievement_id"),)
    LOCAL_ONLY: ClassVar[frozenset[str]] = frozenset()

    id: str = Field(primary_key=True)
    user_id: str
    achievement_id: str
    earned_at: datetime = Field(sa_type=UtcDateTime)


class CourseRating(SQLModel, table=True):
    __tablename__ = "course_ratings"
    __table_args__ = (UniqueConstraint("user_id", "course_id"),)
    LOCAL_ONLY: ClassVar[frozenset[str]] = frozenset()

    id: str = Field(primary_key=True)
    user_id: str
    course_id: str
    rating: int
    review: str | None = None
    created_at: datetime = Field(sa_type=UtcDateTime)
    updated_at: datetime = Field(sa_type=UtcDateTime)
    hlc: str | None = None
    show_name: bool = False  # named beside the review (server: anonymous by default)


class Notification(SQLModel, table=True):
    __tablename__ = "notifications"
    LOCAL_ONLY: ClassVar[frozenset[str]] = frozenset()

    id: str = Field(primary_key=True)
    user_id: str
    type: str
    title: str
    message: str
    data: dict[str, Any] = Field(default_factory=dict, sa_type=JsonType)
    is_read: bool = False
    created_at: datetime = Field(sa_type=UtcDateTime)


class LeaderboardEntry(SQLModel, table=True):
    """Last leaderboard the server returned (``get_leaderboard``), for offline display.

    ``rank`` is the row's position; ``server_rank`` the server's rank (tied
    learners share one).  No user ids: the server sends only ``is_self``.
    """

    __tablename__ = "leaderboard_cache"

    rank: int = Field(primary_key=True)
    server_rank: int
    username: str
    avatar_url: str | None = None
    points: int = 0
    streak_days: int = 0
    is_self: bool = False
    fetched_at: datetime = Field(sa_type=UtcDateTime)
