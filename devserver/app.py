"""The devserver's HTTP front: one Starlette app with Supabase's URL layout.

``/auth/v1`` (GoTrue subset, ``devserver.auth``), ``/rest/v1`` (PostgREST
subset, ``devserver.rest``) and ``/storage/v1`` (``devserver.storage``); each
package contributes ``routes(ctx)``.  Request bodies larger than
``ctx.max_body_bytes`` are refused with 413 before a handler reads them.
``build_asgi`` wraps the app in the fault-injection layer, outermost, so it
can drop connections (``devserver.faults``).
"""

from __future__ import annotations

import json
import logging

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from devserver import auth, rest, storage
from devserver.context import ServerContext
from devserver.faults import FaultMiddleware, Faults

log = logging.getLogger(__name__)


class BodySizeLimit:
    """Refuse request bodies over ``ctx.max_body_bytes`` with 413.

    A declared Content-Length over the limit is refused before reading (the
    HTTP parser holds the client to the length it declared).  A chunked body
    is read here, up to the limit, and handed on only if it fits.  The limit
    is read per request, so it can be changed while serving.
    """

    def __init__(self, app: ASGIApp, ctx: ServerContext) -> None:
        self.app = app
        self.ctx = ctx

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.ctx.body_limit(scope["path"])
        headers = dict(scope["headers"])
        if b"content-length" in headers:
            try:
                declared = int(headers[b"content-length"])
            except ValueError:
                await _too_large(send, "Invalid Content-Length", status=400)
                return
            if declared > limit:
                await _too_large(send, _limit_message(limit))
                return
            await self.app(scope, receive, send)
            return
        if b"chunked" not in headers.get(b"transfer-encoding", b"").lower():
            await self.app(scope, receive, send)
            return
        buffered = await _read_chunked(receive, limit)
        if buffered is None:
            await _too_large(send, _limit_message(limit))
            return
        pending = [buffered]

        async def replay() -> Message:
            if pending:
                return pending.pop()
            return await receive()

        await self.app(scope, replay, send)


async def _read_chunked(receive: Receive, limit: int) -> Message | None:
    """The whole body as one message, or None once it grows past ``limit``."""
    parts: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return message  # the client went away; let the app see that
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        parts.append(chunk)
        if not message.get("more_body", False):
            return {"type": "http.request", "body": b"".join(parts), "more_body": False}


def _limit_message(limit: int) -> str:
    return f"Payload too large: the limit is {limit} bytes"


async def _too_large(send: Send, message: str, *, status: int = 413) -> None:
    body = json.dumps(
        {"code": "request_too_large" if status == 413 else "bad_request", "message": message}
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _root(_request: Request) -> Response:
    return JSONResponse(
        {"name": "lantern-devserver", "services": ["/auth/v1", "/rest/v1", "/storage/v1"]}
    )


def create_app(ctx: ServerContext) -> Starlette:
    """The Starlette app for ``ctx``, without fault injection."""
    routes: list[BaseRoute] = [
        Route("/", _root, methods=["GET"]),
        Mount("/auth/v1", routes=auth.routes(ctx)),
        Mount("/rest/v1", routes=rest.routes(ctx)),
        Mount("/storage/v1", routes=storage.routes(ctx)),
    ]
    app = Starlette(routes=routes)
    app.state.ctx = ctx
    return app


def build_asgi(ctx: ServerContext, faults: Faults) -> ASGIApp:
    """The full ASGI stack uvicorn serves: faults → body limit → app."""
    return FaultMiddleware(BodySizeLimit(create_app(ctx), ctx), faults)
