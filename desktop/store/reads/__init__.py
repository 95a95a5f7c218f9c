"""Reads for the screens, from the local store only; one read transaction each.

``catalogue`` (search and filters), ``course_view`` (a course page),
``lesson_search`` (search inside downloaded lessons), ``dashboard``,
``class_view`` (a taught course's class), ``class_export`` (that class as CSV
or JSON), ``inbox`` (notifications, the cached leaderboard), ``pending_view``
(the "Pending changes" list), ``screen_reads`` (the other questions a screen
asks), ``badges``.
"""

from desktop.store.reads.catalogue import CatalogueQuery, categories, has_courses, search_courses
from desktop.store.reads.class_export import (
    CLASS_CSV_COLUMNS,
    CLASS_CSV_ENCODING,
    class_csv,
    class_csv_rows,
    class_json,
    write_class_csv,
)
from desktop.store.reads.class_view import (
    FAILED_ASSESSED,
    FAILED_QUIZ,
    INACTIVE,
    INACTIVE_DAYS,
    ClassLearner,
    ClassView,
    HelpReason,
    LessonCell,
    LessonSummary,
    MissedQuestion,
    QuizResult,
    class_view,
    taught_courses,
)
from desktop.store.reads.course_view import course_view, is_completed, lesson_body
from desktop.store.reads.dashboard import dashboard
from desktop.store.reads.inbox import notifications, unread_count
from desktop.store.reads.lesson_search import HIT_END, HIT_START, LessonHit, search_lessons
from desktop.store.reads.pending_view import ChangeWhat, LessonRef, pending_changes
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
    "CLASS_CSV_COLUMNS",
    "CLASS_CSV_ENCODING",
    "FAILED_ASSESSED",
    "FAILED_QUIZ",
    "HIT_END",
    "HIT_START",
    "INACTIVE",
    "INACTIVE_DAYS",
    "CatalogueQuery",
    "ChangeWhat",
    "ClassLearner",
    "ClassView",
    "CourseMark",
    "HelpReason",
    "LessonCell",
    "LessonHit",
    "LessonRef",
    "LessonSummary",
    "MissedQuestion",
    "QuizResult",
    "answer_keys",
    "catalogue_marks",
    "categories",
    "class_csv",
    "class_csv_rows",
    "class_json",
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
    "write_class_csv",
]
