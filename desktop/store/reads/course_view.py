"""A course as the course page shows it: lessons in order, progress, locks."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select

from desktop.store.db.learner_store import LearnerStore
from desktop.store.errors import NotFound
from desktop.store.models import (
    Course,
    CourseRating,
    Enrollment,
    Lesson,
    LessonContent,
    LessonProgress,
)
from desktop.store.replica.content import download_state


@dataclass(frozen=True)
class LessonRow:
    lesson: Lesson
    progress: LessonProgress | None
    completed: bool
    locked: bool  # a prerequisite lesson is not completed yet
    missing_prerequisites: list[str]  # their ids
    body_available: bool  # downloaded for offline reading


@dataclass(frozen=True)
class CourseView:
    course: Course
    enrollment: Enrollment | None
    rating: CourseRating | None
    lessons: list[LessonRow]
    download_state: str

    @property
    def is_enrolled(self) -> bool:
        return self.enrollment is not None and self.enrollment.status == "active"


def course_view(store: LearnerStore, course_id: str) -> CourseView:
    with store.db.read() as session:
        course = session.get(Course, course_id)
        if course is None:
            raise NotFound(f"course {course_id} is not in the local catalogue")
        lessons = list(
            session.exec(
                select(Lesson)
                .where(Lesson.course_id == course_id)
                .order_by(col(Lesson.order_index))
            )
        )
        progress = {
            p.lesson_id: p
            for p in session.exec(
                select(LessonProgress).where(
                    LessonProgress.user_id == store.owner, LessonProgress.course_id == course_id
                )
            )
        }
        bodies = set(
            session.exec(
                select(LessonContent.lesson_id).join(Lesson).where(Lesson.course_id == course_id)
            )
        )
        enrollment = session.exec(
            select(Enrollment).where(
                Enrollment.user_id == store.owner, Enrollment.course_id == course_id
            )
        ).first()
        rating = session.exec(
            select(CourseRating).where(
                CourseRating.user_id == store.owner, CourseRating.course_id == course_id
            )
        ).first()
    done = {lid for lid, p in progress.items() if is_completed(p)}
    rows = []
    for lesson in lessons:
        missing = [p for p in (lesson.prerequisites or []) if p not in done]
        rows.append(
            LessonRow(
                lesson,
                progress.get(lesson.id),
                lesson.id in done,
                bool(missing),
                missing,
                lesson.id in bodies,
            )
        )
    return CourseView(course, enrollment, rating, rows, download_state(store, course_id).state)


def lesson_body(store: LearnerStore, lesson_id: str) -> str | None:
    """The lesson's Markdown, or None when it was not downloaded."""
    with store.db.read() as session:
        content = session.get(LessonContent, lesson_id)
        return content.body_markdown if content is not None else None


def is_completed(progress: LessonProgress) -> bool:
    return progress.completion_percentage >= 100 or progress.completed_at is not None
