"""GoTrue's error answers and the API-version header.

With ``X-Supabase-Api-Version: 2024-01-01`` on the request (the SDK always
sends it) GoTrue answers ``{"code": "<error_code>", "message": …}`` and
echoes the header; the SDK reads ``code`` only when the header comes back
(supabase-wire.md).  Older clients get the legacy shape
``{"code": <status>, "error_code": …, "msg": …}``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

API_VERSION_HEADER = "X-Supabase-Api-Version"
API_VERSION = "2024-01-01"
_VERSION = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class AuthError(Exception):
    """An error GoTrue would answer with ``status`` and ``code``."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        extra: dict[str, Any] | None = None,
        *,
        keep_changes: bool = False,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.extra = extra or {}
        # Commit the transaction anyway (a replayed refresh token revokes its family).
        self.keep_changes = keep_changes


def wants_error_codes(request: Request) -> bool:
    version = request.headers.get(API_VERSION_HEADER, "")
    return bool(_VERSION.match(version)) and version >= API_VERSION


def json_response(payload: Any, status: int = 200) -> Response:
    return Response(
        json.dumps(payload),
        status_code=status,
        media_type="application/json",
        headers={API_VERSION_HEADER: API_VERSION},
    )


# Refused by Supabase's API gateway before GoTrue: a bare {"message"} body.
GATEWAY_CODES = frozenset({"no_api_key", "invalid_api_key"})


def error_response(request: Request, error: AuthError) -> Response:
    if error.code in GATEWAY_CODES:
        body: dict[str, Any] = {"message": error.message}
    elif wants_error_codes(request):
        body = {"code": error.code, "message": error.message}
    else:
        body = {"code": error.status, "error_code": error.code, "msg": error.message}
    body.update(error.extra)
    return json_response(body, error.status)


def bad_json() -> AuthError:
    return AuthError(400, "bad_json", "Could not parse request body as JSON")


def validation_failed(message: str) -> AuthError:
    return AuthError(400, "validation_failed", message)
