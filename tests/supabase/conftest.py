"""Fixtures for the schema tests: a fresh database and users of each role.

Tests act exactly as PostgREST does (``devserver.db.as_caller``): one
transaction per request, ``set local role``, ``request.jwt.claims``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from devserver.db import as_caller, user_claims
from tests.conftest import TEMPLATE_LEGACY
from tests.helpers.pg import Cluster


@dataclass(frozen=True)
class User:
    id: str
    email: str
    role: str  # profiles.role: student / instructor / admin

    @property
    def claims(self) -> dict[str, Any]:
        return user_claims(self.id, email=self.email)


ANON: dict[str, Any] = {"role": "anon"}


@pytest.fixture(scope="session")
def db_template_legacy(pg_cluster: Cluster) -> str:
    """Like db_template, on a project that still has Supabase's old default grants."""
    pg_cluster.build_template(TEMPLATE_LEGACY, legacy_grants=True)
    return TEMPLATE_LEGACY


@pytest.fixture(scope="module")
def module_db_url(pg_cluster: Cluster, db_template: str) -> Iterator[str]:
    """One database for a whole test module.

    For modules whose tests touch only rows they create (e.g. through
    ``cast``): a module opts in by overriding ``db_url`` to return it, and
    saves a database copy per test.
    """
    with pg_cluster.copy_of(db_template) as url:
        yield url


@pytest.fixture
def admin_conn(db_url: str) -> Iterator[psycopg.Connection[dict[str, Any]]]:
    """A superuser connection (what migrations and the service side use)."""
    with psycopg.connect(db_url, autocommit=True, row_factory=dict_row) as conn:
        yield conn


@pytest.fixture
def api_conn(db_url: str) -> Iterator[psycopg.Connection[dict[str, Any]]]:
    """A connection to run API-shaped transactions on (see devserver.db.as_caller)."""
    with psycopg.connect(db_url, autocommit=True, row_factory=dict_row) as conn:
        yield conn


@pytest.fixture
def make_user(admin_conn: psycopg.Connection[dict[str, Any]]) -> Callable[..., User]:
    """Create a confirmed auth user (the profile trigger makes the profile)."""

    def make(
        role: str = "student", *, username: str | None = None, full_name: str | None = None
    ) -> User:
        uid = str(uuid.uuid4())
        email = f"{uid[:8]}@example.test"
        meta = {
            "username": username or f"user_{uid[:8]}",
            "full_name": full_name or f"User {uid[:8]}",
        }
        admin_conn.execute(
            "insert into auth.users (id, aud, role, email, encrypted_password, "
            "email_confirmed_at, raw_app_meta_data, raw_user_meta_data, created_at, updated_at) "
            "values (%s, 'authenticated', 'authenticated', %s, '', now(), "
            '\'{"provider":"email","providers":["email"]}\', %s, now(), now())',
            (uid, email, json.dumps(meta)),
        )
        # Before the profile trigger exists, make the profile ourselves.
        admin_conn.execute(
            "insert into public.profiles (id, username, full_name) values (%s, %s, %s) "
            "on conflict (id) do nothing",
            (uid, meta["username"], meta["full_name"]),
        )
        if role != "student":
            admin_conn.execute("update public.profiles set role = %s where id = %s", (role, uid))
        return User(uid, email, role)

    return make


@dataclass(frozen=True)
class ApiResult:
    rows: list[dict[str, Any]]
    rowcount: int


Caller = User | dict[str, Any]


def claims_of(caller: Caller) -> dict[str, Any]:
    return caller.claims if isinstance(caller, User) else caller


@pytest.fixture
def api(api_conn: psycopg.Connection[dict[str, Any]]) -> Callable[..., ApiResult]:
    """Run one statement as ``caller`` (a User or ANON) in its own request."""

    def run(caller: Caller, query: str, params: Any = None) -> ApiResult:
        with as_caller(api_conn, claims_of(caller)):
            cur = api_conn.execute(query.encode(), params)
            rows = cur.fetchall() if cur.description else []
            return ApiResult(rows, cur.rowcount)

    return run


@dataclass(frozen=True)
class Cast:
    """Users of every role and courses they teach (fresh, not the seed's)."""

    student: User
    instructor: User
    other_instructor: User
    admin: User
    course: str  # published, taught by ``instructor``
    draft: str  # unpublished, taught by ``instructor``
    free_lesson: str  # free lesson of ``course``
    paid_lesson: str  # non-free lesson of ``course``
    draft_lesson: str  # lesson of ``draft``

    def caller(self, name: str) -> Caller:
        return ANON if name == "anon" else getattr(self, name)


@pytest.fixture
def cast(make_user: Callable[..., User], admin_conn: psycopg.Connection[dict[str, Any]]) -> Cast:
    instructor = make_user("instructor")
    course, draft = str(uuid.uuid4()), str(uuid.uuid4())
    free, paid, draft_lesson = (str(uuid.uuid4()) for _ in range(3))
    admin_conn.execute(
        "insert into public.courses (id, title, instructor_id, is_published) values "
        "(%s, 'Published', %s, true), (%s, 'Draft', %s, false)",
        (course, instructor.id, draft, instructor.id),
    )
    admin_conn.execute(
        "insert into public.lessons (id, course_id, title, component_path, order_index, is_free) "
        "values (%s, %s, 'Free', 'free', 1, true), (%s, %s, 'Paid', 'paid', 2, false), "
        "(%s, %s, 'Draft', 'draft', 1, true)",
        (free, course, paid, course, draft_lesson, draft),
    )
    admin_conn.execute(
        "insert into public.lesson_contents (lesson_id, body_markdown) values "
        "(%s, '# Free'), (%s, '# Paid'), (%s, '# Draft')",
        (free, paid, draft_lesson),
    )
    return Cast(
        student=make_user("student"),
        instructor=instructor,
        other_instructor=make_user("instructor"),
        admin=make_user("admin"),
        course=course,
        draft=draft,
        free_lesson=free,
        paid_lesson=paid,
        draft_lesson=draft_lesson,
    )
