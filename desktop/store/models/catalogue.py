"""Catalogue content mirrored from the server: courses, lessons, bodies, quizzes.

Written by pulls (``desktop/store/replica/pulled.py``) and by the course-package
importer through ``desktop/store/replica/content.py``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlmodel import Field, SQLModel

from desktop.store.columns import JsonType, UtcDateTime


class Course(SQLModel, table=True):
    __tablename__ = "courses"
    LOCAL_ONLY: ClassVar[frozenset[str]] = frozenset({"instructor_name"})

    id: str = Field(primary_key=True)
    title: str
    description: str | None = None
    thumbnail_url: str | None = None
    instructor_id: str | None = None
    instructor_name: str | None = None  # denormalised from profiles for the catalogue
    difficulty_level: str = "beginner"
    estimated_duration_hours: int | None = None
    price: float = 0.0
    is_premium: bool = False
    is_published: bool = False
    tags: list[str] | None = Field(default=None, sa_type=JsonType)
    category: str | None = None
    enrollment_count: int = 0
    average_rating: float = 0.0
    created_at: datetime = Field(sa_type=UtcDateTime)
    updated_at: datetime = Field(sa_type=UtcDateTime)
    language: str | None = None  # a BCP 47 tag (course_package.text_direction)
    direction: str = "auto"  # ltr | rtl | auto


class Lesson(SQLModel, table=True):
    __tablename__ = "lessons"
    LOCAL_ONLY: ClassVar[frozenset[str]] = frozenset()

    id: str = Field(primary_key=True)
    course_id: str = Field(foreign_key="courses.id", ondelete="CASCADE")
    title: str
    description: str | None = None
    component_path: str
    order_index: int
    estimated_duration_minutes: int | None = None
    is_free: bool = False
    prerequisites: list[str] | None = Field(default=None, sa_type=JsonType)
    learning_objectives: list[str] | None = Field(default=None, sa_type=JsonType)
    quiz_mode: str = "practice"
    created_at: datetime = Field(sa_type=UtcDateTime)
    updated_at: datetime = Field(sa_type=UtcDateTime)
    # An assessed quiz's rules (server: lessons.quiz_max_attempts); practice is unlimited.
    quiz_max_attempts: int = 3
    quiz_grading: str = "best"  # best | last
    quiz_feedback: bool = False
    language: str | None = None  # None: the course's
    direction: str | None = None  # ltr | rtl | auto; None: the course's


class LessonContent(SQLModel, table=True):
    __tablename__ = "lesson_contents"
    LOCAL_ONLY: ClassVar[frozenset[str]] = frozenset()

    lesson_id: str = Field(primary_key=True, foreign_key="lessons.id", ondelete="CASCADE")
    body_markdown: str
    created_at: datetime = Field(sa_type=UtcDateTime)
    updated_at: datetime = Field(sa_type=UtcDateTime)


class QuizQuestion(SQLModel, table=True):
    """The current version of a question (what a new attempt shows)."""

    __tablename__ = "quiz_questions"
    LOCAL_ONLY: ClassVar[frozenset[str]] = frozenset()

    id: str = Field(primary_key=True)
    lesson_id: str = Field(foreign_key="lessons.id", ondelete="CASCADE")
    position: int
    kind: str
    prompt: str
    options: list[dict[str, Any]] = Field(default_factory=list, sa_type=JsonType)
    points: int = 1
    scoring: str = (
        "all_or_nothing"  # multiple_choice: or "partial" (server: quiz_questions.scoring)
    )
    case_sensitive: bool = False  # short_answer: answers must match in case
    version: int = 1
    is_active: bool = True
    created_at: datetime = Field(sa_type=UtcDateTime)
    updated_at: datetime = Field(sa_type=UtcDateTime)
    key_exposed: bool = False  # was in a practice quiz (server: quiz_questions.key_exposed)


class QuizQuestionVersion(SQLModel, table=True):
    """Versions kept because an attempt on this device answered them."""

    __tablename__ = "quiz_question_versions"
    LOCAL_ONLY: ClassVar[frozenset[str]] = frozenset()

    question_id: str = Field(primary_key=True)
    version: int = Field(primary_key=True)
    lesson_id: str | None = None
    kind: str
    prompt: str
    options: list[dict[str, Any]] = Field(default_factory=list, sa_type=JsonType)
    points: int = 1
    scoring: str = "all_or_nothing"
    case_sensitive: bool = False
    created_at: datetime = Field(sa_type=UtcDateTime)


class QuizAnswerKey(SQLModel, table=True):
    """Keys of practice-mode questions only; assessed keys never leave the server."""

    __tablename__ = "quiz_answer_keys"
    LOCAL_ONLY: ClassVar[frozenset[str]] = frozenset()

    question_id: str = Field(primary_key=True)
    version: int = Field(primary_key=True)
    correct: list[str] = Field(default_factory=list, sa_type=JsonType)
    explanation: str | None = None  # why the answer is right (server: quiz_answer_keys.explanation)
    created_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    updated_at: datetime | None = Field(default=None, sa_type=UtcDateTime)


class CourseFile(SQLModel, table=True):
    """One downloadable file of a course: where, how big, its SHA-256 (issue #16).

    Pulled with the catalogue, so a device knows what a download will cost and
    can check what it fetched before it has any of it.  ``path`` is relative to
    the course's storage folder; ``lesson_ids`` are the lessons that use it.
    """

    __tablename__ = "course_files"
    LOCAL_ONLY: ClassVar[frozenset[str]] = frozenset()

    id: str = Field(primary_key=True)
    course_id: str = Field(foreign_key="courses.id", ondelete="CASCADE")
    path: str
    size_bytes: int
    sha256: str
    content_type: str
    lesson_ids: list[str] = Field(default_factory=list, sa_type=JsonType)
    created_at: datetime = Field(sa_type=UtcDateTime)
    updated_at: datetime = Field(sa_type=UtcDateTime)


class Achievement(SQLModel, table=True):
    __tablename__ = "achievements"
    LOCAL_ONLY: ClassVar[frozenset[str]] = frozenset()

    id: str = Field(primary_key=True)
    title: str
    description: str | None = None
    icon: str
    badge_color: str = "blue"
    points_value: int = 0
    criteria: dict[str, Any] = Field(default_factory=dict, sa_type=JsonType)
    is_active: bool = True
    created_at: datetime = Field(sa_type=UtcDateTime)
    course_id: str | None = None  # null: a platform-wide badge
