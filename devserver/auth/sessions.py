"""Sessions, refresh-token rotation and access tokens, as GoTrue keeps them.

A sign-in creates a row in ``auth.sessions`` and a first refresh token.
Refreshing revokes the presented token and issues a child (``parent`` = the
old token) in the same session.  Presenting a revoked token again is refused
with ``refresh_token_already_used`` and, as in GoTrue, revokes the whole
session's token family: a replayed token is a sign of theft.  Within
``ctx.refresh_reuse_interval`` seconds GoTrue tolerates the replay of the
token just rotated (two tabs refreshing at once) and answers with the active
child instead; the devserver's default interval is 0.
"""

from __future__ import annotations

import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import psycopg
from psycopg.rows import dict_row

from devserver.auth.errors import AuthError
from devserver.auth.users import user_json
from devserver.context import ServerContext

LogoutScope = Literal["global", "local", "others"]
LOGOUT_SCOPES: tuple[LogoutScope, ...] = ("global", "local", "others")


@dataclass(frozen=True)
class SessionRef:
    user_id: str
    session_id: str


def new_refresh_token() -> str:
    return secrets.token_urlsafe(24)


def create_session(conn: psycopg.Connection[Any], user_id: str) -> SessionRef:
    session_id = str(uuid.uuid4())
    conn.execute(
        "insert into auth.sessions (id, user_id, created_at, updated_at, aal) "
        "values (%s, %s, now(), now(), 'aal1')",
        (session_id, user_id),
    )
    return SessionRef(user_id, session_id)


def issue_refresh_token(
    conn: psycopg.Connection[Any], ref: SessionRef, parent: str | None = None
) -> str:
    token = new_refresh_token()
    conn.execute(
        "insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at,"
        " updated_at, parent, session_id) values"
        " ('00000000-0000-0000-0000-000000000000', %s, %s, false, now(), now(), %s, %s)",
        (token, ref.user_id, parent, ref.session_id),
    )
    return token


def rotate_refresh_token(
    conn: psycopg.Connection[Any], token: str, reuse_interval: float
) -> tuple[SessionRef, str]:
    """Exchange ``token`` for a new one in the same session (call in a transaction)."""
    with conn.cursor(row_factory=dict_row) as cur:
        row = cur.execute(
            "select id, token, user_id, revoked, session_id, updated_at "
            "from auth.refresh_tokens where token = %s for update",
            (token,),
        ).fetchone()
        if row is None or row["session_id"] is None:
            raise AuthError(
                400, "refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found"
            )
        ref = SessionRef(str(row["user_id"]), str(row["session_id"]))
        if row["revoked"]:
            active = cur.execute(
                "select token from auth.refresh_tokens where parent = %s and not revoked",
                (token,),
            ).fetchone()
            age = (datetime.now(UTC) - row["updated_at"]).total_seconds()
            if active is not None and age <= reuse_interval:
                return ref, str(active["token"])
            cur.execute(
                "update auth.refresh_tokens set revoked = true, updated_at = now() "
                "where session_id = %s and not revoked",
                (ref.session_id,),
            )
            raise AuthError(
                400,
                "refresh_token_already_used",
                "Invalid Refresh Token: Already Used",
                keep_changes=True,
            )
        cur.execute(
            "update auth.refresh_tokens set revoked = true, updated_at = now() where id = %s",
            (row["id"],),
        )
        cur.execute(
            "update auth.sessions set refreshed_at = now() at time zone 'utc', "
            "updated_at = now() where id = %s",
            (ref.session_id,),
        )
    return ref, issue_refresh_token(conn, ref, parent=token)


def session_exists(conn: psycopg.Connection[Any], session_id: str) -> bool:
    return (
        conn.execute("select 1 from auth.sessions where id = %s", (session_id,)).fetchone()
        is not None
    )


def logout(conn: psycopg.Connection[Any], ref: SessionRef, scope: LogoutScope) -> None:
    """Delete sessions (their refresh tokens go with them, on delete cascade)."""
    if scope == "local":
        conn.execute("delete from auth.sessions where id = %s", (ref.session_id,))
    elif scope == "others":
        conn.execute(
            "delete from auth.sessions where user_id = %s and id <> %s",
            (ref.user_id, ref.session_id),
        )
    else:
        conn.execute("delete from auth.sessions where user_id = %s", (ref.user_id,))


def access_token_claims(
    ctx: ServerContext, user: dict[str, Any], session_id: str, signed_in_at: int, now: int
) -> dict[str, Any]:
    return {
        "iss": ctx.issuer,
        "sub": str(user["id"]),
        "aud": "authenticated",
        "exp": now + ctx.jwt_expiry,
        "iat": now,
        "email": user["email"] or "",
        "phone": "",
        "app_metadata": user["raw_app_meta_data"] or {},
        "user_metadata": user["raw_user_meta_data"] or {},
        "role": user["role"] or "authenticated",
        "aal": "aal1",
        "amr": [{"method": "password", "timestamp": signed_in_at}],
        "session_id": session_id,
        "is_anonymous": bool(user["is_anonymous"]),
    }


def session_body(
    ctx: ServerContext,
    conn: psycopg.Connection[Any],
    user: dict[str, Any],
    ref: SessionRef,
    refresh_token: str,
) -> dict[str, Any]:
    """The session JSON of /signup and /token (supabase-wire.md, "Session body")."""
    created = conn.execute(
        "select created_at from auth.sessions where id = %s", (ref.session_id,)
    ).fetchone()
    now = int(time.time())
    signed_in_at = int(created[0].timestamp()) if created and created[0] else now
    claims = access_token_claims(ctx, user, ref.session_id, signed_in_at, now)
    return {
        "access_token": ctx.sign(claims),
        "token_type": "bearer",
        "expires_in": ctx.jwt_expiry,
        "expires_at": claims["exp"],
        "refresh_token": refresh_token,
        "user": user_json(conn, user),
        "weak_password": None,
    }
