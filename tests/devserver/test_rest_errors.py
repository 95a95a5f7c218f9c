"""REST error paths: status codes and PostgREST error codes, via the SDK and raw HTTP."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
import jwt
import pytest
from postgrest.exceptions import APIError
from supabase import Client

from devserver.server import DevServer
from tests.fixtures.devserver import SignedUpUser
from tests.helpers.rest_fixtures import *  # noqa: F403


def get(server: DevServer, path: str, **headers: str) -> httpx.Response:
    return httpx.get(f"{server.url}/rest/v1/{path}", headers={"apikey": server.anon_key, **headers})


def token(server: DevServer, secret: str | None = None, **claims: Any) -> str:
    now = int(time.time())
    body = {
        "role": "authenticated",
        "sub": "00000000-0000-0000-0000-000000000001",
        "iat": now,
        "exp": now + 600,
        **claims,
    }
    return jwt.encode(body, secret or server.jwt_secret, algorithm="HS256")


def test_error_body_has_postgrest_shape(rest_tables: DevServer) -> None:
    response = get(rest_tables, "rest_nowhere?select=*")
    assert response.status_code == 404
    body = response.json()
    assert set(body) == {"code", "details", "hint", "message"}
    assert body["code"] == "PGRST205"


def test_unknown_table_through_the_sdk(anon: Client) -> None:
    with pytest.raises(APIError) as caught:
        anon.table("rest_nowhere").select("*").execute()
    assert caught.value.code == "PGRST205"


@pytest.mark.parametrize(
    "path",
    [
        "rest_books?select=nope",
        "rest_books?select=id&nope=eq.1",
        "rest_books?select=id&order=nope.asc",
        "rest_books?select=id,rest_chapters(nope)",
    ],
)
def test_unknown_column_is_400_42703(rest_tables: DevServer, path: str) -> None:
    response = get(rest_tables, path)
    assert response.status_code == 400
    assert response.json()["code"] == "42703"


@pytest.mark.parametrize(
    "path",
    [
        "rest_books?id=sorta.1",
        "rest_books?id=1",
        "rest_books?select=id,(",
        "rest_books?or=(id.eq.1",
        "rest_books?published=is.maybe",
        "rest_books?order=id.sideways",
        "rest_books?limit=-1",
        "rest_books?select=id::regclass",
    ],
)
def test_malformed_query_is_400_pgrst100(rest_tables: DevServer, path: str) -> None:
    response = get(rest_tables, path)
    assert response.status_code == 400
    assert response.json()["code"] == "PGRST100"


def test_bad_value_for_the_column_type_is_400(rest_tables: DevServer) -> None:
    response = get(rest_tables, "rest_books?id=eq.not-a-number")
    assert response.status_code == 400
    assert response.json()["code"] == "22P02"


def test_other_schema_profile_is_406(rest_tables: DevServer) -> None:
    response = get(rest_tables, "rest_books", **{"Accept-Profile": "auth"})
    assert response.status_code == 406
    assert response.json()["code"] == "PGRST106"


def test_token_signed_with_another_secret_is_401_pgrst301(rest_tables: DevServer) -> None:
    bad = token(rest_tables, secret="not-the-project-secret-0123456789abcdef")
    response = get(rest_tables, "rest_books", Authorization=f"Bearer {bad}")
    assert response.status_code == 401
    assert response.json()["code"] == "PGRST301"
    assert "www-authenticate" in response.headers


def test_expired_token_is_401_pgrst303(rest_tables: DevServer) -> None:
    expired = token(rest_tables, exp=int(time.time()) - 30)
    response = get(rest_tables, "rest_books", Authorization=f"Bearer {expired}")
    assert response.status_code == 401
    assert response.json()["code"] == "PGRST303"
    assert response.json()["message"] == "JWT expired"


def test_garbage_token_and_foreign_role_are_401(rest_tables: DevServer) -> None:
    assert get(rest_tables, "rest_books", Authorization="Bearer x.y.z").status_code == 401
    postgres = token(rest_tables, role="postgres")
    response = get(rest_tables, "rest_books", Authorization=f"Bearer {postgres}")
    assert response.status_code == 401


def test_expired_session_through_the_sdk(
    make_client: Callable[..., Client], rest_tables: DevServer
) -> None:
    client = make_client(
        headers={"Authorization": "Bearer " + token(rest_tables, exp=int(time.time()) - 30)}
    )
    with pytest.raises(APIError) as caught:
        client.table("rest_books").select("id").execute()
    assert caught.value.code == "PGRST303"


def test_missing_token_is_anon(rest_tables: DevServer) -> None:
    response = httpx.get(f"{rest_tables.url}/rest/v1/rest_books?select=id&id=eq.1")
    assert response.status_code == 200
    assert response.json() == [{"id": 1}]


def test_permission_denied_is_401_for_anon_and_403_for_a_user(
    rest_tables: DevServer, anon: Client, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    with pytest.raises(APIError) as caught:
        anon.table("rest_canary").insert({"id": 99, "word": "x"}).execute()
    assert caught.value.code == "42501"
    response = httpx.post(
        f"{rest_tables.url}/rest/v1/rest_canary",
        json={"id": 99, "word": "x"},
        headers={"apikey": rest_tables.anon_key},
    )
    assert response.status_code == 401
    user = signed_up_user()
    response = httpx.post(
        f"{rest_tables.url}/rest/v1/rest_canary",
        json={"id": 99, "word": "x"},
        headers={"apikey": rest_tables.anon_key, "Authorization": f"Bearer {user.access_token}"},
    )
    assert response.status_code == 403
    assert response.json()["code"] == "42501"


def test_foreign_key_and_unique_violations_are_409(rest_tables: DevServer) -> None:
    headers = {
        "apikey": rest_tables.service_role_key,
        "Authorization": f"Bearer {rest_tables.service_role_key}",
    }
    response = httpx.post(
        f"{rest_tables.url}/rest/v1/rest_chapters",
        headers=headers,
        json={"id": 777001, "book_id": 999, "title": "x", "n": 1},
    )
    assert (response.status_code, response.json()["code"]) == (409, "23503")
    response = httpx.post(
        f"{rest_tables.url}/rest/v1/rest_chapters",
        headers=headers,
        json={"id": 1, "book_id": 1, "title": "x", "n": 1},
    )
    assert (response.status_code, response.json()["code"]) == (409, "23505")
