"""Work that travels without internet, end to end (issue #17).

A learner's laptop saves its waiting work to a file while offline; another
account (the teacher's laptop) delivers it through the devserver and the
unmodified SDK; the server applies it once as the learner's; the learner's
laptop, syncing later, settles those changes with the server's answers and
sends nothing twice.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from desktop.protocol import work
from desktop.protocol.ops import TimeSpent
from desktop.store.actions import learning, quizzes
from desktop.store.columns import utc_now
from desktop.store.db.learner_store import new_id
from desktop.store.models import LessonProgress, SavedWorkChunk
from desktop.store.replica import (
    NotReadyToSave,
    read_saved_work,
    save_work,
    write_saved_work,
)
from desktop.store.replica.outbox import Outbox
from desktop.sync.delivery import deliver
from desktop.sync.engine import CycleReport, SyncEngine
from devserver.server import DevServer
from tests.fixtures.learners import (
    FUNCTIONS_LESSON,
    HELLO_LESSON,
    PYTHON_COURSE,
    VARIABLES_LESSON,
    Learner,
)
from tests.helpers.profiles import examples


def server_time(devserver: DevServer, learner: Learner, lesson: str) -> int | None:
    with psycopg.connect(devserver.db_url) as conn:
        row = conn.execute(
            "select time_spent_seconds from public.lesson_progress "
            "where user_id = %s and lesson_id = %s",
            (learner.user_id, lesson),
        ).fetchone()
    return None if row is None else int(row[0])


def local_time(learner: Learner, lesson: str) -> int:
    with learner.store.db.read() as session:
        row = session.exec(select(LessonProgress).where(LessonProgress.lesson_id == lesson)).first()
        return 0 if row is None else int(row.time_spent_seconds)


def pending(learner: Learner) -> int:
    return Outbox(learner.store.db, learner.user_id).counts().pending


def enrolled(learner: Learner) -> SyncEngine:
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()  # the catalogue, and the device's key registered
    learning.enroll(learner.store, PYTHON_COURSE)
    engine.run_cycle()
    return engine


def save(learner: Learner, devserver: DevServer, path: Path) -> work.SavedWork:
    saved = save_work(
        learner.store.db,
        server_url=devserver.url,
        learner_name="Ada",
        now=datetime.now(UTC),
    )
    write_saved_work(path, saved)
    return read_saved_work(path)


def delivered_by(teacher: Learner, works: list[work.SavedWork]) -> list[Any]:
    engine = SyncEngine(teacher.store, teacher.auth)
    return deliver(engine, CycleReport(), works)


def test_saved_work_is_applied_once_and_the_laptop_sends_nothing_twice(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer, tmp_path: Path
) -> None:
    ada, teacher = new_learner(), new_learner()
    engine = enrolled(ada)
    healthy_devserver.set_offline(True)  # days without internet at the school
    learning.record_time_spent(ada.store, HELLO_LESSON, 120)
    learning.complete_lesson(ada.store, HELLO_LESSON)
    learning.record_time_spent(ada.store, VARIABLES_LESSON, 45)  # a paid lesson: she is enrolled
    saved = save(ada, healthy_devserver, tmp_path / "ada.lantern-work")
    assert saved.ops == 3
    assert (tmp_path / "ada.lantern-work").stat().st_mode & 0o077 == 0
    assert pending(ada) == 3  # still waiting: the file may never arrive

    healthy_devserver.set_offline(False)  # the teacher's laptop reaches the internet
    (outcome,) = delivered_by(teacher, [saved])
    # checked as Ada's own push: the teacher, not enrolled, is not who reads the lesson
    assert (outcome.refusal, outcome.applied, outcome.rejected) == (None, 3, [])
    assert server_time(healthy_devserver, ada, HELLO_LESSON) == 120
    assert server_time(healthy_devserver, teacher, HELLO_LESSON) is None

    # Ada's laptop syncs later: the delivered changes settle, none is sent.
    report = engine.run_cycle()
    assert (report.delivered, report.rejected) == (3, 0)
    counts = Outbox(ada.store.db, ada.user_id).counts()
    assert (counts.pending, counts.sent, counts.rejected) == (0, 4, 0)  # + the enrollment
    assert server_time(healthy_devserver, ada, HELLO_LESSON) == 120
    assert server_time(healthy_devserver, ada, VARIABLES_LESSON) == 45
    assert local_time(ada, HELLO_LESSON) == 120
    assert local_time(ada, VARIABLES_LESSON) == 45
    with ada.store.db.read() as session:
        assert all(chunk.settled for chunk in session.exec(select(SavedWorkChunk)))

    # The same file once more, days later: nothing is counted again.
    (again,) = delivered_by(teacher, [saved])
    assert (again.refusal, again.applied, again.already_there) == (None, 0, 3)
    assert server_time(healthy_devserver, ada, HELLO_LESSON) == 120


def test_a_file_delivered_after_the_laptop_sent_its_work_is_not_counted_twice(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer, tmp_path: Path
) -> None:
    ada, teacher = new_learner(), new_learner()
    engine = enrolled(ada)
    learning.record_time_spent(ada.store, HELLO_LESSON, 60)
    saved = save(ada, healthy_devserver, tmp_path / "ada.lantern-work")
    engine.run_cycle()  # the laptop got online first
    (outcome,) = delivered_by(teacher, [saved])
    assert (outcome.refusal, outcome.applied, outcome.already_there) == (None, 0, 1)
    assert server_time(healthy_devserver, ada, HELLO_LESSON) == 60


def test_a_changed_file_is_refused_and_the_work_still_reaches_the_server(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer, tmp_path: Path
) -> None:
    ada, teacher = new_learner(), new_learner()
    engine = enrolled(ada)
    learning.record_time_spent(ada.store, HELLO_LESSON, 60)
    path = tmp_path / "ada.lantern-work"
    save(ada, healthy_devserver, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["chunks"][0]["payload"] = data["chunks"][0]["payload"].replace(
        '"seconds":60', '"seconds":6000'
    )
    path.write_text(json.dumps(data), encoding="utf-8")
    (outcome,) = delivered_by(teacher, [read_saved_work(path)])
    assert outcome.refusal == "bundle_tampered"
    assert server_time(healthy_devserver, ada, HELLO_LESSON) is None
    engine.run_cycle()
    assert server_time(healthy_devserver, ada, HELLO_LESSON) == 60
    assert pending(ada) == 0


def test_a_truncated_file_is_named_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "cut.lantern-work"
    path.write_text('{"kind": "lantern-saved-work", "version": 1, "chunks": [{"pay', "utf-8")
    with pytest.raises(work.SavedWorkError) as caught:
        read_saved_work(path)
    assert caught.value.code == work.DAMAGED  # worded by the app and the command line
    assert set(caught.value.detail) == {"line", "column"}


def test_work_saved_for_another_server_is_refused(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer, tmp_path: Path
) -> None:
    ada, teacher = new_learner(), new_learner()
    enrolled(ada)
    learning.record_time_spent(ada.store, HELLO_LESSON, 60)
    saved = save(ada, healthy_devserver, tmp_path / "ada.lantern-work")
    with psycopg.connect(healthy_devserver.db_url, autocommit=True) as conn:
        old = conn.execute("select server_id from public.sync_server").fetchone()
        assert old is not None
        conn.execute("update public.sync_server set server_id = gen_random_uuid()")
        try:
            (outcome,) = delivered_by(teacher, [saved])
        finally:
            conn.execute("update public.sync_server set server_id = %s", (old[0],))
    assert outcome.refusal == "bundle_other_server"


def test_saving_needs_the_key_known_to_the_server_and_work_waiting(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    ada = new_learner()  # signed in, never synced: the server has no key yet
    with pytest.raises(NotReadyToSave) as caught:
        save_work(ada.store.db, server_url="", learner_name="", now=datetime.now(UTC))
    assert caught.value.code == "key_not_registered"
    SyncEngine(ada.store, ada.auth).run_cycle()
    with pytest.raises(NotReadyToSave) as nothing:
        save_work(ada.store.db, server_url="", learner_name="", now=datetime.now(UTC))
    assert nothing.value.code == "nothing_waiting"


def test_a_new_device_id_brings_a_new_key_registered_at_the_next_sync(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer, tmp_path: Path
) -> None:
    ada, teacher = new_learner(), new_learner()
    engine = enrolled(ada)
    old_key = ada.store.sync_state().device_key
    ada.store.regenerate_device_id()
    assert ada.store.sync_state().device_key != old_key
    learning.record_time_spent(ada.store, HELLO_LESSON, 30)
    with pytest.raises(NotReadyToSave):
        save_work(ada.store.db, server_url="", learner_name="", now=datetime.now(UTC))
    engine.run_cycle()
    learning.record_time_spent(ada.store, HELLO_LESSON, 30)
    saved = save(ada, healthy_devserver, tmp_path / "ada.lantern-work")
    (outcome,) = delivered_by(teacher, [saved])
    assert outcome.applied == 1
    assert server_time(healthy_devserver, ada, HELLO_LESSON) == 60


def test_many_changes_travel_in_several_chunks_in_any_file_order(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer, tmp_path: Path
) -> None:
    """600 changes: three chunks.  A file with the first chunk cut off meets
    a gap (deliver the earlier work first); given with the whole file, in
    either order, every change is applied once."""
    ada, teacher = new_learner(), new_learner()
    engine = enrolled(ada)
    for _ in range(600):
        learning.record_time_spent(ada.store, HELLO_LESSON, 1)
    whole = save(ada, healthy_devserver, tmp_path / "ada.lantern-work")
    assert [(c.first_seq, c.last_seq) for c in whole.chunks][1:] == [
        (whole.chunks[0].first_seq + 250, whole.chunks[0].first_seq + 499),
        (whole.chunks[0].first_seq + 500, whole.chunks[0].first_seq + 599),
    ]
    later = dataclasses.replace(whole, chunks=whole.chunks[1:])
    (gap,) = delivered_by(teacher, [later])
    assert gap.refusal == "sequence_gap"
    assert server_time(healthy_devserver, ada, HELLO_LESSON) is None
    first, second = delivered_by(teacher, [later, whole])
    assert first.refusal is None
    assert second.refusal is None
    assert first.applied + second.applied == 600
    assert server_time(healthy_devserver, ada, HELLO_LESSON) == 600
    assert engine.run_cycle().delivered == 600
    assert pending(ada) == 0
    assert server_time(healthy_devserver, ada, HELLO_LESSON) == 600


# -- interleavings ---------------------------------------------------------------
# Steps: the learner studies (s), saves a file (f), the laptop syncs (y), the
# teacher delivers the n-th saved file (d).  Whatever the order, the server's
# total is exactly the time studied once everything is sent.
STEPS = st.lists(
    st.one_of(
        st.just(("study", 0)),
        st.just(("save", 0)),
        st.just(("sync", 0)),
        st.tuples(st.just("deliver"), st.integers(0, 4)),
    ),
    min_size=1,
    max_size=10,
)


@settings(
    max_examples=examples(12),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=STEPS)
def test_any_interleaving_of_own_syncs_and_deliveries_counts_once(
    new_learner: Callable[..., Learner],
    healthy_devserver: DevServer,
    tmp_path_factory: pytest.TempPathFactory,
    steps: list[tuple[str, int]],
) -> None:
    ada, teacher = new_learner(), new_learner()
    engine = enrolled(ada)
    folder = tmp_path_factory.mktemp("files")
    files: list[work.SavedWork] = []
    studied = 0
    for step, index in steps:
        if step == "study":
            learning.record_time_spent(ada.store, HELLO_LESSON, 7)
            studied += 7
        elif step == "save" and pending(ada):
            files.append(save(ada, healthy_devserver, folder / f"{len(files)}.lantern-work"))
        elif step == "sync":
            engine.run_cycle()
        elif step == "deliver" and files:
            delivered_by(teacher, [files[index % len(files)]])
    engine.run_cycle()
    assert pending(ada) == 0
    assert (server_time(healthy_devserver, ada, HELLO_LESSON) or 0) == studied
    assert local_time(ada, HELLO_LESSON) == studied


def test_work_past_the_servers_kept_op_ids_settles_without_a_new_device_id(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer, tmp_path: Path
) -> None:
    """2,300 changes delivered: the server keeps the op ids of the last
    1,000 to 2,000 seqs only, so the laptop pushing them again would be told
    its seqs are too old and take a new device id.  It settles them from the
    delivery's answers instead: same device id, nothing sent."""
    ada, teacher = new_learner(), new_learner()
    engine = enrolled(ada)
    with ada.store.write() as session:  # 2,300 increments in one transaction (quicker)
        for _ in range(2300):
            op = TimeSpent(new_id(), ada.store.stamp(), HELLO_LESSON, PYTHON_COURSE, 1, utc_now())
            ada.store.record(session, op)
    saved = save(ada, healthy_devserver, tmp_path / "ada.lantern-work")
    assert len(saved.chunks) == 10
    (outcome,) = delivered_by(teacher, [saved])
    assert outcome.applied == 2300
    device = ada.store.device_id
    report = engine.run_cycle()
    assert (report.delivered, report.device_id_changed) == (2300, False)
    assert ada.store.device_id == device
    assert pending(ada) == 0
    assert server_time(healthy_devserver, ada, HELLO_LESSON) == 2300
    assert local_time(ada, HELLO_LESSON) == 2300


def test_a_classmate_delivers_an_enrollment_and_a_graded_quiz_as_the_learners_own(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer, tmp_path: Path
) -> None:
    """The deliverer is not enrolled: the enrollment, the paid lesson's
    progress and the assessed attempt are checked, graded and rewarded as
    the learner's own push, and the deliverer gets none of it, not even the
    learner's answers in the reply."""
    ada, classmate = new_learner(), new_learner()
    engine = SyncEngine(ada.store, ada.auth)
    engine.run_cycle()  # the catalogue; the key
    learning.enroll(ada.store, PYTHON_COURSE)
    engine.run_cycle()  # the course's lessons and quizzes
    learning.unenroll(ada.store, PYTHON_COURSE)
    engine.run_cycle()
    learning.enroll(ada.store, PYTHON_COURSE)  # offline from here
    learning.record_time_spent(ada.store, VARIABLES_LESSON, 40)
    quiz = quizzes.quiz_for_lesson(ada.store, FUNCTIONS_LESSON)
    answers = {q.id: {"version": q.version, "answer": "b"} for q in quiz.questions}
    submitted = quizzes.submit_quiz_attempt(ada.store, FUNCTIONS_LESSON, answers)
    saved = save(ada, healthy_devserver, tmp_path / "ada.lantern-work")
    raw = SyncEngine(classmate.store, classmate.auth).deliver(CycleReport(), saved.chunks[0])
    assert [r["status"] for r in raw["results"]] == ["applied"] * 3
    assert all("data" not in r for r in raw["results"])
    with psycopg.connect(healthy_devserver.db_url) as conn:
        attempt = conn.execute(
            "select user_id::text, score is not null from public.quiz_attempts where id = %s",
            (submitted.attempt.id,),
        ).fetchone()
        enrolled = conn.execute(
            "select user_id::text, status from public.enrollments where course_id = %s "
            "and user_id = any(%s::uuid[])",
            (PYTHON_COURSE, [ada.user_id, classmate.user_id]),
        ).fetchall()
        classmate_points = conn.execute(
            "select points from public.profiles where id = %s", (classmate.user_id,)
        ).fetchone()
    assert attempt == (ada.user_id, True)  # graded on the server, hers
    assert enrolled == [(ada.user_id, "active")]
    assert classmate_points == (0,)
    assert server_time(healthy_devserver, ada, VARIABLES_LESSON) == 40
    assert engine.run_cycle().delivered == 3
    assert pending(ada) == 0


def test_after_a_server_restore_the_laptop_registers_its_key_again(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer, tmp_path: Path
) -> None:
    """The restore runbook renews the server's id (docs/sync-protocol.md): the
    laptop's cursors reset, it gives the server its key again and learns the
    new id, and work saved after that is accepted."""
    ada, teacher = new_learner(), new_learner()
    engine = enrolled(ada)
    before = ada.store.sync_state().server_id
    with psycopg.connect(healthy_devserver.db_url, autocommit=True) as conn:
        old = conn.execute("select server_id from public.sync_server").fetchone()
        assert old is not None
        conn.execute("update public.sync_server set server_id = gen_random_uuid()")
        try:
            engine.run_cycle()  # every cursor meets reset_required
            assert ada.store.sync_state().key_registered_for is None
            engine.run_cycle()  # registered again
            renewed = ada.store.sync_state().server_id
            learning.record_time_spent(ada.store, HELLO_LESSON, 30)
            saved = save(ada, healthy_devserver, tmp_path / "ada.lantern-work")
            (outcome,) = delivered_by(teacher, [saved])
        finally:
            conn.execute("update public.sync_server set server_id = %s", (old[0],))
    assert renewed != before
    assert (outcome.refusal, outcome.applied) == (None, 1)
