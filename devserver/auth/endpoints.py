"""The HTTP side of the GoTrue subset: parse, check the caller, answer.

Each endpoint reads its JSON body on the event loop, then does its database
work (and bcrypt) in Starlette's thread pool, in one transaction on a pooled
superuser connection.  Messages and codes follow GoTrue v2.18x
(supabase-wire.md).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import psycopg
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from devserver.auth import sessions, users
from devserver.auth.errors import AuthError, bad_json, error_response, json_response
from devserver.context import ServerContext, TokenError

log = logging.getLogger(__name__)

Work = Callable[[ServerContext, Request, dict[str, Any], psycopg.Connection[Any]], Response]


def _check_api_key(ctx: ServerContext, request: Request) -> None:
    """What Supabase's gateway does before GoTrue sees the request."""
    key = request.headers.get("apikey") or request.query_params.get("apikey")
    if not key:
        raise AuthError(401, "no_api_key", "No API key found in request")
    try:
        ctx.decode(key)
    except TokenError as exc:
        raise AuthError(401, "invalid_api_key", "Invalid API key") from exc


async def _json_body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except ValueError as exc:
        raise bad_json() from exc
    if not isinstance(body, dict):
        raise bad_json()
    return body


def endpoint(ctx: ServerContext, work: Work) -> Callable[[Request], Awaitable[Response]]:
    """Wrap ``work`` with the API-key check, body parsing and error answers."""

    def in_transaction(request: Request, body: dict[str, Any]) -> Response:
        kept: AuthError | None = None
        with ctx.pool.connection() as conn, conn.transaction():
            try:
                return work(ctx, request, body, conn)
            except AuthError as error:
                if not error.keep_changes:
                    raise
                kept = error  # commit what was done (e.g. a revoked token family)
        raise kept

    async def handle(request: Request) -> Response:
        try:
            _check_api_key(ctx, request)
            body = await _json_body(request) if request.method in ("POST", "PUT", "DELETE") else {}
            return await run_in_threadpool(in_transaction, request, body)
        except AuthError as error:
            if error.status >= 500:
                log.error("auth %s %s failed: %s", request.method, request.url.path, error.message)
            return error_response(request, error)
        except psycopg.Error:
            # A database that is down or overloaded: GoTrue's generic 500, in JSON.
            log.exception("auth %s %s: database error", request.method, request.url.path)
            return error_response(
                request, AuthError(500, "unexpected_failure", "Database error querying schema")
            )

    return handle


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthError(401, "no_authorization", "This endpoint requires a valid Bearer token")
    return token.strip()


def authenticated(
    ctx: ServerContext,
    request: Request,
    conn: psycopg.Connection[Any],
) -> tuple[dict[str, Any], sessions.SessionRef]:
    """The signed-in caller of /user and /logout, or GoTrue's 401/403."""
    try:
        claims = ctx.decode(_bearer(request))
    except TokenError as exc:
        detail = "token has invalid claims: token is expired" if exc.expired else str(exc)
        raise AuthError(
            403, "bad_jwt", f"invalid JWT: unable to parse or verify signature, {detail}"
        ) from exc
    sub = claims.get("sub")
    if not isinstance(sub, str) or not sub:
        raise AuthError(403, "bad_jwt", "invalid claim: missing sub claim")
    try:
        uuid.UUID(sub)
    except ValueError as exc:
        raise AuthError(403, "bad_jwt", "invalid claim: sub claim must be a UUID") from exc
    user = users.load_user(conn, sub)
    if user is None or user["deleted_at"] is not None:
        raise AuthError(403, "user_not_found", "User from sub claim in JWT does not exist")
    session_id = claims.get("session_id")
    if (
        not isinstance(session_id, str)
        or not _is_uuid(session_id)
        or not sessions.session_exists(conn, session_id)
    ):
        raise AuthError(
            403, "session_not_found", "Session from session_id claim in JWT does not exist"
        )
    return user, sessions.SessionRef(str(user["id"]), session_id)


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def signup(
    ctx: ServerContext, _request: Request, body: dict[str, Any], conn: psycopg.Connection[Any]
) -> Response:
    email = users.normalise_email(body.get("email"))
    password = users.check_password_strength(body.get("password"))
    data = body.get("data") or {}
    if not isinstance(data, dict):
        raise AuthError(400, "validation_failed", "data must be a JSON object")
    uid = users.create_user(conn, email, password, data, rounds=ctx.bcrypt_rounds)
    return new_session(ctx, conn, uid)


def new_session(ctx: ServerContext, conn: psycopg.Connection[Any], uid: str) -> Response:
    users.record_sign_in(conn, uid)
    ref = sessions.create_session(conn, uid)
    refresh_token = sessions.issue_refresh_token(conn, ref)
    user = users.load_user(conn, uid)
    assert user is not None  # just written in this transaction
    return json_response(sessions.session_body(ctx, conn, user, ref, refresh_token))


def token(
    ctx: ServerContext, request: Request, body: dict[str, Any], conn: psycopg.Connection[Any]
) -> Response:
    grant_type = request.query_params.get("grant_type", "")
    if grant_type == "password":
        return _password_grant(ctx, body, conn)
    if grant_type == "refresh_token":
        return _refresh_grant(ctx, body, conn)
    raise AuthError(400, "validation_failed", "unsupported_grant_type")


def _password_grant(
    ctx: ServerContext, body: dict[str, Any], conn: psycopg.Connection[Any]
) -> Response:
    email, password = body.get("email"), body.get("password")
    if not isinstance(email, str) or not email.strip():
        raise AuthError(400, "validation_failed", "missing email or phone")
    user = users.find_user_by_email(conn, email.strip().lower())
    if (
        user is None
        or not isinstance(password, str)
        or not users.password_matches(password, user["encrypted_password"])
    ):
        raise AuthError(400, "invalid_credentials", "Invalid login credentials")
    if user["deleted_at"] is not None:
        raise AuthError(400, "invalid_credentials", "Invalid login credentials")
    if user["email_confirmed_at"] is None:
        raise AuthError(400, "email_not_confirmed", "Email not confirmed")
    return new_session(ctx, conn, str(user["id"]))


def _refresh_grant(
    ctx: ServerContext, body: dict[str, Any], conn: psycopg.Connection[Any]
) -> Response:
    presented = body.get("refresh_token")
    if not isinstance(presented, str) or not presented:
        raise AuthError(400, "validation_failed", "refresh_token required")
    ref, new_token = sessions.rotate_refresh_token(conn, presented, ctx.refresh_reuse_interval)
    user = users.load_user(conn, ref.user_id)
    if user is None:
        raise AuthError(
            400, "refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found"
        )
    return json_response(sessions.session_body(ctx, conn, user, ref, new_token))


def get_user(
    ctx: ServerContext, request: Request, _body: dict[str, Any], conn: psycopg.Connection[Any]
) -> Response:
    user, _ref = authenticated(ctx, request, conn)
    return json_response(users.user_json(conn, user))


def put_user(
    ctx: ServerContext, request: Request, body: dict[str, Any], conn: psycopg.Connection[Any]
) -> Response:
    user, _ref = authenticated(ctx, request, conn)
    email = body.get("email")
    if email is not None and users.normalise_email(email) != user["email"]:
        raise AuthError(
            422, "validation_failed", "Changing the email address is not supported by the devserver"
        )
    data = body.get("data")
    if data is not None and not isinstance(data, dict):
        raise AuthError(400, "validation_failed", "data must be a JSON object")
    password = body.get("password")
    if password is not None:
        password = users.check_password_strength(password)
        if users.password_matches(password, user["encrypted_password"]):
            raise AuthError(
                422, "same_password", "New password should be different from the old password."
            )
    users.update_user(conn, str(user["id"]), data=data, password=password, rounds=ctx.bcrypt_rounds)
    updated = users.load_user(conn, str(user["id"]))
    assert updated is not None
    return json_response(users.user_json(conn, updated))


def logout(
    ctx: ServerContext, request: Request, _body: dict[str, Any], conn: psycopg.Connection[Any]
) -> Response:
    scope = request.query_params.get("scope", "global")
    if scope not in sessions.LOGOUT_SCOPES:
        raise AuthError(400, "validation_failed", f'Unsupported logout scope "{scope}"')
    _user, ref = authenticated(ctx, request, conn)
    sessions.logout(conn, ref, scope)
    return Response(status_code=204, headers={"X-Supabase-Api-Version": "2024-01-01"})
