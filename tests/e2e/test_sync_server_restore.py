"""The server is restored from a backup: the ops it lost reach it again, once.

After a restore the server's ``last_seq`` for a device is lower than what
the device already had acknowledged, so ``sync_push`` refuses every later
push (``sequence_gap``).  The engine queues the lost ops again, before the
pending ones, and sends them under a new device id.

The "backup" is a copy of every server row of the learner (each table with a
``user_id``, the profile, the device's op log) taken as superuser; the
"restore" puts those rows back with triggers off (``session_replication_role
= replica``, as ``pg_restore --disable-triggers`` does), so nothing is
recomputed: points, progress, ledger and attempts are exactly as at backup
time.  A control learner does the same work on a server that never forgets;
both must end with the same totals.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import text
from sqlmodel import select

from desktop.protocol.ops import NotificationRead
from desktop.store.actions import learning, quizzes, social
from desktop.store.columns import utc_now
from desktop.store.db.learner_store import new_id
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.models import LessonProgress
from desktop.store.reads import inbox
from desktop.store.replica.outbox import Outbox
from desktop.sync.engine import SyncEngine
from devserver.server import DevServer
from tests.e2e.conftest import device_last_seq, server_state
from tests.fixtures.learners import HELLO_LESSON, PYTHON_COURSE, VARIABLES_LESSON, Learner


class Backup:
    """Every server row of one learner, copied aside; ``restore()`` puts them back."""

    def __init__(self, server: DevServer, user_id: str) -> None:
        self.url, self.user_id = server.db_url, user_id
        self.schema = "backup_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url, autocommit=True) as conn:
            self.tables = [
                row[0]
                for row in conn.execute(
                    "select c.table_name from information_schema.columns c "
                    "join information_schema.tables t using (table_schema, table_name) "
                    "where c.table_schema = 'public' and c.column_name = 'user_id' "
                    "and t.table_type = 'BASE TABLE' order by 1"
                )
            ]
            conn.execute(sql.SQL("create schema {}").format(sql.Identifier(self.schema)))
            for table, where in self._sources():
                conn.execute(
                    sql.SQL("create table {}.{} as select * from public.{} where ").format(
                        sql.Identifier(self.schema), sql.Identifier(table), sql.Identifier(table)
                    )
                    + where,
                    {"uid": user_id},
                )

    def _sources(self) -> list[tuple[str, sql.Composable]]:
        mine = sql.SQL("user_id = %(uid)s")
        return [
            *((t, mine) for t in self.tables),
            ("profiles", sql.SQL("id = %(uid)s")),
            (
                "sync_device_ops",
                sql.SQL(
                    "device_id in (select device_id from "
                    "public.sync_devices where user_id = %(uid)s)"
                ),
            ),
        ]

    def restore(self) -> None:
        with psycopg.connect(self.url) as conn:
            conn.execute("set local session_replication_role = replica")
            for table, where in reversed(self._sources()):
                columns = sql.SQL(", ").join(sql.Identifier(c) for c in self._columns(conn, table))
                if table == "profiles":
                    conn.execute(
                        sql.SQL(
                            "update public.profiles p set ({cols}) = "
                            "(select {cols} from {snap} s) where p.id = %(uid)s"
                        ).format(cols=columns, snap=self._snap(table)),
                        {"uid": self.user_id},
                    )
                    continue
                conn.execute(
                    sql.SQL("delete from public.{} where ").format(sql.Identifier(table)) + where,
                    {"uid": self.user_id},
                )
                conn.execute(
                    sql.SQL(
                        "insert into public.{t} ({cols}) overriding system value "
                        "select {cols} from {snap}"
                    ).format(t=sql.Identifier(table), cols=columns, snap=self._snap(table))
                )

    def drop(self) -> None:
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(sql.SQL("drop schema {} cascade").format(sql.Identifier(self.schema)))

    def _snap(self, table: str) -> sql.Composable:
        return sql.SQL("{}.{}").format(sql.Identifier(self.schema), sql.Identifier(table))

    @staticmethod
    def _columns(conn: psycopg.Connection[Any], table: str) -> list[str]:
        return [
            row[0]
            for row in conn.execute(
                "select column_name from information_schema.columns where table_schema = 'public' "
                "and table_name = %s and is_generated = 'NEVER' order by ordinal_position",
                (table,),
            )
        ]


@dataclass(frozen=True)
class Totals:
    """What must come out the same whatever the ids and clocks."""

    progress: list[tuple[Any, ...]]  # (lesson, completion %, seconds, completed?)
    ledger: tuple[int, int]
    attempts: list[tuple[Any, ...]]  # (lesson, score, max_score)
    enrollments: list[tuple[Any, ...]]
    ratings: list[tuple[Any, ...]]
    points: int


def totals(server: DevServer, user_id: str) -> Totals:
    state = server_state(server, user_id)
    return Totals(
        progress=sorted(
            (lesson, pct, secs, done is not None) for lesson, pct, secs, done in state.progress
        ),
        ledger=state.ledger,
        attempts=sorted((lesson, score, top) for _, lesson, score, top in state.attempts),
        enrollments=state.enrollments,
        ratings=state.ratings,
        points=state.points,
    )


def take_quiz(learner: Learner) -> str:
    quiz = quizzes.quiz_for_lesson(learner.store, HELLO_LESSON)
    answers = {
        q.id: {"version": q.version, "answer": "b" if q.position == 1 else None}
        for q in quiz.questions
    }
    return quizzes.submit_quiz_attempt(learner.store, HELLO_LESSON, answers).attempt.id


def before_backup(learner: Learner) -> SyncEngine:
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()
    learning.enroll(learner.store, PYTHON_COURSE)
    learning.record_time_spent(learner.store, HELLO_LESSON, 60)
    engine.run_cycle()
    return engine


def lost_in_restore(learner: Learner) -> str:
    learning.record_time_spent(learner.store, HELLO_LESSON, 120)
    learning.complete_lesson(learner.store, HELLO_LESSON)
    attempt = take_quiz(learner)
    learning.record_time_spent(learner.store, VARIABLES_LESSON, 30)
    social.rate_course(learner.store, PYTHON_COURSE, 4)
    return attempt


def after_restore(learner: Learner) -> None:
    learning.record_time_spent(learner.store, VARIABLES_LESSON, 15)
    learning.complete_lesson(learner.store, VARIABLES_LESSON)


def local_seconds(learner: Learner) -> dict[str, int]:
    with learner.store.db.read() as session:
        return {
            row.lesson_id: row.time_spent_seconds for row in session.exec(select(LessonProgress))
        }


def test_ops_lost_in_a_server_restore_are_sent_again_and_counted_once(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    learner, control = new_learner(), new_learner()
    engine = before_backup(learner)
    backup = Backup(healthy_devserver, learner.user_id)
    try:
        attempt = lost_in_restore(learner)
        engine.run_cycle()
        device = learner.store.device_id
        acknowledged = device_last_seq(healthy_devserver, device)
        backup.restore()
        backed_up = device_last_seq(healthy_devserver, device)
        assert 0 < backed_up < acknowledged  # the server forgot ops it acknowledged
        assert server_state(healthy_devserver, learner.user_id).ledger == (1, 60)
    finally:
        backup.drop()

    after_restore(learner)
    report = engine.run_cycle()
    assert report.device_id_changed
    assert learner.store.device_id != device
    assert report.resent == acknowledged - backed_up
    assert report.unrecoverable == 0
    assert report.rejected == 0
    assert Outbox(learner.store.db, learner.user_id).counts().pending == 0

    # The control learner does the same work on a server that never forgets.
    control_engine = before_backup(control)
    lost_in_restore(control)
    control_engine.run_cycle()
    after_restore(control)
    control_engine.run_cycle()

    restored = totals(healthy_devserver, learner.user_id)
    assert restored == totals(healthy_devserver, control.user_id)
    assert restored.ledger == (4, 225)
    assert len(restored.attempts) == 1
    assert [a[0] for a in server_state(healthy_devserver, learner.user_id).attempts] == [attempt]
    # The device shows what the server holds, each second once.
    assert local_seconds(learner) == {HELLO_LESSON: 180, VARIABLES_LESSON: 45}
    engine.run_cycle()  # a later cycle changes nothing
    assert totals(healthy_devserver, learner.user_id) == restored


@pytest.mark.parametrize("crash_before_new_id", [False, True])
def test_a_rejected_op_among_the_lost_ones_stays_rejected_and_the_rest_are_renumbered(
    crash_before_new_id: bool, new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    learner = new_learner()
    engine = before_backup(learner)
    backup = Backup(healthy_devserver, learner.user_id)
    try:
        learning.record_time_spent(learner.store, HELLO_LESSON, 20)
        with learner.store.write() as session:  # refused by the server: no such notification
            learner.store.record(
                session, NotificationRead(new_id(), learner.store.stamp(), new_id(), utc_now())
            )
        learning.record_time_spent(learner.store, HELLO_LESSON, 25)
        assert engine.run_cycle().rejected == 1
        backup.restore()
    finally:
        backup.drop()

    learning.record_time_spent(learner.store, HELLO_LESSON, 5)
    if crash_before_new_id:
        # The process died after re-queuing, before the new device id: the
        # next cycle meets the gap again and finishes the recovery.
        server_last = device_last_seq(healthy_devserver, learner.store.device_id)
        assert Outbox(learner.store.db, learner.user_id).requeue_lost(server_last).resent == 2
        engine = SyncEngine(learner.store, learner.auth)
    report = engine.run_cycle()
    assert report.resent == (0 if crash_before_new_id else 2)
    assert report.rejected == 0
    counts = Outbox(learner.store.db, learner.user_id).counts()
    assert (counts.pending, counts.rejected) == (0, 1)
    assert server_state(healthy_devserver, learner.user_id).ledger == (4, 110)
    assert local_seconds(learner) == {HELLO_LESSON: 110}
    assert device_last_seq(healthy_devserver, learner.store.device_id) == 3


def test_lost_ops_pruned_from_the_outbox_are_counted_and_the_rest_still_sent(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    learner = new_learner()
    engine = before_backup(learner)
    backup = Backup(healthy_devserver, learner.user_id)
    try:
        for seconds in (11, 22, 33):
            learning.record_time_spent(learner.store, HELLO_LESSON, seconds)
        engine.run_cycle()
        backup.restore()
    finally:
        backup.drop()
    with learner.store.db.transaction() as session:  # as if sent rows had been pruned
        session.execute(
            text(
                "delete from outbox where seq = (select max(seq) from outbox "
                "where state = 'sent' and kind = 'progress.time')"
            )
        )

    learning.record_time_spent(learner.store, HELLO_LESSON, 4)
    report = engine.run_cycle()
    assert (report.resent, report.unrecoverable) == (2, 1)
    assert server_state(healthy_devserver, learner.user_id).ledger == (4, 97)  # 60+11+22+4


def test_a_device_restored_from_an_older_local_backup_sends_only_its_new_work(
    new_learner: Callable[..., Learner],
    healthy_devserver: DevServer,
    profiles: ProfileDirectory,
    tmp_path: Path,
) -> None:
    """The opposite case: the server is ahead of the local database."""
    learner = new_learner(profiles)
    engine = before_backup(learner)
    saved = tmp_path / "learner-backup.db"
    live, copy = sqlite3.connect(learner.store.db.path), sqlite3.connect(saved)
    live.backup(copy)
    live.close()
    copy.close()
    learning.record_time_spent(learner.store, HELLO_LESSON, 120)
    engine.run_cycle()
    path = Path(learner.store.db.path)
    learner.store.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(saved, path)

    store, _ = profiles.open_learner(learner.user_id)
    try:
        restored = Learner(learner.auth, store, learner.email, learner.password)
        learning.record_time_spent(store, VARIABLES_LESSON, 15)
        report = SyncEngine(store, learner.auth).run_cycle()
        assert report.device_id_changed
        assert report.resent == 0
        assert server_state(healthy_devserver, learner.user_id).ledger == (3, 195)
        assert local_seconds(restored) == {HELLO_LESSON: 180, VARIABLES_LESSON: 15}
    finally:
        store.close()


def test_a_device_with_nothing_waiting_notices_the_restore_at_its_next_cycle(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    learner, control = new_learner(), new_learner()
    engine = before_backup(learner)
    backup = Backup(healthy_devserver, learner.user_id)
    try:
        lost_in_restore(learner)
        engine.run_cycle()
        acknowledged = device_last_seq(healthy_devserver, learner.store.device_id)
        backup.restore()
        backed_up = device_last_seq(healthy_devserver, learner.store.device_id)
    finally:
        backup.drop()
    assert Outbox(learner.store.db, learner.user_id).counts().pending == 0

    # No local change since: the cycle itself finds out and sends the lost work.
    report = engine.run_cycle()
    assert report.resent == acknowledged - backed_up
    assert report.unrecoverable == 0
    control_engine = before_backup(control)
    lost_in_restore(control)
    control_engine.run_cycle()
    assert totals(healthy_devserver, learner.user_id) == totals(healthy_devserver, control.user_id)
    assert local_seconds(learner) == {HELLO_LESSON: 180, VARIABLES_LESSON: 30}
    # A cycle on a server that kept everything asks once and sends nothing.
    quiet = engine.run_cycle()
    assert (quiet.resent, quiet.pushed, quiet.device_id_changed) == (0, 0, False)


def test_rows_the_restored_server_no_longer_has_leave_the_device(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    learner = new_learner()
    engine = before_backup(learner)
    backup = Backup(healthy_devserver, learner.user_id)
    note = str(uuid.uuid4())
    try:
        lost_in_restore(learner)
        with psycopg.connect(healthy_devserver.db_url) as conn:  # made after the backup
            conn.execute(
                "insert into public.notifications (id, user_id, type, title, message) "
                "values (%s, %s, 'achievement', 'Well done', 'A badge')",
                (note, learner.user_id),
            )
        engine.run_cycle()
        assert note in {n.id for n in inbox.notifications(learner.store)}
        backup.restore()  # the server has no such notification, and no tombstone for it
    finally:
        backup.drop()

    report = engine.run_cycle()
    assert report.resent > 0
    assert note not in {n.id for n in inbox.notifications(learner.store)}
    assert local_seconds(learner) == {HELLO_LESSON: 180, VARIABLES_LESSON: 30}
