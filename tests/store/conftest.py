"""Fixtures for the local store: real SQLite files in a temporary data dir."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from desktop.store.db.learner_store import LearnerStore
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.models import (
    Course,
    Lesson,
    LessonContent,
    QuizAnswerKey,
    QuizQuestion,
)
from desktop.store.replica.content import CatalogueContent, upsert_catalogue

LEARNER = "11111111-1111-4111-8111-111111111111"
OTHER_LEARNER = "22222222-2222-4222-8222-222222222222"
COURSE = "c0000000-0000-4000-8000-000000000001"
LESSONS = [f"10000000-0000-4000-8000-00000000000{i}" for i in range(1, 4)]
QUIZ_LESSON = LESSONS[1]
Q_SINGLE, Q_MULTI, Q_SHORT = (f"q0000000-0000-4000-8000-00000000000{i}" for i in range(1, 4))
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def sample_content(*, quiz_mode: str = "practice") -> CatalogueContent:
    course = Course(
        id=COURSE,
        title="Fractions for Farmers",
        description="Halves and thirds",
        tags=["maths", "fractions"],
        category="Maths",
        is_published=True,
        created_at=T0,
        updated_at=T0,
    )
    lessons = [
        Lesson(
            id=lid,
            course_id=COURSE,
            title=f"Part {i}",
            component_path=f"part-{i}",
            order_index=i,
            quiz_mode=quiz_mode if lid == QUIZ_LESSON else "practice",
            prerequisites=[LESSONS[i - 2]] if i > 1 else None,
            created_at=T0,
            updated_at=T0,
        )
        for i, lid in enumerate(LESSONS, start=1)
    ]
    contents = [
        LessonContent(lesson_id=lid, body_markdown=f"# Part {i}", created_at=T0, updated_at=T0)
        for i, lid in enumerate(LESSONS, start=1)
    ]
    opts = [{"id": "a", "text": "1/2"}, {"id": "b", "text": "1/3"}, {"id": "c", "text": "2/4"}]
    questions = [
        QuizQuestion(
            id=Q_SINGLE,
            lesson_id=QUIZ_LESSON,
            position=1,
            kind="single_choice",
            prompt="Half?",
            options=opts,
            points=1,
            created_at=T0,
            updated_at=T0,
        ),
        QuizQuestion(
            id=Q_MULTI,
            lesson_id=QUIZ_LESSON,
            position=2,
            kind="multiple_choice",
            prompt="Equal to a half?",
            options=opts,
            points=2,
            created_at=T0,
            updated_at=T0,
        ),
        QuizQuestion(
            id=Q_SHORT,
            lesson_id=QUIZ_LESSON,
            position=3,
            kind="short_answer",
            prompt="Name 1/4",
            options=[],
            points=1,
            created_at=T0,
            updated_at=T0,
        ),
    ]
    keys = (
        []
        if quiz_mode == "assessed"
        else [
            QuizAnswerKey(question_id=Q_SINGLE, version=1, correct=["a"]),
            QuizAnswerKey(question_id=Q_MULTI, version=1, correct=["a", "c"]),
            QuizAnswerKey(question_id=Q_SHORT, version=1, correct=["a quarter", "one quarter"]),
        ]
    )
    return CatalogueContent(
        courses=[course], lessons=lessons, contents=contents, questions=questions, keys=keys
    )


@pytest.fixture
def store(profiles: ProfileDirectory) -> Iterator[LearnerStore]:
    opened, recovery = profiles.open_learner(LEARNER)
    assert recovery is None
    upsert_catalogue(opened, sample_content())
    yield opened
    opened.close()
