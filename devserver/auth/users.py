"""Users in ``auth.users`` / ``auth.identities``, stored the way GoTrue stores them.

Everything here runs as the superuser (GoTrue connects as
``supabase_auth_admin``), inside a transaction the caller opens.  The
profile trigger a migration puts on ``auth.users`` runs with the insert: if
it fails, sign-up fails as GoTrue's does, with 500 "Database error saving new
user".
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

import bcrypt
import psycopg
from psycopg.rows import dict_row

from devserver.auth.errors import AuthError

log = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 6
# GoTrue's own check is this loose too: something@something.something.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DEFAULT_APP_METADATA = {"provider": "email", "providers": ["email"]}

_USER_COLUMNS = (
    "id, aud, role, email, encrypted_password, email_confirmed_at, confirmed_at, "
    "last_sign_in_at, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, "
    "is_anonymous, banned_until, deleted_at"
)


def normalise_email(email: object) -> str:
    if not isinstance(email, str) or not email.strip():
        raise AuthError(400, "validation_failed", "To signup, please provide your email")
    cleaned = email.strip().lower()
    if not _EMAIL.match(cleaned) or len(cleaned) > 255:
        raise AuthError(
            400, "validation_failed", "Unable to validate email address: invalid format"
        )
    return cleaned


def check_password_strength(password: object) -> str:
    if not isinstance(password, str) or password == "":
        raise AuthError(400, "validation_failed", "Signup requires a valid password")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AuthError(
            422,
            "weak_password",
            f"Password should be at least {MIN_PASSWORD_LENGTH} characters.",
            {"weak_password": {"reasons": ["length"]}},
        )
    if len(password.encode()) > 72:
        # bcrypt looks at 72 bytes only; GoTrue refuses longer passwords.
        raise AuthError(
            422,
            "weak_password",
            "Password cannot be longer than 72 characters",
            {"weak_password": {"reasons": ["length"]}},
        )
    return password


def hash_password(password: str, rounds: int) -> str:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds)).decode()


def password_matches(password: str, hashed: str | None) -> bool:
    if not hashed:
        return False
    try:
        return bcrypt.checkpw(password.encode(), hashed.encode())
    except ValueError:  # not a bcrypt hash (e.g. a user created without a password)
        return False


def _already_registered() -> AuthError:
    return AuthError(422, "user_already_exists", "User already registered")


def create_user(
    conn: psycopg.Connection[Any],
    email: str,
    password: str | None,
    metadata: dict[str, Any],
    *,
    rounds: int,
    confirmed: bool = True,
    app_metadata: dict[str, Any] | None = None,
    duplicate: Callable[[], AuthError] = _already_registered,
) -> str:
    """Insert an email user and their identity; return the id.

    Sign-up makes confirmed users (auto-confirm); the admin API may not.
    ``password=None`` makes a user who cannot sign in with a password.
    """
    if conn.execute(
        "select 1 from auth.users where email = %s and not is_sso_user", (email,)
    ).fetchone():
        raise duplicate()
    uid = str(uuid.uuid4())
    identity = {"sub": uid, "email": email, "email_verified": False, "phone_verified": False}
    # GoTrue copies the identity's claims into the user's metadata on sign-up.
    user_metadata = {
        **metadata,
        "sub": uid,
        "email": email,
        "email_verified": confirmed,
        "phone_verified": False,
    }
    app_meta = {**(app_metadata or {}), **_DEFAULT_APP_METADATA}
    try:
        with conn.transaction():
            conn.execute(
                "insert into auth.users (instance_id, id, aud, role, email, encrypted_password,"
                " email_confirmed_at, raw_app_meta_data, raw_user_meta_data, created_at,"
                " updated_at, is_sso_user, is_anonymous) values"
                " ('00000000-0000-0000-0000-000000000000', %s, 'authenticated',"
                " 'authenticated', %s, %s, case when %s then now() end, %s, %s, now(), now(),"
                " false, false)",
                (
                    uid,
                    email,
                    hash_password(password, rounds) if password else "",
                    confirmed,
                    json.dumps(app_meta),
                    json.dumps(user_metadata),
                ),
            )
            conn.execute(
                "insert into auth.identities (provider_id, user_id, identity_data, provider,"
                " last_sign_in_at, created_at, updated_at)"
                " values (%s, %s, %s, 'email', now(), now(), now())",
                (uid, uid, json.dumps(identity)),
            )
    except psycopg.errors.UniqueViolation as exc:
        if (exc.diag.schema_name, exc.diag.table_name) == ("auth", "users"):
            raise duplicate() from exc
        log.error("saving a new user failed: %s", exc)
        raise AuthError(500, "unexpected_failure", "Database error saving new user") from exc
    except psycopg.Error as exc:
        log.error("saving a new user failed: %s", exc)
        raise AuthError(500, "unexpected_failure", "Database error saving new user") from exc
    return uid


def find_user_by_email(conn: psycopg.Connection[Any], email: str) -> dict[str, Any] | None:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            f"select {_USER_COLUMNS} from auth.users where email = %s and not is_sso_user",
            (email,),
        ).fetchone()


def load_user(conn: psycopg.Connection[Any], uid: str) -> dict[str, Any] | None:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            f"select {_USER_COLUMNS} from auth.users where id = %s", (uid,)
        ).fetchone()


def record_sign_in(conn: psycopg.Connection[Any], uid: str) -> None:
    conn.execute("update auth.users set last_sign_in_at = now() where id = %s", (uid,))
    conn.execute(
        "update auth.identities set last_sign_in_at = now() "
        "where user_id = %s and provider = 'email'",
        (uid,),
    )


def update_user(
    conn: psycopg.Connection[Any],
    uid: str,
    *,
    data: dict[str, Any] | None,
    password: str | None,
    rounds: int,
) -> None:
    """PUT /user: merge ``data`` into user_metadata, change the password."""
    if data is not None:
        # GoTrue merges top-level keys; a null value removes the key.
        conn.execute(
            "update auth.users set raw_user_meta_data = jsonb_strip_nulls("
            "coalesce(raw_user_meta_data, '{}'::jsonb) || %s::jsonb), updated_at = now() "
            "where id = %s",
            (json.dumps(data), uid),
        )
    if password is not None:
        conn.execute(
            "update auth.users set encrypted_password = %s, updated_at = now() where id = %s",
            (hash_password(password, rounds), uid),
        )


def _timestamp(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.isoformat().replace("+00:00", "Z")


def user_json(conn: psycopg.Connection[Any], user: dict[str, Any]) -> dict[str, Any]:
    """The user object GoTrue returns (supabase-wire.md, "User")."""
    with conn.cursor(row_factory=dict_row) as cur:
        identities = cur.execute(
            "select id, provider_id, user_id, identity_data, provider, last_sign_in_at, "
            "created_at, updated_at, email from auth.identities where user_id = %s "
            "order by created_at",
            (user["id"],),
        ).fetchall()
    return {
        "id": str(user["id"]),
        "aud": user["aud"] or "authenticated",
        "role": user["role"] or "authenticated",
        "email": user["email"] or "",
        "email_confirmed_at": _timestamp(user["email_confirmed_at"]),
        "phone": "",
        "confirmed_at": _timestamp(user["confirmed_at"]),
        "last_sign_in_at": _timestamp(user["last_sign_in_at"]),
        "app_metadata": user["raw_app_meta_data"] or dict(_DEFAULT_APP_METADATA),
        "user_metadata": user["raw_user_meta_data"] or {},
        "identities": [
            {
                "identity_id": str(row["id"]),
                "id": row["provider_id"],
                "user_id": str(row["user_id"]),
                "identity_data": row["identity_data"],
                "provider": row["provider"],
                "last_sign_in_at": _timestamp(row["last_sign_in_at"]),
                "created_at": _timestamp(row["created_at"]),
                "updated_at": _timestamp(row["updated_at"]),
                "email": row["email"],
            }
            for row in identities
        ],
        "created_at": _timestamp(user["created_at"]),
        "updated_at": _timestamp(user["updated_at"]),
        "is_anonymous": bool(user["is_anonymous"]),
    }
