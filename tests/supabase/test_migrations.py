"""The migrations build a Supabase-like database from nothing, and again."""

from __future__ import annotations

import psycopg

from devserver.migrate import apply_migrations, list_migrations


def test_every_migration_is_recorded_once(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        versions = [
            r[0]
            for r in conn.execute(
                "select version from supabase_migrations.schema_migrations order by version"
            )
        ]
        assert versions == [m.version for m in list_migrations()]
        assert apply_migrations(conn) == []  # a restart applies nothing new


def test_core_tables_exist(db_url: str) -> None:
    with psycopg.connect(db_url) as conn:
        tables = {
            r[0]
            for r in conn.execute("select tablename from pg_tables where schemaname = 'public'")
        }
    assert {
        "profiles",
        "courses",
        "lessons",
        "enrollments",
        "lesson_progress",
        "quiz_attempts",
        "achievements",
        "user_achievements",
        "course_ratings",
    } <= tables
