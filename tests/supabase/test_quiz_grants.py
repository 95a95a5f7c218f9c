"""Privileges of the quiz, progress and reward objects, with and without Supabase's
old default grants (which gave ALL on every new table and function in public)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.pg import Cluster
from tests.supabase.quiz_builders import Conn

# table -> {role: privileges it must hold}; any other table privilege is refused.
EXPECTED_TABLES: dict[str, dict[str, set[str]]] = {
    "quiz_questions": {"anon": {"SELECT"}, "authenticated": {"SELECT"}},
    "quiz_question_versions": {"anon": {"SELECT"}, "authenticated": {"SELECT"}},
    "quiz_answer_keys": {"anon": {"SELECT"}, "authenticated": {"SELECT", "DELETE"}},
    "notifications": {"anon": set(), "authenticated": {"SELECT"}},
    "point_awards": {"anon": set(), "authenticated": {"SELECT"}},
}
# Column-level writes granted to authenticated (RLS narrows them to the owner/teacher).
EXPECTED_COLUMNS: dict[str, dict[str, set[str]]] = {
    "quiz_questions": {
        "INSERT": {
            "id",
            "lesson_id",
            "position",
            "kind",
            "prompt",
            "options",
            "points",
            "scoring",
            "case_sensitive",
            "is_active",
        },
        "UPDATE": {
            "position",
            "kind",
            "prompt",
            "options",
            "points",
            "scoring",
            "case_sensitive",
            "is_active",
        },
    },
    "quiz_question_versions": {"INSERT": set(), "UPDATE": set()},
    "quiz_answer_keys": {
        "INSERT": {"question_id", "version", "correct", "explanation"},
        "UPDATE": {"correct", "explanation"},
    },
    "notifications": {"INSERT": set(), "UPDATE": {"is_read"}},
    "point_awards": {"INSERT": set(), "UPDATE": set()},
}
# Public functions of these migrations -> roles allowed to execute them.
EXPECTED_FUNCTIONS = {
    "submit_quiz_attempt": {"authenticated", "service_role"},
    "check_achievements": {"authenticated", "service_role"},
    "get_course_progress": {"authenticated", "service_role"},
    "get_leaderboard": {"authenticated", "service_role"},
    "can_manage_lesson_quiz": {"anon", "authenticated", "service_role"},
    "can_read_answer_key": {"anon", "authenticated", "service_role"},
    "can_manage_question": {"anon", "authenticated", "service_role"},
}
TABLE_PRIVILEGES = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")


@pytest.fixture(params=["current", "legacy"])
def db_url(request: pytest.FixtureRequest, pg_cluster: Cluster, db_template: str) -> Iterator[str]:
    """Overrides the per-test database: once per kind of project."""
    template = (
        db_template if request.param == "current" else request.getfixturevalue("db_template_legacy")
    )
    with pg_cluster.copy_of(template) as url:
        yield url


def test_table_privileges_are_exactly_the_granted_ones(admin_conn: Conn) -> None:
    wrong = []
    for table, roles in EXPECTED_TABLES.items():
        for role, wanted in roles.items():
            for privilege in TABLE_PRIVILEGES:
                row = admin_conn.execute(
                    "select has_table_privilege(%s, %s, %s) as ok",
                    (role, f"public.{table}", privilege),
                ).fetchone()
                assert row is not None
                if row["ok"] != (privilege in wanted):
                    wrong.append((table, role, privilege, row["ok"]))
    assert wrong == []


def test_column_writes_are_exactly_the_granted_ones(admin_conn: Conn) -> None:
    for table, by_privilege in EXPECTED_COLUMNS.items():
        for privilege, wanted in by_privilege.items():
            rows = admin_conn.execute(
                "select a.attname from pg_attribute a "
                "where a.attrelid = %s::regclass and a.attnum > 0 and not a.attisdropped "
                "and has_column_privilege('authenticated', a.attrelid, a.attnum, %s)",
                (f"public.{table}", privilege),
            ).fetchall()
            assert {r["attname"] for r in rows} == wanted, (table, privilege)
            anon = admin_conn.execute(
                "select count(*) as n from pg_attribute a "
                "where a.attrelid = %s::regclass and a.attnum > 0 and not a.attisdropped "
                "and has_column_privilege('anon', a.attrelid, a.attnum, %s)",
                (f"public.{table}", privilege),
            ).fetchone()
            assert anon == {"n": 0}, (table, privilege)


def test_function_execute_is_exactly_the_granted_one(admin_conn: Conn) -> None:
    rows = admin_conn.execute(
        "select p.proname, r.rolname from pg_proc p "
        "join pg_namespace n on n.oid = p.pronamespace "
        "cross join (values ('anon'), ('authenticated'), ('service_role')) r(rolname) "
        "where n.nspname = 'public' and p.proname = any(%s) "
        "and has_function_privilege(r.rolname, p.oid, 'execute')",
        (list(EXPECTED_FUNCTIONS),),
    ).fetchall()
    granted: dict[str, set[str]] = {name: set() for name in EXPECTED_FUNCTIONS}
    for row in rows:
        granted[row["proname"]].add(row["rolname"])
    assert granted == EXPECTED_FUNCTIONS
    definers = admin_conn.execute(
        "select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace "
        "where n.nspname = 'public' and p.proname = any(%s) and p.prosecdef "
        "and p.proconfig @> array['search_path=\"\"']",
        (list(EXPECTED_FUNCTIONS),),
    ).fetchall()
    assert {r["proname"] for r in definers} == set(EXPECTED_FUNCTIONS)


def test_api_roles_cannot_reach_the_private_schema(admin_conn: Conn) -> None:
    usage = admin_conn.execute(
        "select r.rolname from (values ('anon'), ('authenticated'), ('public')) r(rolname) "
        "where r.rolname <> 'public' and has_schema_privilege(r.rolname, 'private', 'usage')"
    ).fetchall()
    assert usage == []
    callable_ = admin_conn.execute(
        "select p.proname, r.rolname from pg_proc p "
        "join pg_namespace n on n.oid = p.pronamespace "
        "cross join (values ('anon'), ('authenticated')) r(rolname) "
        "where n.nspname = 'private' and has_function_privilege(r.rolname, p.oid, 'execute')"
    ).fetchall()
    assert callable_ == []
