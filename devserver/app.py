"""The devserver's HTTP front: one Starlette app with Supabase's URL layout.

``/auth/v1`` (GoTrue subset, ``devserver.auth``), ``/rest/v1`` (PostgREST
subset, ``devserver.rest``) and ``/storage/v1`` (``devserver.storage``); each
package contributes ``routes(ctx)``.  Request bodies larger than
``ctx.max_body_bytes`` are refused with 413 before a handler reads them.
``build_asgi`` wraps the app in the fault-injection layer, outermost, so it
can drop connections (``devserver.faults``).
"""

from __future__ import annotations

import importlib
import json
import logging
from collections.abc import Callable

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from devserver import auth
from devserver.context import ServerContext
from devserver.faults import FaultMiddleware, Faults

log = logging.getLogger(__name__)


class BodyTooLarge(Exception):
    """The client sent more than the configured body size limit."""


class BodySizeLimit:
    """Refuse request bodies over ``limit`` bytes with 413.

    A declared Content-Length over the limit is refused before reading; a
    chunked body is counted as it streams in and cut off at the limit.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _too_large(send, "Invalid Content-Length", status=400)
                    return
                if declared > self.limit:
                    await _too_large(send, self._message())
                    return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await _too_large(send, self._message())

    def _message(self) -> str:
        return f"Payload too large: the limit is {self.limit} bytes"


async def _too_large(send: Send, message: str, *, status: int = 413) -> None:
    body = json.dumps({"code": "request_too_large" if status == 413 else "bad_request",
                       "message": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _root(_request: Request) -> Response:
    return JSONResponse({"name": "lantern-devserver",
                         "services": ["/auth/v1", "/rest/v1", "/storage/v1"]})


def _optional_routes(module: str) -> Callable[[ServerContext], list[BaseRoute]]:
    # TEMPORARY guard while devserver.rest / devserver.storage are being
    # written in parallel (issue #3); removed once both packages exist.
    try:
        routes = getattr(importlib.import_module(module), "routes", None)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        routes = None
    except Exception:
        log.exception("%s could not be imported; its URLs answer 404", module)
        routes = None
    if routes is None:
        log.warning("%s is not available yet; its URLs answer 404", module)
        return lambda _ctx: []
    return routes  # type: ignore[no-any-return]


def create_app(ctx: ServerContext) -> Starlette:
    """The Starlette app for ``ctx``, without fault injection."""
    routes: list[BaseRoute] = [
        Route("/", _root, methods=["GET"]),
        Mount("/auth/v1", routes=auth.routes(ctx)),
        Mount("/rest/v1", routes=_optional_routes("devserver.rest")(ctx)),
        Mount("/storage/v1", routes=_optional_routes("devserver.storage")(ctx)),
    ]
    app = Starlette(routes=routes)
    app.state.ctx = ctx
    return app


def build_asgi(ctx: ServerContext, faults: Faults) -> ASGIApp:
    """The full ASGI stack uvicorn serves: faults → body limit → app."""
    return FaultMiddleware(BodySizeLimit(create_app(ctx), ctx.max_body_bytes), faults)
