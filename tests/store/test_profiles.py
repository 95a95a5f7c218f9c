"""Per-learner databases, the guest, the learner registry, device ids."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from sqlmodel import select

from desktop.store.actions import learning
from desktop.store.db.learner_store import LearnerStore
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.errors import ProfileError
from desktop.store.models import LessonProgress, OutboxRow
from desktop.store.replica.content import upsert_catalogue
from desktop.store.replica.outbox import Outbox
from tests.store.conftest import COURSE, LEARNER, LESSONS, OTHER_LEARNER, sample_content


def test_two_learners_on_one_laptop_have_separate_databases_and_outboxes(
    profiles: ProfileDirectory, store: LearnerStore
) -> None:
    learning.complete_lesson(store, LESSONS[0])
    other, _ = profiles.open_learner(OTHER_LEARNER)
    upsert_catalogue(other, sample_content())
    learning.record_time_spent(other, LESSONS[1], 30)
    assert other.db.path != store.db.path
    assert other.device_id != store.device_id
    mine = Outbox(store.db, store.user_id).pending()
    theirs = Outbox(other.db, other.user_id).pending()
    assert [op.kind for op in mine] == ["progress.complete"]
    assert [op.kind for op in theirs] == ["progress.time"]
    with other.db.read() as session:
        assert {r.user_id for r in session.exec(select(OutboxRow))} == {OTHER_LEARNER}
    other.close()


def test_a_database_refuses_to_open_for_another_learner(
    profiles: ProfileDirectory, store: LearnerStore
) -> None:
    with pytest.raises(ProfileError):
        LearnerStore(store.db, user_id=OTHER_LEARNER)


def test_guest_work_is_kept_but_never_offered_for_push(profiles: ProfileDirectory) -> None:
    guest, _ = profiles.open_guest()
    upsert_catalogue(guest, sample_content())
    learning.enroll(guest, COURSE)
    outbox = Outbox(guest.db, guest.user_id)
    assert outbox.pending() == []
    assert outbox.counts().pending == 1
    guest.close()


def test_registry_lists_learners_most_recent_first(profiles: ProfileDirectory) -> None:
    profiles.remember(
        LEARNER,
        "ama@example.org",
        "Ama",
        "http://127.0.0.1:54321",
        when=datetime(2026, 11, 1, tzinfo=UTC),
    )
    profiles.remember(
        OTHER_LEARNER,
        "kofi@example.org",
        "Kofi",
        "http://127.0.0.1:54321",
        when=datetime(2026, 11, 2, tzinfo=UTC),
    )
    profiles.remember(
        LEARNER,
        "ama@example.org",
        "Ama B.",
        "http://127.0.0.1:54321",
        when=datetime(2026, 11, 3, tzinfo=UTC),
    )
    known = ProfileDirectory(profiles.data_dir).known_learners()
    assert [(k.user_id, k.display_name) for k in known] == [
        (LEARNER, "Ama B."),
        (OTHER_LEARNER, "Kofi"),
    ]
    profiles.forget(LEARNER)
    assert [k.user_id for k in profiles.known_learners()] == [OTHER_LEARNER]


def test_user_ids_cannot_escape_the_data_directory(profiles: ProfileDirectory) -> None:
    with pytest.raises(ProfileError):
        profiles.learner_db_path("../../etc")


def test_a_broken_registry_is_reported(profiles: ProfileDirectory) -> None:
    profiles.data_dir.mkdir(parents=True)
    profiles.registry_path.write_text("{not json")
    with pytest.raises(ProfileError):
        profiles.known_learners()


def test_a_copied_database_gets_a_new_device_id_and_restarts_wire_seqs(
    store: LearnerStore,
) -> None:
    outbox = Outbox(store.db, store.user_id)
    learning.enroll(store, COURSE)
    learning.open_lesson(store, LESSONS[0])
    outbox.mark_acknowledged(outbox.pending()[0].seq)
    old = store.device_id
    new = store.regenerate_device_id()
    assert new != old
    assert store.sync_state().device_id == new
    learning.complete_lesson(store, LESSONS[0])
    assert [(op.seq, op.kind) for op in outbox.pending()] == [
        (1, "progress.open"),
        (2, "progress.complete"),
    ]
    assert store.stamp().endswith(new)


def test_a_server_ahead_of_this_database_means_it_is_a_copy(store: LearnerStore) -> None:
    outbox = Outbox(store.db, store.user_id)
    learning.enroll(store, COURSE)
    learning.open_lesson(store, LESSONS[0])
    assert outbox.highest_wire_seq() == 2
    assert not outbox.looks_copied(2)
    assert outbox.looks_copied(5)
    store.regenerate_device_id()
    assert outbox.highest_wire_seq() == 2  # both still pending: they become seq 1 and 2


def test_unsent_work_is_kept_when_the_database_file_is_damaged(
    profiles: ProfileDirectory, store: LearnerStore
) -> None:
    learning.enroll(store, COURSE)
    learning.record_time_spent(store, LESSONS[0], 300)
    learning.complete_lesson(store, LESSONS[0])
    path = store.db.path
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("create table filler (x blob)")  # its pages come last in the file
    conn.executemany("insert into filler values (?)", [(bytes(3000),)] * 40)
    conn.commit()
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    data = bytearray(path.read_bytes())
    for offset in range(len(data) - 20 * 4096, len(data), 4096):
        data[offset : offset + 64] = b"\xee" * 64  # break filler's page headers only
    path.write_bytes(bytes(data))

    reopened, recovery = profiles.open_learner(LEARNER)
    assert recovery is not None
    assert recovery.kept_unsent == 3
    assert [op.kind for op in Outbox(reopened.db, reopened.user_id).pending()] == [
        "enrollment.set",
        "progress.time",
        "progress.complete",
    ]
    with reopened.db.read() as session:
        progress = session.exec(select(LessonProgress)).one()
    assert (progress.time_spent_seconds, progress.completion_percentage) == (300, 100)
    reopened.close()
