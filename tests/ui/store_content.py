"""A small real catalogue written into a real learner store for shell tests."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.store.models import Course, Lesson, LessonContent, QuizAnswerKey, QuizQuestion
from desktop.store.replica.content import CatalogueContent
from tests.samples.sample_content import LESSON_MARKDOWN

LEARNER = "a1111111-1111-4111-8111-111111111111"
COURSE = "c1000000-0000-4000-8000-000000000001"
OTHER_COURSE = "c1000000-0000-4000-8000-000000000002"
L1, L2, L3 = (f"11000000-0000-4000-8000-00000000000{i}" for i in range(1, 4))
Q1, Q2 = "q1000000-0000-4000-8000-000000000001", "q1000000-0000-4000-8000-000000000002"
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def content() -> CatalogueContent:
    courses = [
        Course(
            id=COURSE,
            title="Introduction to Python",
            description="Files and functions.",
            instructor_name="Amara Okafor",
            category="Programming",
            is_published=True,
            estimated_duration_hours=6,
            average_rating=4.5,
            enrollment_count=120,
            created_at=T0,
            updated_at=T0,
        ),
        Course(
            id=OTHER_COURSE,
            title="Statistics for Beginners",
            description="Averages.",
            instructor_name="Mei Chen",
            category="Mathematics",
            difficulty_level="advanced",
            is_published=True,
            created_at=T0,
            updated_at=T0,
        ),
    ]
    lessons = [
        Lesson(
            id=lid,
            course_id=COURSE,
            title=title,
            component_path=f"part-{i}",
            order_index=i,
            prerequisites=[prev] if prev else None,
            created_at=T0,
            updated_at=T0,
        )
        for i, (lid, title, prev) in enumerate(
            [
                (L1, "Why Python?", None),
                (L2, "Reading files with Python", L1),
                (L3, "Functions", L2),
            ],
            start=1,
        )
    ]
    bodies = [
        LessonContent(
            lesson_id=L1,
            body_markdown="# Why Python?\n\n## Start\nHello.",
            created_at=T0,
            updated_at=T0,
        ),
        LessonContent(lesson_id=L2, body_markdown=LESSON_MARKDOWN, created_at=T0, updated_at=T0),
    ]
    options = [{"id": "a", "text": "open() alone"}, {"id": "b", "text": "with open() as f"}]
    questions = [
        QuizQuestion(
            id=Q1,
            lesson_id=L2,
            position=1,
            kind="single_choice",
            prompt="Which closes the file?",
            options=options,
            points=1,
            created_at=T0,
            updated_at=T0,
        ),
        QuizQuestion(
            id=Q2,
            lesson_id=L2,
            position=2,
            kind="short_answer",
            prompt="Missing file exception?",
            options=[],
            points=1,
            created_at=T0,
            updated_at=T0,
        ),
    ]
    keys = [
        QuizAnswerKey(question_id=Q1, version=1, correct=["b"]),
        QuizAnswerKey(question_id=Q2, version=1, correct=["FileNotFoundError"]),
    ]
    return CatalogueContent(
        courses=courses, lessons=lessons, contents=bodies, questions=questions, keys=keys
    )
