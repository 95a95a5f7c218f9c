"""Hostile requests do nothing harmful: SQL injection through every part of a
REST or Storage request, tokens from elsewhere, and reads RLS must hide.

Names are checked against the catalogue (so an injected name is an unknown
column/table/function: 4xx); values are bound parameters (so an injected
value is only an odd string that matches nothing).  After each attempt the
canary table must be intact.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import jwt
import pytest
from supabase import Client

from devserver.server import DevServer
from tests.fixtures.devserver import SignedUpUser
from tests.helpers.rest_fixtures import *  # noqa: F403

AdminSql = Callable[..., list[dict[str, Any]]]
DROP = "drop table public.rest_canary"


@pytest.fixture
def canary(admin_sql: AdminSql) -> Iterator[None]:
    yield
    assert admin_sql("select id, word from public.rest_canary") == [{"id": 1, "word": "tweet"}]
    assert admin_sql("select count(*) as n from public.rest_books") == [{"n": 4}]


def rest(server: DevServer, method: str, path: str, **kwargs: Any) -> httpx.Response:
    headers = {"apikey": server.anon_key, **kwargs.pop("headers", {})}
    return httpx.request(method, f"{server.url}/rest/v1/{path}", headers=headers, **kwargs)


@pytest.mark.parametrize(
    "query",
    [
        f"select=id;{DROP}",
        f'select="id; {DROP}; --"',
        f"select=id,rest_chapters(id);{DROP}",
        f"select=id,rest_chapters(id)){DROP}",
        f"select=id::text;{DROP}",
        f"select=meta->>'x');{DROP}",
        "select=id,pg_user(usename)",
        f"id);{DROP};--=eq.1",
        f'"id; {DROP}"=eq.1',
        f"order=id;{DROP}",
        "order=(select 1)",
        f"order=id.asc;{DROP}",
        f"id=in.(1);{DROP}",
        f"title=fts(english');{DROP}).x",
        f"or=(id.eq.1);{DROP}",
        f"id=eq.1'; {DROP}; --",
        "limit=1;select pg_sleep(5)",
        "select=" + "rest_chapters(" * 400 + "id" + ")" * 400,
        "or=" + "(and" * 400 + "(id.eq.1)" + ")" * 400,
    ],
)
def test_injection_through_reads_is_4xx(rest_tables: DevServer, canary: None, query: str) -> None:
    response = rest(rest_tables, "GET", f"rest_books?{query}")
    assert 400 <= response.status_code < 500, response.text
    assert set(response.json()) == {"code", "details", "hint", "message"}


def test_injected_text_value_is_just_a_string(rest_tables: DevServer, canary: None) -> None:
    response = rest(rest_tables, "GET", f"rest_books?select=id&title=eq.x'); {DROP}; --")
    assert response.status_code == 200
    assert response.json() == []
    response = rest(rest_tables, "GET", "rest_books?select=id&title=like.*'||pg_sleep(5)||'*")
    assert response.status_code == 200
    assert response.json() == []


@pytest.mark.parametrize(
    "table", [f"rest_canary;{DROP}", "pg_authid", "auth.users", "rest_canary%20where%201=1"]
)
def test_injection_through_table_names_is_404(
    rest_tables: DevServer, canary: None, table: str
) -> None:
    response = rest(rest_tables, "GET", table)
    assert response.status_code == 404
    assert response.json()["code"] == "PGRST205"


def test_injection_through_writes_is_4xx(rest_tables: DevServer, canary: None) -> None:
    note = "n-" + uuid.uuid4().hex[:8]
    attempts = [
        (
            "POST",
            f"rest_notes?on_conflict=id) do nothing; {DROP}; --",
            {"Prefer": "resolution=merge-duplicates"},
            {"id": note},
        ),
        ("POST", f'rest_notes?columns="id","body; {DROP}"', {}, [{"id": note}]),
        ("POST", "rest_notes", {}, {"id": note, f"body; {DROP}": 1}),
        ("PATCH", f"rest_notes?id=eq.{note}", {}, {f"score = 1; {DROP}; --": 1}),
        ("DELETE", f"rest_notes?id;{DROP}=eq.x", {}, None),
        ("DELETE", f"rest_canary?id=gt.0);{DROP};--", {}, None),
    ]
    for method, path, headers, body in attempts:
        response = rest(rest_tables, method, path, headers=headers, json=body)
        assert 400 <= response.status_code < 500, (path, response.text)


@pytest.mark.parametrize(
    "name", [f"rest_add;{DROP}", "pg_sleep", "version", "rest_add(1,2);select", "set_config"]
)
def test_injection_through_rpc_names_is_404(
    rest_tables: DevServer, canary: None, name: str
) -> None:
    response = rest(rest_tables, "POST", f"rpc/{name}", json={"seconds": 5})
    assert response.status_code == 404
    assert response.json()["code"] == "PGRST202"


def test_injection_through_rpc_arguments_is_bound(rest_tables: DevServer, canary: None) -> None:
    response = rest(rest_tables, "POST", "rpc/rest_add", json={"a": f"1); {DROP}; --"})
    assert response.status_code == 400
    response = rest(rest_tables, "POST", "rpc/rest_add", json={f"a => 1); {DROP}; --": 1})
    assert response.status_code == 404


def test_profile_outside_public_is_refused(rest_tables: DevServer, canary: None) -> None:
    response = rest(rest_tables, "GET", "users", headers={"Accept-Profile": "auth"})
    assert response.status_code == 406


@pytest.mark.parametrize(
    "key",
    [
        "%2E%2E/%2E%2E/escape.txt",
        "a/%2E%2E/%2E%2E/%2E%2E/escape.txt",
        "%2Fetc/escape.txt",
        "a%5C..%5C..%5Cescape.txt",
        "a%00b.txt",
        "a//b.txt",
        "%2E/escape.txt",
    ],
)
def test_storage_path_traversal_is_refused(
    rest_tables: DevServer, signed_up_user: Callable[..., SignedUpUser], key: str
) -> None:
    user = signed_up_user()
    headers = {"apikey": rest_tables.anon_key, "Authorization": f"Bearer {user.access_token}"}
    url = f"{rest_tables.url}/storage/v1/object/course-content/{key}"
    upload = httpx.post(url, headers=headers, files={"file": ("x.txt", b"evil", "text/plain")})
    download = httpx.get(url, headers=headers)
    for response in (upload, download):
        assert response.status_code == 400, response.text
        assert response.json()["statusCode"] in ("400", "404")
    assert not (rest_tables.data_dir / "escape.txt").exists()
    assert not (rest_tables.data_dir / "storage" / "escape.txt").exists()


def test_storage_bucket_traversal_is_refused(rest_tables: DevServer) -> None:
    headers = {
        "apikey": rest_tables.service_role_key,
        "Authorization": f"Bearer {rest_tables.service_role_key}",
    }
    response = httpx.post(
        f"{rest_tables.url}/storage/v1/object/%2E%2E/escape.txt",
        headers=headers,
        files={"file": ("x", b"evil", "text/plain")},
    )
    assert response.status_code == 400
    assert not (rest_tables.data_dir / "escape.txt").exists()


def test_storage_list_prefix_injection_matches_nothing(
    rest_tables: DevServer, service: Client
) -> None:
    entries = service.storage.from_("course-content").list(f"x' or '1'='1{DROP}")
    assert entries == []


def test_token_signed_with_another_secret_is_refused_everywhere(rest_tables: DevServer) -> None:
    now = int(time.time())
    forged = jwt.encode(
        {"role": "service_role", "iat": now, "exp": now + 600},
        "some-other-projects-secret-value-000000",
        algorithm="HS256",
    )
    headers = {"apikey": forged, "Authorization": f"Bearer {forged}"}
    rest_response = httpx.get(f"{rest_tables.url}/rest/v1/rest_private?select=*", headers=headers)
    assert rest_response.status_code == 401
    storage_response = httpx.get(f"{rest_tables.url}/storage/v1/bucket", headers=headers)
    assert storage_response.status_code == 400
    assert storage_response.json()["code"] == "InvalidJWT"


def test_unsigned_token_is_refused(rest_tables: DevServer) -> None:
    now = int(time.time())
    unsigned = jwt.encode({"role": "service_role", "exp": now + 600}, None, algorithm="none")  # type: ignore[arg-type]  # PyJWT: no key for "none"
    response = httpx.get(
        f"{rest_tables.url}/rest/v1/rest_private?select=*",
        headers={"apikey": rest_tables.anon_key, "Authorization": f"Bearer {unsigned}"},
    )
    assert response.status_code == 401


def test_anon_and_other_users_cannot_reach_rows_rls_hides(
    anon: Client, signed_up_user: Callable[..., SignedUpUser], admin_sql: AdminSql
) -> None:
    alice, mallory = signed_up_user(), signed_up_user()
    row = "p-" + uuid.uuid4().hex[:8]
    alice.client.table("rest_private").insert({"id": row, "secret": "alice's"}).execute()
    assert anon.table("rest_private").select("*").eq("id", row).execute().data == []
    assert mallory.client.table("rest_private").select("*").eq("id", row).execute().data == []
    changed = (
        mallory.client.table("rest_private")
        .update({"secret": "pwned"})
        .eq("id", row)
        .execute()
        .data
    )
    assert changed == []
    mallory.client.table("rest_private").delete().eq("id", row).execute()
    assert admin_sql("select secret from public.rest_private where id = %s", (row,)) == [
        {"secret": "alice's"}
    ]
    assert alice.client.table("rest_private").select("secret").eq("id", row).execute().data == [
        {"secret": "alice's"}
    ]
