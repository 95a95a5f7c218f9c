"""What every part of the devserver shares: the database pool and the keys.

The contract between the HTTP front (``devserver.app``), auth
(``devserver.auth``), REST (``devserver.rest``) and storage
(``devserver.storage``): each of those exposes ``routes(ctx) -> list[BaseRoute]``
and receives this object.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jwt
from psycopg_pool import ConnectionPool


class TokenError(Exception):
    """A bearer token is missing, malformed, badly signed or expired."""

    def __init__(self, message: str, *, expired: bool = False) -> None:
        super().__init__(message)
        self.expired = expired


@dataclass
class ServerContext:
    pool: ConnectionPool
    jwt_secret: str
    data_dir: Path
    jwt_expiry: int = 3600
    max_body_bytes: int = 10 * 1024 * 1024
    issuer: str = "http://127.0.0.1/auth/v1"
    extras: dict[str, Any] = field(default_factory=dict)

    def sign(self, claims: dict[str, Any]) -> str:
        return jwt.encode(claims, self.jwt_secret, algorithm="HS256")

    def api_key(self, role: str) -> str:
        """A long-lived anon or service_role key, as a Supabase project has."""
        now = int(time.time())
        return self.sign({"iss": "supabase-demo", "role": role, "iat": now,
                          "exp": now + 10 * 365 * 24 * 3600})

    def decode(self, token: str) -> dict[str, Any]:
        """Verify an HS256 token signed with this project's secret."""
        try:
            claims: dict[str, Any] = jwt.decode(
                token, self.jwt_secret, algorithms=["HS256"],
                options={"verify_aud": False, "require": ["exp", "role"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise TokenError("JWT expired", expired=True) from exc
        except jwt.PyJWTError as exc:
            raise TokenError(str(exc)) from exc
        return claims
