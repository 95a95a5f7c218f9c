"""Local actions: each writes its change and its outbox row together, or neither."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from sqlmodel import select

from desktop.store.actions import learning, social
from desktop.store.db.learner_store import LearnerStore
from desktop.store.errors import InvalidAction, NotEnrolled, StoreWriteFailed
from desktop.store.models import Enrollment, LessonProgress, OutboxRow
from tests.store.conftest import COURSE, LEARNER, LESSONS, T0


def outbox_rows(store: LearnerStore) -> list[OutboxRow]:
    with store.db.read() as session:
        return list(session.exec(select(OutboxRow).order_by(OutboxRow.seq)))  # type: ignore[arg-type]


def progress(store: LearnerStore, lesson_id: str) -> LessonProgress | None:
    with store.db.read() as session:
        return session.exec(
            select(LessonProgress).where(LessonProgress.lesson_id == lesson_id)
        ).first()


def test_every_action_queues_one_op_of_its_kind_for_this_learner(store: LearnerStore) -> None:
    learning.enroll(store, COURSE)
    learning.open_lesson(store, LESSONS[0])
    learning.record_section_progress(store, LESSONS[0], {"intro": {"percent": 50}})
    learning.record_time_spent(store, LESSONS[0], 90)
    learning.complete_lesson(store, LESSONS[0])
    social.rate_course(store, COURSE, 4, "Clear")
    learning.unenroll(store, COURSE)
    rows = outbox_rows(store)
    assert [r.kind for r in rows] == [
        "enrollment.set",
        "progress.open",
        "progress.section",
        "progress.time",
        "progress.complete",
        "rating.set",
        "enrollment.set",
    ]
    assert {r.user_id for r in rows} == {LEARNER}
    assert [r.hlc for r in rows] == sorted(r.hlc for r in rows)
    assert len({r.op_id for r in rows}) == len(rows)
    assert rows[3].payload["seconds"] == 90
    assert rows[3].payload["lesson_id"] == LESSONS[0]


def test_unenrolling_keeps_the_enrollment_row_as_a_value(store: LearnerStore) -> None:
    learning.enroll(store, COURSE)
    learning.unenroll(store, COURSE)
    with store.db.read() as session:
        rows = list(session.exec(select(Enrollment)))
    assert [(r.course_id, r.status) for r in rows] == [(COURSE, "unenrolled")]


def test_progress_merges_completion_time_and_sections(store: LearnerStore) -> None:
    learning.record_section_progress(store, LESSONS[0], {"intro": {"percent": 80, "pos": 3}})
    learning.record_section_progress(
        store, LESSONS[0], {"intro": {"percent": 40, "pos": 7}}, lesson_percent=30
    )
    learning.record_time_spent(store, LESSONS[0], 60)
    learning.record_time_spent(store, LESSONS[0], 30)
    learning.complete_lesson(store, LESSONS[0], at=T0 + timedelta(hours=1))
    learning.complete_lesson(store, LESSONS[0], at=T0)
    row = progress(store, LESSONS[0])
    assert row is not None
    assert row.section_progress["intro"]["percent"] == 80  # highest percent kept
    assert row.section_progress["intro"]["pos"] == 7  # other fields: later write
    assert row.time_spent_seconds == 90
    assert row.server_time_spent_seconds == 0
    assert row.completion_percentage == 100
    assert row.completed_at == T0  # earliest


def test_failure_while_writing_the_outbox_leaves_no_local_change(store: LearnerStore) -> None:
    _fail_inserts_into(store, "outbox")
    with pytest.raises(StoreWriteFailed):
        learning.complete_lesson(store, LESSONS[0])
    assert progress(store, LESSONS[0]) is None
    assert outbox_rows(store) == []


def test_failure_while_writing_the_local_change_leaves_no_outbox_row(
    store: LearnerStore,
) -> None:
    _fail_inserts_into(store, "time_ledger")  # written after the progress row, before outbox
    with pytest.raises(StoreWriteFailed):
        learning.record_time_spent(store, LESSONS[0], 45)
    assert progress(store, LESSONS[0]) is None
    assert outbox_rows(store) == []
    _fail_inserts_into(store, "enrollments")
    with pytest.raises(StoreWriteFailed):
        learning.enroll(store, COURSE)
    assert outbox_rows(store) == []


def _fail_inserts_into(store: LearnerStore, table: str) -> None:
    """A real SQLite error mid-transaction (as a full disk would raise)."""
    conn = sqlite3.connect(store.db.path)
    conn.execute(
        f"create trigger fail_{table} before insert on {table} "
        "begin select raise(abort, 'disk full'); end"
    )
    conn.commit()
    conn.close()


def test_rating_needs_an_active_enrollment_and_a_star_count(store: LearnerStore) -> None:
    with pytest.raises(NotEnrolled):
        social.rate_course(store, COURSE, 5)
    learning.enroll(store, COURSE)
    with pytest.raises(InvalidAction):
        social.rate_course(store, COURSE, 6)
    first = social.rate_course(store, COURSE, 2)
    second = social.rate_course(store, COURSE, 5, "Better on second read")
    assert first.id == second.id
    assert second.rating == 5
    assert [r.kind for r in outbox_rows(store)] == ["enrollment.set", "rating.set", "rating.set"]


def test_out_of_range_values_are_refused_before_anything_is_written(
    store: LearnerStore,
) -> None:
    with pytest.raises(InvalidAction):
        learning.record_time_spent(store, LESSONS[0], 0)
    with pytest.raises(InvalidAction):
        learning.record_section_progress(store, LESSONS[0], {"a": {"percent": 101}})
    assert outbox_rows(store) == []


def test_completing_every_lesson_completes_the_enrollment(store: LearnerStore) -> None:
    learning.enroll(store, COURSE)
    for lesson in LESSONS:
        learning.complete_lesson(store, lesson, at=T0)
    with store.db.read() as session:
        enrollment = session.exec(select(Enrollment)).one()
    assert enrollment.progress_percentage == 100
    assert enrollment.completed_at == T0
