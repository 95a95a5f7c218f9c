"""Progress on a course imported from a package (no internet in the
classroom) syncs like any other once the course exists on the server (#5)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg

from desktop.course_package import load_files
from desktop.publish.course import Publisher
from desktop.store.actions import learning, quizzes
from desktop.store.replica.importer import import_package
from desktop.sync.engine import SyncEngine
from devserver.server import DevServer
from tests.course_package.packages import COURSE, tiny_package
from tests.fixtures.devserver import SignedUpUser
from tests.fixtures.learners import Learner


def server_row(devserver: DevServer, sql: str, *params: Any) -> tuple[Any, ...] | None:
    with psycopg.connect(devserver.db_url) as conn:
        return conn.execute(sql, params).fetchone()


def test_offline_progress_on_an_imported_course_syncs_once_published(
    make_instructor: Callable[[], SignedUpUser],
    new_learner: Callable[..., Learner],
    devserver: DevServer,
    unique_slug: str,
) -> None:
    result = load_files(tiny_package({"course.toml": COURSE.replace('"tiny"', f'"{unique_slug}"')}))
    package = result.package
    assert package is not None
    first = package.lesson("first")

    # In the classroom: the package arrives on a USB stick; no server involved.
    learner = new_learner()
    import_package(learner.store, package)
    learning.enroll(learner.store, str(package.id))
    learning.record_time_spent(learner.store, str(first.id), 240)
    learning.complete_lesson(learner.store, str(first.id))
    quiz = quizzes.quiz_for_lesson(learner.store, str(first.id))
    assert quiz.can_grade_offline, "a practice quiz grades offline from the package's key"
    submission = quizzes.submit_quiz_attempt(
        learner.store,
        str(first.id),
        {q.id: {"version": q.version, "answer": "a"} for q in quiz.questions},
    )
    assert submission.feedback is not None

    # Later the instructor publishes the same package, and the learner syncs.
    teacher = make_instructor()
    Publisher(teacher.client, teacher.id).publish(package)
    report = SyncEngine(learner.store, learner.auth).run_cycle()
    assert report.rejected == 0
    assert report.pushed >= 4
    assert server_row(
        devserver,
        "select completion_percentage, time_spent_seconds from lesson_progress "
        "where user_id = %s and lesson_id = %s",
        learner.user_id,
        str(first.id),
    ) == (100, 240)
    assert server_row(
        devserver, "select score, max_score from quiz_attempts where id = %s", submission.attempt.id
    ) == (1, 1)
