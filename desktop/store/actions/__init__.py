"""Local learner actions: each writes its change and its outbox op in one transaction.

``learning`` (enroll, open a lesson, sections, time, completion),
``quizzes`` (the quiz to show, submitting an attempt), ``social`` (rating a
course, reading a notification).  Op kinds are in ``desktop.protocol.ops``.
"""

from desktop.store.actions.learning import (
    complete_lesson,
    enroll,
    open_lesson,
    record_section_progress,
    record_time_spent,
    unenroll,
)
from desktop.store.actions.quizzes import QuizView, quiz_for_lesson, submit_quiz_attempt
from desktop.store.actions.social import mark_notification_read, rate_course

__all__ = [
    "QuizView",
    "complete_lesson",
    "enroll",
    "mark_notification_read",
    "open_lesson",
    "quiz_for_lesson",
    "rate_course",
    "record_section_progress",
    "record_time_spent",
    "submit_quiz_attempt",
    "unenroll",
]
