"""Run SQL the way PostgREST and Supabase Storage do.

One transaction per request: the first statements switch to the JWT's role
and set ``request.jwt.claims``, ``request.method``, ``request.path`` and
``request.headers`` locally, so every policy and ``auth.uid()`` sees exactly
what it would see on a real Supabase project.  The schema tests use the same
function, so "acting as a learner" means the same thing everywhere.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import psycopg

API_ROLES = frozenset({"anon", "authenticated", "service_role"})


class RoleNotAllowed(ValueError):
    """The JWT names a role the API may not switch to."""


def begin_request(
    conn: psycopg.Connection[Any],
    claims: Mapping[str, Any] | None,
    *,
    method: str = "POST",
    path: str = "/",
    headers: Mapping[str, str] | None = None,
    read_only: bool = False,
) -> None:
    """Inside an open transaction, become the caller described by ``claims``."""
    role = str((claims or {}).get("role") or "anon")
    if role not in API_ROLES:
        raise RoleNotAllowed(role)
    if read_only:
        conn.execute("set transaction read only")
    conn.execute(
        "select set_config('role', %s, true), "
        "set_config('request.jwt.claims', %s, true), "
        "set_config('request.method', %s, true), "
        "set_config('request.path', %s, true), "
        "set_config('request.headers', %s, true)",
        (
            role,
            json.dumps(dict(claims or {"role": "anon"})),
            method,
            path,
            json.dumps({k.lower(): v for k, v in (headers or {}).items()}),
        ),
    )


@contextmanager
def as_caller(
    conn: psycopg.Connection[Any],
    claims: Mapping[str, Any] | None,
    **options: Any,
) -> Iterator[psycopg.Connection[Any]]:
    """One request-shaped transaction on ``conn`` as the caller in ``claims``."""
    with conn.transaction():
        begin_request(conn, claims, **options)
        yield conn


def user_claims(
    user_id: str, *, email: str | None = None, role: str = "authenticated", **extra: Any
) -> dict[str, Any]:
    """The claims GoTrue puts in a signed-in user's access token (the parts RLS reads)."""
    claims: dict[str, Any] = {
        "sub": user_id,
        "role": role,
        "aud": "authenticated",
        "email": email or f"{user_id[:8]}@example.test",
        "app_metadata": {"provider": "email", "providers": ["email"]},
        "user_metadata": {},
        "aal": "aal1",
        "is_anonymous": False,
    }
    claims.update(extra)
    return claims
