"""A server that accepts the connection and never answers is told apart from one that is gone."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import httpx
import pytest

from desktop.sync.errors import OfflineError, ServerNotResponding, classify
from desktop.sync.service import why
from desktop.sync.states import Why


@pytest.fixture
def silent_server() -> Iterator[str]:
    """Accepts connections on loopback, reads nothing, answers nothing, until the test ends."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    done = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not done.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    done.set()
    thread.join(timeout=5)
    for conn in accepted:
        conn.close()
    listener.close()


def _closed_port() -> str:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"  # nothing listens there any more


def test_a_silent_server_is_not_responding(silent_server: str) -> None:
    with (
        pytest.raises(httpx.HTTPError) as raised,
        httpx.Client(timeout=httpx.Timeout(0.5, connect=2.0)) as client,
    ):
        client.post(f"{silent_server}/rest/v1/rpc/sync_pull", json={})
    error = classify(raised.value)
    assert isinstance(error, ServerNotResponding)
    assert why(error) is Why.NOT_RESPONDING


def test_a_server_that_is_gone_cannot_be_reached() -> None:
    with pytest.raises(httpx.HTTPError) as raised, httpx.Client(timeout=2.0) as client:
        client.post(f"{_closed_port()}/rest/v1/rpc/sync_pull", json={})
    error = classify(raised.value)
    assert isinstance(error, OfflineError)
    assert not isinstance(error, ServerNotResponding)
    assert why(error) is Why.UNREACHABLE
