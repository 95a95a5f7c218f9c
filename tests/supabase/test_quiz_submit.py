"""submit_quiz_attempt: the only way an attempt is stored, graded on the server."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest

from devserver.db import as_caller
from tests.supabase.conftest import ANON, User
from tests.supabase.quiz_builders import (
    Conn,
    Refused,
    add_question,
    answers,
    enroll,
    make_course,
    run_concurrently,
    select_all,
    submit,
)

BadInput = psycopg.errors.InvalidParameterValue  # 22023: PostgREST answers 400


@dataclass
class Setup:
    teacher: User
    learner: User
    lesson_id: str
    other_lesson_id: str
    question: str  # single choice, key "b", 1 point
    secret: str  # accepted answer of an assessed short-answer question
    short: str


@pytest.fixture
def setup(admin_conn: Conn, make_user: Callable[..., User]) -> Setup:
    teacher, learner = make_user("instructor"), make_user()
    course = make_course(admin_conn, teacher.id, lessons=2, quiz_mode="assessed")
    enroll(admin_conn, learner.id, course.id)
    question = add_question(admin_conn, course.lesson_ids[0], "single_choice", ["b"])
    secret = f"secret-{uuid.uuid4().hex}"
    short = add_question(admin_conn, course.lesson_ids[0], "short_answer", [secret], position=1)
    return Setup(
        teacher, learner, course.lesson_ids[0], course.lesson_ids[1], question, secret, short
    )


def whole(setup: Setup, choice: str, short: str = "a guess") -> dict[str, Any]:
    """An attempt at the whole quiz (both questions); only whole current quizzes are graded."""
    return answers({setup.question: choice, setup.short: short})


def points(admin: Conn, user: User) -> int:
    row = admin.execute("select points from public.profiles where id = %s", (user.id,)).fetchone()
    assert row is not None
    return int(row["points"])


@pytest.mark.parametrize(
    "statement",
    [
        "insert into public.quiz_attempts (user_id, lesson_id, score, max_score, answers) "
        "values (%(me)s, %(lesson)s, 10, 10, '{}')",
        "update public.quiz_attempts set score = max_score where user_id = %(me)s",
        "delete from public.quiz_attempts where user_id = %(me)s",
    ],
)
def test_learner_cannot_write_attempts_directly(
    api_conn: Conn, setup: Setup, statement: str
) -> None:
    submit(api_conn, setup.learner.claims, setup.lesson_id, answers({setup.question: "a"}))
    with pytest.raises(Refused), as_caller(api_conn, setup.learner.claims) as conn:
        conn.execute(statement, {"me": setup.learner.id, "lesson": setup.lesson_id})


def test_score_comes_from_the_server_not_the_client(api_conn: Conn, setup: Setup) -> None:
    forged = whole(setup, "a")
    forged["score"] = 100
    with pytest.raises(BadInput):
        submit(api_conn, setup.learner.claims, setup.lesson_id, forged)
    row = submit(api_conn, setup.learner.claims, setup.lesson_id, whole(setup, "a"))
    assert (row["score"], row["max_score"], row["is_passed"]) == (0, 2, False)
    assert row["user_id"] == setup.learner.id


def test_retry_returns_the_stored_attempt_and_awards_nothing_twice(
    api_conn: Conn, admin_conn: Conn, setup: Setup
) -> None:
    attempt = str(uuid.uuid4())
    first = submit(
        api_conn,
        setup.learner.claims,
        setup.lesson_id,
        whole(setup, "b", setup.secret),
        attempt_id=attempt,
    )
    after_first = points(admin_conn, setup.learner)
    again = submit(
        api_conn,
        setup.learner.claims,
        setup.lesson_id,
        whole(setup, "a"),
        attempt_id=attempt,
    )  # different answers
    assert again == first
    assert points(admin_conn, setup.learner) == after_first == 20
    count = admin_conn.execute(
        "select count(*) as n from public.quiz_attempts where id = %s", (attempt,)
    ).fetchone()
    assert count == {"n": 1}


def test_attempt_id_of_another_learner_is_refused(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User], setup: Setup
) -> None:
    attempt = str(uuid.uuid4())
    submit(
        api_conn,
        setup.learner.claims,
        setup.lesson_id,
        answers({setup.question: "b"}),
        attempt_id=attempt,
    )
    other = make_user()
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) "
        "select %s, course_id from public.lessons where id = %s",
        (other.id, setup.lesson_id),
    )
    with pytest.raises(psycopg.errors.UniqueViolation):
        submit(
            api_conn,
            other.claims,
            setup.lesson_id,
            answers({setup.question: "b"}),
            attempt_id=attempt,
        )


def test_anon_and_learners_without_access_cannot_submit(
    api_conn: Conn, make_user: Callable[..., User], setup: Setup
) -> None:
    with pytest.raises(Refused):
        submit(api_conn, ANON, setup.lesson_id, answers({setup.question: "b"}))
    with pytest.raises(Refused):  # not enrolled, lesson not free
        submit(api_conn, make_user().claims, setup.lesson_id, answers({setup.question: "b"}))


def test_offline_attempt_is_graded_against_the_version_the_learner_saw(
    api_conn: Conn, admin_conn: Conn, setup: Setup
) -> None:
    # The learner downloads version 1 (key "b") and answers offline.  Meanwhile
    # the instructor rewrites the question (version 2, option b removed, key c).
    offline = {**answers({setup.question: "b"}, version=1), **answers({setup.short: "x"})}
    with as_caller(api_conn, setup.teacher.claims) as conn:
        conn.execute(
            "update public.quiz_questions set options = "
            '\'[{"id":"a","text":"A"},{"id":"c","text":"C"}]\' '
            "where id = %s",
            (setup.question,),
        )
        conn.execute(
            "insert into public.quiz_answer_keys (question_id, version, correct) "
            "values (%s, 2, '[\"c\"]')",
            (setup.question,),
        )
    row = submit(api_conn, setup.learner.claims, setup.lesson_id, offline)
    assert (row["score"], row["max_score"], row["counted"]) == (1, 2, True)
    now = answers({setup.short: "x"})
    fresh = submit(
        api_conn,
        setup.learner.claims,
        setup.lesson_id,
        {**answers({setup.question: "b"}, version=2), **now},
    )
    assert fresh["score"] == 0
    fresh = submit(
        api_conn,
        setup.learner.claims,
        setup.lesson_id,
        {**answers({setup.question: "c"}, version=2), **now},
    )
    assert fresh["score"] == 1
    # A retired question is no longer the quiz: an attempt naming it is kept,
    # not graded (test_quiz_current_set.py).
    with as_caller(api_conn, setup.teacher.claims) as conn:
        conn.execute(
            "update public.quiz_questions set is_active = false where id = %s", (setup.question,)
        )
    late = submit(api_conn, setup.learner.claims, setup.lesson_id, offline)
    assert (late["counted"], late["score"], late["not_counted_reason"]) == (
        False,
        None,
        "quiz_changed",
    )


@pytest.mark.parametrize(
    ("make_answers", "message"),
    [
        (lambda s: answers({s.question: "b"}, version=99), "version 99 does not exist"),
        (lambda s: {str(uuid.uuid4()): {"version": 1, "answer": "b"}}, "does not exist"),
        (lambda s: {"not-a-uuid": {"version": 1, "answer": "b"}}, "is not a question id"),
        (lambda s: {s.question: {"answer": "b"}}, 'needs {"version"'),
        (lambda s: {s.question: {"version": 1.5, "answer": "b"}}, 'needs {"version"'),
        (lambda s: {s.question: "b"}, 'needs {"version"'),
        (lambda s: [], "must be a JSON object"),
        (lambda s: {}, "at least one question"),
    ],
)
def test_attempts_that_cannot_be_graded_get_a_clear_error(
    api_conn: Conn, setup: Setup, make_answers: Callable[[Setup], Any], message: str
) -> None:
    with pytest.raises(BadInput, match=message.replace("{", r"\{").replace('"', '"')):
        submit(api_conn, setup.learner.claims, setup.lesson_id, make_answers(setup))


def test_question_of_another_lesson_is_refused(api_conn: Conn, setup: Setup) -> None:
    with pytest.raises(BadInput, match="does not exist in lesson"):
        submit(
            api_conn, setup.learner.claims, setup.other_lesson_id, answers({setup.question: "b"})
        )


def test_completed_at_is_kept_but_never_in_the_future(api_conn: Conn, setup: Setup) -> None:
    past = datetime.now(UTC) - timedelta(days=3)
    row = submit(
        api_conn,
        setup.learner.claims,
        setup.lesson_id,
        answers({setup.question: "b"}),
        completed_at=past.isoformat(),
        time_taken=42,
    )
    assert row["completed_at"] == past
    assert row["time_taken_seconds"] == 42
    future = datetime.now(UTC) + timedelta(days=3)
    row = submit(
        api_conn,
        setup.learner.claims,
        setup.lesson_id,
        answers({setup.question: "b"}),
        completed_at=future.isoformat(),
    )
    assert row["completed_at"] <= datetime.now(UTC)
    assert row["graded_at"] >= row["completed_at"]


def test_negative_time_taken_is_refused(api_conn: Conn, setup: Setup) -> None:
    with pytest.raises(BadInput):
        submit(
            api_conn,
            setup.learner.claims,
            setup.lesson_id,
            answers({setup.question: "b"}),
            time_taken=-1,
        )


def test_passing_the_same_quiz_twice_awards_points_once(
    api_conn: Conn, admin_conn: Conn, setup: Setup
) -> None:
    submit(api_conn, setup.learner.claims, setup.lesson_id, whole(setup, "a"))
    assert points(admin_conn, setup.learner) == 0
    for _ in range(2):
        submit(api_conn, setup.learner.claims, setup.lesson_id, whole(setup, "b", setup.secret))
    assert points(admin_conn, setup.learner) == 20
    profile = admin_conn.execute(
        "select streak_days from public.profiles where id = %s", (setup.learner.id,)
    ).fetchone()
    assert profile == {"streak_days": 1}


def test_two_concurrent_submissions_of_one_attempt_store_it_once(
    db_url: str, admin_conn: Conn, setup: Setup
) -> None:
    attempt = str(uuid.uuid4())
    rows = run_concurrently(
        db_url,
        setup.learner.claims,
        "select * from public.submit_quiz_attempt(%s, %s, %s)",
        (attempt, setup.lesson_id, json.dumps(whole(setup, "b", setup.secret))),
    )
    assert rows[0] == rows[1]
    assert rows[0]["id"] == attempt
    assert points(admin_conn, setup.learner) == 20


def test_assessed_key_never_appears_in_what_submit_returns(api_conn: Conn, setup: Setup) -> None:
    row = submit(
        api_conn,
        setup.learner.claims,
        setup.lesson_id,
        answers({setup.question: "a", setup.short: "a guess"}),
    )
    assert row["score"] == 0
    assert setup.secret not in repr(row)
    with pytest.raises(BadInput) as error:
        submit(
            api_conn, setup.learner.claims, setup.lesson_id, answers({setup.short: "x"}, version=7)
        )
    assert setup.secret not in str(error.value)


def test_attempts_visible_to_their_learner_and_teacher_only(
    api_conn: Conn, make_user: Callable[..., User], setup: Setup
) -> None:
    row = submit(api_conn, setup.learner.claims, setup.lesson_id, answers({setup.question: "b"}))
    query = "select id from public.quiz_attempts"
    assert select_all(api_conn, setup.learner.claims, query) == [{"id": row["id"]}]
    assert select_all(api_conn, setup.teacher.claims, query) == [{"id": row["id"]}]
    assert select_all(api_conn, make_user().claims, query) == []
    assert select_all(api_conn, make_user("instructor").claims, query) == []
