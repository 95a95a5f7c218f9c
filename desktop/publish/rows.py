"""What a course package looks like as server rows (issue #5, docs/course-packages.md).

Pure functions from ``desktop.course_package`` dataclasses to the JSON rows
``lantern publish`` writes, and the comparisons that decide whether a row on
the server already says the same thing (so unchanged lessons stay untouched).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.course_package import Achievement, CoursePackage, Lesson, Question
from desktop.course_package.manifest import file_manifest

BUCKET = "course-content"

COURSE_COLUMNS = (
    "title",
    "description",
    "thumbnail_url",
    "difficulty_level",
    "estimated_duration_hours",
    "price",
    "is_premium",
    "tags",
    "category",
    "language",
    "direction",
)
LESSON_COLUMNS = (
    "course_id",
    "title",
    "description",
    "component_path",
    "order_index",
    "estimated_duration_minutes",
    "is_free",
    "prerequisites",
    "learning_objectives",
    "quiz_mode",
    "quiz_max_attempts",
    "quiz_grading",
    "quiz_feedback",
    "language",
    "direction",
)
ACHIEVEMENT_COLUMNS = (
    "course_id",
    "title",
    "description",
    "icon",
    "badge_color",
    "points_value",
    "criteria",
    "is_active",
)
QUESTION_COLUMNS = (
    "position",
    "kind",
    "prompt",
    "options",
    "points",
    "scoring",
    "case_sensitive",
    "is_active",
)

# The course_files columns a package decides (the manifest of its files).
FILE_COLUMNS = ("size_bytes", "sha256", "content_type", "lesson_ids")


def course_row(package: CoursePackage, thumbnail_url: str | None) -> dict[str, Any]:
    """The ``courses`` columns the package decides (not id, owner or publication)."""
    return {
        "title": package.title,
        "description": package.description,
        "thumbnail_url": thumbnail_url,
        "difficulty_level": package.difficulty.value,
        "estimated_duration_hours": package.estimated_duration_hours,
        # A JSON number; the package allows at most two decimals.
        "price": float(package.price),
        "is_premium": package.is_premium,
        "tags": list(package.tags),
        "category": package.category,
        "language": package.language,
        "direction": package.direction.value,
    }


def lesson_row(package: CoursePackage, lesson: Lesson) -> dict[str, Any]:
    return {
        "course_id": str(package.id),
        "title": lesson.title,
        "description": lesson.description,
        "component_path": lesson.component_path,
        "order_index": lesson.order,
        "estimated_duration_minutes": lesson.duration_minutes,
        "is_free": lesson.free_preview,
        "prerequisites": [str(lesson_id) for lesson_id in lesson.prerequisite_ids],
        "learning_objectives": list(lesson.learning_objectives),
        "quiz_mode": lesson.quiz_mode.value,
        "quiz_max_attempts": lesson.quiz_rules.attempts,
        "quiz_grading": lesson.quiz_rules.grading.value,
        "quiz_feedback": lesson.quiz_rules.feedback,
        "language": lesson.language,
        "direction": lesson.direction.value if lesson.direction is not None else None,
    }


def question_row(question: Question) -> dict[str, Any]:
    return {
        "position": question.position,
        "kind": question.kind.value,
        "prompt": question.prompt,
        "options": [{"id": option.id, "text": option.text} for option in question.options],
        "points": question.points,
        "scoring": question.scoring.value,
        "case_sensitive": question.case_sensitive,
        "is_active": True,
    }


def answer_key(question: Question) -> dict[str, Any]:
    """A ``quiz_answer_keys`` row's content: ``correct`` (option ids, or
    accepted answers) and the ``explanation`` shown with the feedback."""
    return {"correct": list(question.correct), "explanation": question.explanation}


def achievement_row(package: CoursePackage, achievement: Achievement) -> dict[str, Any]:
    """The ``achievements`` columns the package decides (not the id): a badge
    of this course (public.achievements.course_id)."""
    return {
        "course_id": str(package.id),
        "title": achievement.title,
        "description": achievement.description,
        "icon": achievement.icon,
        "badge_color": achievement.badge_color,
        "points_value": achievement.points_value,
        "criteria": dict(achievement.criteria),
        "is_active": True,
    }


def differs(wanted: Mapping[str, Any], stored: Mapping[str, Any]) -> bool:
    """Whether the server row ``stored`` says something other than ``wanted``.

    Arrays stored as NULL equal empty lists, and numbers compare as decimals
    (PostgREST renders numeric(10,2) as 9.9 or 9.90 depending on the server).
    """
    return any(not _same(value, stored.get(key)) for key, value in wanted.items())


def _same(wanted: Any, stored: Any) -> bool:
    if isinstance(wanted, list) and stored is None:
        return wanted == []
    if (
        isinstance(wanted, float)
        and isinstance(stored, int | float | str)
        and not isinstance(stored, bool)
    ):
        try:
            return Decimal(str(wanted)) == Decimal(str(stored))
        except InvalidOperation:
            return False
    return bool(wanted == stored)


def object_name(package: CoursePackage, package_path: str) -> str:
    """The object's name in the ``course-content`` bucket."""
    return package.storage_path(package_path)


def file_rows(package: CoursePackage) -> dict[str, dict[str, Any]]:
    """The ``course_files`` manifest (``FILE_COLUMNS``) by path, with each row's id."""
    return {
        entry.path: {
            "id": entry.id,
            "size_bytes": entry.size_bytes,
            "sha256": entry.sha256,
            "content_type": entry.content_type,
            "lesson_ids": list(entry.lesson_ids),
        }
        for entry in file_manifest(package)
    }
