"""Sessions through the official SDK: get user, refresh rotation, expiry, sign-out."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import jwt
import psycopg
import pytest
from supabase import Client
from supabase_auth.errors import AuthApiError

from devserver.server import DevServer
from tests.fixtures.devserver import SignedUpUser


def _rows(devserver: DevServer, query: str, *args: Any) -> list[tuple[Any, ...]]:
    with psycopg.connect(devserver.db_url) as conn:
        return conn.execute(query, args).fetchall()


def _wait_until_expired(access_token: str, timeout: float = 10) -> None:
    exp = jwt.decode(access_token, options={"verify_signature": False})["exp"]
    deadline = time.monotonic() + timeout
    while time.time() <= exp + 0.05:
        assert time.monotonic() < deadline, "the access token never expired"
        time.sleep(0.05)  # noqa: TID251 - deliberate: polling a clock with a deadline  # allowed-sleep


def _api_error(call: Callable[[], object]) -> tuple[int, str | None]:
    with pytest.raises(AuthApiError) as caught:
        call()
    return caught.value.status, caught.value.code


def test_get_user_returns_the_signed_in_user(signed_up_user: Callable[..., SignedUpUser]) -> None:
    user = signed_up_user()
    response = user.client.auth.get_user()
    assert response is not None
    assert (response.user.id, response.user.email) == (user.id, user.email)


def test_get_user_without_a_bearer_is_no_authorization(devserver: DevServer) -> None:
    response = httpx.get(
        f"{devserver.url}/auth/v1/user",
        headers={"apikey": devserver.anon_key, "X-Supabase-Api-Version": "2024-01-01"},
    )
    assert response.status_code == 401
    assert response.json()["code"] == "no_authorization"


def test_token_signed_with_another_secret_is_refused(
    signed_up_user: Callable[..., SignedUpUser], devserver: DevServer
) -> None:
    user = signed_up_user()
    claims = jwt.decode(
        user.access_token, devserver.jwt_secret, algorithms=["HS256"], audience="authenticated"
    )
    forged = jwt.encode(claims, "another-secret-that-is-long-enough-to-use!", "HS256")
    assert _api_error(lambda: user.client.auth.get_user(forged)) == (403, "bad_jwt")


def test_token_without_a_subject_is_bad_jwt(
    make_client: Callable[..., Client], devserver: DevServer
) -> None:
    client = make_client()
    assert _api_error(lambda: client.auth.get_user(devserver.anon_key)) == (403, "bad_jwt")


def test_token_of_a_deleted_user_is_user_not_found(
    signed_up_user: Callable[..., SignedUpUser], devserver: DevServer
) -> None:
    user = signed_up_user()
    with psycopg.connect(devserver.db_url, autocommit=True) as conn:
        conn.execute("delete from auth.users where id = %s", (user.id,))
    assert _api_error(lambda: user.client.auth.get_user(user.access_token)) == (
        403,
        "user_not_found",
    )


def test_refresh_rotates_the_token_within_the_same_session(
    signed_up_user: Callable[..., SignedUpUser], devserver: DevServer
) -> None:
    user = signed_up_user()
    response = user.client.auth.refresh_session()
    assert response.session is not None
    new = response.session.refresh_token
    assert new != user.refresh_token

    rows = dict(
        (row[0], row[1:])
        for row in _rows(
            devserver,
            "select token, revoked, parent, session_id from auth.refresh_tokens "
            "where token in (%s, %s)",
            user.refresh_token,
            new,
        )
    )
    assert rows[user.refresh_token][0] is True
    assert rows[new][:2] == (False, user.refresh_token)
    assert rows[new][2] == rows[user.refresh_token][2]
    new_claims = jwt.decode(
        response.session.access_token,
        devserver.jwt_secret,
        algorithms=["HS256"],
        audience="authenticated",
    )
    assert str(rows[new][2]) == new_claims["session_id"]


def test_reused_refresh_token_is_refused_and_revokes_its_family(
    signed_up_user: Callable[..., SignedUpUser], make_client: Callable[..., Client]
) -> None:
    user = signed_up_user()
    rotated = user.client.auth.refresh_session().session
    assert rotated is not None
    thief = make_client()

    assert _api_error(lambda: thief.auth.refresh_session(user.refresh_token)) == (
        400,
        "refresh_token_already_used",
    )
    # The replay looks like theft: the legitimate newest token is revoked too.
    assert _api_error(lambda: thief.auth.refresh_session(rotated.refresh_token)) == (
        400,
        "refresh_token_already_used",
    )


def test_unknown_refresh_token_is_not_found(make_client: Callable[..., Client]) -> None:
    client = make_client()
    assert _api_error(lambda: client.auth.refresh_session("no-such-token")) == (
        400,
        "refresh_token_not_found",
    )


def test_expired_access_token_is_refused_and_the_sdk_refreshes_it(
    short_jwt_expiry: int, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    user = signed_up_user()
    _wait_until_expired(user.access_token)

    assert _api_error(lambda: user.client.auth.get_user(user.access_token)) == (403, "bad_jwt")
    # Without an explicit token the SDK notices the expiry and refreshes first.
    response = user.client.auth.get_user()
    assert response is not None
    assert response.user.id == user.id
    session = user.client.auth.get_session()
    assert session is not None
    assert session.refresh_token != user.refresh_token


def test_token_endpoint_ignores_an_expired_authorization_header(
    short_jwt_expiry: int, signed_up_user: Callable[..., SignedUpUser], devserver: DevServer
) -> None:
    user = signed_up_user()
    _wait_until_expired(user.access_token)
    response = httpx.post(
        f"{devserver.url}/auth/v1/token?grant_type=refresh_token",
        json={"refresh_token": user.refresh_token},
        headers={"apikey": devserver.anon_key, "Authorization": f"Bearer {user.access_token}"},
    )
    assert response.status_code == 200
    assert response.json()["expires_in"] == short_jwt_expiry


def test_sdk_auto_refresh_replaces_the_session_before_expiry(
    short_jwt_expiry: int, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    refreshed = threading.Event()
    user = signed_up_user(auto_refresh_token=True)
    user.client.auth.on_auth_state_change(
        lambda event, _session: refreshed.set() if event == "TOKEN_REFRESHED" else None
    )
    # Sign in again so the SDK schedules its refresh timer for a 2-s token.
    user.client.auth.sign_in_with_password({"email": user.email, "password": user.password})

    assert refreshed.wait(10), "the SDK never refreshed the session"
    session = user.client.auth.get_session()
    assert session is not None
    response = user.client.auth.get_user(session.access_token)
    assert response is not None
    assert response.user.id == user.id


def _second_sign_in(user: SignedUpUser, make_client: Callable[..., Client]) -> Client:
    other = make_client()
    other.auth.sign_in_with_password({"email": user.email, "password": user.password})
    return other


@pytest.mark.parametrize(
    ("scope", "this_survives", "other_survives"),
    [
        ("global", False, False),
        ("local", False, True),
        ("others", True, False),
    ],
)
def test_sign_out_scope_ends_the_right_sessions(
    scope: str,
    this_survives: bool,
    other_survives: bool,
    signed_up_user: Callable[..., SignedUpUser],
    make_client: Callable[..., Client],
    devserver: DevServer,
) -> None:
    user = signed_up_user()
    other = _second_sign_in(user, make_client)
    other_session = other.auth.get_session()
    assert other_session is not None

    user.client.auth.sign_out({"scope": scope})  # type: ignore[arg-type]  # a parametrized str

    def alive(token: str) -> bool:
        try:
            user.client.auth.get_user(token)
        except AuthApiError as error:
            if (error.status, error.code) != (403, "session_not_found"):
                raise
            return False
        return True

    assert alive(user.access_token) is this_survives
    assert alive(other_session.access_token) is other_survives
    assert (user.client.auth.get_session() is not None) is (scope == "others")


def test_refresh_token_of_a_signed_out_session_is_not_found(
    signed_up_user: Callable[..., SignedUpUser], make_client: Callable[..., Client]
) -> None:
    user = signed_up_user()
    user.client.auth.sign_out()
    client = make_client()
    assert _api_error(lambda: client.auth.refresh_session(user.refresh_token)) == (
        400,
        "refresh_token_not_found",
    )


def test_logout_with_an_unknown_scope_is_refused(
    signed_up_user: Callable[..., SignedUpUser], devserver: DevServer
) -> None:
    user = signed_up_user()
    response = httpx.post(
        f"{devserver.url}/auth/v1/logout?scope=everything",
        headers={
            "apikey": devserver.anon_key,
            "Authorization": f"Bearer {user.access_token}",
            "X-Supabase-Api-Version": "2024-01-01",
        },
    )
    assert response.status_code == 400
    assert response.json()["code"] == "validation_failed"


def test_update_user_merges_metadata_and_changes_the_password(
    signed_up_user: Callable[..., SignedUpUser], make_client: Callable[..., Client]
) -> None:
    user = signed_up_user()
    response = user.client.auth.update_user(
        {"data": {"theme": "dark"}, "password": "a-brand-new-password"}
    )
    assert response.user.user_metadata["theme"] == "dark"
    assert response.user.user_metadata["full_name"] == "Test Learner"

    again = make_client().auth.sign_in_with_password(
        {"email": user.email, "password": "a-brand-new-password"}
    )
    assert again.user is not None
    assert again.user.user_metadata["theme"] == "dark"
    assert _api_error(
        lambda: make_client().auth.sign_in_with_password(
            {"email": user.email, "password": user.password}
        )
    ) == (400, "invalid_credentials")


def test_replay_within_the_reuse_interval_returns_the_active_token(
    signed_up_user: Callable[..., SignedUpUser],
    make_client: Callable[..., Client],
    devserver: DevServer,
) -> None:
    """GoTrue's grace period for two tabs refreshing at once (off by default here)."""
    user = signed_up_user()
    rotated = user.client.auth.refresh_session().session
    assert rotated is not None
    devserver.context.refresh_reuse_interval = 30
    try:
        replayed = make_client().auth.refresh_session(user.refresh_token).session
    finally:
        devserver.context.refresh_reuse_interval = 0
    assert replayed is not None
    assert replayed.refresh_token == rotated.refresh_token
    assert replayed.user.id == user.id


def test_database_failure_is_a_json_unexpected_failure(
    signed_up_user: Callable[..., SignedUpUser],
    make_client: Callable[..., Client],
    devserver: DevServer,
) -> None:
    user = signed_up_user()
    with psycopg.connect(devserver.db_url, autocommit=True) as conn:
        conn.execute("alter table auth.sessions rename to sessions_gone")
        try:
            status_code = _api_error(
                lambda: make_client().auth.sign_in_with_password(
                    {"email": user.email, "password": user.password}
                )
            )
        finally:
            conn.execute("alter table auth.sessions_gone rename to sessions")
    assert status_code == (500, "unexpected_failure")


def test_concurrent_refreshes_of_one_token_let_exactly_one_through(
    signed_up_user: Callable[..., SignedUpUser], make_client: Callable[..., Client]
) -> None:
    user = signed_up_user()
    clients = [make_client() for _ in range(4)]

    def refresh(client: Client) -> str:
        try:
            session = client.auth.refresh_session(user.refresh_token).session
        except AuthApiError as error:
            return str(error.code)
        assert session is not None
        return "ok"

    with ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = sorted(pool.map(refresh, clients))
    assert outcomes == ["ok"] + ["refresh_token_already_used"] * 3
