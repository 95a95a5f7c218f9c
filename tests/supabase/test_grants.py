"""Explicit grants: the same refusals with and without Supabase's old default
grants (ALL on every new table and function to anon and authenticated)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest
from psycopg import errors

from tests.helpers.pg import Cluster
from tests.supabase.conftest import ANON, ApiResult, Cast

Api = Callable[..., ApiResult]
Conn = psycopg.Connection[dict[str, Any]]


@pytest.fixture(scope="module", params=["current", "legacy"])
def project_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def db_url(
    request: pytest.FixtureRequest, pg_cluster: Cluster, db_template: str, project_kind: str
) -> Iterator[str]:
    """Overrides the per-test database: one per kind of project, shared by the
    tests of this module (each touches only rows its own ``cast`` creates)."""
    template = (
        db_template if project_kind == "current" else request.getfixturevalue("db_template_legacy")
    )
    with pg_cluster.copy_of(template) as url:
        yield url


def test_legacy_project_really_has_the_old_default_grants(
    admin_conn: Conn, project_kind: str
) -> None:
    row = admin_conn.execute(
        "select count(*) as n from pg_default_acl d "
        "join pg_namespace n on n.oid = d.defaclnamespace "
        "where n.nspname = 'public'"
    ).fetchone()
    assert row is not None
    assert (row["n"] > 0) is (project_kind == "legacy")


def test_every_public_table_has_row_level_security(admin_conn: Conn) -> None:
    rows = admin_conn.execute(
        "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
        "where n.nspname = 'public' and c.relkind in ('r', 'p') "
        "and not c.relrowsecurity"
    ).fetchall()
    assert rows == []


def test_api_roles_never_hold_truncate_references_or_trigger(admin_conn: Conn) -> None:
    rows = admin_conn.execute(
        "select c.relname, r.rolname, p.privilege_type "
        "from pg_class c join pg_namespace n on n.oid = c.relnamespace "
        "cross join (values ('anon'), ('authenticated')) r(rolname) "
        "cross join (values ('TRUNCATE'), ('REFERENCES'), ('TRIGGER')) p(privilege_type) "
        "where n.nspname = 'public' and c.relkind in ('r', 'p', 'v') "
        "and has_table_privilege(r.rolname, c.oid, p.privilege_type)"
    ).fetchall()
    assert rows == []


# Tables the migrations of issue #2 (access control) define, and what anon may do.
ANON_READABLE = {"courses", "lessons", "lesson_contents", "achievements", "course_files"}
ANON_HIDDEN = {
    "enrollments",
    "lesson_progress",
    "quiz_attempts",
    "user_achievements",
    "course_ratings",
}


def test_anon_never_writes(admin_conn: Conn) -> None:
    held = [
        (table, privilege)
        for table in sorted(ANON_READABLE | ANON_HIDDEN | {"profiles"})
        for privilege in ("INSERT", "UPDATE", "DELETE")
        if admin_conn.execute(
            "select has_table_privilege('anon', %s, %s) as ok", (f"public.{table}", privilege)
        ).fetchone()
        != {"ok": False}
    ]
    assert held == []


@pytest.mark.parametrize("table", sorted(ANON_HIDDEN))
def test_anon_cannot_read_learner_tables(api: Api, table: str) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(ANON, f"select * from {table} limit 1")


def test_learners_hold_no_update_on_protected_profile_columns(admin_conn: Conn) -> None:
    held = [
        column
        for column in ("role", "points", "streak_days", "last_active", "id")
        if admin_conn.execute(
            "select has_column_privilege('authenticated', 'public.profiles', %s, 'UPDATE') as ok",
            (column,),
        ).fetchone()
        != {"ok": False}
    ]
    assert held == []


def test_learner_cannot_promote_self_to_admin(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.student, "update profiles set role = 'admin' where id = auth.uid()")


def test_learner_cannot_create_a_course(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.student, "insert into courses (title, instructor_id) values ('x', auth.uid())")


def test_instructor_cannot_set_counters(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            cast.instructor, "update courses set enrollment_count = 9 where id = %s", (cast.course,)
        )


def test_learner_cannot_insert_a_quiz_attempt(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            cast.student,
            "insert into quiz_attempts (user_id, lesson_id, score, max_score, "
            "answers) values (auth.uid(), %s, 5, 5, '{}')",
            (cast.free_lesson,),
        )


def test_learner_cannot_read_a_paid_body(api: Api, cast: Cast) -> None:
    assert (
        api(
            cast.student, "select * from lesson_contents where lesson_id = %s", (cast.paid_lesson,)
        ).rows
        == []
    )


# Functions of issue #2's access control; True = anon may execute it.
FUNCTIONS = {
    "public.is_admin()": True,
    "public.is_instructor_or_admin()": True,
    "public.current_user_role()": True,
    "public.can_manage_course(uuid)": True,
    "public.can_read_lesson_content(uuid)": True,
    "public.can_view_course(uuid)": True,
    "public.is_enrolled(uuid)": True,
    "public.profile_is_visible(uuid)": True,
    "public.can_write_course_object(text)": True,
    "public.set_user_role(uuid,text)": False,
    "public.handle_new_user()": False,
    "public.set_updated_at()": False,
    "public.refresh_course_counters(uuid)": False,
    "public.course_counters_trigger()": False,
    "public.check_lesson_prerequisites()": False,
    "public.forget_deleted_prerequisite()": False,
}


def test_function_execute_privileges(admin_conn: Conn) -> None:
    wrong = {}
    for signature, anon_may in FUNCTIONS.items():
        row = admin_conn.execute(
            "select has_function_privilege('anon', %s, 'execute') as anon, "
            "has_function_privilege('public', %s, 'execute') as public_",
            (signature, signature),
        ).fetchone()
        if row != {"anon": anon_may, "public_": False}:
            wrong[signature] = row
    assert wrong == {}


def test_learners_cannot_execute_server_internals(admin_conn: Conn) -> None:
    internals = [
        "public.handle_new_user()",
        "public.set_updated_at()",
        "public.refresh_course_counters(uuid)",
        "public.course_counters_trigger()",
    ]
    held = [
        signature
        for signature in internals
        if admin_conn.execute(
            "select has_function_privilege('authenticated', %s, 'execute') as ok", (signature,)
        ).fetchone()
        != {"ok": False}
    ]
    assert held == []
