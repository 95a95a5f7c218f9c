"""PostgREST's error body and its SQLSTATE → HTTP status mapping.

Every error leaves as ``{"code", "details", "hint", "message"}`` with the code
always a string, the way the SDK's ``APIError`` expects it (wire doc, "REST").
"""

from __future__ import annotations

import json
from typing import Any

import psycopg
from starlette.responses import Response


class ApiError(Exception):
    """An error answered to the client with PostgREST's body shape."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        details: Any = None,
        hint: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.hint = hint
        self.headers = headers or {}

    def response(self) -> Response:
        body = {
            "code": self.code,
            "details": self.details,
            "hint": self.hint,
            "message": self.message,
        }
        return Response(
            json.dumps(body),
            status_code=self.status,
            media_type="application/json; charset=utf-8",
            headers=self.headers,
        )


def status_for_sqlstate(sqlstate: str, *, anonymous: bool) -> int:
    """PostgREST's mapping (wire doc, "Errors")."""
    exact = {
        "23505": 409,
        "23503": 409,
        "25006": 405,
        "P0001": 400,
        "42883": 404,
        "42P01": 404,
        "42501": 401 if anonymous else 403,
    }
    if sqlstate in exact:
        return exact[sqlstate]
    if sqlstate.startswith("PT") and sqlstate[2:].isdigit():
        return int(sqlstate[2:])
    prefix = sqlstate[:2]
    if prefix in ("08", "53"):
        return 503
    if prefix in ("28", "0L", "0P"):
        return 403
    if prefix in ("XX", "P0", "40", "54", "55", "57"):
        return 500
    return 400


def from_database(exc: psycopg.Error, *, anonymous: bool) -> ApiError:
    """Turn a PostgreSQL error raised while serving a request into PostgREST's answer."""
    diag = exc.diag
    sqlstate = diag.sqlstate or "XX000"
    status = status_for_sqlstate(sqlstate, anonymous=anonymous)
    headers = {}
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return ApiError(
        status,
        sqlstate,
        diag.message_primary or str(exc),
        details=diag.message_detail,
        hint=diag.message_hint,
        headers=headers,
    )


def jwt_error(message: str, *, expired: bool) -> ApiError:
    if expired:
        return ApiError(
            401,
            "PGRST303",
            "JWT expired",
            headers={
                "WWW-Authenticate": 'Bearer error="invalid_token", error_description="JWT expired"'
            },
        )
    return ApiError(
        401,
        "PGRST301",
        message,
        headers={
            "WWW-Authenticate": (
                f'Bearer error="invalid_token", error_description="{_quote(message)}"'
            )
        },
    )


def _quote(text: str) -> str:
    return text.replace("\\", "").replace('"', "'")
