"""What a course's teacher holds of its learners: the teaching scope's rows.

``sync_pull('teaching:<course>')`` sends the course's enrollments (each with
the learner's public card), progress rows and quiz attempts.  They live in
tables of their own, never beside the owner's rows in ``enrollments`` or
``lesson_progress``: every read of the owner's own study (dashboard, points,
course progress) stays what it is, and dropping a class is one delete.
Only the columns the Class view reads are kept (an attempt's answers stay
on the server; ``missed_questions`` is the server's grading of them).
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from desktop.store.columns import JsonType, UtcDateTime


class ClassMember(SQLModel, table=True):
    """A learner's enrollment in a taught course; the card is null once they left."""

    __tablename__ = "class_members"

    id: str = Field(primary_key=True)  # the enrollment's id
    course_id: str = Field(index=True)
    user_id: str
    status: str = "active"  # "active" | "unenrolled"
    enrolled_at: datetime = Field(sa_type=UtcDateTime)
    completed_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    progress_percentage: int = 0
    username: str | None = None
    full_name: str | None = None
    avatar_url: str | None = None


class ClassProgress(SQLModel, table=True):
    """One learner's progress row in one lesson of a taught course."""

    __tablename__ = "class_progress"

    id: str = Field(primary_key=True)
    course_id: str = Field(index=True)
    lesson_id: str
    user_id: str
    completion_percentage: int = 0
    time_spent_seconds: int = 0
    completed_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    last_accessed: datetime = Field(sa_type=UtcDateTime)
    section_progress: dict[str, object] = Field(default_factory=dict, sa_type=JsonType)


class ClassAttempt(SQLModel, table=True):
    """One attempt at a quiz of a taught course, as graded by the server."""

    __tablename__ = "class_attempts"

    id: str = Field(primary_key=True)
    course_id: str = Field(index=True)  # from the scope: attempts carry none
    lesson_id: str
    user_id: str
    score: int | None = None
    max_score: int
    is_passed: bool | None = None
    counted: bool = True
    not_counted_reason: str | None = None
    attempt_number: int
    time_taken_seconds: int | None = None
    completed_at: datetime = Field(sa_type=UtcDateTime)
    # Ids of the questions answered wrong; null for an uncounted attempt.
    missed_questions: list[str] | None = Field(default=None, sa_type=JsonType)


TEACHING_MODELS = (ClassMember, ClassProgress, ClassAttempt)
