"""Each SDK client gets its own HTTP client on the process's one TLS context,
with the timeouts the SDK's own per-service clients would use."""

from __future__ import annotations

import httpx
import pytest

from desktop.account.http_client import (
    AUTH_TIMEOUT,
    REST_TIMEOUT,
    STORAGE_TIMEOUT,
    sdk_http_client,
    tls_context,
)
from desktop.account.session import make_client
from desktop.account.settings import ServerSettings
from devserver.server import DevServer

SETTINGS = ServerSettings("http://127.0.0.1:9", "a" * 40)


def test_sdk_clients_have_their_own_http_client_on_one_tls_context() -> None:
    first, second = make_client(SETTINGS, "token-a"), make_client(SETTINGS, "token-b")
    # Auth and PostgREST of one SDK client share its HTTP client...
    assert first.postgrest.session is first.auth._http_client
    # ...but two SDK clients (two learners, two tokens) never share one.
    assert first.postgrest.session is not second.postgrest.session
    assert tls_context() is tls_context()


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/auth/v1/health", AUTH_TIMEOUT),
        ("/storage/v1/bucket", STORAGE_TIMEOUT),
        ("/rest/v1/rpc/sync_pull", REST_TIMEOUT),
    ],
)
def test_each_service_keeps_the_timeout_of_the_sdks_own_client(
    healthy_devserver: DevServer, path: str, expected: httpx.Timeout
) -> None:
    sent: list[dict[str, float | None]] = []
    with sdk_http_client() as client:
        client.event_hooks["response"] = [
            lambda response: sent.append(response.request.extensions["timeout"])
        ]
        client.get(f"{healthy_devserver.url}{path}")
    assert sent == [expected.as_dict()]
    assert (AUTH_TIMEOUT.read, STORAGE_TIMEOUT.read) == (5.0, 20.0)
    # not the SDK's 120 s: a server that accepts and never answers shows within
    # seconds, after Supabase's own 8 s statement timeout has had its chance
    assert (REST_TIMEOUT.connect, REST_TIMEOUT.read) == (5.0, 12.0)
