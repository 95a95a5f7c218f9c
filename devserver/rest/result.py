"""What a REST handler answers: status, JSON text from PostgreSQL, headers.

Also PostgREST's paging rules (``Content-Range``, 206, 416) and the
singular-object rule (``Accept: application/vnd.pgrst.object+json``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from starlette.responses import Response

from devserver.rest.caller import RestRequest
from devserver.rest.errors import ApiError


@dataclass
class Result:
    status: int
    body: str
    headers: dict[str, str] = field(default_factory=dict)
    singular: bool = False

    def response(self, *, head: bool = False) -> Response:
        media = (
            "application/vnd.pgrst.object+json; charset=utf-8"
            if self.singular
            else "application/json; charset=utf-8"
        )
        if self.status == 204:
            return Response(status_code=204, headers=self.headers)
        return Response(
            b"" if head else self.body.encode(),
            status_code=self.status,
            media_type=media,
            headers=self.headers,
        )


def singular_or_array(req: RestRequest, body: str, count: int, first: str | None) -> str:
    """The body to send: the array, or its only element for a singular Accept."""
    if not req.singular:
        return body
    if count != 1 or first is None:
        raise ApiError(
            406,
            "PGRST116",
            "Cannot coerce the result to a single JSON object",
            details=f"The result contains {count} rows",
        )
    return first


def paged_result(
    req: RestRequest, body: str, count: int, first: str | None, *, offset: int, total: int | None
) -> Result:
    lower, upper = offset, offset + count - 1
    if total is not None and lower > total:
        raise ApiError(
            416,
            "PGRST103",
            "Requested range not satisfiable",
            details=f"An offset of {offset} was requested, but there are only {total} rows.",
        )
    shown_total = "*" if total is None else str(total)
    content_range = (
        f"*/{shown_total}" if count == 0 or total == 0 else f"{lower}-{upper}/{shown_total}"
    )
    status = 206 if total is not None and count < total and not req.singular else 200
    payload = singular_or_array(req, body, count, first)
    return Result(status, payload, {"Content-Range": content_range}, singular=req.singular)
