"""The demo seed: consistent data, seen through the access rules (issue #2)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import bcrypt
import psycopg
import pytest

from devserver.db import user_claims
from tests.supabase.conftest import ANON, ApiResult

Api = Callable[..., ApiResult]
Conn = psycopg.Connection[dict[str, Any]]
INSTRUCTOR = "a1a1a1a1-0000-4000-8000-000000000001"
LEARNER = "a1a1a1a1-0000-4000-8000-000000000002"
DRAFT = "c0c0c0c0-0000-4000-8000-000000000004"


@pytest.mark.parametrize(
    ("email", "password", "uid", "role"),
    [
        ("instructor@lantern.local", "lantern-instructor", INSTRUCTOR, "instructor"),
        ("learner@lantern.local", "lantern-learner", LEARNER, "student"),
    ],
)
def test_demo_users_sign_in_and_have_profiles(
    admin_conn: Conn, email: str, password: str, uid: str, role: str
) -> None:
    row = admin_conn.execute(
        "select u.id::text as id, u.encrypted_password, p.role, "
        "(select count(*) from auth.identities i where i.user_id = u.id) as identities "
        "from auth.users u join profiles p on p.id = u.id where u.email = %s",
        (email,),
    ).fetchone()
    assert row is not None
    assert (row["id"], row["role"], row["identities"]) == (uid, role, 1)
    assert bcrypt.checkpw(password.encode(), row["encrypted_password"].encode())


def test_anon_catalogue_is_the_published_courses(api: Api) -> None:
    rows = api(ANON, "select id::text, title from courses order by title").rows
    assert len(rows) == 3
    assert DRAFT not in {r["id"] for r in rows}


def test_every_seed_lesson_has_a_markdown_body(admin_conn: Conn) -> None:
    rows = admin_conn.execute(
        "select l.title, c.body_markdown from lessons l "
        "left join lesson_contents c on c.lesson_id = l.id"
    ).fetchall()
    assert len(rows) >= 10
    for row in rows:
        body = row["body_markdown"]
        assert body is not None, row["title"]
        assert body.startswith("# "), row["title"]
        assert "\n- " in body or "\n1. " in body, row["title"]
        assert "```" in body, row["title"]


def test_prerequisites_name_earlier_lessons_of_the_same_course(admin_conn: Conn) -> None:
    rows = admin_conn.execute(
        "select l.title, p.course_id = l.course_id and p.order_index < l.order_index as ok "
        "from lessons l cross join unnest(l.prerequisites) pre(id) "
        "left join lessons p on p.id = pre.id"
    ).fetchall()
    assert rows, rows
    assert all(r["ok"] for r in rows), rows


def test_anon_reads_only_free_bodies(api: Api) -> None:
    rows = api(
        ANON, "select l.is_free from lesson_contents c join lessons l on l.id = c.lesson_id"
    ).rows
    assert rows
    assert all(r["is_free"] for r in rows)


def test_demo_learner_reads_paid_bodies_after_enrolling(api: Api) -> None:
    learner = user_claims(LEARNER, email="learner@lantern.local")
    course = "c0c0c0c0-0000-4000-8000-000000000001"
    before = len(api(learner, "select 1 from lesson_contents").rows)
    api(learner, "insert into enrollments (user_id, course_id) values (auth.uid(), %s)", (course,))
    after = len(api(learner, "select 1 from lesson_contents").rows)
    assert after == before + 3  # the course's three paid lessons


def test_achievement_criteria_cover_every_type(admin_conn: Conn) -> None:
    kinds = {
        r["kind"]
        for r in admin_conn.execute(
            "select criteria ->> 'type' as kind from achievements where is_active"
        )
    }
    assert kinds >= {"course_completion", "quiz_master", "streak", "lessons_completed", "points"}
