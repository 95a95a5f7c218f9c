"""``/rest/v1/rpc/<fn>`` through the SDK: argument matching and result shapes."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from postgrest import CountMethod
from postgrest.exceptions import APIError
from supabase import Client

from tests.fixtures.devserver import SignedUpUser
from tests.helpers.json_rows import json_rows
from tests.helpers.rest_fixtures import *  # noqa: F403

AdminSql = Callable[..., list[dict[str, Any]]]


def test_scalar_result_with_named_args_and_default(anon: Client) -> None:
    assert anon.rpc("rest_add", {"a": 1, "b": 2}).execute().data == 3
    assert anon.rpc("rest_add", {"a": 1}).execute().data == 11


def test_get_rpc_passes_query_args(anon: Client) -> None:
    assert anon.rpc("rest_add", {"a": 5, "b": 6}, get=True).execute().data == 11


def test_setof_composite_is_an_array_and_can_be_filtered(anon: Client) -> None:
    rows = json_rows(anon.rpc("rest_books_by", {"author": 3}).execute().data)
    assert [r["id"] for r in rows] == [3, 4]
    rows = json_rows(
        anon.rpc("rest_books_by", {"author": 3}).select("id, title").gt("pages", 10).execute().data
    )
    assert rows == [{"id": 4, "title": "Structured Thoughts"}]


def test_composite_result_is_an_object(anon: Client) -> None:
    row = anon.rpc("rest_one_book", {"book": 2}).execute().data
    assert isinstance(row, dict)
    assert row["title"] == "Compilers, Gently"


def test_setof_scalar_is_an_array_of_values(anon: Client) -> None:
    assert anon.rpc("rest_numbers", {"upto": 3}).execute().data == [1, 2, 3]


def test_json_argument_and_single_unnamed_json_parameter(anon: Client) -> None:
    assert anon.rpc("rest_echo", {"payload": {"a": [1, 2]}}).execute().data == {"a": [1, 2]}
    assert anon.rpc("rest_whole", {"x": 1, "y": "z"}).execute().data == {"x": 1, "y": "z"}


def test_void_function_answers_204(rest_tables, admin_sql: AdminSql) -> None:  # type: ignore[no-untyped-def]
    note = "n-" + uuid.uuid4().hex[:8]
    admin_sql("insert into public.rest_notes (id, score) values (%s, 1)", (note,))
    response = httpx.post(
        f"{rest_tables.url}/rest/v1/rpc/rest_touch",
        json={"note_id": note},
        headers={"apikey": rest_tables.anon_key},
    )
    assert response.status_code == 204
    assert admin_sql("select score from public.rest_notes where id = %s", (note,)) == [{"score": 2}]


def test_rpc_sees_the_callers_identity(
    anon: Client, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    user = signed_up_user()
    assert user.client.rpc("rest_whoami", {}).execute().data == user.id
    assert anon.rpc("rest_whoami", {}).execute().data == "anon"


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("rest_no_such_function", {}),
        ("rest_add", {"a": 1, "nope": 2}),
        ("rest_add", {"b": 2}),
    ],
)
def test_unknown_function_or_arguments_is_404_pgrst202(
    anon: Client, name: str, args: dict[str, int]
) -> None:
    with pytest.raises(APIError) as caught:
        anon.rpc(name, args).execute()
    assert caught.value.code == "PGRST202"


def test_raise_exception_is_400_p0001_with_hint(anon: Client) -> None:
    with pytest.raises(APIError) as caught:
        anon.rpc("rest_fail", {"msg": "nope, not today"}).execute()
    assert caught.value.code == "P0001"
    assert caught.value.message == "nope, not today"
    assert caught.value.hint == "a hint"


def test_stable_function_runs_read_only(anon: Client) -> None:
    with pytest.raises(APIError) as caught:
        anon.rpc("rest_write_in_stable", {"note_id": "n-" + uuid.uuid4().hex[:8]}).execute()
    assert caught.value.code == "25006"


def test_function_without_execute_grant_is_refused(anon: Client, admin_sql: AdminSql) -> None:
    admin_sql(
        "create or replace function public.rest_locked() returns int language sql as $$ select 1 $$"
    )
    admin_sql("revoke all on function public.rest_locked() from public, anon")
    with pytest.raises(APIError) as caught:
        anon.rpc("rest_locked", {}).execute()
    assert caught.value.code == "42501"


def test_role_statement_timeouts_apply_as_on_supabase(
    anon: Client, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    assert anon.rpc("rest_timeout", {}).execute().data == "3s"
    assert signed_up_user().client.rpc("rest_timeout", {}).execute().data == "8s"


def test_request_settings_are_visible_to_sql(anon: Client) -> None:
    assert anon.rpc("rest_request", {}).execute().data == {
        "method": "POST",
        "path": "/rpc/rest_request",
        "apikey": True,
        "role": "anon",
    }
    assert anon.rpc("rest_request", {}, get=True).execute().data == {
        "method": "GET",
        "path": "/rpc/rest_request",
        "apikey": True,
        "role": "anon",
    }


def test_rpc_set_with_exact_count_and_paging(anon: Client) -> None:
    result = (
        anon.rpc("rest_books_by", {"author": 3}, count=CountMethod.exact)
        .order("id")
        .limit(1)
        .execute()
    )
    assert result.count == 2
    assert [r["id"] for r in json_rows(result.data)] == [3]
