"""Supabase Storage's error body: HTTP 400 (500 for server faults) with the
real status as a string inside, e.g.
``{"statusCode": "404", "code": "NoSuchKey", "error": "not_found", "message": "Object not found"}``.

storage3 raises ``StorageApiError(message, code=body["error"], status=body["statusCode"])``.
"""

from __future__ import annotations

import json

import psycopg
from starlette.responses import Response


class StorageError(Exception):
    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        error: str | None = None,
        *,
        http_status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        # The HTTP status sent: 400 (500 for faults) unless storage-api
        # answers this error with its own (``withStatusCode``, e.g. 416).
        self.http_status = http_status or (500 if status >= 500 else 400)
        self.code = code
        self.message = message
        self.error = error or code

    def response(self) -> Response:
        body = {
            "statusCode": str(self.status),
            "code": self.code,
            "error": self.error,
            "message": self.message,
        }
        return Response(
            json.dumps(body),
            status_code=self.http_status,
            media_type="application/json; charset=utf-8",
        )


def no_such_bucket() -> StorageError:
    return StorageError(404, "NoSuchBucket", "Bucket not found", "Bucket not found")


def no_such_key() -> StorageError:
    return StorageError(404, "NoSuchKey", "Object not found", "not_found")


def invalid_key(key: str) -> StorageError:
    return StorageError(400, "InvalidKey", f"Invalid key: {key}")


def invalid_request(message: str) -> StorageError:
    return StorageError(400, "InvalidRequest", message)


def invalid_jwt(message: str) -> StorageError:
    return StorageError(400, "InvalidJWT", message)


def already_exists() -> StorageError:
    return StorageError(409, "KeyAlreadyExists", "The resource already exists", "Duplicate")


def too_large() -> StorageError:
    """ERRORS.EntityTooLarge (storage-api src/internal/errors/codes.ts): the
    message names no limit."""
    return StorageError(
        413, "EntityTooLarge", "The object exceeded the maximum allowed size", "Payload too large"
    )


def invalid_mime_type(mime: str) -> StorageError:
    """ERRORS.InvalidMimeType (storage-api src/internal/errors/codes.ts)."""
    return StorageError(
        415, "InvalidMimeType", f"mime type {mime} is not supported", "invalid_mime_type"
    )


def from_database(exc: psycopg.Error) -> StorageError:
    """What storage-api answers for a database error raised by the caller's SQL."""
    state = exc.diag.sqlstate or ""
    if state == "42501":
        return StorageError(
            403, "AccessDenied", exc.diag.message_primary or "Access denied", "Unauthorized"
        )
    if state == "23505":
        return already_exists()
    if state == "23503":
        return no_such_bucket()
    return StorageError(500, "DatabaseError", exc.diag.message_primary or "Database error")
