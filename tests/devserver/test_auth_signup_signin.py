"""Sign-up and password sign-in through the official SDK (supabase-wire.md, Auth)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import jwt
import psycopg
import pytest
from supabase import Client
from supabase_auth.errors import AuthApiError, AuthWeakPasswordError

from devserver.server import DevServer
from tests.fixtures.devserver import SignedUpUser, new_email


def _db_row(devserver: DevServer, query: str, *args: Any) -> tuple[Any, ...] | None:
    with psycopg.connect(devserver.db_url) as conn:
        return conn.execute(query, args).fetchone()


def test_sign_up_returns_a_session_for_an_auto_confirmed_user(
    make_client: Callable[..., Client], devserver: DevServer
) -> None:
    client = make_client()
    email = new_email("Mixed.Case")
    response = client.auth.sign_up(
        {"email": email, "password": "secret-pass", "options": {"data": {"full_name": "Ada L"}}}
    )

    assert response.session is not None
    assert response.user is not None
    user = response.user
    assert user.email == email.lower()
    assert user.aud == "authenticated"
    assert user.role == "authenticated"
    assert user.email_confirmed_at is not None
    assert user.app_metadata == {"provider": "email", "providers": ["email"]}
    assert user.user_metadata["full_name"] == "Ada L"
    assert [identity.provider for identity in user.identities or []] == ["email"]
    assert response.session.token_type == "bearer"
    assert response.session.expires_in == devserver.jwt_expiry
    stored = _db_row(
        devserver,
        "select email, encrypted_password, raw_user_meta_data from auth.users where id = %s",
        user.id,
    )
    assert stored is not None
    assert stored[0] == email.lower()
    assert stored[1].startswith("$2")
    assert "secret-pass" not in stored[1]
    assert stored[2]["full_name"] == "Ada L"


def test_sign_up_creates_the_profile_through_the_migration_trigger(
    signed_up_user: Callable[..., SignedUpUser], devserver: DevServer
) -> None:
    user = signed_up_user()
    trigger = _db_row(
        devserver,
        "select 1 from pg_trigger where tgrelid = 'auth.users'::regclass and not tgisinternal",
    )
    if trigger is None:
        pytest.skip("the profile trigger migration has not landed yet")
    profile = _db_row(
        devserver, "select full_name, role from public.profiles where id = %s", user.id
    )
    assert profile == ("Test Learner", "student")


def test_access_token_carries_supabase_claims(
    signed_up_user: Callable[..., SignedUpUser], devserver: DevServer
) -> None:
    user = signed_up_user()
    claims = jwt.decode(
        user.access_token, devserver.jwt_secret, algorithms=["HS256"], audience="authenticated"
    )

    assert claims["sub"] == user.id
    assert claims["role"] == "authenticated"
    assert claims["email"] == user.email
    assert claims["aal"] == "aal1"
    assert claims["amr"][0]["method"] == "password"
    assert claims["exp"] - claims["iat"] == devserver.jwt_expiry
    assert claims["is_anonymous"] is False
    assert claims["iss"] == f"{devserver.url}/auth/v1"
    assert claims["app_metadata"]["provider"] == "email"
    assert _db_row(
        devserver, "select user_id::text from auth.sessions where id = %s", claims["session_id"]
    ) == (user.id,)


def test_sign_up_with_an_existing_email_is_refused(
    signed_up_user: Callable[..., SignedUpUser], make_client: Callable[..., Client]
) -> None:
    user = signed_up_user()
    with pytest.raises(AuthApiError) as caught:
        make_client().auth.sign_up({"email": user.email.upper(), "password": "another-one"})
    assert (caught.value.status, caught.value.code) == (422, "user_already_exists")


def test_sign_up_with_a_short_password_is_a_weak_password_error(
    make_client: Callable[..., Client],
) -> None:
    with pytest.raises(AuthWeakPasswordError) as caught:
        make_client().auth.sign_up({"email": new_email(), "password": "12345"})
    assert (caught.value.status, caught.value.code) == (422, "weak_password")
    assert caught.value.reasons == ["length"]


def test_sign_up_with_an_invalid_email_is_a_validation_error(
    make_client: Callable[..., Client],
) -> None:
    with pytest.raises(AuthApiError) as caught:
        make_client().auth.sign_up({"email": "not-an-email", "password": "secret-pass"})
    assert (caught.value.status, caught.value.code) == (400, "validation_failed")


def test_failing_profile_trigger_is_database_error_saving_new_user(
    make_client: Callable[..., Client], devserver: DevServer
) -> None:
    with psycopg.connect(devserver.db_url, autocommit=True) as conn:
        conn.execute(
            "create function public.test_refuse_signup() returns trigger language plpgsql as "
            "$$ begin if new.raw_user_meta_data ->> 'refuse' = 'yes' then "
            "raise exception 'profile refused'; end if; return new; end $$"
        )
        conn.execute(
            "create trigger test_refuse_signup after insert on auth.users "
            "for each row execute function public.test_refuse_signup()"
        )
    email = new_email()
    try:
        with pytest.raises(AuthApiError) as caught:
            make_client().auth.sign_up(
                {"email": email, "password": "secret-pass", "options": {"data": {"refuse": "yes"}}}
            )
    finally:
        with psycopg.connect(devserver.db_url, autocommit=True) as conn:
            conn.execute("drop trigger test_refuse_signup on auth.users")
            conn.execute("drop function public.test_refuse_signup()")
    assert (caught.value.status, caught.value.code) == (500, "unexpected_failure")
    assert caught.value.message == "Database error saving new user"
    assert _db_row(devserver, "select 1 from auth.users where email = %s", email) is None


def test_sign_in_with_password_returns_a_new_session(
    signed_up_user: Callable[..., SignedUpUser],
    make_client: Callable[..., Client],
    devserver: DevServer,
) -> None:
    user = signed_up_user()
    response = make_client().auth.sign_in_with_password(
        {"email": user.email.upper(), "password": user.password}
    )

    assert response.user is not None
    assert response.user.id == user.id
    assert response.session is not None
    assert response.session.refresh_token != user.refresh_token
    assert _db_row(devserver, "select count(*) from auth.sessions where user_id = %s", user.id) == (
        2,
    )


@pytest.mark.parametrize("which", ["wrong password", "unknown email"])
def test_sign_in_with_wrong_credentials_is_invalid_credentials(
    which: str, signed_up_user: Callable[..., SignedUpUser], make_client: Callable[..., Client]
) -> None:
    user = signed_up_user()
    email, password = (
        (user.email, "not-the-password")
        if which == "wrong password"
        else (new_email(), user.password)
    )
    with pytest.raises(AuthApiError) as caught:
        make_client().auth.sign_in_with_password({"email": email, "password": password})
    assert (caught.value.status, caught.value.code) == (400, "invalid_credentials")
    assert caught.value.message == "Invalid login credentials"


def test_demo_accounts_can_sign_in(
    devserver: DevServer, make_client: Callable[..., Client]
) -> None:
    roles = {}
    for account in devserver.demo_accounts:
        response = make_client().auth.sign_in_with_password(
            {"email": account.email, "password": account.password}
        )
        assert response.user is not None
        roles[account.role] = _db_row(
            devserver, "select role from public.profiles where id = %s", response.user.id
        )
    assert roles == {"student": ("student",), "instructor": ("instructor",)}


def test_errors_echo_the_api_version_and_use_the_legacy_shape_without_it(
    devserver: DevServer,
) -> None:
    url = f"{devserver.url}/auth/v1/token?grant_type=password"
    body = {"email": new_email(), "password": "whatever"}
    headers = {"apikey": devserver.anon_key}
    modern = httpx.post(url, json=body, headers={**headers, "X-Supabase-Api-Version": "2024-01-01"})
    legacy = httpx.post(url, json=body, headers=headers)

    assert modern.headers["X-Supabase-Api-Version"] == "2024-01-01"
    assert modern.json() == {"code": "invalid_credentials", "message": "Invalid login credentials"}
    assert legacy.json() == {
        "code": 400,
        "error_code": "invalid_credentials",
        "msg": "Invalid login credentials",
    }


@pytest.mark.parametrize(
    ("apikey", "message"),
    [
        (None, "No API key found in request"),
        ("not-a-key", "Invalid API key"),
    ],
)
def test_auth_requests_need_a_valid_api_key(
    devserver: DevServer, apikey: str | None, message: str
) -> None:
    headers = {"apikey": apikey} if apikey else {}
    response = httpx.post(
        f"{devserver.url}/auth/v1/signup",
        headers=headers,
        json={"email": new_email(), "password": "secret-pass"},
    )
    assert response.status_code == 401
    assert response.json()["message"] == message


def test_malformed_json_body_is_bad_json(devserver: DevServer) -> None:
    response = httpx.post(
        f"{devserver.url}/auth/v1/signup",
        content=b"{not json",
        headers={
            "apikey": devserver.anon_key,
            "X-Supabase-Api-Version": "2024-01-01",
            "Content-Type": "application/json",
        },
    )
    assert response.status_code == 400
    assert response.json()["code"] == "bad_json"


@pytest.mark.parametrize("chunked", [False, True])
def test_request_body_over_the_size_limit_is_refused(devserver: DevServer, chunked: bool) -> None:
    before = devserver.context.max_body_bytes
    devserver.context.max_body_bytes = 1024
    payload = json.dumps(
        {"email": new_email(), "password": "secret-pass", "data": {"bio": "x" * 2000}}
    ).encode()
    try:
        response = httpx.post(
            f"{devserver.url}/auth/v1/signup",
            content=iter([payload[:1000], payload[1000:]]) if chunked else payload,
            headers={"apikey": devserver.anon_key, "Content-Type": "application/json"},
        )
    finally:
        devserver.context.max_body_bytes = before
    assert response.status_code == 413


def test_signed_up_user_helper_can_make_an_instructor(
    signed_up_user: Callable[..., SignedUpUser], devserver: DevServer
) -> None:
    user = signed_up_user(role="instructor")
    assert _db_row(devserver, "select role from public.profiles where id = %s", user.id) == (
        "instructor",
    )


def test_unsupported_auth_path_is_a_json_not_found(devserver: DevServer) -> None:
    response = httpx.post(
        f"{devserver.url}/auth/v1/otp",
        headers={"apikey": devserver.anon_key, "X-Supabase-Api-Version": "2024-01-01"},
    )
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
