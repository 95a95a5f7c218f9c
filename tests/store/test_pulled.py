"""Applying pulled pages: rows and cursor together, pending ops re-applied on top."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlmodel import select

from desktop.protocol import MalformedReply, PulledPage, Tombstone
from desktop.store.actions import learning
from desktop.store.db.learner_store import LearnerStore
from desktop.store.errors import StoreWriteFailed
from desktop.store.models import (
    Achievement,
    Course,
    Enrollment,
    Lesson,
    LessonProgress,
    QuizAnswerKey,
    QuizQuestion,
    QuizQuestionVersion,
)
from desktop.store.replica.content import download_state, mark_available_offline
from desktop.store.replica.outbox import Outbox
from desktop.store.replica.pulled import apply_page, cursor_of
from desktop.store.replica.resync import forget_course, reset_scope
from desktop.store.replica.upsert import InvalidRow
from tests.store.conftest import COURSE, LEARNER, LESSONS, QUIZ_LESSON

NOW = "2026-11-21T10:00:00+00:00"


def server_progress(lesson_id: str, **changes: Any) -> dict[str, Any]:
    row = {
        "id": "srv-" + lesson_id[-4:],
        "user_id": LEARNER,
        "lesson_id": lesson_id,
        "course_id": COURSE,
        "completion_percentage": 0,
        "time_spent_seconds": 0,
        "completed_at": None,
        "last_accessed": NOW,
        "section_progress": {},
        "created_at": NOW,
        "updated_at": NOW,
    }
    row.update(changes)
    return row


def shown(store: LearnerStore, lesson_id: str) -> LessonProgress:
    with store.db.read() as session:
        return session.exec(
            select(LessonProgress).where(LessonProgress.lesson_id == lesson_id)
        ).one()


def test_pending_ops_are_reapplied_so_progress_never_goes_backwards(
    store: LearnerStore,
) -> None:
    learning.record_time_spent(store, LESSONS[0], 120)
    learning.complete_lesson(store, LESSONS[0])
    page = PulledPage(
        "learner",
        {
            "lesson_progress": [
                server_progress(LESSONS[0], time_spent_seconds=600, completion_percentage=40)
            ]
        },
        cursor="7",
    )
    applied = apply_page(store, page)
    row = shown(store, LESSONS[0])
    assert row.id == "srv-" + LESSONS[0][-4:]  # the server's row replaced the local twin
    assert row.server_time_spent_seconds == 600
    assert row.time_spent_seconds == 720  # server total + the unsent increment
    assert row.completion_percentage == 100
    assert applied.reapplied == 2
    assert cursor_of(store, "learner") == "7"


def test_acknowledged_time_moves_into_the_server_total_without_changing_the_shown_total(
    store: LearnerStore,
) -> None:
    apply_page(
        store,
        PulledPage(
            "learner", {"lesson_progress": [server_progress(LESSONS[0], time_spent_seconds=300)]}
        ),
    )
    learning.record_time_spent(store, LESSONS[0], 60)
    outbox = Outbox(store.db, store.user_id)
    [op] = outbox.pending()
    assert outbox.mark_acknowledged(op.seq) == 1
    row = shown(store, LESSONS[0])
    assert (row.server_time_spent_seconds, row.time_spent_seconds) == (360, 360)
    # The next pull brings the server's total, which now includes the increment.
    apply_page(
        store,
        PulledPage(
            "learner", {"lesson_progress": [server_progress(LESSONS[0], time_spent_seconds=360)]}
        ),
    )
    assert shown(store, LESSONS[0]).time_spent_seconds == 360


def test_a_later_server_enrollment_beats_an_older_local_one(store: LearnerStore) -> None:
    learning.enroll(store, COURSE)
    local_hlc = store.clock.last.encode()
    later = f"{store.clock.last.wall_ms + 5000:013d}-000000-other-device"
    row = {
        "id": "srv-enr",
        "user_id": LEARNER,
        "course_id": COURSE,
        "enrolled_at": NOW,
        "progress_percentage": 0,
        "status": "unenrolled",
        "hlc": later,
    }
    apply_page(store, PulledPage("learner", {"enrollments": [row]}))
    with store.db.read() as session:
        enrollment = session.exec(select(Enrollment)).one()
    assert (enrollment.status, enrollment.hlc) == ("unenrolled", later)
    assert store.stamp() > later > local_hlc  # the clock moved past what it saw


def test_a_failing_page_saves_neither_rows_nor_cursor(store: LearnerStore) -> None:
    apply_page(store, PulledPage("catalogue", cursor="1"))
    good = {"id": "c-new", "title": "New", "created_at": NOW, "updated_at": NOW}
    broken = {
        "id": "l-new",
        "course_id": "c-new",
        "title": "Broken",
        "component_path": "x",
        "order_index": None,
        "created_at": NOW,
        "updated_at": NOW,
    }
    with pytest.raises((InvalidRow, StoreWriteFailed)):
        apply_page(
            store, PulledPage("catalogue", {"courses": [good], "lessons": [broken]}, cursor="2")
        )
    with store.db.read() as session:
        assert session.get(Course, "c-new") is None
    assert cursor_of(store, "catalogue") == "1"


def test_tombstones_delete_rows_and_their_children(store: LearnerStore) -> None:
    applied = apply_page(
        store, PulledPage("catalogue", tombstones=[Tombstone("courses", COURSE)], cursor="9")
    )
    assert applied.deleted == 1
    with store.db.read() as session:
        assert session.exec(select(Lesson)).all() == []


def test_rows_of_unknown_tables_are_refused(store: LearnerStore) -> None:
    with pytest.raises(MalformedReply):
        apply_page(store, PulledPage("learner", {"secrets": [{"id": "x"}]}))


def test_a_wire_reply_becomes_a_page_and_applies(store: LearnerStore) -> None:
    reply = {
        "changes": [
            {
                "table": "lessons",
                "row": {
                    "id": "l-9",
                    "course_id": COURSE,
                    "title": "Extra",
                    "component_path": "extra",
                    "order_index": 9,
                    "created_at": NOW,
                    "updated_at": NOW,
                    "row_txid": "123",
                },
            }
        ],
        "tombstones": [
            {"table": "lessons", "id": LESSONS[2], "pk": {"id": LESSONS[2]}},
            {
                "table": "quiz_answer_keys",
                "id": "q/0000000001",
                "pk": {"question_id": "q", "version": 1},
            },
        ],
        "next_cursor": "900::",
        "has_more": False,
        "reset_required": False,
    }
    page = PulledPage.from_wire(f"course:{COURSE}", reply)
    assert page.cursor == "900::"
    assert len(page.tombstones) == 2
    applied = apply_page(store, page)
    assert (applied.rows, applied.deleted) == (1, 1)
    with store.db.read() as session:
        assert session.get(Lesson, LESSONS[2]) is None
        assert session.get(Lesson, "l-9") is not None


@pytest.mark.parametrize(
    "reply",
    [
        [],
        {"changes": "nope"},
        {"changes": [{"row": {}}]},
        {"changes": [{"table": "lessons"}]},
        {"tombstones": [{"table": "lessons"}]},
        {"next_cursor": 5},
        {"has_more": "yes"},
        {"tombstones": [{"table": "lessons", "id": "x", "pk": [1]}]},
    ],
)
def test_malformed_pull_replies_are_refused_with_a_reason(reply: Any) -> None:
    with pytest.raises(MalformedReply):
        PulledPage.from_wire("catalogue", reply)


def test_a_course_unpublished_and_republished_in_one_page_stays(store: LearnerStore) -> None:
    row = {
        "id": COURSE,
        "title": "Fractions again",
        "is_published": True,
        "created_at": NOW,
        "updated_at": NOW,
    }
    apply_page(
        store,
        PulledPage("catalogue", {"courses": [row]}, tombstones=[Tombstone("courses", COURSE)]),
    )
    with store.db.read() as session:
        course = session.get(Course, COURSE)
    assert course is not None
    assert course.title == "Fractions again"


def test_learner_reset_drops_stale_rows_but_keeps_unsent_work(store: LearnerStore) -> None:
    apply_page(
        store,
        PulledPage(
            "learner",
            {
                "lesson_progress": [
                    server_progress(LESSONS[0], time_spent_seconds=500),
                    server_progress(LESSONS[1], completion_percentage=100),
                ]
            },
            cursor="50",
        ),
    )
    learning.record_time_spent(store, LESSONS[0], 40)
    reset_scope(store, "learner")
    assert cursor_of(store, "learner") is None
    with store.db.read() as session:
        rows = list(session.exec(select(LessonProgress)))
    # LESSONS[1]'s row went (the server may have deleted it); unsent time stayed.
    assert [(r.lesson_id, r.time_spent_seconds) for r in rows] == [(LESSONS[0], 40)]
    apply_page(
        store,
        PulledPage(
            "learner",
            {"lesson_progress": [server_progress(LESSONS[0], time_spent_seconds=500)]},
            cursor="60",
        ),
    )
    assert shown(store, LESSONS[0]).time_spent_seconds == 540


def test_course_reset_drops_its_lessons_for_a_fresh_pull(store: LearnerStore) -> None:
    reset_scope(store, f"course:{COURSE}")
    with store.db.read() as session:
        assert session.exec(select(Lesson)).all() == []
        assert session.get(Course, COURSE) is not None


def test_a_second_pull_of_a_known_row_still_adds_unsent_time(store: LearnerStore) -> None:
    apply_page(
        store,
        PulledPage(
            "learner",
            {"lesson_progress": [server_progress(LESSONS[0], time_spent_seconds=100)]},
            cursor="1",
        ),
    )
    learning.record_time_spent(store, LESSONS[0], 30)
    assert shown(store, LESSONS[0]).time_spent_seconds == 130
    apply_page(
        store,
        PulledPage(
            "learner",
            {
                "lesson_progress": [
                    server_progress(LESSONS[0], time_spent_seconds=200, completion_percentage=50)
                ]
            },
            cursor="2",
        ),
    )
    row = shown(store, LESSONS[0])
    assert (row.server_time_spent_seconds, row.time_spent_seconds) == (200, 230)
    assert row.completion_percentage == 50


def test_rows_without_a_cursor_leave_the_cursor_alone(store: LearnerStore) -> None:
    apply_page(store, PulledPage("learner", cursor="5"))
    apply_page(store, PulledPage("learner", {"lesson_progress": [server_progress(LESSONS[0])]}))
    assert cursor_of(store, "learner") == "5"


def test_a_lesson_tombstone_takes_its_questions_versions_and_keys(store: LearnerStore) -> None:
    apply_page(
        store, PulledPage(f"course:{COURSE}", tombstones=[Tombstone("lessons", QUIZ_LESSON)])
    )
    with store.db.read() as session:
        for model in (QuizQuestion, QuizQuestionVersion, QuizAnswerKey):
            assert session.exec(select(model)).all() == [], model.__name__


def test_catalogue_reset_keeps_only_courses_the_learner_studies(store: LearnerStore) -> None:
    apply_page(
        store,
        PulledPage(
            "catalogue",
            {
                "courses": [
                    {"id": "c-other", "title": "Other", "created_at": NOW, "updated_at": NOW}
                ],
                "achievements": [
                    {"id": "a1", "title": "Star", "icon": "star", "criteria": {}, "created_at": NOW}
                ],
            },
            cursor="3",
        ),
    )
    learning.enroll(store, COURSE)
    reset_scope(store, "catalogue")
    with store.db.read() as session:
        assert [c.id for c in session.exec(select(Course))] == [COURSE]
        assert session.exec(select(Achievement)).all() == []
        assert len(session.exec(select(Lesson)).all()) == 3


def test_forgetting_a_course_drops_its_content_and_cursor(store: LearnerStore) -> None:
    mark_available_offline(store, COURSE, content_updated_at=datetime(2026, 1, 1, tzinfo=UTC))
    apply_page(store, PulledPage(f"course:{COURSE}", cursor="8"))
    forget_course(store, COURSE)
    assert cursor_of(store, f"course:{COURSE}") is None
    assert download_state(store, COURSE).state == "not_downloaded"
    with store.db.read() as session:
        assert session.exec(select(Lesson)).all() == []
        assert session.get(Course, COURSE) is not None


def test_an_applied_page_says_which_tables_it_wrote(store: LearnerStore) -> None:
    note = {
        "id": "n-1",
        "user_id": LEARNER,
        "type": "announcement",
        "title": "Class moved",
        "message": "Room 4 today.",
        "data": {},
        "is_read": False,
        "created_at": "2026-11-20T10:00:00+00:00",
    }
    page = PulledPage("learner", {"notifications": [note], "enrollments": []}, cursor="c1")
    assert apply_page(store, page).tables == {"notifications"}
    gone = PulledPage("learner", tombstones=[Tombstone("notifications", "n-1")], cursor="c2")
    assert apply_page(store, gone).tables == {"notifications"}
    assert apply_page(store, PulledPage("learner", cursor="c3")).tables == frozenset()
