"""Who is calling and what they asked for: JWT, profile headers, Prefer, body.

Shared by REST and Storage: both read the bearer token the same way (the
``Authorization`` header, else the ``apikey`` header; neither → anon).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request

from devserver.context import ServerContext, TokenError
from devserver.db import API_ROLES
from devserver.rest.errors import ApiError, jwt_error

log = logging.getLogger(__name__)

SINGULAR = "application/vnd.pgrst.object+json"
_ARRAY_TYPES = frozenset(
    {"application/json", "application/vnd.pgrst.array+json", "*/*", "application/*"}
)
_OBJECT_TYPES = frozenset({SINGULAR, "application/vnd.pgrst.object"})


def parse_accept(header: str) -> tuple[bool, bool]:
    """(singular, strip nulls) for the first media type we can produce, else 406."""
    if not header.strip():
        return False, False
    for part in header.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        stripped = "nulls=stripped" in params
        if media.lower() in _OBJECT_TYPES:
            return True, stripped
        if media.lower() in _ARRAY_TYPES:
            return False, stripped
    raise ApiError(406, "PGRST107", f"None of these media types are available: {header}")


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if header:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise TokenError("Authorization header is not a Bearer token")
        return token.strip()
    return request.headers.get("apikey") or None


def caller_claims(request: Request, ctx: ServerContext) -> dict[str, Any] | None:
    """The verified claims of the caller, or None for an anonymous request.

    Raises TokenError for a malformed, badly signed or expired token and for a
    token naming a role the API may not switch to.
    """
    token = bearer_token(request)
    if token is None:
        return None
    claims = ctx.decode(token)
    if str(claims.get("role")) not in API_ROLES:
        raise TokenError(f"role {claims.get('role')!r} is not allowed")
    return claims


@dataclass
class RestRequest:
    """Everything a REST handler needs, read once from the HTTP request."""

    method: str
    path: str
    claims: dict[str, Any] | None
    headers: dict[str, str]
    params: list[tuple[str, str]]
    prefer: dict[str, str] = field(default_factory=dict)
    singular: bool = False
    strip_nulls: bool = False
    body: bytes = b""

    @property
    def anonymous(self) -> bool:
        return self.claims is None or self.claims.get("role") == "anon"

    def param(self, name: str) -> str | None:
        for key, value in self.params:
            if key == name:
                return value
        return None

    def json_body(self) -> Any:
        if not self.body.strip():
            return None
        try:
            return json.loads(self.body)
        except ValueError as exc:
            raise ApiError(400, "PGRST102", "Empty or invalid json", details=str(exc)) from exc


def parse_prefer(values: list[str]) -> dict[str, str]:
    prefer: dict[str, str] = {}
    for value in values:
        for token in value.split(","):
            name, _, setting = token.strip().partition("=")
            if name:
                prefer[name.strip().lower()] = setting.strip()
    return prefer


async def read_rest_request(request: Request, ctx: ServerContext, path: str) -> RestRequest:
    """Authenticate and read the request, refusing what PostgREST refuses up front."""
    try:
        claims = caller_claims(request, ctx)
    except TokenError as exc:
        raise jwt_error(str(exc), expired=exc.expired) from exc
    method = request.method.upper()
    profile_header = "accept-profile" if method in ("GET", "HEAD") else "content-profile"
    profile = request.headers.get(profile_header)
    if profile is not None and profile != "public":
        raise ApiError(
            406,
            "PGRST106",
            "Invalid schema: " + profile,
            hint="Only the following schemas are exposed: public",
        )
    body = await read_body(request, ctx.max_body_bytes)
    singular, strip_nulls = parse_accept(request.headers.get("accept", ""))
    return RestRequest(
        method=method,
        path=path,
        claims=claims,
        headers={k.lower(): v for k, v in request.headers.items()},
        params=list(request.query_params.multi_items()),
        prefer=parse_prefer(request.headers.getlist("prefer")),
        singular=singular,
        strip_nulls=strip_nulls,
        body=body,
    )


async def read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> ApiError:
    return ApiError(
        413,
        "PGRST413",
        "Payload Too Large",
        details=f"The request body is larger than {limit} bytes.",
    )
