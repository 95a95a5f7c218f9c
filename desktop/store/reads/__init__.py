"""Reads for the screens, from the local store only; one read transaction each.

``catalogue`` (search and filters), ``course_view`` (a course page),
``lesson_search`` (search inside downloaded lessons), ``dashboard``,
``class_view`` (a taught course's class), ``inbox`` (notifications, the cached leaderboard),
``pending_view`` (the "Pending changes" list), ``screen_reads`` (the other
questions a screen asks), ``badges``.
"""

from desktop.store.reads.catalogue import CatalogueQuery, categories, has_courses, search_courses
from desktop.store.reads.class_view import ClassView, class_view, taught_courses
from desktop.store.reads.course_view import course_view, is_completed, lesson_body
from desktop.store.reads.dashboard import dashboard
from desktop.store.reads.inbox import notifications, unread_count
from desktop.store.reads.lesson_search import HIT_END, HIT_START, LessonHit, search_lessons
from desktop.store.reads.pending_view import pending_changes
from desktop.store.reads.screen_reads import (
    CourseMark,
    answer_keys,
    catalogue_marks,
    course_download,
    courses_completed,
    courses_in_progress,
    explanations,
    lesson_course_id,
    lesson_title,
    lesson_with_progress,
    lessons_with_quiz,
    quiz_attempts,
    recently_sent,
    standing,
)

__all__ = [
    "HIT_END",
    "HIT_START",
    "CatalogueQuery",
    "ClassView",
    "CourseMark",
    "LessonHit",
    "answer_keys",
    "catalogue_marks",
    "categories",
    "class_view",
    "course_download",
    "course_view",
    "courses_completed",
    "courses_in_progress",
    "dashboard",
    "explanations",
    "has_courses",
    "is_completed",
    "lesson_body",
    "lesson_course_id",
    "lesson_title",
    "lesson_with_progress",
    "lessons_with_quiz",
    "notifications",
    "pending_changes",
    "quiz_attempts",
    "recently_sent",
    "search_courses",
    "search_lessons",
    "standing",
    "taught_courses",
    "unread_count",
]
