"""A learner's offline work reaches the server once, under the right account."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from desktop.account.session import AuthSession
from desktop.account.vault import KeyringVault
from desktop.store.actions import learning, quizzes
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.replica.outbox import Outbox
from desktop.sync.engine import SyncEngine, WrongAccount
from desktop.sync.errors import NeedsSignIn, OfflineError
from devserver.server import DevServer
from tests.fixtures.learners import FUNCTIONS_LESSON, HELLO_LESSON, PYTHON_COURSE, Learner
from tests.helpers.keyring import MemoryKeyring


def server_row(devserver: DevServer, sql: str, *params: Any) -> tuple[Any, ...] | None:
    with psycopg.connect(devserver.db_url) as conn:
        return conn.execute(sql, params).fetchone()


def first_sync(learner: Learner) -> SyncEngine:
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()  # brings the catalogue
    return engine


def test_offline_study_reaches_the_server_exactly_once(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    learner = new_learner()
    engine = first_sync(learner)
    learning.enroll(learner.store, PYTHON_COURSE)
    engine.run_cycle()  # enrollment pushed; the course's content pulled
    quiz = quizzes.quiz_for_lesson(learner.store, HELLO_LESSON)
    assert quiz.can_grade_offline
    assert len(quiz.questions) == 4

    healthy_devserver.set_offline(True)
    learning.record_time_spent(learner.store, HELLO_LESSON, 300)
    learning.complete_lesson(learner.store, HELLO_LESSON)
    answers = {
        q.id: {"version": q.version, "answer": "b" if q.position == 1 else None}
        for q in quiz.questions
    }
    submission = quizzes.submit_quiz_attempt(learner.store, HELLO_LESSON, answers)
    assert submission.feedback is not None  # practice: graded on the spot
    with pytest.raises(OfflineError):
        engine.run_cycle()
    assert Outbox(learner.store.db, learner.user_id).counts().pending == 3

    healthy_devserver.set_offline(False)
    report = engine.run_cycle()
    assert report.pushed == 3
    assert report.rejected == 0
    progress = server_row(
        healthy_devserver,
        "select completion_percentage, time_spent_seconds from lesson_progress "
        "where user_id = %s and lesson_id = %s",
        learner.user_id,
        HELLO_LESSON,
    )
    assert progress == (100, 300)
    attempt = server_row(
        healthy_devserver,
        "select score, max_score from quiz_attempts where id = %s",
        submission.attempt.id,
    )
    assert attempt == (1, 5)
    points = server_row(
        healthy_devserver, "select points from profiles where id = %s", learner.user_id
    )
    assert points is not None
    assert points[0] > 0

    # A second cycle sends nothing again and changes nothing on the server.
    again = engine.run_cycle()
    assert again.pushed == 0
    assert (
        server_row(healthy_devserver, "select points from profiles where id = %s", learner.user_id)
        == points
    )


def test_assessed_attempt_gets_the_servers_grade_after_sync(
    new_learner: Callable[..., Learner],
) -> None:
    learner = new_learner()
    engine = first_sync(learner)
    learning.enroll(learner.store, PYTHON_COURSE)
    engine.run_cycle()
    quiz = quizzes.quiz_for_lesson(learner.store, FUNCTIONS_LESSON)
    assert quiz.quiz_mode == "assessed"
    assert not quiz.can_grade_offline
    answers = {
        q.id: {"version": q.version, "answer": {1: "b", 2: ["a", "c"], 3: "None"}[q.position]}
        for q in quiz.questions
    }
    submission = quizzes.submit_quiz_attempt(learner.store, FUNCTIONS_LESSON, answers)
    assert submission.feedback is None
    engine.run_cycle()
    with learner.store.db.read() as session:
        from desktop.store.models import QuizAttempt

        stored = session.get(QuizAttempt, submission.attempt.id)
        assert stored is not None
        assert (stored.score, stored.max_score) == (4, 4)


def test_work_is_never_sent_under_another_learners_session(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    alice, bob = new_learner(), new_learner()
    first_sync(alice)
    learning.enroll(alice.store, PYTHON_COURSE)
    alice.auth.sign_out()  # signs out with unsent work: it stays in her store

    with pytest.raises(WrongAccount):
        SyncEngine(alice.store, bob.auth).run_cycle()
    first_sync(bob)
    assert server_row(
        healthy_devserver,
        "select count(*) from enrollments where user_id in (%s, %s)",
        alice.user_id,
        bob.user_id,
    ) == (0,)
    assert Outbox(alice.store.db, alice.user_id).counts().pending == 1

    alice.auth.sign_in(alice.email, alice.password)
    SyncEngine(alice.store, alice.auth).run_cycle()
    assert server_row(
        healthy_devserver,
        "select user_id::text from enrollments where course_id = %s and user_id in (%s, %s)",
        PYTHON_COURSE,
        alice.user_id,
        bob.user_id,
    ) == (alice.user_id,)


def test_an_expired_access_token_is_refreshed_and_the_app_restores_offline(
    new_learner: Callable[..., Learner],
    short_jwt_expiry: int,
    keyring_backend: MemoryKeyring,
    profiles: ProfileDirectory,
) -> None:
    learner = new_learner()
    # A new app start: the session comes back from the vault with no network.
    restarted = AuthSession(learner.auth.settings, KeyringVault(keyring_backend))
    assert restarted.restore(learner.user_id) is not None
    stored = keyring_backend.entries.copy()
    first_sync(Learner(restarted, learner.store, learner.email, learner.password))
    assert keyring_backend.entries != stored  # the refreshed tokens were saved
    # The first session object adopts the rotated tokens from the vault
    # instead of presenting its revoked refresh token (which would be refused
    # with NeedsSignIn); with 2 s tokens it then refreshes them again.
    assert learner.auth.access_token()
    assert learner.auth.signed_in


def test_a_revoked_session_asks_for_sign_in_and_keeps_local_work(
    new_learner: Callable[..., Learner], keyring_backend: MemoryKeyring
) -> None:
    learner = new_learner()
    engine = first_sync(learner)
    learning.enroll(learner.store, PYTHON_COURSE)
    other_device = AuthSession(learner.auth.settings, KeyringVault(MemoryKeyring()))
    other_device.sign_in(learner.email, learner.password)
    other_device.sign_out(scope="global")  # revokes every session of the account
    with pytest.raises(NeedsSignIn):
        learner.auth.access_token(force_refresh=True)
    assert keyring_backend.entries == {}  # the useless tokens are gone from the vault
    with pytest.raises(NeedsSignIn):
        engine.run_cycle()
    assert Outbox(learner.store.db, learner.user_id).counts().pending == 1


def test_the_sdk_client_is_reused_until_the_token_changes(
    new_learner: Callable[..., Learner],
) -> None:
    learner = new_learner()
    first, token = learner.auth.client(), learner.auth.access_token()
    assert learner.auth.client() is first
    refreshed = learner.auth.access_token(force_refresh=True)
    # A token minted in the same second can be identical; a different one
    # must get a client that sends it.
    assert (learner.auth.client() is first) == (refreshed == token)
