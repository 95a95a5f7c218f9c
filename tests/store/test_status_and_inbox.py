"""Sync status for the engine and the CLI; notifications; cached leaderboard."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from desktop.protocol import PulledPage
from desktop.store import reads
from desktop.store.actions import learning, social
from desktop.store.db.learner_store import LearnerStore
from desktop.store.models import SyncState as SyncStateRow
from desktop.store.reads.course_view import lesson_body
from desktop.store.reads.inbox import leaderboard, notifications, unread_count
from desktop.store.replica.content import mark_available_offline
from desktop.store.replica.leaderboard import record_leaderboard_visibility, replace_leaderboard
from desktop.store.replica.outbox import Outbox
from desktop.store.replica.pulled import apply_page
from desktop.store.replica.sync_status import record_sync_result, scopes_to_pull, store_status
from tests.store.conftest import COURSE, LEARNER, LESSONS, T0

WHEN = datetime(2026, 11, 25, 8, 30, tzinfo=UTC)


def test_status_reports_outbox_cursors_and_last_sync_as_json(store: LearnerStore) -> None:
    learning.enroll(store, COURSE)
    learning.open_lesson(store, LESSONS[0])
    Outbox(store.db, store.user_id).mark_acknowledged(1)
    apply_page(store, PulledPage("catalogue", cursor="42::"))
    record_sync_result(store, at=WHEN)
    record_sync_result(store, error="offline")
    status = json.loads(json.dumps(store_status(store).to_json()))
    assert status["user_id"] == LEARNER
    assert (status["pending"], status["sent"], status["rejected"]) == (1, 1, 0)
    assert status["cursors"] == {"catalogue": "42::"}
    assert status["last_sync_at"] == "2026-11-25T08:30:00.000000Z"  # kept after a failure
    assert status["last_error"] == "offline"
    assert status["device_id"] == store.device_id


def test_the_last_failure_is_kept_as_its_code_and_data_never_a_sentence(
    store: LearnerStore,
) -> None:
    record_sync_result(store, error="server_busy", detail="Bad Gateway", status=502)
    status = store_status(store)
    assert (status.last_error, status.last_error_detail, status.last_error_status) == (
        "server_busy",
        "Bad Gateway",
        502,
    )
    assert json.loads(json.dumps(status.to_json()))["last_error_status"] == 502
    record_sync_result(store, error="offline")
    assert store.sync_state().last_error == "offline"  # a bare code without data
    status = store_status(store)
    assert (status.last_error, status.last_error_detail, status.last_error_status) == (
        "offline",
        None,
        None,
    )
    record_sync_result(store)
    assert store_status(store).last_error is None


def test_a_sentence_an_older_lantern_stored_is_read_as_it_is(store: LearnerStore) -> None:
    old = "The server can't be reached right now."
    with store.write() as session:
        state = session.get(SyncStateRow, 1)
        assert state is not None
        state.last_error = old
        session.add(state)
    assert (store_status(store).last_error, store_status(store).last_error_detail) == (old, None)
    with store.write() as session:
        state = session.get(SyncStateRow, 1)
        assert state is not None
        state.last_error = "{not json"
        session.add(state)
    assert store_status(store).last_error == "{not json"


def test_each_enrolled_or_downloaded_course_is_a_pull_scope(store: LearnerStore) -> None:
    assert scopes_to_pull(store) == ["catalogue", "learner"]
    learning.enroll(store, COURSE)
    mark_available_offline(store, "c-downloaded", content_updated_at=T0)
    assert scopes_to_pull(store) == [
        "catalogue",
        "learner",
        "course:c-downloaded",
        f"course:{COURSE}",
    ]
    learning.unenroll(store, COURSE)
    assert f"course:{COURSE}" not in scopes_to_pull(store)


def test_notifications_newest_first_and_read_marks_stick(store: LearnerStore) -> None:
    rows = [
        {
            "id": f"n{i}",
            "user_id": LEARNER,
            "type": "achievement",
            "title": f"Badge {i}",
            "message": "Well done",
            "data": {},
            "is_read": False,
            "created_at": f"2026-11-2{i}T10:00:00+00:00",
        }
        for i in range(1, 4)
    ]
    apply_page(store, PulledPage("learner", {"notifications": rows}))
    assert [n.id for n in notifications(store)] == ["n3", "n2", "n1"]
    social.mark_notification_read(store, "n2")
    social.mark_notification_read(store, "n2")  # already read: nothing more queued
    assert unread_count(store) == 2
    assert [op.kind for op in Outbox(store.db, store.user_id).pending()] == ["notification.read"]
    # A pull of the still-unread server row does not make it unread again.
    apply_page(store, PulledPage("learner", {"notifications": [rows[1]]}))
    assert [n.id for n in notifications(store, unread_only=True)] == ["n3", "n1"]


def test_leaderboard_is_cached_in_server_order(store: LearnerStore) -> None:
    # get_leaderboard's shape: no user ids, the caller's own row flagged.
    replace_leaderboard(
        store,
        [
            {
                "rank": 1,
                "username": "kofi",
                "avatar_url": None,
                "points": 90,
                "streak_days": 1,
                "is_self": False,
            },
            {
                "rank": 2,
                "username": "ama",
                "avatar_url": None,
                "points": 80,
                "streak_days": 3,
                "is_self": True,
            },
            {
                "rank": 2,
                "username": "efua",
                "avatar_url": None,
                "points": 80,
                "streak_days": 2,
                "is_self": False,
            },
        ],
    )
    assert [(e.rank, e.server_rank, e.username, e.is_self) for e in leaderboard(store)] == [
        (1, 1, "kofi", False),
        (2, 2, "ama", True),
        (3, 2, "efua", False),
    ]
    replace_leaderboard(
        store,
        [
            {
                "rank": 1,
                "username": "ama",
                "avatar_url": None,
                "points": 95,
                "streak_days": 4,
                "is_self": True,
            }
        ],
    )
    assert [(e.rank, e.username, e.points) for e in leaderboard(store)] == [(1, "ama", 95)]
    # Leaving the leaderboard drops the learner's own cached row at once.
    record_leaderboard_visibility(store, False)
    assert leaderboard(store) == []


def test_lesson_body_is_read_offline_when_downloaded(store: LearnerStore) -> None:
    assert lesson_body(store, LESSONS[0]) == "# Part 1"
    assert lesson_body(store, "not-downloaded") is None


def test_the_one_notifications_read_gives_all_of_this_learners_newest_first(
    store: LearnerStore,
) -> None:
    rows = [
        {
            "id": f"n{i:02d}",
            "user_id": LEARNER if i else "someone-else",
            "type": "achievement",
            "title": f"Badge {i}",
            "message": "Well done",
            "data": {},
            "is_read": i % 3 == 0,
            "created_at": f"2026-11-20T10:{i:02d}:00+00:00",
        }
        for i in range(60)
    ]
    apply_page(store, PulledPage("learner", {"notifications": rows}))
    newest_first = [f"n{i:02d}" for i in range(59, 0, -1)]
    assert [n.id for n in reads.notifications(store)] == newest_first
    assert reads.unread_count(store) == sum(1 for i in range(1, 60) if i % 3)
