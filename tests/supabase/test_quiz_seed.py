"""The demo quizzes in supabase/seed.sql: a practice one and an assessed one that work."""

from __future__ import annotations

from devserver.db import user_claims
from tests.supabase.quiz_builders import Conn, answers, enroll, select_all, submit

LEARNER = "a1a1a1a1-0000-4000-8000-000000000002"
PYTHON_COURSE = "c0c0c0c0-0000-4000-8000-000000000001"
HELLO = "e1e1e1e1-0001-4000-8000-000000000001"  # free, practice
FUNCTIONS = "e1e1e1e1-0001-4000-8000-000000000004"  # assessed


def q(lesson: int, number: int) -> str:
    return f"f0f0f0f0-01{lesson:02d}-4000-8000-00000000000{number}"


def test_seed_quizzes_cover_every_kind_in_both_modes(admin_conn: Conn) -> None:
    rows = admin_conn.execute(
        "select l.quiz_mode, array_agg(distinct q.kind order by q.kind) as kinds, "
        "count(*) as n, count(k.question_id) as keyed "
        "from public.quiz_questions q join public.lessons l on l.id = q.lesson_id "
        "left join public.quiz_answer_keys k on k.question_id = q.id and k.version = q.version "
        "group by l.quiz_mode order by l.quiz_mode"
    ).fetchall()
    kinds = ["multiple_choice", "short_answer", "single_choice"]
    assert [(r["quiz_mode"], r["kinds"]) for r in rows] == [
        ("assessed", kinds),
        ("practice", kinds),
    ]
    assert all(3 <= r["n"] == r["keyed"] for r in rows)


def test_demo_learner_downloads_the_practice_key_but_not_the_assessed_one(
    api_conn: Conn, admin_conn: Conn
) -> None:
    enroll(admin_conn, LEARNER, PYTHON_COURSE)
    keys = select_all(
        api_conn,
        user_claims(LEARNER),
        "select question_id from public.quiz_answer_keys order by question_id",
    )
    assert [k["question_id"] for k in keys] == [q(1, n) for n in range(1, 5)]


def test_demo_quizzes_grade_on_the_server(api_conn: Conn, admin_conn: Conn) -> None:
    enroll(admin_conn, LEARNER, PYTHON_COURSE)
    claims = user_claims(LEARNER)
    practice = submit(
        api_conn,
        claims,
        HELLO,
        answers({q(1, 1): "b", q(1, 2): ["c", "a"], q(1, 3): " Input() ", q(1, 4): "b"}),
    )
    assert (practice["score"], practice["max_score"], practice["is_passed"]) == (4, 5, True)
    assessed = submit(
        api_conn, claims, FUNCTIONS, answers({q(4, 1): "b", q(4, 2): ["a"], q(4, 3): "none"})
    )
    assert (assessed["score"], assessed["max_score"], assessed["is_passed"]) == (2, 4, False)
