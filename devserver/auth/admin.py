"""GoTrue's admin API subset (``supabase.auth.admin``), for the service role only.

Create, get, list and delete users — what tests and classroom set-up
scripts need (e.g. an instructor account without going through sign-up).
The caller's bearer must be a valid JWT whose role is ``service_role``.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import psycopg
from psycopg.rows import dict_row
from starlette.requests import Request
from starlette.responses import Response

from devserver.auth import users
from devserver.auth.errors import AuthError, json_response
from devserver.context import ServerContext, TokenError

ADMIN_ROLES = frozenset({"service_role", "supabase_admin"})
MAX_PER_PAGE = 1000


def require_admin(ctx: ServerContext, request: Request) -> None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthError(401, "no_authorization", "This endpoint requires a valid Bearer token")
    try:
        claims = ctx.decode(token.strip())
    except TokenError as exc:
        raise AuthError(
            403, "bad_jwt", f"invalid JWT: unable to parse or verify signature, {exc}"
        ) from exc
    if claims.get("role") not in ADMIN_ROLES:
        raise AuthError(403, "not_admin", "User not allowed")


def _user_id(request: Request) -> str:
    raw = str(request.path_params["user_id"])
    try:
        return str(uuid.UUID(raw))
    except ValueError as exc:
        raise AuthError(404, "user_not_found", "User not found") from exc


def _object(body: dict[str, Any], key: str) -> dict[str, Any]:
    value = body.get(key) or {}
    if not isinstance(value, dict):
        raise AuthError(400, "validation_failed", f"{key} must be a JSON object")
    return value


def _email_exists() -> AuthError:
    return AuthError(
        422, "email_exists", "A user with this email address has already been registered"
    )


def create_user(
    ctx: ServerContext, request: Request, body: dict[str, Any], conn: psycopg.Connection[Any]
) -> Response:
    require_admin(ctx, request)
    email = users.normalise_email(body.get("email"))
    password = body.get("password")
    if password is not None:
        password = users.check_password_strength(password)
    uid = users.create_user(
        conn,
        email,
        password,
        _object(body, "user_metadata"),
        rounds=ctx.bcrypt_rounds,
        confirmed=bool(body.get("email_confirm", False)),
        app_metadata=_object(body, "app_metadata"),
        duplicate=_email_exists,
    )
    user = users.load_user(conn, uid)
    assert user is not None  # just written in this transaction
    return json_response(users.user_json(conn, user))


def get_user(
    ctx: ServerContext, request: Request, _body: dict[str, Any], conn: psycopg.Connection[Any]
) -> Response:
    require_admin(ctx, request)
    user = users.load_user(conn, _user_id(request))
    if user is None:
        raise AuthError(404, "user_not_found", "User not found")
    return json_response(users.user_json(conn, user))


def list_users(
    ctx: ServerContext, request: Request, _body: dict[str, Any], conn: psycopg.Connection[Any]
) -> Response:
    require_admin(ctx, request)
    try:
        page = max(1, int(request.query_params.get("page") or 1))
        per_page = min(MAX_PER_PAGE, max(1, int(request.query_params.get("per_page") or 50)))
    except ValueError as exc:
        raise AuthError(400, "validation_failed", "page and per_page must be numbers") from exc
    with conn.cursor(row_factory=dict_row) as cur:
        ids = cur.execute(
            "select id from auth.users order by created_at, id limit %s offset %s",
            (per_page, (page - 1) * per_page),
        ).fetchall()
        total = conn.execute("select count(*) from auth.users").fetchone()
    listed = []
    for row in ids:
        user = users.load_user(conn, str(row["id"]))
        if user is not None:
            listed.append(users.user_json(conn, user))
    response = json_response({"users": listed, "aud": "authenticated"})
    response.headers["X-Total-Count"] = str(total[0] if total else 0)
    return response


def delete_user(
    ctx: ServerContext, request: Request, body: dict[str, Any], conn: psycopg.Connection[Any]
) -> Response:
    require_admin(ctx, request)
    uid = _user_id(request)
    if body.get("should_soft_delete"):
        # GoTrue keeps the row but makes it unusable: no sessions, no sign-in.
        found = conn.execute(
            "update auth.users set deleted_at = now(), updated_at = now(), "
            "raw_user_meta_data = %s where id = %s and deleted_at is null",
            (json.dumps({}), uid),
        ).rowcount
        conn.execute("delete from auth.sessions where user_id = %s", (uid,))
    else:
        found = conn.execute("delete from auth.users where id = %s", (uid,)).rowcount
    if not found:
        raise AuthError(404, "user_not_found", "User not found")
    return json_response({})
