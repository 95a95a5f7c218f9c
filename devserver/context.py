"""What every part of the devserver shares: the database pool and the keys.

The contract between the HTTP front (``devserver.app``), auth
(``devserver.auth``), REST (``devserver.rest``) and storage
(``devserver.storage``): each of those exposes ``routes(ctx) -> list[BaseRoute]``
and receives this object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jwt
from psycopg_pool import ConnectionPool

API_KEY_IAT = 1764547200  # 2025-12-01
API_KEY_EXP = 2080080000  # 2035-12-01
# storage-api's TUS_URL_PATH under the gateway's /storage/v1 (devserver.storage.routes)
RESUMABLE_PATH = "/storage/v1/upload/resumable"


class TokenError(Exception):
    """A bearer token is missing, malformed, badly signed or expired."""

    def __init__(self, message: str, *, expired: bool = False) -> None:
        super().__init__(message)
        self.expired = expired


@dataclass
class ServerContext:
    """Shared by every request handler.

    ``pool`` hands out superuser connections in autocommit mode: open a
    transaction explicitly (``devserver.db.as_caller`` does) for API work.
    ``data_dir`` is the server's own directory (storage keeps object bytes
    under it).  ``jwt_expiry`` may be changed while the server runs (tests
    shorten it); ``refresh_reuse_interval`` is GoTrue's grace period in
    seconds during which a just-rotated refresh token may be presented again.
    """

    pool: ConnectionPool
    jwt_secret: str
    data_dir: Path
    jwt_expiry: int = 3600
    max_body_bytes: int = 10 * 1024 * 1024
    # Storage's global file size limit: supabase/config.toml's [storage]
    # file_size_limit (1 GiB), which caps every bucket's own limit.
    max_upload_bytes: int = 1024 * 1024 * 1024
    # A standard (one-request) upload is read into memory whole: its body
    # stays bounded (never above the global limit).  Resumable uploads
    # stream each chunk to a file, so they go up to ``max_upload_bytes``.
    max_standard_upload_bytes: int = 50 * 1024 * 1024
    issuer: str = "http://127.0.0.1/auth/v1"
    refresh_reuse_interval: float = 0.0
    bcrypt_rounds: int = 10
    extras: dict[str, Any] = field(default_factory=dict)

    def body_limit(self, path: str) -> int:
        """Uploads to storage may be larger than API request bodies; a
        resumable upload's chunk, up to the global file size limit."""
        if path.startswith(RESUMABLE_PATH):
            return self.max_upload_bytes
        if path.startswith("/storage/"):
            return min(self.max_standard_upload_bytes, self.max_upload_bytes)
        return self.max_body_bytes

    def sign(self, claims: dict[str, Any]) -> str:
        return jwt.encode(claims, self.jwt_secret, algorithm="HS256")

    def api_key(self, role: str) -> str:
        """A long-lived anon or service_role key, as a Supabase project has.

        Fixed claims (like the Supabase CLI's demo keys), so the same secret
        always gives the same keys and they survive a restart.
        """
        return self.sign(
            {"iss": "supabase-demo", "role": role, "iat": API_KEY_IAT, "exp": API_KEY_EXP}
        )

    def decode(self, token: str) -> dict[str, Any]:
        """Verify an HS256 token signed with this project's secret."""
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                self.jwt_secret,
                algorithms=["HS256"],
                options={"verify_aud": False, "require": ["exp", "role"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise TokenError("JWT expired", expired=True) from exc
        except jwt.PyJWTError as exc:
            raise TokenError(str(exc)) from exc
        return claims
