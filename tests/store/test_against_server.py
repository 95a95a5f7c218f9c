"""The store's ops and page handling against the real sync_push / sync_pull SQL
(called as PostgREST calls them; the network sync engine is not involved)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row
from sqlmodel import select

from desktop.protocol import PulledPage, parse_push_reply
from desktop.store.actions import learning, quizzes, social
from desktop.store.db.learner_store import LearnerStore
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.models import CourseRating, Enrollment, LessonProgress, Profile, QuizAttempt
from desktop.store.replica.outbox import Outbox
from desktop.store.replica.pulled import apply_page, cursor_of
from devserver.db import user_claims
from tests.supabase.sync_support import call_pull, call_push

COURSE = "c0c0c0c0-0000-4000-8000-000000000001"
HELLO = "e1e1e1e1-0001-4000-8000-000000000001"
QUESTIONS = [f"f0f0f0f0-0101-4000-8000-00000000000{i}" for i in range(1, 5)]
RIGHT = {QUESTIONS[0]: "b", QUESTIONS[1]: ["c", "a"], QUESTIONS[2]: " Input ", QUESTIONS[3]: "c"}


@pytest.fixture
def conn(db_url: str) -> Iterator[psycopg.Connection[dict[str, Any]]]:
    with psycopg.connect(db_url, autocommit=True, row_factory=dict_row) as connection:
        yield connection


@pytest.fixture
def learner(conn: psycopg.Connection[dict[str, Any]]) -> str:
    uid = str(uuid.uuid4())
    meta = json.dumps({"username": f"learner_{uid[:8]}", "full_name": "Ama Mensah"})
    conn.execute(
        "insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at, "
        "raw_app_meta_data, raw_user_meta_data, created_at, updated_at) values "
        "(%s, 'authenticated', 'authenticated', %s, '', now(), '{}', %s, now(), now())",
        (uid, f"{uid[:8]}@example.test", meta),
    )
    return uid


def pull(conn: Any, claims: dict[str, Any], store: LearnerStore, scope: str) -> None:
    while True:
        reply = call_pull(conn, claims, scope, cursor_of(store, scope))
        page = PulledPage.from_wire(scope, reply)
        apply_page(store, page)
        if not page.has_more:
            return


def push(conn: Any, claims: dict[str, Any], store: LearnerStore) -> dict[str, Any]:
    outbox = Outbox(store.db, store.user_id)
    reply = call_push(conn, claims, store.device_id, [op.wire() for op in outbox.pending()])
    outbox.record_push(parse_push_reply(reply))
    return reply


def test_a_learner_studies_offline_and_the_store_converges_with_the_server(
    conn: Any, learner: str, tmp_path: Path
) -> None:
    claims = user_claims(learner)
    store, _ = ProfileDirectory(tmp_path).open_learner(learner)
    pull(conn, claims, store, "catalogue")
    learning.enroll(store, COURSE)
    push(conn, claims, store)
    pull(conn, claims, store, f"course:{COURSE}")  # from zero: the paid lessons too

    # Offline from here on.
    learning.open_lesson(store, HELLO)
    learning.record_section_progress(store, HELLO, {"intro": {"percent": 100}}, lesson_percent=60)
    learning.record_time_spent(store, HELLO, 120)
    learning.record_time_spent(store, HELLO, 60)
    learning.complete_lesson(store, HELLO, at=datetime(2026, 11, 20, 9, tzinfo=UTC))
    view = quizzes.quiz_for_lesson(store, HELLO)
    assert view.can_grade_offline
    answers = {q.id: {"version": q.version, "answer": RIGHT[q.id]} for q in view.questions}
    local = quizzes.submit_quiz_attempt(store, HELLO, answers, time_taken_seconds=90)
    assert local.feedback is not None
    assert local.feedback.passed
    social.rate_course(store, COURSE, 4, "Gentle start")

    pending = Outbox(store.db, store.user_id).pending()
    reply = push(conn, claims, store)
    assert [r["status"] for r in reply["results"]] == ["applied"] * len(pending)
    # The answer was lost and the batch sent again: all duplicates, nothing doubled.
    again = call_push(conn, claims, store.device_id, [op.wire() for op in pending])
    assert {r["status"] for r in again["results"]} == {"duplicate"}
    pull(conn, claims, store, "learner")

    server = conn.execute("select * from lesson_progress where user_id = %s", (learner,)).fetchone()
    with store.db.read() as session:
        progress = session.exec(select(LessonProgress)).one()
        attempt = session.exec(select(QuizAttempt)).one()
        enrollment = session.exec(select(Enrollment)).one()
        rating = session.exec(select(CourseRating)).one()
        profile = session.get(Profile, learner)
    assert (progress.id, progress.time_spent_seconds) == (str(server["id"]), 180)
    assert server["time_spent_seconds"] == 180
    assert progress.completion_percentage == server["completion_percentage"] == 100
    assert progress.completed_at == server["completed_at"]
    assert progress.section_progress["intro"]["percent"] == 100
    assert (attempt.id, attempt.grading_state) == (local.attempt.id, "server")
    assert (attempt.score, attempt.max_score) == (local.feedback.score, local.feedback.max_score)
    assert not attempt.server_grade_differs
    assert (enrollment.status, rating.rating, rating.review) == ("active", 4, "Gentle start")
    assert enrollment.progress_percentage > 0
    assert profile is not None
    assert profile.points > 0
    assert Outbox(store.db, store.user_id).pending() == []
    store.close()
