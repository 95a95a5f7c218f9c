"""Password recovery as GoTrue does it: ``POST /recover`` mails a one-time code, ``POST
/verify`` with ``type: recovery`` trades it for a session, ``PUT /user`` sets the password.

There is no mail here: like the local mail catcher of ``supabase start``, the
devserver prints the message it would send (the code and the link) on its
log and keeps it in ``ctx.extras["mailbox"]`` for tests.  ``/recover``
answers the same whether or not the address has an account (no account
discovery); a code works once, for an hour, for that address only.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
from starlette.requests import Request
from starlette.responses import Response

from devserver.auth import users
from devserver.auth.endpoints import new_session
from devserver.auth.errors import AuthError, json_response
from devserver.context import ServerContext

log = logging.getLogger(__name__)

CODE_LIFETIME = timedelta(hours=1)
RESEND_AFTER = timedelta(seconds=60)  # GoTrue's default for the same address


def _digest(email: str, code: str) -> str:
    return hashlib.sha256(f"{email}\n{code}".encode()).hexdigest()


def recover(
    ctx: ServerContext, request: Request, body: dict[str, Any], conn: psycopg.Connection[Any]
) -> Response:
    email = users.normalise_email(body.get("email"))
    user = users.find_user_by_email(conn, email)
    if user is not None and user["deleted_at"] is None:
        sent = conn.execute(
            "select recovery_sent_at from auth.users where id = %s", (user["id"],)
        ).fetchone()
        if sent and sent[0] is not None and datetime.now(UTC) - sent[0] < RESEND_AFTER:
            raise AuthError(
                429,
                "over_email_send_rate_limit",
                "For security purposes, you can only request this after "
                f"{RESEND_AFTER.seconds} seconds.",
            )
        code = f"{secrets.randbelow(1_000_000):06d}"
        conn.execute(
            "update auth.users set recovery_token = %s, recovery_sent_at = now() where id = %s",
            (_digest(email, code), user["id"]),
        )
        link = (
            f"{str(request.base_url).rstrip('/')}/auth/v1/verify?type=recovery"
            f"&email={email}&token={code}"
        )
        message = {"to": email, "subject": "Reset your password", "code": code, "link": link}
        ctx.extras.setdefault("mailbox", []).append(message)
        log.warning("mail to %s: your password reset code is %s (%s)", email, code, link)
    return json_response({})


def verify(
    ctx: ServerContext, _request: Request, body: dict[str, Any], conn: psycopg.Connection[Any]
) -> Response:
    if body.get("type") != "recovery":
        raise AuthError(400, "validation_failed", "only type=recovery is supported here")
    email = users.normalise_email(body.get("email"))
    code = body.get("token")
    row = conn.execute(
        "select id, recovery_token, recovery_sent_at from auth.users "
        "where email = %s and deleted_at is null",
        (email,),
    ).fetchone()
    invalid = AuthError(403, "otp_expired", "Token has expired or is invalid")
    if row is None or not isinstance(code, str):
        raise invalid
    uid, stored, sent_at = row
    if not stored or sent_at is None or datetime.now(UTC) - sent_at > CODE_LIFETIME:
        raise invalid
    if not hmac.compare_digest(str(stored), _digest(email, code)):
        raise invalid
    conn.execute(
        "update auth.users set recovery_token = '', recovery_sent_at = null where id = %s", (uid,)
    )  # once only
    return new_session(ctx, conn, str(uid))
