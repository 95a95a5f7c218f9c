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

from devserver.db import user_claims


@dataclass(frozen=True)
class User:
    id: str
    email: str
    role: str  # profiles.role: student / instructor / admin

    @property
    def claims(self) -> dict[str, Any]:
        return user_claims(self.id, email=self.email)


ANON: dict[str, Any] = {"role": "anon"}


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

    def make(role: str = "student", *, username: str | None = None,
             full_name: str | None = None) -> User:
        uid = str(uuid.uuid4())
        email = f"{uid[:8]}@example.test"
        meta = {"username": username or f"user_{uid[:8]}",
                "full_name": full_name or f"User {uid[:8]}"}
        admin_conn.execute(
            "insert into auth.users (id, aud, role, email, encrypted_password, "
            "email_confirmed_at, raw_app_meta_data, raw_user_meta_data, created_at, updated_at) "
            "values (%s, 'authenticated', 'authenticated', %s, '', now(), "
            "'{\"provider\":\"email\",\"providers\":[\"email\"]}', %s, now(), now())",
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
