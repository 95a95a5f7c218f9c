"""A large taught class in a real store, as the teaching scope's pages bring it (issue #17).

The course and its lessons with their quizzes go in as a catalogue pull writes
them (``upsert_catalogue``); the class as the rows ``sync_pull('teaching:<course>')``
sends (docs/sync-protocol.md), in pages of ``PAGE_ROWS`` applied with
``apply_teaching_page``, as ``tests/samples/sample_class.py`` does for its six
learners.  No server.

The class is drawn from a seeded random generator so every run holds the
same one: most learners have studied most lessons (a progress row each, the
last one part-way), tried most quizzes once to three times (every fifth quiz
assessed), a few have not studied for weeks, a few never started and a few
left the course.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from desktop.protocol import PulledPage
from desktop.store.db.learner_store import LearnerStore
from desktop.store.models import Course, Lesson, QuizQuestion
from desktop.store.replica.content import CatalogueContent, upsert_catalogue
from desktop.store.replica.teaching import apply_teaching_page, teaching_scope

PAGE_ROWS = 5_000  # rows per pulled page (the catalogue's page size on the server)
QUESTIONS = 4  # per quiz
FIRST: tuple[str, ...] = (
    "Ada",
    "Bo",
    "Carmen",
    "Dawit",
    "Emma",
    "Farid",
    "Grace",
    "Hiro",
    "Ines",
    "Jonas",
)
FIRST += ("Kwame", "Lucía", "Mei", "Nikolai", "Olu", "Priya", "Quentin", "Rosa", "Sven", "Tariq")
LAST: tuple[str, ...] = (
    "Lovelace",
    "Chen",
    "Díaz",
    "Bekele",
    "Novak",
    "Haddad",
    "Hopper",
    "Tanaka",
    "Silva",
)
LAST += ("Berg", "Mensah", "Ortega", "Wang", "Petrov", "Adeyemi", "Sharma", "Moreau", "Kowalski")
TOPICS: tuple[str, ...] = (
    "files",
    "loops",
    "functions",
    "recursion",
    "dictionaries",
    "classes",
    "tests",
)
TOPICS += ("errors", "modules", "generators", "sorting", "searching", "strings", "sets")


@dataclass(frozen=True)
class ClassWorld:
    """What was written: the course, its learners (enrolled ones first) and lessons."""

    course_id: str
    learner_ids: tuple[str, ...]
    lesson_ids: tuple[str, ...]
    rows: int  # class rows pulled


def _uuid(kind: int, course: int, n: int) -> str:
    return f"{kind:08x}-{course:04x}-4000-8000-{n:012x}"


def _catalogue(
    course_id: str, title: str, teacher: str, serial: int, lessons: int, now: datetime
) -> CatalogueContent:
    """The course (taught by ``teacher``), its lessons and their quizzes' questions."""
    course = Course(
        id=course_id,
        title=title,
        description="A course with a large class.",
        instructor_id=teacher,
        instructor_name="Sam Teacher",
        category="Programming",
        is_published=True,
        created_at=now,
        updated_at=now,
    )
    rows = []
    questions = []
    for i in range(lessons):
        lesson_id = _uuid(0x1E550000, serial, i)
        topic = TOPICS[i % len(TOPICS)]
        rows.append(
            Lesson(
                id=lesson_id,
                course_id=course_id,
                title=f"{i + 1}. Working with {topic}" + (" in practice" if i % 3 == 0 else ""),
                component_path=f"part-{i}",
                order_index=i + 1,
                quiz_mode="assessed" if i % 5 == 4 else "practice",
                created_at=now,
                updated_at=now,
            )
        )
        if i % 8 == 7:
            continue  # a lesson without a quiz
        for q in range(QUESTIONS):
            long = " — and why does it matter when the program grows?" * (q % 2)
            questions.append(
                QuizQuestion(
                    id=_uuid(0x90E50000, serial, i * QUESTIONS + q),
                    lesson_id=lesson_id,
                    position=q + 1,
                    kind="short_answer",
                    prompt=f"Question {q + 1} about {topic}: what happens next?{long}",
                    options=[],
                    points=1,
                    created_at=now,
                    updated_at=now,
                )
            )
    return CatalogueContent(courses=[course], lessons=rows, questions=questions)


@dataclass
class _Draw:
    """The random class of one course: its rows as the scope sends them."""

    course_id: str
    serial: int
    lessons: list[Lesson]
    quizzes: dict[str, list[str]]  # lesson id → its question ids
    now: datetime
    rng: random.Random

    def member(self, n: int, user_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """An enrollment and its learner's progress and attempt rows."""
        rng = self.rng
        left = rng.random() < 0.02
        started = rng.random() >= 0.03
        reach = rng.randint(len(self.lessons) * 3 // 5, len(self.lessons)) if started else 0
        idle_days = rng.randint(8, 30) if rng.random() < 0.1 else rng.randint(0, 5)
        studied = self.lessons[:reach]
        rows: list[dict[str, Any]] = []
        done = 0
        for k, lesson in enumerate(studied):
            partial = k == reach - 1 and reach < len(self.lessons)
            seen = self.now - timedelta(days=idle_days + (reach - k), hours=rng.randint(0, 20))
            rows.append(self._progress(user_id, lesson, 100 if not partial else 40, seen))
            done += 0 if partial else 1
            rows.extend(self._attempts(user_id, lesson, seen))
        full = rng.random() < 0.6
        enrollment = {
            "id": _uuid(0xE0000000, self.serial, n),
            "user_id": user_id,
            "course_id": self.course_id,
            "status": "unenrolled" if left else "active",
            "enrolled_at": (self.now - timedelta(days=60 + n % 30)).isoformat(),
            "completed_at": self.now.isoformat() if done == len(self.lessons) else None,
            "progress_percentage": round(100 * done / max(1, len(self.lessons))),
            "learner_username": None if left else f"learner{n}",
            "learner_full_name": None if left or not full else self.name(n),
            "learner_avatar_url": None,
        }
        return enrollment, rows

    def name(self, n: int) -> str:
        return f"{FIRST[n % len(FIRST)]} {LAST[(n // len(FIRST)) % len(LAST)]} {n}"

    def _progress(
        self, user_id: str, lesson: Lesson, percent: int, seen: datetime
    ) -> dict[str, Any]:
        return {
            "__table": "lesson_progress",
            "id": f"p-{user_id}-{lesson.order_index}",
            "user_id": user_id,
            "lesson_id": lesson.id,
            "course_id": self.course_id,
            "completion_percentage": percent,
            "time_spent_seconds": 60 * self.rng.randint(5, 60),
            "completed_at": seen.isoformat() if percent == 100 else None,
            "last_accessed": seen.isoformat(),
            "section_progress": {},
        }

    def _attempts(self, user_id: str, lesson: Lesson, seen: datetime) -> list[dict[str, Any]]:
        questions = self.quizzes.get(lesson.id, [])
        if not questions or self.rng.random() < 0.15:
            return []
        out = []
        for number in range(1, self.rng.randint(1, 3) + 1):
            missed = [q for q in questions if self.rng.random() < 0.3]
            counted = self.rng.random() >= 0.01
            score = len(questions) - len(missed)
            out.append(
                {
                    "__table": "quiz_attempts",
                    "id": f"a-{user_id}-{lesson.order_index}-{number}",
                    "user_id": user_id,
                    "lesson_id": lesson.id,
                    "score": score,
                    "max_score": len(questions),
                    "is_passed": score / len(questions) >= 0.7,
                    "counted": counted,
                    "not_counted_reason": None if counted else "quiz_changed",
                    "attempt_number": number,
                    "time_taken_seconds": self.rng.randint(30, 600),
                    "completed_at": (seen + timedelta(minutes=5 * number)).isoformat(),
                    "missed_questions": missed if counted else None,
                }
            )
        return out


def _pull(store: LearnerStore, course_id: str, pages: list[dict[str, list[dict[str, Any]]]]) -> int:
    """The pages applied as a sync applies them, one transaction each."""
    written = 0
    for n, changes in enumerate(pages, start=1):
        page = PulledPage(scope=teaching_scope(course_id), changes=changes, cursor=f"c{n}")
        written += apply_teaching_page(store, page)[0]
    return written


def _paged(
    enrollments: list[dict[str, Any]], rows: list[dict[str, Any]]
) -> list[dict[str, list[dict[str, Any]]]]:
    """The enrollments first, then the progress and attempt rows, PAGE_ROWS a page."""
    pages: list[dict[str, list[dict[str, Any]]]] = []
    for start in range(0, max(1, len(enrollments)), PAGE_ROWS):
        pages.append({"enrollments": enrollments[start : start + PAGE_ROWS]})
    for start in range(0, len(rows), PAGE_ROWS):
        page: dict[str, list[dict[str, Any]]] = {"lesson_progress": [], "quiz_attempts": []}
        for row in rows[start : start + PAGE_ROWS]:
            fields = dict(row)
            page[fields.pop("__table")].append(fields)
        pages.append(page)
    return pages


def build_class(
    store: LearnerStore,
    *,
    serial: int,
    title: str,
    learners: int,
    lessons: int,
    now: datetime,
    seed: int = 17,
) -> ClassWorld:
    """A course taught by the store's owner and its class of ``learners`` × ``lessons``."""
    teacher = store.user_id
    assert teacher is not None, "a guest teaches nothing"
    course_id = _uuid(0xC0000000, serial, 1)
    catalogue = _catalogue(course_id, title, teacher, serial, lessons, now)
    upsert_catalogue(store, catalogue)
    quizzes: dict[str, list[str]] = {}
    for question in catalogue.questions:
        quizzes.setdefault(question.lesson_id, []).append(question.id)
    draw = _Draw(course_id, serial, list(catalogue.lessons), quizzes, now, random.Random(seed))
    enrollments: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    for n in range(learners):
        enrollment, theirs = draw.member(n, _uuid(0x5EA00000, serial, n))
        enrollments.append(enrollment)
        rows.extend(theirs)
    written = _pull(store, course_id, _paged(enrollments, rows))
    active = [e["user_id"] for e in enrollments if e["status"] == "active"]
    return ClassWorld(
        course_id, tuple(active), tuple(lesson.id for lesson in catalogue.lessons), written
    )


def sync_news(store: LearnerStore, world: ClassWorld, now: datetime, *, learners: int) -> int:
    """A later pull: ``learners`` learners each studied one more lesson and tried its quiz
    (new progress rows replacing theirs, a new attempt); the rows written."""
    rng = random.Random(now.toordinal())
    progress = []
    attempts = []
    # practice quizzes only (an assessed one allows three attempts)
    practice = [i for i in range(len(world.lesson_ids)) if i % 8 != 7 and i % 5 != 4]
    for n, user_id in enumerate(world.learner_ids[:learners]):
        index = practice[n % len(practice)]
        lesson_id = world.lesson_ids[index]
        order = index + 1
        progress.append(
            {
                "id": f"p-{user_id}-{order}",
                "user_id": user_id,
                "lesson_id": lesson_id,
                "course_id": world.course_id,
                "completion_percentage": 100,
                "time_spent_seconds": 60 * rng.randint(5, 60),
                "completed_at": now.isoformat(),
                "last_accessed": now.isoformat(),
                "section_progress": {},
            }
        )
        attempts.append(
            {
                "id": f"a-{user_id}-{order}-news",
                "user_id": user_id,
                "lesson_id": lesson_id,
                "score": QUESTIONS,
                "max_score": QUESTIONS,
                "is_passed": True,
                "counted": True,
                "not_counted_reason": None,
                "attempt_number": 4,
                "time_taken_seconds": 120,
                "completed_at": now.isoformat(),
                "missed_questions": [],
            }
        )
    page = PulledPage(
        scope=teaching_scope(world.course_id),
        changes={"lesson_progress": progress, "quiz_attempts": attempts},
        cursor="news",
    )
    return apply_teaching_page(store, page)[0]
