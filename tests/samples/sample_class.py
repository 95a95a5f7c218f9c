"""A taught course and its class in a real store, as the teaching scope's pages bring it.

Six learners (one left) in a course of four lessons: an assessed quiz one
learner failed twice, a practice quiz whose questions are not on this laptop,
a learner who has not studied for 9 days and one who never started.  The
rows are what ``sync_pull('teaching:<course>')`` sends (docs/sync-protocol.md),
applied with ``apply_teaching_page``: no server.  Used by the Class page's
tests and its screenshot (tests/samples/screens_demo.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from desktop.protocol import PulledPage
from desktop.store.db.learner_store import LearnerStore
from desktop.store.models import Course, Lesson, QuizQuestion
from desktop.store.replica.content import CatalogueContent, upsert_catalogue
from desktop.store.replica.teaching import apply_teaching_page, teaching_scope

TAUGHT = "c3000000-0000-4000-8000-000000000001"
TAUGHT_TITLE = "Working with files"
# the lessons, in order: the third has an assessed quiz, the fourth a practice
# quiz whose questions this laptop does not hold
OPENING, LINES, WRITING, ERRORS = (f"13000000-0000-4000-8000-00000000000{i}" for i in range(1, 5))
LESSON_TITLES = {
    OPENING: "Opening a file",
    LINES: "Reading line by line",
    WRITING: "Writing safely",
    ERRORS: "Errors and exceptions",
}
QW1, QW2, QW3 = (f"q3000000-0000-4000-8000-00000000000{i}" for i in range(1, 4))
QO1 = "q3000000-0000-4000-8000-000000000009"  # the first lesson's: never attempted
QX1, QX2 = "q3000000-0000-4000-8000-00000000001a", "q3000000-0000-4000-8000-00000000001b"
MISSED_PROMPT = "Which mode adds to the end of a file without erasing it?"

ADA, BO, CARMEN, DAWIT, EMMA, FARID, GUS = (
    f"{c * 8}-0000-4000-8000-00000000000{i}" for i, c in enumerate("abcdef0", start=1)
)


@dataclass(frozen=True)
class _Learner:
    user_id: str
    full_name: str | None
    username: str
    enrolled_days_ago: int = 20
    completed: bool = False
    status: str = "active"
    progress: int = 0


LEARNERS = (
    _Learner(ADA, "Ada Lovelace", "ada", progress=75),
    _Learner(BO, "Bo Chen", "bo", progress=50),
    _Learner(CARMEN, "Carmen Díaz", "carmen", progress=15),
    _Learner(DAWIT, "Dawit Bekele", "dawit", enrolled_days_ago=12),
    _Learner(EMMA, "Emma Novak", "emma", completed=True, progress=100),
    _Learner(FARID, None, "farid", progress=50),  # no full name: shown by username
    _Learner(GUS, "Gus Left", "gus", status="unenrolled"),
)


def taught_course(course_id: str = TAUGHT, title: str = TAUGHT_TITLE, *, at: datetime) -> Course:
    return Course(
        id=course_id,
        title=title,
        description="Open, read and write text files.",
        instructor_name="Sam Teacher",
        category="Programming",
        is_published=True,
        created_at=at,
        updated_at=at,
    )


def _content(now: datetime) -> CatalogueContent:
    lessons = [
        Lesson(
            id=lesson_id,
            course_id=TAUGHT,
            title=title,
            component_path=f"part-{i}",
            order_index=i,
            quiz_mode="assessed" if lesson_id == WRITING else "practice",
            created_at=now,
            updated_at=now,
        )
        for i, (lesson_id, title) in enumerate(LESSON_TITLES.items(), start=1)
    ]
    prompts = [
        (QO1, OPENING, "What does open() give back?"),
        (QW1, WRITING, "Which mode creates a new file?"),
        (QW2, WRITING, MISSED_PROMPT),
        (QW3, WRITING, "Why write inside a with block?"),
    ]
    questions = [
        QuizQuestion(
            id=qid,
            lesson_id=lesson_id,
            position=i,
            kind="short_answer",
            prompt=prompt,
            options=[],
            points=1,
            created_at=now,
            updated_at=now,
        )
        for i, (qid, lesson_id, prompt) in enumerate(prompts, start=1)
    ]
    return CatalogueContent(courses=[taught_course(at=now)], lessons=lessons, questions=questions)


def _member(learner: _Learner, course_id: str, now: datetime) -> dict[str, Any]:
    return {
        "id": f"e{learner.user_id[1:]}",
        "user_id": learner.user_id,
        "course_id": course_id,
        "status": learner.status,
        "enrolled_at": (now - timedelta(days=learner.enrolled_days_ago)).isoformat(),
        "completed_at": (now - timedelta(days=2)).isoformat() if learner.completed else None,
        "progress_percentage": learner.progress,
        "learner_username": None if learner.status != "active" else learner.username,
        "learner_full_name": None if learner.status != "active" else learner.full_name,
        "learner_avatar_url": None,
    }


# learner → (lesson, completion %, minutes, days since last opened)
_STUDY: dict[str, list[tuple[str, int, int, int]]] = {
    ADA: [(OPENING, 100, 25, 6), (LINES, 100, 40, 4), (WRITING, 100, 35, 1), (ERRORS, 30, 10, 1)],
    BO: [(OPENING, 100, 20, 5), (LINES, 100, 30, 3), (WRITING, 60, 50, 1)],
    CARMEN: [(OPENING, 60, 15, 9)],
    EMMA: [
        (OPENING, 100, 20, 15),
        (LINES, 100, 25, 14),
        (WRITING, 100, 30, 12),
        (ERRORS, 100, 35, 10),
    ],
    FARID: [(OPENING, 100, 30, 3), (LINES, 100, 45, 2), (ERRORS, 50, 12, 2)],
}
# learner → (lesson, attempt number, score, out of, missed question ids)
_ATTEMPTS: dict[str, list[tuple[str, int, int, int, list[str]]]] = {
    ADA: [(WRITING, 1, 2, 3, [QW2]), (WRITING, 2, 3, 3, []), (ERRORS, 1, 4, 5, [QX1])],
    BO: [(WRITING, 1, 1, 3, [QW1, QW2]), (WRITING, 2, 2, 3, [QW2])],
    EMMA: [(WRITING, 1, 3, 3, []), (ERRORS, 1, 5, 5, [])],
    FARID: [(ERRORS, 1, 3, 5, [QX1, QX2])],
}


def _progress(user_id: str, course_id: str, now: datetime) -> list[dict[str, Any]]:
    rows = []
    for lesson_id, percent, minutes, days_ago in _STUDY.get(user_id, []):
        seen = (now - timedelta(days=days_ago, hours=2)).isoformat()
        rows.append(
            {
                "id": f"p{user_id[:4]}-{lesson_id[-4:]}",
                "user_id": user_id,
                "lesson_id": lesson_id,
                "course_id": course_id,
                "completion_percentage": percent,
                "time_spent_seconds": 60 * minutes,
                "completed_at": seen if percent == 100 else None,
                "last_accessed": seen,
                "section_progress": {},
            }
        )
    return rows


def _attempts(user_id: str, now: datetime) -> list[dict[str, Any]]:
    rows = []
    for lesson_id, number, score, top, missed in _ATTEMPTS.get(user_id, []):
        rows.append(
            {
                "id": f"a{user_id[:4]}-{lesson_id[-4:]}-{number}",
                "user_id": user_id,
                "lesson_id": lesson_id,
                "score": score,
                "max_score": top,
                "is_passed": score / top >= 0.7,
                "counted": True,
                "not_counted_reason": None,
                "attempt_number": number,
                "time_taken_seconds": 90,
                "completed_at": (now - timedelta(days=1, hours=number)).isoformat(),
                "missed_questions": missed,
            }
        )
    return rows


def pull_class(
    store: LearnerStore,
    course_id: str,
    *,
    enrollments: list[dict[str, Any]] | None = None,
    lesson_progress: list[dict[str, Any]] | None = None,
    quiz_attempts: list[dict[str, Any]] | None = None,
    cursor: str = "c1",
) -> frozenset[str]:
    """One teaching page applied as a sync would; the class tables it wrote."""
    page = PulledPage(
        scope=teaching_scope(course_id),
        changes={
            "enrollments": enrollments or [],
            "lesson_progress": lesson_progress or [],
            "quiz_attempts": quiz_attempts or [],
        },
        cursor=cursor,
    )
    _rows, _deleted, tables = apply_teaching_page(store, page)
    return tables


def sample_class(store: LearnerStore, now: datetime) -> frozenset[str]:
    """The course of four lessons and its class, pulled at ``now``."""
    upsert_catalogue(store, _content(now))
    return pull_class(
        store,
        TAUGHT,
        enrollments=[_member(learner, TAUGHT, now) for learner in LEARNERS],
        lesson_progress=[row for x in LEARNERS for row in _progress(x.user_id, TAUGHT, now)],
        quiz_attempts=[row for x in LEARNERS for row in _attempts(x.user_id, now)],
    )
