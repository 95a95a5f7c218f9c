"""A taught course's Class view, from the local store only (issue #17).

What the teacher pulled last (the teaching scope, ``desktop/store/models/
teaching.py``) against the course's lessons here: each active learner's
lessons, time, last activity, quiz standing and points from the course; a
summary per lesson and per quiz; and who needs help, by a stated rule.
The UI words it; this module returns data and reason codes.

The rule for "needs help" (``INACTIVE_DAYS``, ``FAILED_ASSESSED``): an assessed quiz failed at least
twice and not passed, or no study in this course for ``INACTIVE_DAYS`` days
(counted from enrolling when they never studied) while the course is not
completed.

Every number follows the server's rules: a quiz's grade is
``desktop.rules.grading.standing`` of the counted attempts (best or last,
per the lesson); points from this course are the server's rewards for each
lesson completed and each quiz passed (``LESSON_COMPLETED_POINTS``,
``QUIZ_PASSED_POINTS``, checked against ``private.points_for``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from fractions import Fraction
from typing import Any, NamedTuple

from sqlalchemy import select as sa_select
from sqlmodel import Session, SQLModel, col, select

from desktop.rules.grading import (
    LESSON_COMPLETED_POINTS,
    QUIZ_PASSED_POINTS,
    CountedAttempt,
    standing,
)
from desktop.store.columns import utc_now
from desktop.store.db.learner_store import LearnerStore
from desktop.store.errors import NotFound
from desktop.store.models import (
    ClassAttempt,
    ClassMember,
    ClassProgress,
    Course,
    Lesson,
    QuizQuestion,
    SyncCursor,
)
from desktop.store.replica.teaching import teaching_scope

INACTIVE_DAYS = 7
_PASS = Fraction(7, 10)
FAILED_ASSESSED = 2
# Reason codes of ClassLearner.help (the UI words them).
FAILED_QUIZ = "failed_quiz"
INACTIVE = "inactive"


@dataclass(frozen=True)
class QuizResult:
    """One learner's standing on one lesson's quiz (counted attempts only)."""

    attempts: int  # counted attempts
    not_counted: int  # attempts kept but not counted (closed or changed quiz)
    score: int | None  # under the lesson's rule (best or last)
    max_score: int | None
    passed: bool
    failed: int  # counted attempts that did not pass

    @property
    def percent(self) -> float | None:
        if self.score is None or not self.max_score:
            return None
        return 100 * self.score / self.max_score


@dataclass(frozen=True)
class LessonCell:
    """One learner in one lesson."""

    lesson_id: str
    completion_percentage: int
    completed: bool
    time_spent_seconds: int
    last_accessed: datetime | None
    quiz: QuizResult | None  # None: no attempt at its quiz


@dataclass(frozen=True)
class HelpReason:
    code: str  # FAILED_QUIZ | INACTIVE
    lesson_id: str | None = None  # the quiz failed
    days: int | None = None  # days without study


@dataclass(frozen=True)
class ClassLearner:
    user_id: str
    username: str | None
    full_name: str | None
    enrolled_at: datetime
    completed_at: datetime | None  # the course
    progress_percentage: int  # the server's, for the course
    lessons_completed: int
    time_spent_seconds: int
    last_active: datetime | None
    points: int  # from this course
    cells: tuple[LessonCell, ...]  # one per lesson, in the course's order
    help: tuple[HelpReason, ...]

    @property
    def name(self) -> str:
        return self.full_name or self.username or self.user_id[:8]


@dataclass(frozen=True)
class MissedQuestion:
    question_id: str
    prompt: str | None  # None: the course's questions are not on this laptop
    position: int | None
    missed: int  # counted attempts that got it wrong
    attempts: int  # counted attempts that answered it


@dataclass(frozen=True)
class LessonSummary:
    lesson_id: str
    title: str
    order_index: int
    assessed: bool
    completed: int  # learners who completed it
    average_completion: float  # over the active learners, 0-100
    has_quiz: bool  # questions here, or attempts
    attempted: int  # learners with a counted attempt
    passed: int
    average_score: float | None  # mean of the learners' grades, percent
    most_missed: MissedQuestion | None


@dataclass(frozen=True)
class ClassView:
    course_id: str
    title: str
    as_of: datetime | None  # the last pull of the class; None: never pulled
    learners: tuple[ClassLearner, ...]  # by name
    lessons: tuple[LessonSummary, ...]
    left: int  # learners who unenrolled


def class_view(store: LearnerStore, course_id: str, *, now: datetime | None = None) -> ClassView:
    """The Class view of ``course_id``; ``NotFound`` if no such course is here."""
    now = now or utc_now()
    with store.db.read() as session:
        course = session.get(Course, course_id)
        if course is None:
            raise NotFound(f"course {course_id}")
        lessons = list(
            session.exec(
                select(Lesson)
                .where(Lesson.course_id == course_id)
                .order_by(col(Lesson.order_index))
            )
        )
        cursor = session.get(SyncCursor, teaching_scope(course_id))
        members = list(session.exec(select(ClassMember).where(ClassMember.course_id == course_id)))
        progress = _progress(session, course_id)
        attempts = _attempts(session, course_id)
        questions = _questions(session, [lesson.id for lesson in lessons])
    active = [m for m in members if m.status == "active"]
    ids = {lesson.id for lesson in lessons}
    by_learner = _grouped(progress, attempts, ids)
    learners = sorted(
        (_learner(m, lessons, by_learner.get(m.user_id, {}), now) for m in active),
        key=lambda learner: (learner.name.casefold(), learner.user_id),
    )
    per_lesson: dict[str, list[_Attempt]] = defaultdict(list)
    for attempt in attempts:
        per_lesson[attempt.lesson_id].append(attempt)
    summaries = tuple(
        _summary(
            lesson, learners, index, per_lesson.get(lesson.id, []), questions.get(lesson.id, {})
        )
        for index, lesson in enumerate(lessons)
    )
    return ClassView(
        course_id=course_id,
        title=course.title,
        as_of=cursor.updated_at if cursor is not None and cursor.cursor else None,
        learners=tuple(learners),
        lessons=summaries,
        left=len(members) - len(active),
    )


def taught_courses(store: LearnerStore) -> list[tuple[str, str]]:
    """(course id, title) of every course whose class this store holds or teaches."""
    owner = store.user_id
    with store.db.read() as session:
        pulled = {
            s.removeprefix("teaching:")
            for s in session.exec(
                select(SyncCursor.scope).where(col(SyncCursor.scope).startswith("teaching:"))
            )
        }
        rows = session.exec(select(Course.id, Course.title, Course.instructor_id))
        return sorted(
            ((cid, title) for cid, title, teacher in rows if cid in pulled or teacher == owner),
            key=lambda pair: (pair[1].casefold(), pair[0]),
        )


# --- reading ------------------------------------------------------------------------


class _Progress(NamedTuple):  # tuples: a class of 500 × 40 reads ~20,000 of each
    user_id: str
    lesson_id: str
    completion: int
    completed: bool
    seconds: int
    last_accessed: datetime


class _Attempt(NamedTuple):
    user_id: str
    lesson_id: str
    number: int
    score: int | None
    max_score: int
    counted: bool
    completed_at: datetime
    missed: tuple[str, ...] | None


def _columns(model: type[SQLModel], names: str) -> list[Any]:
    table: Any = model.__table__  # type: ignore[attr-defined]
    return [table.c[name] for name in names.split()]


def _progress(session: Session, course_id: str) -> list[_Progress]:
    names = "user_id lesson_id completion_percentage completed_at time_spent_seconds last_accessed"
    rows = session.execute(
        sa_select(*_columns(ClassProgress, names)).where(col(ClassProgress.course_id) == course_id)
    )
    return [
        _Progress(u, lesson, pc, done is not None, s, seen) for u, lesson, pc, done, s, seen in rows
    ]


def _attempts(session: Session, course_id: str) -> list[_Attempt]:
    names = "user_id lesson_id attempt_number score max_score counted completed_at missed_questions"
    rows = session.execute(
        sa_select(*_columns(ClassAttempt, names)).where(col(ClassAttempt.course_id) == course_id)
    )
    return [
        _Attempt(u, lesson, n, score, top, counted, at, None if gone is None else tuple(gone))
        for u, lesson, n, score, top, counted, at, gone in rows
    ]


def _questions(session: Session, lesson_ids: list[str]) -> dict[str, dict[str, tuple[str, int]]]:
    """Per lesson: question id → (prompt, position), for the questions here."""
    out: dict[str, dict[str, tuple[str, int]]] = defaultdict(dict)
    if not lesson_ids:
        return out
    rows = session.exec(
        select(
            QuizQuestion.lesson_id, QuizQuestion.id, QuizQuestion.prompt, QuizQuestion.position
        ).where(col(QuizQuestion.lesson_id).in_(lesson_ids))
    )
    for lesson_id, qid, prompt, position in rows:
        out[lesson_id][qid] = (prompt, position)
    return out


# --- working it out -----------------------------------------------------------------

_PerLesson = dict[str, tuple[_Progress | None, list[_Attempt]]]


def _grouped(
    progress: Iterable[_Progress], attempts: Iterable[_Attempt], lesson_ids: set[str]
) -> dict[str, _PerLesson]:
    """learner → lesson → (progress row, attempts), lessons of the course only."""
    out: dict[str, _PerLesson] = defaultdict(dict)
    for progress_row in progress:
        if progress_row.lesson_id in lesson_ids:
            out[progress_row.user_id][progress_row.lesson_id] = (progress_row, [])
    for attempt in attempts:
        if attempt.lesson_id in lesson_ids:
            mine = out[attempt.user_id]
            row, found = mine.get(attempt.lesson_id, (None, []))
            found.append(attempt)
            mine[attempt.lesson_id] = (row, found)
    return out


def _quiz(lesson: Lesson, attempts: list[_Attempt]) -> QuizResult | None:
    if not attempts:
        return None
    counted = [a for a in attempts if a.counted and a.score is not None]
    result = standing(
        [CountedAttempt(a.number, a.score or 0, a.max_score) for a in counted],
        assessed=lesson.quiz_mode == "assessed",
        max_attempts=lesson.quiz_max_attempts,
        grading=lesson.quiz_grading,
    )
    failed = sum(1 for a in counted if _below_pass(a.score or 0, a.max_score))
    return QuizResult(
        attempts=len(counted),
        not_counted=len(attempts) - len(counted),
        score=result.score,
        max_score=result.max_score,
        passed=result.passed,
        failed=failed,
    )


def _below_pass(score: int, top: int) -> bool:
    """``score / top`` under 70 %, exactly (integers for the usual positive ``top``:
    a Fraction per attempt was a tenth of a large class's read)."""
    if top > 0:
        return 10 * score < 7 * top
    return Fraction(score, top) < _PASS


def _learner(
    member: ClassMember, lessons: list[Lesson], mine: _PerLesson, now: datetime
) -> ClassLearner:
    cells = []
    seen: list[datetime] = []
    help_reasons: list[HelpReason] = []
    for lesson in lessons:
        row, attempts = mine.get(lesson.id, (None, []))
        quiz = _quiz(lesson, attempts)
        cells.append(
            LessonCell(
                lesson_id=lesson.id,
                completion_percentage=row.completion if row else 0,
                completed=bool(row and row.completed),
                time_spent_seconds=row.seconds if row else 0,
                last_accessed=row.last_accessed if row else None,
                quiz=quiz,
            )
        )
        if row is not None:
            seen.append(row.last_accessed)
        seen.extend(a.completed_at for a in attempts)
        assessed = lesson.quiz_mode == "assessed"
        if assessed and quiz is not None and not quiz.passed and quiz.failed >= FAILED_ASSESSED:
            help_reasons.append(HelpReason(FAILED_QUIZ, lesson_id=lesson.id))
    last_active = max(seen, default=None)
    idle_since = last_active or member.enrolled_at
    idle = now - idle_since
    if member.completed_at is None and idle >= timedelta(days=INACTIVE_DAYS):
        help_reasons.append(HelpReason(INACTIVE, days=idle.days))
    completed = sum(1 for c in cells if c.completed)
    passed = sum(1 for c in cells if c.quiz is not None and c.quiz.passed)
    return ClassLearner(
        user_id=member.user_id,
        username=member.username,
        full_name=member.full_name,
        enrolled_at=member.enrolled_at,
        completed_at=member.completed_at,
        progress_percentage=member.progress_percentage,
        lessons_completed=completed,
        time_spent_seconds=sum(c.time_spent_seconds for c in cells),
        last_active=last_active,
        points=completed * LESSON_COMPLETED_POINTS + passed * QUIZ_PASSED_POINTS,
        cells=tuple(cells),
        help=tuple(help_reasons),
    )


def _summary(
    lesson: Lesson,
    learners: list[ClassLearner],
    index: int,
    attempts: list[_Attempt],
    questions: dict[str, tuple[str, int]],
) -> LessonSummary:
    """``attempts``: the lesson's, in the order read."""
    cells = [learner.cells[index] for learner in learners]
    graded = [c.quiz for c in cells if c.quiz is not None and c.quiz.attempts]
    percents = [q.percent for q in graded if q.percent is not None]
    active = {learner.user_id for learner in learners}
    mine = [a for a in attempts if a.user_id in active]
    return LessonSummary(
        lesson_id=lesson.id,
        title=lesson.title,
        order_index=lesson.order_index,
        assessed=lesson.quiz_mode == "assessed",
        completed=sum(1 for c in cells if c.completed),
        average_completion=sum(c.completion_percentage for c in cells) / len(cells)
        if cells
        else 0.0,
        has_quiz=bool(questions) or bool(mine),
        attempted=len(graded),
        passed=sum(1 for q in graded if q.passed),
        average_score=sum(percents) / len(percents) if percents else None,
        most_missed=_most_missed(mine, questions),
    )


def _most_missed(
    attempts: list[_Attempt], questions: dict[str, tuple[str, int]]
) -> MissedQuestion | None:
    """The question the most counted attempts got wrong (ties: the first in the quiz)."""
    counted = [a for a in attempts if a.counted and a.missed is not None]
    missed = Counter(q for a in counted for q in a.missed or ())
    if not missed:
        return None
    order = {qid: position for qid, (_, position) in questions.items()}
    qid = min(missed, key=lambda q: (-missed[q], order.get(q, 1 << 30), q))
    prompt, position = questions.get(qid, (None, None))
    return MissedQuestion(qid, prompt, position, missed[qid], len(counted))
