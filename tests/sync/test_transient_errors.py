"""A 5xx (or 408/429) is "try again later" whatever its body; only PostgREST refuses for good.

A gateway or proxy in front of PostgREST answers 502/503/504 with its own
body: JSON without a ``code`` or an HTML page.  The SDK's ``APIError`` keeps
no HTTP status, so such an answer used to look like a refusal of the request
itself (``RequestRejected``).  These tests make the real devserver answer
that way (``devserver.faults``) while the real engine pushes and pulls.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import psycopg
import pytest
from postgrest.exceptions import APIError, generate_default_error_message

from desktop.account.session import make_client
from desktop.account.settings import ServerSettings
from desktop.store.actions import learning
from desktop.store.replica.outbox import Outbox
from desktop.sync.engine import SyncEngine
from desktop.sync.errors import (
    RequestRejected,
    ServerError,
    TransientStatus,
    classify,
    raise_for_transient_status,
)
from devserver.faults import FailureBody
from devserver.server import DevServer
from tests.fixtures.learners import HELLO_LESSON, PYTHON_COURSE, Learner


def ledger(devserver: DevServer, user_id: str) -> tuple[int, int]:
    with psycopg.connect(devserver.db_url) as conn:
        row = conn.execute(
            "select count(*), coalesce(sum(seconds), 0) from lesson_time_ledger where user_id = %s",
            (user_id,),
        ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (502, "json_no_code"),
        (504, "json_no_code"),
        (503, "html"),
        (500, "json"),
    ],
)
def test_a_gateway_failure_during_push_is_retried_and_rejects_nothing(
    status: int,
    body: FailureBody,
    new_learner: Callable[..., Learner],
    healthy_devserver: DevServer,
) -> None:
    learner = new_learner()
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()
    learning.enroll(learner.store, PYTHON_COURSE)
    engine.run_cycle()
    learning.record_time_spent(learner.store, HELLO_LESSON, 42)
    outbox = Outbox(learner.store.db, learner.user_id)

    faults = healthy_devserver.faults
    faults.failure_rate, faults.failure_status, faults.failure_body = 1.0, status, body
    with pytest.raises(ServerError):
        engine.run_cycle()
    counts = outbox.counts()
    assert (counts.pending, counts.rejected) == (1, 0)
    assert ledger(healthy_devserver, learner.user_id) == (0, 0)

    faults.reset()
    engine.run_cycle()
    counts = outbox.counts()
    assert (counts.pending, counts.rejected) == (0, 0)
    assert ledger(healthy_devserver, learner.user_id) == (1, 42)


def test_a_code_less_gateway_answer_while_pulling_is_transient(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    learner = new_learner()
    engine = SyncEngine(learner.store, learner.auth)
    faults = healthy_devserver.faults
    faults.failure_rate, faults.failure_status, faults.failure_body = 1.0, 503, "json_no_code"
    with pytest.raises(ServerError):
        engine.run_cycle()
    faults.reset()
    assert engine.run_cycle().pulled_rows > 0


def test_a_code_less_body_is_transient_even_without_the_status_hook(
    healthy_devserver: DevServer,
) -> None:
    # A plain SDK client (no hook): the status is lost, the body has no code.
    from supabase import create_client

    client = create_client(healthy_devserver.url, healthy_devserver.anon_key)
    faults = healthy_devserver.faults
    faults.failure_rate, faults.failure_status, faults.failure_body = 1.0, 502, "json_no_code"
    with pytest.raises(APIError) as caught:
        client.rpc("sync_pull", {"scope": "catalogue", "cursor": None}).execute()
    assert caught.value.code is None
    assert isinstance(classify(caught.value), ServerError)


def test_a_genuine_postgrest_refusal_stays_permanent(healthy_devserver: DevServer) -> None:
    client = make_client(ServerSettings(healthy_devserver.url, healthy_devserver.anon_key))
    with pytest.raises(APIError) as caught:
        client.rpc("no_such_function_anywhere", {}).execute()
    assert str(caught.value.code).startswith("PGRST")
    error = classify(caught.value)
    assert isinstance(error, RequestRejected)
    assert not isinstance(error, ServerError)


@pytest.mark.parametrize(
    ("status", "transient"),
    [
        (500, True),
        (502, True),
        (503, True),
        (504, True),
        (520, True),
        (408, True),
        (429, True),
        (400, False),
        (401, False),
        (403, False),
        (404, False),
        (409, False),
        (200, False),
    ],
)
def test_the_status_hook_raises_only_for_transient_statuses(status: int, transient: bool) -> None:
    response = httpx.Response(status, request=httpx.Request("POST", "http://x/rest/v1/rpc/f"))
    if transient:
        with pytest.raises(TransientStatus) as caught:
            raise_for_transient_status(response)
        assert caught.value.status == status
        assert isinstance(classify(caught.value), ServerError)
    else:
        raise_for_transient_status(response)  # no exception: the SDK reads the body


@pytest.mark.parametrize(
    ("status", "page", "expected"),
    [
        (502, "<html><body>Bad Gateway</body></html>", ServerError),
        (429, "Too Many Requests", ServerError),
        (408, "", ServerError),
        (404, "<html>Not Found</html>", RequestRejected),
    ],
)
def test_a_non_json_answer_is_classified_by_its_status(
    status: int, page: str, expected: type[Exception]
) -> None:
    # What the SDK builds when the body is not PostgREST JSON (code = status).
    response = httpx.Response(
        status, text=page, request=httpx.Request("POST", "http://x/rest/v1/rpc/f")
    )
    error = classify(APIError(generate_default_error_message(response)))
    assert type(error) is expected
