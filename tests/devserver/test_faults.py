"""Fault injection: latency, failures (5xx or dropped connections), offline."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx
import pytest
from postgrest.exceptions import APIError
from supabase import Client
from supabase_auth.errors import AuthRetryableError

from devserver.faults import Faults
from devserver.server import DevServer
from tests.fixtures.devserver import SignedUpUser


def _health(server: DevServer, client: httpx.Client | None = None) -> httpx.Response:
    url = f"{server.url}/auth/v1/health"
    return client.get(url) if client else httpx.get(url, timeout=10)


def _elapsed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def test_added_latency_delays_every_request(healthy_devserver: DevServer) -> None:
    baseline = min(_elapsed(lambda: _health(healthy_devserver)) for _ in range(2))
    healthy_devserver.faults.latency_ms = 300
    delayed = min(_elapsed(lambda: _health(healthy_devserver)) for _ in range(2))
    assert delayed >= 0.3
    assert delayed - baseline >= 0.25


def test_failure_rate_one_with_5xx_is_a_retryable_sdk_error(
    healthy_devserver: DevServer, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    user = signed_up_user()
    healthy_devserver.faults.failure_rate = 1.0
    healthy_devserver.faults.failure_mode = "5xx"
    with pytest.raises(AuthRetryableError) as caught:
        user.client.auth.get_user(user.access_token)
    assert caught.value.status == 503


def test_failure_rate_one_with_drop_is_a_network_error(
    healthy_devserver: DevServer, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    user = signed_up_user()
    healthy_devserver.faults.failure_rate = 1.0
    healthy_devserver.faults.failure_mode = "drop"
    with pytest.raises(AuthRetryableError) as caught:
        user.client.auth.get_user(user.access_token)
    assert caught.value.status == 0  # no HTTP answer at all
    with pytest.raises(httpx.TransportError):
        _health(healthy_devserver)


def test_partial_failure_rate_fails_some_requests_and_passes_others(
    healthy_devserver: DevServer,
) -> None:
    healthy_devserver.faults.failure_rate = 0.5
    with httpx.Client(timeout=10) as client:
        statuses = [_health(healthy_devserver, client).status_code for _ in range(40)]
    assert set(statuses) == {200, 503}


def test_offline_refuses_connections_and_online_serves_again(
    healthy_devserver: DevServer, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    user = signed_up_user()
    assert user.client.auth.get_user(user.access_token) is not None  # a pooled connection

    healthy_devserver.set_offline(True)
    with pytest.raises(httpx.ConnectError):
        _health(healthy_devserver)
    # The SDK's kept-alive connection was dropped too: a network error, not an answer.
    with pytest.raises(AuthRetryableError):
        user.client.auth.get_user(user.access_token)

    healthy_devserver.set_offline(False)
    assert _health(healthy_devserver).status_code == 200
    response = user.client.auth.get_user(user.access_token)
    assert response is not None
    assert response.user.id == user.id


def test_offline_drops_requests_on_connections_opened_before(healthy_devserver: DevServer) -> None:
    with httpx.Client(timeout=10) as client:
        assert _health(healthy_devserver, client).status_code == 200
        healthy_devserver.faults.offline = True
        with pytest.raises(httpx.TransportError):
            _health(healthy_devserver, client)
        healthy_devserver.faults.offline = False
        assert _health(healthy_devserver, client).status_code == 200


def test_reset_restores_a_healthy_server(
    healthy_devserver: DevServer, make_client: Callable[..., Client]
) -> None:
    faults = healthy_devserver.faults
    faults.latency_ms, faults.failure_rate, faults.failure_mode = 50, 1.0, "drop"
    faults.offline = True
    faults.reset()
    assert (faults.latency_ms, faults.failure_rate, faults.failure_mode, faults.offline) == (
        0,
        0.0,
        "5xx",
        False,
    )
    assert _health(healthy_devserver).status_code == 200


def test_rest_calls_fail_with_the_injected_status_and_recover(
    healthy_devserver: DevServer, make_client: Callable[..., Client]
) -> None:
    client = make_client(postgrest_client_retry=False)  # no back-off sleeps in tests
    healthy_devserver.faults.failure_rate = 1.0
    healthy_devserver.faults.failure_status = 500
    with pytest.raises(APIError) as caught:
        client.table("courses").select("id").limit(1).execute()
    assert caught.value.code == "service_unavailable"

    healthy_devserver.faults.failure_rate = 0.0
    healthy_devserver.set_offline(True)
    with pytest.raises(httpx.TransportError):
        client.table("courses").select("id").limit(1).execute()
    healthy_devserver.set_offline(False)
    assert isinstance(client.table("courses").select("id").limit(1).execute().data, list)


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("failure_rate", 1.5),
        ("failure_rate", -0.1),
        ("latency_ms", -1),
        ("failure_mode", "explode"),
        ("failure_status", 404),
    ],
)
def test_invalid_fault_settings_are_refused(setting: str, value: object) -> None:
    with pytest.raises(ValueError, match=f"^{setting} must be"):
        setattr(Faults(), setting, value)
