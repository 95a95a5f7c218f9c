"""The teaching scope's pages in the local store, and the Class view's rules.

No server here: pages are built as ``sync_pull`` sends them (the end-to-end
path is tests/sync/test_class_sync.py).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlmodel import select

from desktop.protocol import MalformedReply, PulledPage, Tombstone
from desktop.store.db.learner_store import LearnerStore
from desktop.store.models import ClassAttempt, ClassMember, ClassProgress, SyncCursor
from desktop.store.reads import class_view
from desktop.store.reads.class_view import FAILED_QUIZ, INACTIVE, INACTIVE_DAYS
from desktop.store.replica import apply_page, reset_scope
from desktop.store.replica.content import upsert_catalogue
from tests.store.conftest import (
    COURSE,
    LESSONS,
    OTHER_LEARNER,
    Q_MULTI,
    Q_SINGLE,
    QUIZ_LESSON,
    T0,
    sample_content,
)

SCOPE = f"teaching:{COURSE}"
ADA = "aaaaaaaa-0000-4000-8000-000000000001"
BO = "bbbbbbbb-0000-4000-8000-000000000002"


def member(user: str, name: str | None, status: str = "active", **extra: Any) -> dict[str, Any]:
    return {
        "id": f"e{user[1:]}",
        "user_id": user,
        "course_id": COURSE,
        "status": status,
        "enrolled_at": (T0 - timedelta(days=30)).isoformat(),
        "completed_at": None,
        "progress_percentage": 0,
        "hlc": None,
        "learner_username": name and name.lower(),
        "learner_full_name": name,
        "learner_avatar_url": None,
        **extra,
    }


def progress(user: str, lesson: str, percent: int, *, days_ago: int = 0) -> dict[str, Any]:
    seen = (T0 - timedelta(days=days_ago)).isoformat()
    return {
        "id": f"p{user[1:8]}-{lesson[-4:]}",
        "user_id": user,
        "lesson_id": lesson,
        "course_id": COURSE,
        "completion_percentage": percent,
        "time_spent_seconds": 60 * percent,
        "completed_at": seen if percent == 100 else None,
        "last_accessed": seen,
        "section_progress": {},
        "created_at": seen,
        "updated_at": seen,
    }


def attempt(
    user: str, number: int, score: int | None, missed: list[str] | None, days_ago: int = 1
) -> dict[str, Any]:
    return {
        "id": f"a{user[1:8]}-{number}",
        "user_id": user,
        "lesson_id": QUIZ_LESSON,
        "score": score,
        "max_score": 4,
        "answers": {"secret": "stays on the server"},
        "time_taken_seconds": 30,
        "is_passed": None if score is None else score / 4 >= 0.7,
        "completed_at": (T0 - timedelta(days=days_ago)).isoformat(),
        "graded_at": T0.isoformat(),
        "counted": score is not None,
        "attempt_number": number,
        "not_counted_reason": None if score is not None else "quiz_closed",
        "missed_questions": missed,
    }


def page(cursor: str = "c1", tombstones: tuple[Tombstone, ...] = (), **changes: Any) -> PulledPage:
    return PulledPage(scope=SCOPE, changes=changes, tombstones=tombstones, cursor=cursor)


def class_of_two(store: LearnerStore) -> None:
    """Ada completed part 1 and failed the assessed quiz twice; Bo passed it
    and has not studied for 9 days."""
    upsert_catalogue(store, sample_content(quiz_mode="assessed"))
    apply_page(
        store,
        page(
            enrollments=[member(ADA, "Ada"), member(BO, "Bo")],
            lesson_progress=[
                progress(ADA, LESSONS[0], 100),
                progress(BO, LESSONS[0], 40, days_ago=9),
            ],
            quiz_attempts=[
                attempt(ADA, 1, 1, [Q_MULTI, Q_SINGLE]),
                attempt(ADA, 2, 2, [Q_MULTI]),
                attempt(BO, 1, 4, [], days_ago=10),
            ],
        ),
    )


def test_a_page_lands_in_the_class_tables_with_its_cursor_and_no_answers(
    store: LearnerStore,
) -> None:
    class_of_two(store)
    with store.db.read() as session:
        members = {m.user_id: m for m in session.exec(select(ClassMember))}
        assert members[ADA].full_name == "Ada"
        assert members[ADA].username == "ada"
        assert len(session.exec(select(ClassProgress)).all()) == 2
        attempts = session.exec(select(ClassAttempt)).all()
        assert {a.course_id for a in attempts} == {COURSE}
        assert not hasattr(attempts[0], "answers")
        cursor = session.get(SyncCursor, SCOPE)
        assert cursor is not None
        assert cursor.cursor == "c1"


def test_the_view_follows_the_servers_rules_and_names_who_needs_help(store: LearnerStore) -> None:
    class_of_two(store)
    view = class_view(store, COURSE, now=T0)
    assert [learner.name for learner in view.learners] == ["Ada", "Bo"]
    ada, bo = view.learners
    assert ada.lessons_completed == 1
    assert ada.points == 10  # a lesson completed; no quiz passed
    assert [(r.code, r.lesson_id) for r in ada.help] == [(FAILED_QUIZ, QUIZ_LESSON)]
    quiz = ada.cells[1].quiz
    assert quiz is not None
    assert (quiz.attempts, quiz.score, quiz.passed, quiz.failed) == (2, 2, False, 2)
    assert bo.points == 20  # the quiz passed
    assert [(r.code, r.days) for r in bo.help] == [(INACTIVE, 9)]
    summary = view.lessons[1]
    assert (summary.attempted, summary.passed, summary.average_score) == (2, 1, 75.0)
    assert summary.most_missed is not None
    assert (summary.most_missed.prompt, summary.most_missed.missed) == ("Equal to a half?", 2)
    assert view.lessons[0].completed == 1
    assert view.lessons[0].average_completion == 70.0


def test_inactivity_counts_from_enrolling_and_stops_at_completion(store: LearnerStore) -> None:
    apply_page(
        store,
        page(
            enrollments=[
                member(ADA, "Ada"),
                member(BO, "Bo", completed_at=(T0 - timedelta(days=20)).isoformat()),
            ]
        ),
    )
    ada, bo = class_view(store, COURSE, now=T0).learners
    assert [(r.code, r.days) for r in ada.help] == [(INACTIVE, 30)]
    assert bo.help == ()
    fresh = class_view(store, COURSE, now=T0 - timedelta(days=30 - INACTIVE_DAYS + 1))
    assert fresh.learners[0].help == ()


def test_tombstones_drop_a_learner_a_row_and_a_lessons_rows(store: LearnerStore) -> None:
    class_of_two(store)
    apply_page(
        store,
        page(
            "c2",
            tombstones=(
                Tombstone("enrollments", f"e{BO[1:]}", {"id": f"e{BO[1:]}"}),
                Tombstone("lessons", QUIZ_LESSON),
            ),
        ),
    )
    view = class_view(store, COURSE, now=T0)
    assert [learner.name for learner in view.learners] == ["Ada"]
    with store.db.read() as session:
        assert session.exec(select(ClassAttempt)).all() == []
        assert len(session.exec(select(ClassProgress)).all()) == 2


def test_a_learner_who_left_is_counted_not_shown(store: LearnerStore) -> None:
    class_of_two(store)
    apply_page(store, page("c2", enrollments=[member(BO, None, status="unenrolled")]))
    view = class_view(store, COURSE, now=T0)
    assert [learner.name for learner in view.learners] == ["Ada"]
    assert view.left == 1


@pytest.mark.parametrize(
    ("changes", "tombstones", "says"),
    [
        ({"profiles": [{"id": OTHER_LEARNER}]}, (), "other tables"),
        (
            {"lesson_progress": [{**progress(ADA, LESSONS[0], 10), "course_id": "x"}]},
            (),
            "another course",
        ),
        ({"enrollments": [{**member(ADA, "Ada"), "course_id": "x"}]}, (), "another course"),
        ({"enrollments": [{**member(ADA, "Ada"), "enrolled_at": None}]}, (), "enrolled_at"),
        ({}, (Tombstone("courses", COURSE),), "another table"),
    ],
)
def test_a_broken_page_is_refused_whole(
    store: LearnerStore,
    changes: dict[str, Any],
    tombstones: tuple[Tombstone, ...],
    says: str,
) -> None:
    class_of_two(store)
    before = class_view(store, COURSE, now=T0)
    with pytest.raises(MalformedReply, match=says):
        apply_page(store, page("c9", tombstones, **changes))
    assert class_view(store, COURSE, now=T0) == before
    with store.db.read() as session:
        cursor = session.get(SyncCursor, SCOPE)
        assert cursor is not None
        assert cursor.cursor == "c1"


def test_reset_required_drops_the_class_and_its_cursor(store: LearnerStore) -> None:
    class_of_two(store)
    reset_scope(store, SCOPE)
    view = class_view(store, COURSE, now=T0)
    assert view.learners == ()
    assert view.as_of is None
