"""Run uvicorn on our own socket, and really go offline when asked.

Going offline closes the listening socket (new connections are refused, as
when the network is gone) and aborts open keep-alive connections, so an
HTTP client with a connection pool sees a network error too.  Coming back
online binds the same port again.  ``FaultMiddleware`` drops any request that
still slips through while offline.
"""

from __future__ import annotations

import asyncio
import logging
import socket

import uvicorn

from devserver.faults import Faults

log = logging.getLogger(__name__)


def listening_socket() -> socket.socket:
    """A TCP socket to listen on.

    Created with proto=IPPROTO_TCP on purpose: asyncio turns on TCP_NODELAY
    only for sockets that say they are TCP, and without it every response
    (headers and body are two writes) waits ~40 ms for a delayed ACK.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    return sock


class Listener:
    """Serves ``server`` on ``sock`` in the calling thread until it exits."""

    def __init__(self, server: uvicorn.Server, sock: socket.socket, faults: Faults) -> None:
        self.server = server
        self.sock = sock
        self.host, self.port = sock.getsockname()[:2]
        self.faults = faults
        self._loop: asyncio.AbstractEventLoop | None = None

    def run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self.faults.on_offline_change(self.apply_offline)
        await self.server.serve(sockets=[self.sock])

    def apply_offline(self, offline: bool) -> None:
        """Close or reopen the listening socket; call from any thread but the server's.

        Called when ``faults.offline`` flips, and once right after start-up
        (by ``DevServer``) when the server starts offline.
        """
        loop = self._loop
        if loop is None or loop.is_closed() or not self.server.started:
            return
        done = asyncio.run_coroutine_threadsafe(self._apply(offline), loop)
        # Wait, so that "offline = True" returns only once connections fail.
        try:
            done.result(timeout=10)
        except Exception:
            log.exception("could not switch the devserver %s", "offline" if offline else "online")
            raise

    async def _apply(self, offline: bool) -> None:
        if self.server.should_exit:
            return
        if offline:
            for srv in self.server.servers:
                srv.close()
            for connection in list(self.server.server_state.connections):
                transport = getattr(connection, "transport", None)
                if transport is not None:
                    transport.abort()
            await asyncio.sleep(0)
            return
        if any(srv.is_serving() for srv in self.server.servers):
            return
        sock = listening_socket()
        sock.bind((self.host, self.port))
        config = self.server.config
        loop = asyncio.get_running_loop()

        def protocol() -> asyncio.Protocol:
            return config.http_protocol_class(  # type: ignore[call-arg]  # uvicorn's signature
                config=config,
                server_state=self.server.server_state,
                app_state=self.server.lifespan.state,
            )

        srv = await loop.create_server(protocol, sock=sock, backlog=config.backlog)
        self.server.servers = [srv]
