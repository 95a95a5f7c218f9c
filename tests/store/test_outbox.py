"""Outbox API the sync engine and the Pending changes view use."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlmodel import select

from desktop.protocol import MalformedReply, parse_push_reply
from desktop.store.actions import learning, quizzes, social
from desktop.store.db.learner_store import LearnerStore
from desktop.store.models import Enrollment, OutboxRow
from desktop.store.reads.pending_view import ChangeWhat, LessonRef, describe, pending_changes
from desktop.store.replica.outbox import Outbox
from desktop.store.replica.pulled import cursor_of
from tests.store.conftest import COURSE, LESSONS, Q_SINGLE, QUIZ_LESSON


def test_pending_batches_respect_count_and_size_limits(store: LearnerStore) -> None:
    for _ in range(5):
        learning.record_time_spent(store, LESSONS[0], 10)
    outbox = Outbox(store.db, store.user_id)
    assert [op.seq for op in outbox.pending(limit=3)] == [1, 2, 3]
    one_size = len(json.dumps(outbox.pending(limit=1)[0].wire()))
    assert len(outbox.pending(max_bytes=2 * one_size + 5)) == 2
    assert len(outbox.pending(max_bytes=1)) == 1  # one op always goes, however large
    wire = outbox.pending()[0].wire()
    assert set(wire) == {"seq", "op_id", "kind", "hlc", "payload"}


def test_batch_size_is_counted_as_the_wire_json_of_each_op(store: LearnerStore) -> None:
    # The size comes from the stored payload text, not from encoding each op
    # again; it must still be what the request will carry, accents included.
    learning.enroll(store, COURSE)
    social.rate_course(store, COURSE, 4, "Très bien, ¡gracias! 学习")
    learning.complete_lesson(store, LESSONS[1])
    outbox = Outbox(store.db, store.user_id)
    ops = outbox.pending()
    sizes = [len(json.dumps(op.wire())) for op in ops]
    assert len(ops) == 3
    assert len(outbox.pending(max_bytes=sum(sizes))) == 3
    assert len(outbox.pending(max_bytes=sum(sizes) - 1)) == 2
    assert len(outbox.pending(max_bytes=sizes[0] + sizes[1])) == 2
    assert len(outbox.pending(max_bytes=sizes[0] + sizes[1] - 1)) == 1


def test_acknowledged_ops_leave_the_queue_and_are_never_offered_again(
    store: LearnerStore,
) -> None:
    for lesson in LESSONS:
        learning.open_lesson(store, lesson)
    outbox = Outbox(store.db, store.user_id)
    assert outbox.mark_acknowledged(2) == 2
    assert [op.seq for op in outbox.pending()] == [3]
    assert outbox.mark_acknowledged(2) == 0  # a replayed ack changes nothing
    counts = outbox.counts()
    assert (counts.pending, counts.sent, counts.rejected) == (1, 2, 0)
    assert store.sync_state().last_seq_acknowledged == 2


def test_a_rejected_op_is_kept_with_its_reason_and_not_retried(store: LearnerStore) -> None:
    learning.enroll(store, COURSE)
    learning.record_time_spent(store, LESSONS[0], 50)
    outbox = Outbox(store.db, store.user_id)
    outbox.mark_rejected(1, "course is no longer published")
    outbox.mark_rejected(2, "lesson removed")
    assert outbox.pending() == []
    changes = pending_changes(store)
    assert [(c.state, c.reason) for c in changes] == [
        ("rejected", "course is no longer published"),
        ("rejected", "lesson removed"),
    ]
    assert cursor_of(store, "learner") is None  # learner rows will be pulled again
    from tests.store.test_pulled import shown

    assert shown(store, LESSONS[0]).time_spent_seconds == 0  # the refused time is gone


def test_failed_pushes_are_counted_on_the_pending_ops(store: LearnerStore) -> None:
    learning.open_lesson(store, LESSONS[0])
    outbox = Outbox(store.db, store.user_id)
    outbox.record_failure("connection refused")
    outbox.record_failure("connection refused")
    [change] = pending_changes(store)
    assert change.reason == "connection refused"


def test_pending_changes_say_what_each_op_did_as_data(store: LearnerStore) -> None:
    learning.enroll(store, COURSE)
    learning.open_lesson(store, LESSONS[0])
    learning.complete_lesson(store, LESSONS[0])
    learning.record_time_spent(store, LESSONS[0], 300)
    quizzes.submit_quiz_attempt(store, QUIZ_LESSON, {Q_SINGLE: {"version": 1, "answer": "a"}})
    social.rate_course(store, COURSE, 5)
    learning.unenroll(store, COURSE)
    course, part_1, part_2 = "Fractions for Farmers", LessonRef(1, "Part 1"), LessonRef(2, "Part 2")
    assert [c.what for c in pending_changes(store)] == [
        ChangeWhat("enrollment.set", course_title=course),
        ChangeWhat("progress.open", part_1, course_title=course),
        ChangeWhat("progress.complete", part_1, course_title=course),
        ChangeWhat("progress.time", part_1, course_title=course, seconds=300),
        ChangeWhat("quiz.submit", part_2),
        ChangeWhat("rating.set", course_title=course, rating=5),
        ChangeWhat("enrollment.set", course_title=course, enrolled=False),
    ]


UNSENT: dict[str, Any] = {"hlc": "0", "created_at": datetime.now(UTC), "target": "me"}


def test_a_pending_change_of_a_lesson_or_course_not_here_names_none(
    store: LearnerStore,
) -> None:
    section = {"lesson_id": "gone", "course_id": "gone", "sections": {}, "lesson_percent": 40}
    with store.db.read() as session:
        row = OutboxRow(op_id="o1", kind="progress.section", payload=section, **UNSENT)
        assert describe(session, row) == ChangeWhat("progress.section", percent=40)
        read = OutboxRow(
            op_id="o2", kind="notification.read", payload={"notification_id": "n"}, **UNSENT
        )
        assert describe(session, read) == ChangeWhat("notification.read")


def test_a_push_reply_rejects_then_acknowledges_in_one_go(store: LearnerStore) -> None:
    learning.enroll(store, COURSE)
    learning.open_lesson(store, LESSONS[0])
    learning.record_time_spent(store, LESSONS[0], 20)
    outbox = Outbox(store.db, store.user_id)
    ops = outbox.pending()
    reply = {
        "last_seq": 3,
        "results": [
            {
                "seq": 1,
                "op_id": ops[0].op_id,
                "status": "rejected",
                "reason": "course not open for enrollment",
                "code": "42501",
            },
            {"seq": 2, "op_id": ops[1].op_id, "status": "applied", "data": {}},
            {"seq": 3, "op_id": ops[2].op_id, "status": "duplicate"},
        ],
    }
    outcome = outbox.record_push(parse_push_reply(reply))
    assert (outcome.last_seq, outcome.acknowledged, outcome.rejected) == (3, 2, 1)
    assert outbox.pending() == []
    counts = outbox.counts()
    assert (counts.sent, counts.rejected) == (2, 1)
    with store.db.read() as session:
        # The refused enrollment is undone locally; the next pull restores the rest.
        assert session.exec(select(Enrollment)).all() == []


@pytest.mark.parametrize(
    ("reply", "named"),
    [
        (None, "not an object"),
        ({}, "last_seq"),
        ({"last_seq": "3"}, "last_seq"),
        ({"last_seq": True}, "last_seq"),  # JSON true is no seq (Python's bool is an int)
        ({"last_seq": -4}, "last_seq"),
        ({"last_seq": 1, "results": {}}, "results"),
        ({"last_seq": 1, "results": [{"status": "rejected"}]}, "results[0].seq"),
        ({"last_seq": 1, "results": [{"seq": True, "status": "rejected"}]}, "results[0].seq"),
        ({"last_seq": 1, "results": [{"seq": 1, "status": "exploded"}]}, "results[0].status"),
        ({"last_seq": 1, "results": [{"seq": 1, "status": "rejected", "reason": 5}]}, "reason"),
    ],
)
def test_a_malformed_push_reply_names_its_field_and_changes_nothing(
    store: LearnerStore, reply: object, named: str
) -> None:
    learning.open_lesson(store, LESSONS[0])
    outbox = Outbox(store.db, store.user_id)
    with pytest.raises(MalformedReply, match=re.escape(named)):
        outbox.record_push(parse_push_reply(reply))
    assert len(outbox.pending()) == 1
