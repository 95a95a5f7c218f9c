"""The rows the app's screens read, one function per question a screen asks.

The UI turns these rows into its own view data (``desktop.ui.operations.reads``);
all local SQL stays here, behind the store (house style: one wrapper per
boundary).  Every function opens one read transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select

from desktop.store.db.learner_store import LearnerStore
from desktop.store.errors import NotFound
from desktop.store.models import (
    Achievement,
    Course,
    CourseDownload,
    Enrollment,
    LeaderboardEntry,
    Lesson,
    LessonProgress,
    OutboxRow,
    QuizAnswerKey,
    QuizAttempt,
    QuizQuestion,
    UserAchievement,
)
from desktop.store.models.local import SENT
from desktop.store.reads import inbox, pending_view
from desktop.store.reads.badges import visible_badges


def lessons_with_quiz(store: LearnerStore, course_id: str) -> set[str]:
    """Ids of the course's lessons that have at least one active question."""
    with store.db.read() as session:
        return set(
            session.exec(
                select(QuizQuestion.lesson_id)
                .join(Lesson, col(Lesson.id) == col(QuizQuestion.lesson_id))
                .where(Lesson.course_id == course_id, col(QuizQuestion.is_active))
            ).all()
        )


def course_download(store: LearnerStore, course_id: str) -> CourseDownload | None:
    with store.db.read() as session:
        return session.get(CourseDownload, course_id)


def lesson_with_progress(
    store: LearnerStore, lesson_id: str
) -> tuple[Lesson, LessonProgress | None]:
    """The lesson and this learner's progress on it; ``NotFound`` if not here."""
    with store.db.read() as session:
        lesson = session.get(Lesson, lesson_id)
        if lesson is None:
            raise NotFound(f"lesson {lesson_id} is not in the local store")
        progress = session.exec(
            select(LessonProgress).where(
                LessonProgress.user_id == store.owner, LessonProgress.lesson_id == lesson_id
            )
        ).first()
    return lesson, progress


def lesson_title(store: LearnerStore, lesson_id: str) -> str | None:
    with store.db.read() as session:
        lesson = session.get(Lesson, lesson_id)
    return lesson.title if lesson else None


def lesson_course_id(store: LearnerStore, lesson_id: str) -> str | None:
    with store.db.read() as session:
        lesson = session.get(Lesson, lesson_id)
    return lesson.course_id if lesson else None


def answer_keys(store: LearnerStore, versions: Iterable[tuple[str, int]]) -> dict[str, list[str]]:
    """Correct answers per question id for (question id, version) pairs; a
    question with no key here gets an empty list."""
    keys: dict[str, list[str]] = {}
    with store.db.read() as session:
        for question_id, version in versions:
            key = session.get(QuizAnswerKey, (question_id, version))
            keys[question_id] = [str(c) for c in (key.correct if key else [])]
    return keys


def explanations(store: LearnerStore, versions: Iterable[tuple[str, int]]) -> dict[str, str]:
    """Why the answer is right, per question id, for the keys downloaded here
    (practice quizzes) that give one."""
    found: dict[str, str] = {}
    with store.db.read() as session:
        for question_id, version in versions:
            key = session.get(QuizAnswerKey, (question_id, version))
            if key is not None and key.explanation:
                found[question_id] = key.explanation
    return found


def quiz_attempts(store: LearnerStore, lesson_id: str) -> list[QuizAttempt]:
    with store.db.read() as session:
        return list(
            session.exec(
                select(QuizAttempt).where(
                    QuizAttempt.user_id == store.owner, QuizAttempt.lesson_id == lesson_id
                )
            )
        )


@dataclass(frozen=True)
class Standing:
    """Badges the learner can earn or has earned (``badges.visible_badges``),
    with when they earned each, and the cached board."""

    achievements: list[Achievement]
    earned: dict[str, datetime]
    leaderboard: list[LeaderboardEntry]


def standing(store: LearnerStore) -> Standing:
    with store.db.read() as session:
        achievements = visible_badges(session, store.owner)
        earned = {
            u.achievement_id: u.earned_at
            for u in session.exec(
                select(UserAchievement).where(UserAchievement.user_id == store.owner)
            )
        }
        board = inbox.board_rows(session)
    return Standing(achievements, earned, board)


def courses_in_progress(store: LearnerStore) -> list[tuple[Enrollment, Course]]:
    """Active enrolments not yet at 100 %, with their course."""
    with store.db.read() as session:
        rows = session.exec(
            select(Enrollment, Course)
            .join(Course, col(Course.id) == col(Enrollment.course_id))
            .where(
                Enrollment.user_id == store.owner,
                Enrollment.status == "active",
                Enrollment.progress_percentage < 100,
            )
        ).all()
    return [(enrollment, course) for enrollment, course in rows]


def courses_completed(store: LearnerStore) -> list[tuple[Enrollment, Course]]:
    """Active enrolments at 100 %, with their course, the most recently completed first."""
    with store.db.read() as session:
        rows = session.exec(
            select(Enrollment, Course)
            .join(Course, col(Course.id) == col(Enrollment.course_id))
            .where(
                Enrollment.user_id == store.owner,
                Enrollment.status == "active",
                Enrollment.progress_percentage >= 100,
            )
        ).all()
    return sorted(
        ((e, c) for e, c in rows),
        key=lambda row: (
            row[0].completed_at is not None,
            row[0].completed_at or row[0].enrolled_at,
        ),
        reverse=True,
    )


def recently_sent(
    store: LearnerStore, limit: int
) -> list[tuple[OutboxRow, pending_view.ChangeWhat]]:
    """The ``limit`` most recently acknowledged changes, oldest first, each with
    what it did (:class:`~desktop.store.reads.pending_view.ChangeWhat`, the UI words it)."""
    owner = (
        col(OutboxRow.user_id) == store.user_id
        if store.user_id
        else col(OutboxRow.user_id).is_(None)
    )
    with store.db.read() as session:
        rows = session.exec(
            select(OutboxRow)
            .where(OutboxRow.state == SENT, owner)
            .order_by(col(OutboxRow.seq).desc())
            .limit(limit)
        ).all()
        return [(row, pending_view.describe(session, row)) for row in reversed(rows)]


@dataclass(frozen=True)
class CourseMark:
    """What a catalogue card shows of the learner's own enrolment."""

    completed: bool
    completed_at: datetime | None


def catalogue_marks(
    store: LearnerStore,
) -> tuple[dict[str, CourseDownload], dict[str, CourseMark]]:
    """Download rows by course id, and this learner's active enrolments by course id
    (whether each course is completed, and when).

    Both tables hold only this learner's few courses: reading them whole is
    cheaper than an IN over a catalogue page's ids.
    """
    with store.db.read() as session:
        downloads = {d.course_id: d for d in session.exec(select(CourseDownload))}
        enrolled = {
            e.course_id: CourseMark(e.progress_percentage >= 100, e.completed_at)
            for e in session.exec(
                select(Enrollment).where(
                    Enrollment.user_id == store.owner, Enrollment.status == "active"
                )
            )
        }
    return downloads, enrolled
