"""The admin API subset through ``supabase.auth.admin`` with the service-role key."""

from __future__ import annotations

from collections.abc import Callable

import psycopg
import pytest
from supabase import Client
from supabase_auth.errors import AuthApiError

from devserver.server import DevServer
from tests.fixtures.devserver import SignedUpUser, new_email


@pytest.fixture
def admin_client(make_client: Callable[..., Client], devserver: DevServer) -> Client:
    return make_client(devserver.service_role_key)


def test_service_role_creates_a_confirmed_user_who_can_sign_in(
    admin_client: Client, make_client: Callable[..., Client]
) -> None:
    email = new_email("made-by-admin")
    created = admin_client.auth.admin.create_user(
        {
            "email": email,
            "password": "set-by-admin",
            "email_confirm": True,
            "user_metadata": {"full_name": "Made By Admin"},
        }
    ).user
    assert created.email == email
    assert created.user_metadata["full_name"] == "Made By Admin"

    session = (
        make_client()
        .auth.sign_in_with_password({"email": email, "password": "set-by-admin"})
        .session
    )
    assert session is not None
    assert session.user.id == created.id
    assert admin_client.auth.admin.get_user_by_id(created.id).user.email == email


def test_unconfirmed_user_cannot_sign_in(
    admin_client: Client, make_client: Callable[..., Client]
) -> None:
    email = new_email("unconfirmed")
    admin_client.auth.admin.create_user({"email": email, "password": "not-yet-confirmed"})
    with pytest.raises(AuthApiError) as caught:
        make_client().auth.sign_in_with_password({"email": email, "password": "not-yet-confirmed"})
    assert (caught.value.status, caught.value.code) == (400, "email_not_confirmed")


def test_admin_create_with_a_taken_email_is_email_exists(
    admin_client: Client, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    user = signed_up_user()
    with pytest.raises(AuthApiError) as caught:
        admin_client.auth.admin.create_user({"email": user.email, "password": "whatever1"})
    assert (caught.value.status, caught.value.code) == (422, "email_exists")


def test_list_users_pages_through_everyone(admin_client: Client, devserver: DevServer) -> None:
    with psycopg.connect(devserver.db_url) as conn:
        total = conn.execute("select count(*) from auth.users").fetchone()
    assert total is not None
    seen: set[str] = set()
    page = 1
    while batch := admin_client.auth.admin.list_users(page=page, per_page=7):
        seen.update(user.id for user in batch)
        page += 1
    assert len(seen) == total[0]


def test_deleted_user_loses_access_and_their_profile(
    admin_client: Client, signed_up_user: Callable[..., SignedUpUser], devserver: DevServer
) -> None:
    user = signed_up_user()
    admin_client.auth.admin.delete_user(user.id)

    with pytest.raises(AuthApiError) as caught:
        user.client.auth.get_user(user.access_token)
    assert (caught.value.status, caught.value.code) == (403, "user_not_found")
    with psycopg.connect(devserver.db_url) as conn:
        assert (
            conn.execute("select 1 from public.profiles where id = %s", (user.id,)).fetchone()
            is None
        )
    with pytest.raises(AuthApiError) as missing:
        admin_client.auth.admin.delete_user(user.id)
    assert (missing.value.status, missing.value.code) == (404, "user_not_found")


def test_soft_deleted_user_cannot_sign_in(
    admin_client: Client,
    signed_up_user: Callable[..., SignedUpUser],
    make_client: Callable[..., Client],
) -> None:
    user = signed_up_user()
    admin_client.auth.admin.delete_user(user.id, should_soft_delete=True)
    with pytest.raises(AuthApiError) as caught:
        make_client().auth.sign_in_with_password({"email": user.email, "password": user.password})
    assert (caught.value.status, caught.value.code) == (400, "invalid_credentials")


@pytest.mark.parametrize("key", ["anon", "user"])
def test_admin_api_refuses_anyone_but_the_service_role(
    key: str,
    make_client: Callable[..., Client],
    signed_up_user: Callable[..., SignedUpUser],
    devserver: DevServer,
) -> None:
    user = signed_up_user()
    client = make_client(devserver.anon_key if key == "anon" else user.access_token)
    with pytest.raises(AuthApiError) as caught:
        client.auth.admin.create_user({"email": new_email(), "password": "sneaky-admin"})
    assert (caught.value.status, caught.value.code) == (403, "not_admin")
