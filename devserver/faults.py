"""Fault injection: make the devserver slow, flaky or unreachable on purpose.

Tests and benchmarks use it to see how the app behaves on a bad network
(issue #3).  ``Faults`` is the switchboard, changed at any time from any
thread; ``FaultMiddleware`` is the outermost ASGI layer and applies it to
each request:

* ``latency_ms`` is added before every request is handled;
* ``failure_rate`` (0.0–1.0) is the share of requests that fail, either with
  ``failure_status`` (``failure_mode="5xx"``; 503 by default, which the SDK's
  REST client retries for GETs with a growing back-off, and 500 which it does
  not), by dropping the connection without an answer (``"drop"``), which
  the SDK reports as a network error, or by handling the request in full
  (committing whatever it wrote) and then dropping the connection instead of
  answering (``"drop_after"``): the lost acknowledgement a sync client must
  survive without applying anything twice;
* ``failure_body`` is what a ``"5xx"`` failure says: ``"json"`` (a JSON
  error with a ``code``), ``"json_no_code"`` (``{"message": "upstream
  timeout"}``, what a gateway or proxy in front of PostgREST sends) or
  ``"html"`` (a proxy's error page);
* ``cut_body_after`` (bytes, or None) cuts every answer whose body is longer
  after that many bytes of it, dropping the connection mid-body: the network
  that goes away in the middle of a download;
* ``body_bytes_per_s`` (or None) sends every answer's body at that rate,
  in pieces of at most 64 KiB: a slow link, on which a large download takes
  long enough to be paused, or a GUI to be watched, mid-file;
* ``offline`` drops every request; the server (``devserver.server``) also
  closes its listening socket, so new connections are refused.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import threading
from collections.abc import Callable
from typing import Any, Literal

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

FailureMode = Literal["5xx", "drop", "drop_after"]
FAILURE_MODES: tuple[FailureMode, ...] = ("5xx", "drop", "drop_after")
FailureBody = Literal["json", "json_no_code", "html"]
FAILURE_BODIES: tuple[FailureBody, ...] = ("json", "json_no_code", "html")
DEFAULT_FAILURE_STATUS = 503


class Faults:
    """The current fault settings; thread-safe, observable for ``offline``."""

    def __init__(
        self,
        *,
        latency_ms: int = 0,
        failure_rate: float = 0.0,
        failure_mode: FailureMode = "5xx",
        offline: bool = False,
        failure_status: int = DEFAULT_FAILURE_STATUS,
        failure_body: FailureBody = "json",
        rng: random.Random | None = None,
    ) -> None:
        self._lock = threading.Lock()
        self._offline_listeners: list[Callable[[bool], None]] = []
        self._rng = rng or random.Random()
        self.latency_ms = latency_ms
        self.failure_rate = failure_rate
        self.failure_mode = failure_mode
        self.failure_status = failure_status
        self.failure_body = failure_body
        self._offline = offline
        self.cut_body_after: int | None = None
        self.body_bytes_per_s: int | None = None

    @property
    def latency_ms(self) -> int:
        return self._latency_ms

    @latency_ms.setter
    def latency_ms(self, value: int) -> None:
        if value < 0:
            raise ValueError("latency_ms must be >= 0")
        self._latency_ms = int(value)

    @property
    def failure_rate(self) -> float:
        return self._failure_rate

    @failure_rate.setter
    def failure_rate(self, value: float) -> None:
        if not 0.0 <= value <= 1.0:
            raise ValueError("failure_rate must be between 0 and 1")
        self._failure_rate = float(value)

    @property
    def failure_mode(self) -> FailureMode:
        return self._failure_mode

    @failure_mode.setter
    def failure_mode(self, value: FailureMode) -> None:
        if value not in FAILURE_MODES:
            raise ValueError(f"failure_mode must be one of {FAILURE_MODES}")
        self._failure_mode = value

    @property
    def failure_status(self) -> int:
        return self._failure_status

    @failure_status.setter
    def failure_status(self, value: int) -> None:
        if not 500 <= value <= 599:
            raise ValueError("failure_status must be a 5xx status")
        self._failure_status = int(value)

    @property
    def failure_body(self) -> FailureBody:
        return self._failure_body

    @failure_body.setter
    def failure_body(self, value: FailureBody) -> None:
        if value not in FAILURE_BODIES:
            raise ValueError(f"failure_body must be one of {FAILURE_BODIES}")
        self._failure_body = value

    @property
    def offline(self) -> bool:
        return self._offline

    @offline.setter
    def offline(self, value: bool) -> None:
        with self._lock:
            changed = value != self._offline
            self._offline = value
            listeners = list(self._offline_listeners)
        if changed:
            log.info("devserver is now %s", "offline" if value else "online")
            for listener in listeners:
                listener(value)

    def on_offline_change(self, listener: Callable[[bool], None]) -> None:
        with self._lock:
            self._offline_listeners.append(listener)

    def reset(self) -> None:
        """Back to a healthy, online server."""
        self.latency_ms = 0
        self.failure_rate = 0.0
        self.failure_mode = "5xx"
        self.failure_status = DEFAULT_FAILURE_STATUS
        self.failure_body = "json"
        self.cut_body_after = None
        self.body_bytes_per_s = None
        self.offline = False

    def should_fail(self) -> bool:
        rate = self._failure_rate
        if rate <= 0.0:
            return False
        with self._lock:
            return rate >= 1.0 or self._rng.random() < rate


def drop_connection(send: Send) -> bool:
    """Abort the TCP connection under ``send`` (uvicorn's own send callable).

    Works only when no middleware wraps ``send``, which is why
    ``FaultMiddleware`` must be the outermost layer.
    """
    cycle: Any = getattr(send, "__self__", None)
    transport: Any = getattr(cycle, "transport", None)
    if transport is None or not hasattr(transport, "abort"):
        return False
    transport.abort()
    return True


async def _discard(_message: Message) -> None:
    """A ``send`` that throws the answer away (``drop_after``)."""


def _cutting(send: Send, limit: int) -> Send:
    """A ``send`` that passes ``limit`` bytes of the body, then drops the
    connection and throws the rest away (``cut_body_after``)."""
    sent = 0
    cut = False

    async def cutting_send(message: Message) -> None:
        nonlocal sent, cut
        if cut:
            return
        if message["type"] == "http.response.body":
            body = bytes(message.get("body", b""))
            if sent + len(body) > limit:
                cut = True
                await send({**message, "body": body[: limit - sent], "more_body": True})
                drop_connection(send)
                return
            sent += len(body)
        await send(message)

    return cutting_send


SLOW_PIECE = 64 * 1024


def _slowed(send: Send, rate: int) -> Send:
    """A ``send`` that passes the body at ``rate`` bytes a second (``body_bytes_per_s``)."""

    loop = asyncio.get_running_loop()
    started, sent = loop.time(), 0

    async def slow_send(message: Message) -> None:
        nonlocal sent
        if message["type"] != "http.response.body":
            await send(message)
            return
        body = bytes(message.get("body", b""))
        more = bool(message.get("more_body", False))
        for start in range(0, max(len(body), 1), SLOW_PIECE):
            piece = body[start : start + SLOW_PIECE]
            last = start + SLOW_PIECE >= len(body)
            await send({**message, "body": piece, "more_body": more or not last})
            sent += len(piece)
            # on schedule, not after each piece: short sleeps that overrun
            # do not add up, so the rate holds at a LAN's speed too
            await asyncio.sleep(max(0.0, started + sent / rate - loop.time()))

    return slow_send


class FaultMiddleware:
    """Applies ``Faults`` to each HTTP request before the app sees it."""

    def __init__(self, app: ASGIApp, faults: Faults) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        faults = self.faults
        if faults.offline:
            await self._drop(send)
            return
        if faults.latency_ms:
            await asyncio.sleep(faults.latency_ms / 1000)
        if faults.should_fail():
            if faults.failure_mode == "drop":
                await self._drop(send)
            elif faults.failure_mode == "drop_after":
                await self.app(scope, receive, _discard)
                await self._drop(send)
            else:
                await self._fail(send, faults.failure_status, faults.failure_body)
            return
        cut, rate = faults.cut_body_after, faults.body_bytes_per_s
        answer = send if cut is None else _cutting(send, cut)
        await self.app(scope, receive, answer if not rate else _slowed(answer, rate))

    @staticmethod
    async def _drop(send: Send) -> None:
        if drop_connection(send):
            # Let the server notice the lost connection before we return, so it
            # does not try to answer 500 on it (and log an error).
            for _ in range(3):
                await asyncio.sleep(0)
        else:
            # Without a transport to abort, the closest thing is an empty 5xx.
            log.warning("could not drop the connection; answering 502 instead")
            await send({"type": "http.response.start", "status": 502, "headers": []})
            await send({"type": "http.response.body", "body": b""})

    @staticmethod
    async def _fail(send: Send, status: int, kind: FailureBody = "json") -> None:
        content_type = b"application/json"
        if kind == "json":
            body = json.dumps(
                {
                    "code": "service_unavailable",
                    "message": "Service unavailable (fault injected by the devserver)",
                }
            ).encode()
        elif kind == "json_no_code":
            body = json.dumps({"message": "upstream timeout"}).encode()
        else:
            content_type = b"text/html; charset=utf-8"
            body = (
                f"<html><head><title>{status} Service Temporarily Unavailable</title>"
                f"</head><body><h1>{status} Service Temporarily Unavailable</h1>"
                "<hr><p>proxy (fault injected by the devserver)</p></body></html>"
            ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", content_type),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
