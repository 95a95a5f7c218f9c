"""Assessed quiz keys cannot be recovered through grading (issue #12, item 3).

Only whole attempts of a quiz are graded; an assessed quiz has an attempt
limit and a grading rule; an attempt past the limit is kept but not graded;
per-question feedback only once the quiz is closed, and only if allowed.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest

from devserver.db import as_caller
from tests.supabase.conftest import User
from tests.supabase.quiz_builders import (
    Conn,
    Refused,
    answers,
    enroll,
    make_course,
    options,
    run_each_concurrently,
    submit,
)
from tests.supabase.sync_support import call_push, make_op

BadInput = psycopg.errors.InvalidParameterValue


def add_quiz(admin: Conn, lesson_id: str, keys: Sequence[str]) -> list[str]:
    """Single-choice questions (options a–d) written in one statement, as
    ``lantern publish`` does, then their keys; returns the question ids."""
    ids = [str(uuid.uuid4()) for _ in keys]
    with admin.cursor() as cur:
        cur.execute(
            "insert into public.quiz_questions (id, lesson_id, position, kind, prompt, options) "
            "select q.id, %s, q.n, 'single_choice', 'Question ' || q.n, %s::jsonb "
            "from unnest(%s::uuid[]) with ordinality as q(id, n)",
            (lesson_id, json.dumps(options("a", "b", "c", "d")), ids),
        )
        cur.executemany(
            "insert into public.quiz_answer_keys (question_id, version, correct) "
            "values (%s, 1, %s)",
            [(qid, json.dumps([key])) for qid, key in zip(ids, keys, strict=True)],
        )
    return ids


@dataclass
class Quiz:
    learner: User
    teacher: User
    lesson_id: str
    questions: list[str]  # keys "b", "c", "d"

    def all_right(self) -> dict[str, Any]:
        return answers(dict(zip(self.questions, "bcd", strict=True)))

    def all_wrong(self) -> dict[str, Any]:
        return answers(dict.fromkeys(self.questions, "a"))


def quiz(admin: Conn, make_user: Callable[..., User], mode: str = "assessed") -> Quiz:
    teacher, learner = make_user("instructor"), make_user()
    course = make_course(admin, teacher.id, lessons=1, quiz_mode=mode)
    enroll(admin, learner.id, course.id)
    return Quiz(
        learner,
        teacher,
        course.lesson_ids[0],
        add_quiz(admin, course.lesson_ids[0], ["b", "c", "d"]),
    )


@pytest.fixture
def assessed(admin_conn: Conn, make_user: Callable[..., User]) -> Quiz:
    return quiz(admin_conn, make_user)


def points(admin: Conn, user: User) -> int:
    row = admin.execute("select points from public.profiles where id = %s", (user.id,)).fetchone()
    assert row is not None
    return int(row["points"])


def standing(api: Conn, user: User, lesson_id: str) -> dict[str, Any]:
    with as_caller(api, user.claims) as conn:
        row = conn.execute("select public.quiz_standing(%s) as s", (lesson_id,)).fetchone()
    assert row is not None
    return dict(row["s"])


def feedback(api: Conn, user: User, attempt_id: str) -> list[tuple[str, bool]]:
    with as_caller(api, user.claims) as conn:
        rows = conn.execute(
            "select question_id, is_correct from public.quiz_attempt_feedback(%s)", (attempt_id,)
        ).fetchall()
    return [(str(r["question_id"]), r["is_correct"]) for r in rows]


# -- whole attempts ---------------------------------------------------------------


def test_one_question_at_a_time_is_refused_so_the_key_cannot_be_probed(
    api_conn: Conn, assessed: Quiz
) -> None:
    # The audit's attack: answer one question, read 0 or 1, try the next option.
    for option in "abcd":
        with pytest.raises(BadInput, match="every question of the quiz"):
            submit(
                api_conn,
                assessed.learner.claims,
                assessed.lesson_id,
                answers({assessed.questions[0]: option}),
            )


def test_a_subset_of_two_questions_is_refused(api_conn: Conn, assessed: Quiz) -> None:
    with pytest.raises(BadInput, match="these 2 answers are not the whole quiz"):
        submit(
            api_conn,
            assessed.learner.claims,
            assessed.lesson_id,
            answers(dict(zip(assessed.questions[:2], "bc", strict=True))),
        )


def test_the_same_question_twice_in_other_spelling_is_refused(
    api_conn: Conn, assessed: Quiz
) -> None:
    given = assessed.all_right()
    given[assessed.questions[0].upper()] = {"version": 1, "answer": "a"}
    with pytest.raises(BadInput, match="answered twice"):
        submit(api_conn, assessed.learner.claims, assessed.lesson_id, given)


def test_an_offline_attempt_at_an_earlier_quiz_is_kept_but_no_mixture(
    api_conn: Conn, admin_conn: Conn, assessed: Quiz
) -> None:
    # The instructor adds a fourth question, then retires the first one.
    (fourth,) = add_quiz(admin_conn, assessed.lesson_id, ["a"])
    admin_conn.execute(
        "update public.quiz_questions set is_active = false where id = %s", (assessed.questions[0],)
    )
    earlier = submit(
        api_conn, assessed.learner.claims, assessed.lesson_id, assessed.all_wrong()
    )  # the quiz as downloaded before both changes: kept, not graded (test_quiz_current_set.py)
    assert (earlier["score"], earlier["counted"], earlier["not_counted_reason"]) == (
        None,
        False,
        "quiz_changed",
    )
    now = answers(dict(zip([*assessed.questions[1:], fourth], "cda", strict=True)))
    assert submit(api_conn, assessed.learner.claims, assessed.lesson_id, now)["score"] == 3
    # The first question with the new one, without the others: never a quiz.
    with pytest.raises(BadInput, match="not the whole quiz"):
        submit(
            api_conn,
            assessed.learner.claims,
            assessed.lesson_id,
            answers({assessed.questions[0]: "b", fourth: "a"}),
        )


def test_practice_quizzes_also_grade_whole_attempts_only(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    practice = quiz(admin_conn, make_user, mode="practice")
    with pytest.raises(BadInput, match="not the whole quiz"):
        submit(
            api_conn,
            practice.learner.claims,
            practice.lesson_id,
            answers({practice.questions[0]: "b"}),
        )


# -- the attempt limit -------------------------------------------------------------


def test_an_attempt_past_the_limit_is_kept_but_not_graded(
    api_conn: Conn, admin_conn: Conn, assessed: Quiz
) -> None:
    for number in (1, 2, 3):
        row = submit(api_conn, assessed.learner.claims, assessed.lesson_id, assessed.all_wrong())
        assert (row["counted"], row["attempt_number"], row["score"]) == (True, number, 0)
    late = submit(
        api_conn,
        assessed.learner.claims,
        assessed.lesson_id,
        assessed.all_right(),
        completed_at="2026-01-01T00:00:00Z",
    )
    assert late["counted"] is False
    assert late["not_counted_reason"] == "quiz_closed"
    assert late["attempt_number"] == 4
    assert late["score"] is None
    assert late["is_passed"] is None
    assert late["max_score"] == 3
    assert late["answers"] == assessed.all_right()  # kept as given
    assert points(admin_conn, assessed.learner) == 0
    stored = admin_conn.execute(
        "select count(*) as n from public.quiz_attempts where user_id = %s", (assessed.learner.id,)
    ).fetchone()
    assert stored == {"n": 4}
    assert standing(api_conn, assessed.learner, assessed.lesson_id) == {
        "quiz_mode": "assessed",
        "attempts_used": 3,
        "attempts_allowed": 3,
        "grading": "best",
        "score": 0,
        "max_score": 3,
        "passed": False,
        "closed": True,
        "feedback": False,
    }


def test_a_passed_assessed_quiz_is_closed(api_conn: Conn, admin_conn: Conn, assessed: Quiz) -> None:
    first = submit(api_conn, assessed.learner.claims, assessed.lesson_id, assessed.all_right())
    assert first["is_passed"]
    assert first["counted"]
    again = submit(api_conn, assessed.learner.claims, assessed.lesson_id, assessed.all_wrong())
    assert again["counted"] is False
    assert again["score"] is None
    state = standing(api_conn, assessed.learner, assessed.lesson_id)
    assert (state["attempts_used"], state["passed"], state["closed"], state["score"]) == (
        1,
        True,
        True,
        3,
    )


def test_the_instructor_sets_the_limit(api_conn: Conn, admin_conn: Conn, assessed: Quiz) -> None:
    with as_caller(api_conn, assessed.teacher.claims) as conn:
        conn.execute(
            "update public.lessons set quiz_max_attempts = 1 where id = %s", (assessed.lesson_id,)
        )
    submit(api_conn, assessed.learner.claims, assessed.lesson_id, assessed.all_wrong())
    second = submit(api_conn, assessed.learner.claims, assessed.lesson_id, assessed.all_right())
    assert second["counted"] is False


@pytest.mark.parametrize("limit", [0, 101, -1])
def test_limits_outside_1_to_100_are_refused(admin_conn: Conn, assessed: Quiz, limit: int) -> None:
    with pytest.raises(psycopg.errors.CheckViolation):
        admin_conn.execute(
            "update public.lessons set quiz_max_attempts = %s where id = %s",
            (limit, assessed.lesson_id),
        )


def test_learners_cannot_change_the_quiz_settings(
    api_conn: Conn, admin_conn: Conn, assessed: Quiz
) -> None:
    with as_caller(api_conn, assessed.learner.claims) as conn:
        changed = conn.execute(
            "update public.lessons set quiz_max_attempts = 100 where id = %s returning id",
            (assessed.lesson_id,),
        ).fetchall()
    assert changed == []
    row = admin_conn.execute(
        "select quiz_max_attempts from public.lessons where id = %s", (assessed.lesson_id,)
    ).fetchone()
    assert row == {"quiz_max_attempts": 3}


def test_practice_quizzes_have_no_limit(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    practice = quiz(admin_conn, make_user, mode="practice")
    rows = [
        submit(api_conn, practice.learner.claims, practice.lesson_id, practice.all_right())
        for _ in range(5)
    ]
    assert all(row["counted"] and row["score"] == 3 for row in rows)


def test_two_last_attempts_sent_at_once_count_once(
    db_url: str, api_conn: Conn, admin_conn: Conn, assessed: Quiz
) -> None:
    for _ in range(2):
        submit(api_conn, assessed.learner.claims, assessed.lesson_id, assessed.all_wrong())
    query = (
        "select * from public.submit_quiz_attempt(attempt_id => %s, lesson_id => %s, answers => %s)"
    )
    rows = run_each_concurrently(
        db_url,
        assessed.learner.claims,
        query,
        [
            (str(uuid.uuid4()), assessed.lesson_id, json.dumps(assessed.all_right()))
            for _ in range(2)
        ],
    )
    assert sorted(row["counted"] for row in rows) == [False, True]
    assert sorted(row["attempt_number"] for row in rows) == [3, 4]


def test_sync_push_keeps_an_offline_attempt_past_the_limit(
    api_conn: Conn, admin_conn: Conn, assessed: Quiz
) -> None:
    ops = [
        make_op(
            n,
            "quiz.submit",
            {
                "attempt_id": str(uuid.uuid4()),
                "lesson_id": assessed.lesson_id,
                "answers": assessed.all_wrong() if n < 4 else assessed.all_right(),
            },
        )
        for n in range(1, 5)
    ]
    result = call_push(api_conn, assessed.learner.claims, str(uuid.uuid4()), ops)
    assert [r["status"] for r in result["results"]] == ["applied"] * 4
    stored = [r["data"]["quiz_attempt"] for r in result["results"]]
    assert [(a["counted"], a["score"]) for a in stored] == [
        (True, 0),
        (True, 0),
        (True, 0),
        (False, None),
    ]
    assert points(admin_conn, assessed.learner) == 0


def test_sync_push_refuses_a_partial_attempt(api_conn: Conn, assessed: Quiz) -> None:
    op = make_op(
        1,
        "quiz.submit",
        {
            "attempt_id": str(uuid.uuid4()),
            "lesson_id": assessed.lesson_id,
            "answers": answers({assessed.questions[0]: "b"}),
        },
    )
    result = call_push(api_conn, assessed.learner.claims, str(uuid.uuid4()), [op])
    (outcome,) = result["results"]
    assert outcome["status"] == "rejected"
    assert "not the whole quiz" in outcome["reason"]


# -- the grading rule -------------------------------------------------------------


@pytest.mark.parametrize(("rule", "grade"), [("best", 2), ("last", 1)])
def test_the_grading_rule_picks_the_grade(
    api_conn: Conn, admin_conn: Conn, assessed: Quiz, rule: str, grade: int
) -> None:
    admin_conn.execute(
        "update public.lessons set quiz_grading = %s where id = %s", (rule, assessed.lesson_id)
    )
    q1, q2, q3 = assessed.questions
    for given in ({q1: "b", q2: "c", q3: "a"}, {q1: "b", q2: "a", q3: "a"}):  # 2/3, then 1/3
        submit(api_conn, assessed.learner.claims, assessed.lesson_id, answers(given))
    state = standing(api_conn, assessed.learner, assessed.lesson_id)
    assert (state["grading"], state["score"], state["closed"]) == (rule, grade, False)


def test_standing_needs_access_to_the_lesson(
    api_conn: Conn, assessed: Quiz, make_user: Callable[..., User]
) -> None:
    with pytest.raises(Refused):
        standing(api_conn, make_user(), assessed.lesson_id)


# -- per-question feedback --------------------------------------------------------


def test_no_feedback_per_question_while_the_quiz_is_open(
    api_conn: Conn, admin_conn: Conn, assessed: Quiz
) -> None:
    admin_conn.execute(
        "update public.lessons set quiz_feedback = true where id = %s", (assessed.lesson_id,)
    )
    q1, q2, q3 = assessed.questions
    attempt = submit(
        api_conn, assessed.learner.claims, assessed.lesson_id, answers({q1: "b", q2: "a", q3: "a"})
    )
    with pytest.raises(Refused, match="not available"):
        feedback(api_conn, assessed.learner, attempt["id"])


def test_no_feedback_per_question_unless_the_instructor_allows_it(
    api_conn: Conn, assessed: Quiz
) -> None:
    attempt = submit(
        api_conn, assessed.learner.claims, assessed.lesson_id, assessed.all_right()
    )  # passed: closed
    with pytest.raises(Refused, match="not available"):
        feedback(api_conn, assessed.learner, attempt["id"])


def test_feedback_per_question_once_closed_when_allowed(
    api_conn: Conn, admin_conn: Conn, assessed: Quiz, make_user: Callable[..., User]
) -> None:
    admin_conn.execute(
        "update public.lessons set quiz_feedback = true where id = %s", (assessed.lesson_id,)
    )
    q1, q2, q3 = assessed.questions
    attempts = [
        submit(
            api_conn,
            assessed.learner.claims,
            assessed.lesson_id,
            answers({q1: "b", q2: "a", q3: "a"}),
        )
        for _ in range(3)
    ]
    assert sorted(feedback(api_conn, assessed.learner, attempts[0]["id"])) == sorted(
        [(q1, True), (q2, False), (q3, False)]
    )
    with pytest.raises(Refused, match="not one of yours"):
        feedback(api_conn, make_user(), attempts[0]["id"])
    late = submit(api_conn, assessed.learner.claims, assessed.lesson_id, assessed.all_right())
    with pytest.raises(BadInput, match="over the attempt limit"):
        feedback(api_conn, assessed.learner, late["id"])
