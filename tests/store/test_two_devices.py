"""docs/sync-rules.md, replayed: two devices of one learner, offline, synced in
various orders with lost acknowledgements and replays, always converge."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from desktop.rules.grading import GradableQuestion
from desktop.rules.hlc import HybridClock
from desktop.store import learning, quizzes, social
from desktop.store.content import upsert_catalogue
from desktop.store.models import CourseRating, Enrollment, LessonProgress, QuizAttempt
from desktop.store.outbox import Outbox
from desktop.store.profiles import ProfileDirectory
from desktop.store.pulled import apply_page
from desktop.store.store import LearnerStore
from tests.store.conftest import (
    COURSE,
    LEARNER,
    LESSONS,
    Q_SINGLE,
    QUIZ_LESSON,
    T0,
    sample_content,
)
from tests.store.reference_server import ReferenceServer

QUESTIONS = [GradableQuestion(Q_SINGLE, 1, "single_choice", 1, ("a",))]


@dataclass
class Device:
    store: LearnerStore
    wall_ms: int = 1_000_000

    def at(self, wall_ms: int) -> Device:
        self.wall_ms = wall_ms
        return self

    def push(self, server: ReferenceServer, *, lose_ack: bool = False) -> None:
        outbox = Outbox(self.store.db, self.store.user_id)
        ops = outbox.pending()
        if not ops:
            return
        acked = server.push(self.store.device_id, ops)
        if not lose_ack:
            outbox.mark_acknowledged(acked)

    def pull(self, server: ReferenceServer) -> None:
        apply_page(self.store, server.page())

    def sync(self, server: ReferenceServer) -> None:
        self.push(server)  # push until empty, then pull (design doc cycle)
        self.pull(server)

    def state(self) -> dict[str, Any]:
        with self.store.db.read() as s:
            return {
                "progress": sorted(
                    (p.lesson_id, p.completion_percentage, p.time_spent_seconds,
                     p.completed_at, sorted(p.section_progress.items()))
                    for p in s.exec(select(LessonProgress))),
                "enrollments": sorted((e.course_id, e.status, e.hlc)
                                      for e in s.exec(select(Enrollment))),
                "ratings": sorted((r.course_id, r.rating, r.review)
                                  for r in s.exec(select(CourseRating))),
                "attempts": sorted((a.id, a.grading_state, a.score)
                                   for a in s.exec(select(QuizAttempt))),
            }


def make_device(root: Path, name: str) -> Device:
    store, _ = ProfileDirectory(root / name).open_learner(LEARNER)
    upsert_catalogue(store, sample_content())
    device = Device(store)
    store.clock = HybridClock(store.device_id, now_ms=lambda: device.wall_ms)
    return device


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[tuple[Device, Device, ReferenceServer]]:
    a, b = make_device(tmp_path, "a"), make_device(tmp_path, "b")
    yield a, b, ReferenceServer(LEARNER, QUESTIONS)
    a.store.close()
    b.store.close()


def progress(device: Device, lesson: str) -> LessonProgress:
    with device.store.db.read() as s:
        return s.exec(select(LessonProgress).where(LessonProgress.lesson_id == lesson)).one()


def test_s1_both_complete_the_same_lesson_earliest_date_wins(devices: Any) -> None:
    a, b, server = devices
    learning.complete_lesson(b.at(2_000_000).store, LESSONS[0], at=T0 + timedelta(hours=2))
    learning.complete_lesson(a.at(3_000_000).store, LESSONS[0], at=T0)
    b.sync(server), a.sync(server), b.sync(server)
    for device in (a, b):
        assert progress(device, LESSONS[0]).completed_at == T0
    assert a.state() == b.state()


def test_s2_time_on_both_devices_adds_up_and_a_replay_counts_nothing(devices: Any) -> None:
    a, b, server = devices
    learning.record_time_spent(a.store, LESSONS[0], 600)
    learning.record_time_spent(b.store, LESSONS[0], 300)
    a.push(server, lose_ack=True)  # server committed, answer lost
    b.pull(server)
    assert progress(b, LESSONS[0]).time_spent_seconds == 900  # server 600 + own unsent 300
    a.sync(server)  # the replay is a duplicate
    b.sync(server)
    a.pull(server)
    assert progress(a, LESSONS[0]).time_spent_seconds == 900
    assert a.state() == b.state()


def test_s3_section_progress_merges_per_key(devices: Any) -> None:
    a, b, server = devices
    learning.record_section_progress(a.at(1_000_000).store, LESSONS[0],
                                     {"intro": {"percent": 80, "page": 3}})
    learning.record_section_progress(b.at(2_000_000).store, LESSONS[0],
                                     {"intro": {"percent": 40, "page": 7},
                                      "video": {"percent": 10}})
    b.sync(server), a.sync(server), b.pull(server)
    sections = progress(a, LESSONS[0]).section_progress
    assert (sections["intro"]["percent"], sections["intro"]["page"]) == (80, 7)
    assert sections["video"]["percent"] == 10
    assert a.state() == b.state()


@pytest.mark.parametrize("a_first", [True, False])
def test_s4_enrollment_last_writer_wins_whatever_the_sync_order(
    devices: Any, a_first: bool
) -> None:
    a, b, server = devices
    learning.enroll(a.at(1_000_000).store, COURSE)
    a.sync(server), b.sync(server)
    learning.unenroll(b.at(2_000_000).store, COURSE)  # later: wins
    learning.enroll(a.at(1_500_000).store, COURSE)
    first, second = (a, b) if a_first else (b, a)
    first.sync(server), second.sync(server), first.pull(server)
    assert a.state()["enrollments"][0][1] == "unenrolled"
    assert a.state() == b.state()


def test_s5_ratings_last_writer_wins(devices: Any) -> None:
    a, b, server = devices
    learning.enroll(a.store, COURSE)
    a.sync(server), b.sync(server)
    social.rate_course(b.at(5_000_000).store, COURSE, 5, "Loved it")
    social.rate_course(a.at(4_000_000).store, COURSE, 2, "Too fast")
    b.sync(server), a.sync(server), b.pull(server)
    assert a.state()["ratings"] == [(COURSE, 5, "Loved it")] == b.state()["ratings"]


def test_s6_quiz_attempts_are_a_union_graded_by_the_server(devices: Any) -> None:
    a, b, server = devices
    quizzes.submit_quiz_attempt(a.store, QUIZ_LESSON, {Q_SINGLE: {"version": 1, "answer": "a"}})
    quizzes.submit_quiz_attempt(b.store, QUIZ_LESSON, {Q_SINGLE: {"version": 1, "answer": "b"}})
    a.sync(server), b.sync(server), a.sync(server), a.sync(server)
    attempts = a.state()["attempts"]
    assert [(state, score) for _, state, score in attempts] == [("server", 0), ("server", 1)] \
        or [(state, score) for _, state, score in attempts] == [("server", 1), ("server", 0)]
    assert a.state() == b.state()


actions = st.lists(
    st.tuples(
        st.sampled_from(["a", "b"]),
        st.sampled_from(["time", "complete", "section", "enroll", "unenroll", "rate",
                         "push", "push_lost", "pull", "sync"]),
        st.sampled_from(LESSONS),
        st.integers(1, 100),
    ),
    max_size=14,
)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=actions)
def test_s7_random_offline_histories_converge(tmp_path_factory: Any, history: Any) -> None:
    root = tmp_path_factory.mktemp("devices")
    a, b = make_device(root, "a"), make_device(root, "b")
    server = ReferenceServer(LEARNER, QUESTIONS)
    learning.enroll(a.store, COURSE)
    expected_time = 0
    for step, (name, action, lesson, n) in enumerate(history):
        device = (a if name == "a" else b).at(1_000_000 + step * 1000)
        store = device.store
        if action == "time":
            learning.record_time_spent(store, lesson, n)
            expected_time += n
        elif action == "complete":
            learning.complete_lesson(store, lesson, at=T0 + timedelta(minutes=n))
        elif action == "section":
            learning.record_section_progress(store, lesson, {f"s{n % 3}": {"percent": n}})
        elif action in ("enroll", "unenroll"):
            getattr(learning, action)(store, COURSE)
        elif action == "rate":
            if _enrolled(store):  # rating needs an enrollment
                social.rate_course(store, COURSE, 1 + n % 5)
        elif action == "push":
            device.push(server)
        elif action == "push_lost":
            device.push(server, lose_ack=True)
        elif action == "pull":
            device.pull(server)
        else:
            device.sync(server)
    for device in (a, b, a, b):
        device.sync(server)
    assert a.state() == b.state()
    total = sum(row[2] for row in a.state()["progress"])
    assert total == expected_time  # every increment once, none twice
    a.store.close()
    b.store.close()


def _enrolled(store: LearnerStore) -> bool:
    with store.db.read() as s:
        row = s.exec(select(Enrollment)).first()
        return row is not None and row.status == "active"
