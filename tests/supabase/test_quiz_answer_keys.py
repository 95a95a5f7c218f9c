"""Answer keys: practice keys downloadable, assessed keys never leave the server."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from psycopg import sql

from devserver.db import as_caller
from tests.supabase.conftest import ANON, User
from tests.supabase.quiz_builders import (
    Conn,
    Refused,
    add_question,
    enroll,
    make_course,
    select_all,
)

KEYS = "select question_id, version, correct from public.quiz_answer_keys"


@pytest.fixture(autouse=True)
def no_demo_quizzes(admin_conn: Conn) -> None:
    """The seed's demo quizzes would show up in these catalogue-wide reads."""
    admin_conn.execute("delete from public.quiz_questions")


@dataclass
class Quizzes:
    teacher: User
    learner: User  # enrolled in both courses
    practice_q: str
    assessed_q: str
    assessed_lesson: str
    secret: str
    practice_course: str
    assessed_course: str  # the assessed key's accepted answer, unique to this test


@pytest.fixture
def quizzes(admin_conn: Conn, make_user: Callable[..., User]) -> Quizzes:
    teacher = make_user("instructor")
    learner = make_user()
    practice = make_course(admin_conn, teacher.id, lessons=1, free=(0,))
    assessed = make_course(admin_conn, teacher.id, lessons=1, free=(0,), quiz_mode="assessed")
    secret = f"zebra-{uuid.uuid4().hex}"
    practice_q = add_question(admin_conn, practice.lesson_ids[0], "single_choice", ["b"])
    assessed_q = add_question(admin_conn, assessed.lesson_ids[0], "short_answer", [secret])
    enroll(admin_conn, learner.id, practice.id)
    enroll(admin_conn, learner.id, assessed.id)
    return Quizzes(
        teacher,
        learner,
        practice_q,
        assessed_q,
        assessed.lesson_ids[0],
        secret,
        practice.id,
        assessed.id,
    )


def test_enrolled_learner_downloads_practice_keys_only(api_conn: Conn, quizzes: Quizzes) -> None:
    rows = select_all(api_conn, quizzes.learner.claims, KEYS)
    assert [(r["question_id"], r["correct"]) for r in rows] == [(quizzes.practice_q, ["b"])]


def test_anon_reads_practice_keys_of_free_lessons_only(api_conn: Conn, quizzes: Quizzes) -> None:
    rows = select_all(api_conn, ANON, KEYS)
    assert [r["question_id"] for r in rows] == [quizzes.practice_q]


def test_learner_not_allowed_to_read_the_lesson_gets_no_practice_key(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    course = make_course(admin_conn, make_user("instructor").id, lessons=1)  # not free
    add_question(admin_conn, course.lesson_ids[0], "single_choice", ["a"])
    assert select_all(api_conn, make_user().claims, KEYS) == []


def test_teacher_and_admin_read_assessed_keys(
    api_conn: Conn, make_user: Callable[..., User], quizzes: Quizzes
) -> None:
    for caller in (quizzes.teacher, make_user("admin")):
        ids = {r["question_id"] for r in select_all(api_conn, caller.claims, KEYS)}
        assert quizzes.assessed_q in ids
    other_teacher = make_user("instructor")
    ids = {r["question_id"] for r in select_all(api_conn, other_teacher.claims, KEYS)}
    assert quizzes.assessed_q not in ids


def test_switching_a_lesson_to_assessed_hides_its_keys(
    api_conn: Conn, admin_conn: Conn, quizzes: Quizzes
) -> None:
    # Its practice questions must be retired first (test_quiz_mode_switch.py).
    admin_conn.execute(
        "update public.quiz_questions set is_active = false where id = %s", (quizzes.practice_q,)
    )
    admin_conn.execute(
        "update public.lessons set quiz_mode = 'assessed' where id = "
        "(select lesson_id from public.quiz_questions where id = %s)",
        (quizzes.practice_q,),
    )
    assert select_all(api_conn, quizzes.learner.claims, KEYS) == []


def test_assessed_key_absent_from_joins_versions_and_filters(
    api_conn: Conn, quizzes: Quizzes
) -> None:
    claims = quizzes.learner.claims
    # What a PostgREST embed (quiz_questions?select=*,quiz_answer_keys(*)) runs.
    joined = select_all(
        api_conn,
        claims,
        "select q.id, k.correct from public.quiz_questions q "
        "left join public.quiz_answer_keys k on k.question_id = q.id "
        "and k.version = q.version where q.id = %s",
        (quizzes.assessed_q,),
    )
    assert joined == [{"id": quizzes.assessed_q, "correct": None}]
    # Probing the key with a filter reveals nothing either.
    probe = select_all(
        api_conn,
        claims,
        "select count(*) as n from public.quiz_answer_keys where correct ? %s",
        (quizzes.secret,),
    )
    assert probe == [{"n": 0}]
    versions = select_all(
        api_conn,
        claims,
        "select to_jsonb(v) as row from public.quiz_question_versions v where question_id = %s",
        (quizzes.assessed_q,),
    )
    assert len(versions) == 1
    assert quizzes.secret not in json.dumps(versions)


def _readable_relations(conn: psycopg.Connection[Any]) -> list[tuple[str, str]]:
    rows = conn.execute(
        "select n.nspname, c.relname from pg_class c "
        "join pg_namespace n on n.oid = c.relnamespace "
        "where n.nspname in ('public', 'storage') and c.relkind in ('r', 'v', 'm', 'p') "
        "and has_table_privilege(current_user, c.oid, 'select')"
    ).fetchall()
    return [(r["nspname"], r["relname"]) for r in rows]


@pytest.mark.parametrize("who", ["learner", "anon"])
def test_no_readable_table_or_view_returns_an_assessed_key(
    api_conn: Conn, quizzes: Quizzes, who: str
) -> None:
    claims = quizzes.learner.claims if who == "learner" else ANON
    with as_caller(api_conn, claims) as conn:
        relations = _readable_relations(conn)
        assert ("public", "quiz_answer_keys") in relations
        for schema, name in relations:
            query = sql.SQL(
                "select coalesce(jsonb_agg(to_jsonb(t)), '[]')::text as dump from {}.{} t"
            ).format(sql.Identifier(schema), sql.Identifier(name))
            dump = conn.execute(query).fetchone()
            assert dump is not None
            assert quizzes.secret not in dump["dump"], f"{schema}.{name} leaks the key"


def test_no_view_bypasses_row_level_security_on_keys(admin_conn: Conn) -> None:
    leaking = admin_conn.execute(
        "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
        "where c.relkind in ('v', 'm') and n.nspname = 'public' "
        "and pg_get_viewdef(c.oid) ilike '%%quiz_answer_keys%%' "
        "and not coalesce('security_invoker=true' = any (c.reloptions), false)"
    ).fetchall()
    assert leaking == []


def test_functions_learners_may_call_do_not_read_keys(admin_conn: Conn) -> None:
    """A SECURITY DEFINER function bypasses RLS: only the two policy helpers (which
    answer a yes/no about the caller) may read keys that way, and
    quiz_attempt_feedback, which returns right/wrong per question of the
    caller's own attempt (never a key), for an assessed quiz only once it is
    closed for them and allowed (tests/supabase/test_quiz_attempt_limits.py);
    and teaching_missed_questions, which names the questions an attempt got
    wrong (never a key) to the course's teacher and admins only, who may read
    the keys anyway (tests/supabase/test_sync_teaching.py).  Grading
    goes through submit_quiz_attempt -> private.grade_quiz, which returns a
    score only.
    SECURITY INVOKER functions (sync_pull) read keys under the caller's RLS."""
    rows = admin_conn.execute(
        "select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace "
        "where n.nspname = 'public' and p.prosecdef and p.prosrc ilike '%%quiz_answer_keys%%' "
        "and p.prorettype <> 'trigger'::regtype "
        "and (has_function_privilege('authenticated', p.oid, 'execute') "
        "     or has_function_privilege('anon', p.oid, 'execute'))"
    ).fetchall()
    assert {r["proname"] for r in rows} <= {
        "can_read_answer_key",
        "can_manage_question",
        "quiz_attempt_feedback",
        "teaching_missed_questions",
    }


def _pull_everything(api: Conn, claims: dict[str, Any], scope: str) -> str:
    """Every page of sync_pull(scope) as the caller, as one JSON text."""
    pages, cursor = [], None
    for _ in range(50):
        with as_caller(api, claims) as conn:
            row = conn.execute(
                "select public.sync_pull(%s, %s) as page", (scope, cursor)
            ).fetchone()
        assert row is not None
        pages.append(row["page"])
        if not row["page"]["has_more"]:
            return json.dumps(pages)
        cursor = row["page"]["next_cursor"]
    raise AssertionError(f"sync_pull({scope}) never finished")


def test_sync_pull_hands_out_practice_keys_but_never_assessed_ones(
    api_conn: Conn, quizzes: Quizzes
) -> None:
    claims = quizzes.learner.claims
    practice = _pull_everything(api_conn, claims, f"course:{quizzes.practice_course}")
    assert "quiz_answer_keys" in practice  # the pull does carry keys ...
    for scope in ("catalogue", "me", f"course:{quizzes.assessed_course}"):
        assert quizzes.secret not in _pull_everything(api_conn, claims, scope), scope
    teacher = _pull_everything(
        api_conn, quizzes.teacher.claims, f"course:{quizzes.assessed_course}"
    )
    assert quizzes.secret not in teacher  # ... but not assessed ones, not even to teachers


def test_instructor_writes_keys_only_for_own_questions(
    api_conn: Conn, make_user: Callable[..., User], quizzes: Quizzes
) -> None:
    with as_caller(api_conn, quizzes.teacher.claims) as conn:
        conn.execute(
            "update public.quiz_answer_keys set correct = '[\"c\"]' where question_id = %s",
            (quizzes.practice_q,),
        )
    outsider = make_user("instructor")
    with as_caller(api_conn, outsider.claims) as conn:
        assert (
            conn.execute(
                "update public.quiz_answer_keys set correct = '[\"a\"]' where question_id = %s",
                (quizzes.practice_q,),
            ).rowcount
            == 0
        )
    with pytest.raises(Refused), as_caller(api_conn, quizzes.learner.claims) as conn:
        conn.execute(
            "insert into public.quiz_answer_keys (question_id, version, correct) "
            "values (%s, 2, '[\"a\"]')",
            (quizzes.practice_q,),
        )


@pytest.mark.parametrize("correct", [["z"], ["a", "b"], [], ["a", "a"], [1]])
def test_key_that_does_not_fit_the_question_is_refused(
    admin_conn: Conn, quizzes: Quizzes, correct: list[Any]
) -> None:
    with pytest.raises(psycopg.errors.CheckViolation):
        admin_conn.execute(
            "update public.quiz_answer_keys set correct = %s where question_id = %s",
            (json.dumps(correct), quizzes.practice_q),
        )


def test_key_is_carried_to_a_new_version_while_it_still_fits(
    api_conn: Conn, admin_conn: Conn, quizzes: Quizzes
) -> None:
    with as_caller(api_conn, quizzes.teacher.claims) as conn:
        conn.execute(
            "update public.quiz_questions set prompt = 'Typo fixed' where id = %s",
            (quizzes.practice_q,),
        )
        # Option "b" (the key) is gone in version 3: no key is carried there.
        conn.execute(
            "update public.quiz_questions set options = "
            '\'[{"id":"x","text":"X"},{"id":"y","text":"Y"}]\' '
            "where id = %s",
            (quizzes.practice_q,),
        )
    keys = admin_conn.execute(
        "select version, correct from public.quiz_answer_keys "
        "where question_id = %s order by version",
        (quizzes.practice_q,),
    ).fetchall()
    assert [(k["version"], k["correct"]) for k in keys] == [(1, ["b"]), (2, ["b"])]
