"""Build courses, lessons and quizzes for the quiz/progress/reward schema tests.

Rows are written over a superuser connection (as a publisher or the service
side would), so the tests do not depend on the demo seed; every trigger still
fires.  Requests *as* a learner go through ``devserver.db.as_caller``.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.rows import dict_row

from devserver.db import as_caller

Conn = psycopg.Connection[dict[str, Any]]
# What PostgREST answers 401/403 for: a missing privilege or an RLS violation.
Refused = psycopg.errors.InsufficientPrivilege


@dataclass(frozen=True)
class Course:
    id: str
    lesson_ids: list[str]


def make_course(
    admin: Conn,
    instructor_id: str | None,
    *,
    lessons: int = 2,
    published: bool = True,
    free: Sequence[int] = (),
    quiz_mode: str = "practice",
    title: str = "Course",
) -> Course:
    course_id = str(uuid.uuid4())
    admin.execute(
        "insert into public.courses (id, title, instructor_id, is_published) "
        "values (%s, %s, %s, %s)",
        (course_id, title, instructor_id, published),
    )
    lesson_ids = []
    for index in range(lessons):
        lesson_id = str(uuid.uuid4())
        admin.execute(
            "insert into public.lessons (id, course_id, title, component_path, order_index, "
            "is_free, quiz_mode) values (%s, %s, %s, %s, %s, %s, %s)",
            (
                lesson_id,
                course_id,
                f"Lesson {index + 1}",
                f"lessons/l{index + 1}",
                index + 1,
                index in free,
                quiz_mode,
            ),
        )
        lesson_ids.append(lesson_id)
    return Course(course_id, lesson_ids)


def options(*ids: str) -> list[dict[str, str]]:
    return [{"id": i, "text": f"Option {i}"} for i in ids]


def add_question(
    admin: Conn,
    lesson_id: str,
    kind: str,
    correct: Sequence[str],
    *,
    opts: Sequence[str] = ("a", "b", "c"),
    points: int = 1,
    position: int = 0,
    prompt: str | None = None,
) -> str:
    """A question (version 1) and its answer key; returns the question id."""
    question_id = str(uuid.uuid4())
    option_list = [] if kind == "short_answer" else options(*opts)
    admin.execute(
        "insert into public.quiz_questions (id, lesson_id, position, kind, prompt, options, "
        "points) values (%s, %s, %s, %s, %s, %s, %s)",
        (
            question_id,
            lesson_id,
            position,
            kind,
            prompt or f"Question {position}",
            json.dumps(option_list),
            points,
        ),
    )
    admin.execute(
        "insert into public.quiz_answer_keys (question_id, version, correct) values (%s, 1, %s)",
        (question_id, json.dumps(list(correct))),
    )
    return question_id


def enroll(admin: Conn, user_id: str, course_id: str) -> None:
    admin.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)", (user_id, course_id)
    )


def answers(entries: Mapping[str, Any], version: int = 1) -> dict[str, Any]:
    """Attempt answers in the contract's shape: {question_id: {version, answer}}."""
    return {qid: {"version": version, "answer": answer} for qid, answer in entries.items()}


def submit(
    api: Conn,
    claims: Mapping[str, Any],
    lesson_id: str,
    given: Mapping[str, Any],
    *,
    attempt_id: str | None = None,
    completed_at: str | None = None,
    time_taken: int | None = None,
) -> dict[str, Any]:
    """Call submit_quiz_attempt as PostgREST would; returns the stored attempt."""
    with as_caller(api, claims) as conn:
        row = conn.execute(
            "select * from public.submit_quiz_attempt(attempt_id => %s, lesson_id => %s, "
            "answers => %s, time_taken_seconds => %s, completed_at => %s)",
            (
                attempt_id or str(uuid.uuid4()),
                lesson_id,
                json.dumps(given),
                time_taken,
                completed_at,
            ),
        ).fetchone()
    assert row is not None
    return plain(row)


def select_all(
    api: Conn, claims: Mapping[str, Any], query: str, params: Sequence[Any] = ()
) -> list[dict[str, Any]]:
    """Rows of ``query`` run as the caller, with uuids as strings."""
    with as_caller(api, claims) as conn:
        rows = conn.execute(query, params).fetchall()
    return [plain(r) for r in rows]


def plain(row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: str(v) if isinstance(v, uuid.UUID) else v for k, v in row.items()}


def run_concurrently(
    db_url: str, claims: Mapping[str, Any], query: str, params: Sequence[Any], *, copies: int = 2
) -> list[dict[str, Any]]:
    """Send the same request ``copies`` times at once (see run_each_concurrently)."""
    return run_each_concurrently(db_url, claims, query, [params] * copies)


def run_each_concurrently(
    db_url: str, claims: Mapping[str, Any], query: str, params_list: Sequence[Sequence[Any]]
) -> list[dict[str, Any]]:
    """Run ``query`` once per parameter set, all at the same time, each on its own connection.

    Every thread opens its transaction, waits at a barrier, then sends the
    query, so the requests really overlap.  Returns each request's first row;
    an error in any thread is re-raised here.
    """
    barrier = threading.Barrier(len(params_list))
    results: list[dict[str, Any]] = []
    errors: list[BaseException] = []

    def worker(params: Sequence[Any]) -> None:
        try:
            with (
                psycopg.connect(db_url, autocommit=True, row_factory=dict_row) as conn,
                as_caller(conn, claims) as tx,
            ):
                barrier.wait(timeout=10)
                row = tx.execute(query, params).fetchone()
                results.append(plain(row or {}))
        except BaseException as exc:  # the main thread re-raises it
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(p,)) for p in params_list]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    if errors:
        raise errors[0]
    assert len(results) == len(params_list), "a concurrent request did not finish"
    return results


def save_progress(
    api: Conn,
    claims: Mapping[str, Any],
    course_id: str,
    lesson_id: str,
    percentage: int,
    *,
    completed_at: str | None = None,
    time_spent: int = 0,
) -> dict[str, Any]:
    """Upsert the caller's lesson progress the way the client does through PostgREST."""
    with as_caller(api, claims) as conn:
        row = conn.execute(
            "insert into public.lesson_progress as lp (user_id, lesson_id, course_id, "
            "completion_percentage, completed_at, time_spent_seconds) "
            "values (auth.uid(), %s, %s, %s, %s, %s) "
            "on conflict (user_id, lesson_id) do update set "
            "completion_percentage = excluded.completion_percentage, "
            "completed_at = excluded.completed_at, "
            "time_spent_seconds = excluded.time_spent_seconds returning lp.*",
            (lesson_id, course_id, percentage, completed_at, time_spent),
        ).fetchone()
    assert row is not None
    return plain(row)
