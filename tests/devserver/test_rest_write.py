"""REST writes through the SDK: insert, upsert, update, delete with each Prefer variant."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from postgrest import CountMethod, ReturnMethod
from postgrest.exceptions import APIError
from supabase import Client

from tests.helpers.json_rows import json_rows
from tests.helpers.rest_fixtures import *  # noqa: F403

AdminSql = Callable[..., list[dict[str, Any]]]


def key() -> str:
    return "n-" + uuid.uuid4().hex[:10]


def test_insert_one_returns_the_row_with_defaults(anon: Client) -> None:
    k = key()
    rows = json_rows(
        anon.table("rest_notes").insert({"id": k, "body": "hi", "tags": ["a", "b"]}).execute().data
    )
    assert len(rows) == 1
    row = rows[0]
    assert row["id"] == k
    assert row["score"] == 7
    assert row["tags"] == ["a", "b"]
    assert row["created_at"].endswith("+00:00")


def test_insert_minimal_returns_nothing_but_writes(anon: Client, admin_sql: AdminSql) -> None:
    k = key()
    result = anon.table("rest_notes").insert({"id": k}, returning=ReturnMethod.minimal).execute()
    assert result.data == []
    assert admin_sql("select score from public.rest_notes where id = %s", (k,)) == [{"score": 7}]


def test_insert_many_with_missing_keys_null_or_default(anon: Client) -> None:
    a, b = key(), key()
    notes: list[dict[str, object]] = [{"id": a, "body": "x", "score": 1}, {"id": b, "body": "y"}]
    rows = json_rows(anon.table("rest_notes").insert(notes, default_to_null=False).execute().data)
    assert {r["id"]: r["score"] for r in rows} == {a: 1, b: 7}
    gaps: list[dict[str, object]] = [{"id": key(), "score": 1}, {"id": key()}]
    with pytest.raises(APIError) as caught:  # missing key → NULL → not-null violation
        anon.table("rest_notes").insert(gaps).execute()
    assert caught.value.code == "23502"


def test_insert_count_exact(anon: Client) -> None:
    result = (
        anon.table("rest_notes")
        .insert([{"id": key()}, {"id": key()}], count=CountMethod.exact)
        .execute()
    )
    assert result.count == 2


def test_duplicate_insert_is_409_23505(anon: Client) -> None:
    k = key()
    anon.table("rest_notes").insert({"id": k}).execute()
    with pytest.raises(APIError) as caught:
        anon.table("rest_notes").insert({"id": k}).execute()
    assert caught.value.code == "23505"


def test_unknown_payload_column_is_pgrst204(anon: Client) -> None:
    with pytest.raises(APIError) as caught:
        anon.table("rest_notes").insert({"id": key(), "nope": 1}).execute()
    assert caught.value.code == "PGRST204"


def test_upsert_merges_duplicates(anon: Client) -> None:
    k = key()
    anon.table("rest_notes").insert({"id": k, "body": "old", "score": 1}).execute()
    rows = json_rows(anon.table("rest_notes").upsert({"id": k, "body": "new"}).execute().data)
    assert rows == [{**rows[0], "id": k, "body": "new", "score": 1}]


def test_upsert_on_conflict_column(anon: Client, admin_sql: AdminSql) -> None:
    admin_sql("create unique index if not exists rest_notes_body_key on public.rest_notes (body)")
    body = "unique-" + uuid.uuid4().hex
    first, second = key(), key()
    anon.table("rest_notes").insert({"id": first, "body": body, "score": 1}).execute()
    anon.table("rest_notes").upsert(
        {"id": first, "body": body, "score": 5}, on_conflict="body"
    ).execute()
    assert admin_sql("select id, score from public.rest_notes where body = %s", (body,)) == [
        {"id": first, "score": 5}
    ]
    rows = json_rows(
        anon.table("rest_notes")
        .upsert(
            {"id": second, "body": body, "score": 9}, on_conflict="body", ignore_duplicates=True
        )
        .execute()
        .data
    )
    assert rows == []
    assert admin_sql("select id, score from public.rest_notes where body = %s", (body,)) == [
        {"id": first, "score": 5}
    ]


def test_update_with_filters_and_representation(anon: Client) -> None:
    k = key()
    anon.table("rest_notes").insert({"id": k, "score": 1}).execute()
    rows = json_rows(
        anon.table("rest_notes").update({"score": 2, "tags": ["z"]}).eq("id", k).execute().data
    )
    assert [(r["id"], r["score"], r["tags"]) for r in rows] == [(k, 2, ["z"])]
    nothing = json_rows(
        anon.table("rest_notes").update({"score": 3}).eq("id", "absent").execute().data
    )
    assert nothing == []


def test_update_minimal_is_204(rest_tables, anon: Client, admin_sql: AdminSql) -> None:  # type: ignore[no-untyped-def]
    k = key()
    anon.table("rest_notes").insert({"id": k}).execute()
    response = httpx.patch(
        f"{rest_tables.url}/rest/v1/rest_notes?id=eq.{k}",
        json={"score": 11},
        headers={"apikey": rest_tables.anon_key, "Prefer": "return=minimal"},
    )
    assert response.status_code == 204
    assert admin_sql("select score from public.rest_notes where id = %s", (k,)) == [{"score": 11}]


def test_delete_with_filters(anon: Client, admin_sql: AdminSql) -> None:
    a, b = key(), key()
    anon.table("rest_notes").insert([{"id": a}, {"id": b}]).execute()
    rows = json_rows(anon.table("rest_notes").delete().eq("id", a).execute().data)
    assert [r["id"] for r in rows] == [a]
    anon.table("rest_notes").delete(returning=ReturnMethod.minimal).in_("id", [b]).execute()
    assert admin_sql("select id from public.rest_notes where id in (%s, %s)", (a, b)) == []


def test_update_or_delete_without_filter_is_refused(anon: Client) -> None:
    with pytest.raises(APIError) as caught:
        anon.table("rest_notes").delete().execute()
    assert caught.value.code == "21000"


def test_singular_mutation_with_two_rows_rolls_back(rest_tables, admin_sql: AdminSql) -> None:  # type: ignore[no-untyped-def]
    a, b = key(), key()
    admin_sql("insert into public.rest_notes (id, score) values (%s, 1), (%s, 1)", (a, b))
    response = httpx.patch(
        f"{rest_tables.url}/rest/v1/rest_notes?id=in.({a},{b})",
        json={"score": 50},
        headers={
            "apikey": rest_tables.anon_key,
            "Prefer": "return=representation",
            "Accept": "application/vnd.pgrst.object+json",
        },
    )
    assert response.status_code == 406
    assert response.json()["code"] == "PGRST116"
    assert admin_sql("select score from public.rest_notes where id in (%s, %s)", (a, b)) == [
        {"score": 1},
        {"score": 1},
    ]


def test_insert_representation_can_embed(service: Client, admin_sql: AdminSql) -> None:
    chapter = 1000 + uuid.uuid4().int % 100000
    try:
        rows = json_rows(
            service.table("rest_chapters")
            .insert({"id": chapter, "book_id": 4, "title": "Extra", "n": 99})
            .select("id, book:rest_books(title)")
            .execute()
            .data
        )
        assert rows == [{"id": chapter, "book": {"title": "Structured Thoughts"}}]
    finally:
        admin_sql("delete from public.rest_chapters where id = %s", (chapter,))


def test_invalid_json_body_is_pgrst102(rest_tables) -> None:  # type: ignore[no-untyped-def]
    response = httpx.post(
        f"{rest_tables.url}/rest/v1/rest_notes",
        content=b"{not json",
        headers={"apikey": rest_tables.anon_key, "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["code"] == "PGRST102"


def test_body_over_the_limit_is_413(rest_tables) -> None:  # type: ignore[no-untyped-def]
    size = rest_tables.context.max_body_bytes + 1
    response = httpx.post(
        f"{rest_tables.url}/rest/v1/rest_notes",
        content=b"[" + b" " * size + b"]",
        headers={"apikey": rest_tables.anon_key, "Content-Type": "application/json"},
    )
    assert response.status_code == 413


def test_check_violation_is_400(anon: Client, admin_sql: AdminSql) -> None:
    admin_sql("alter table public.rest_notes drop constraint if exists rest_notes_score_check")
    admin_sql(
        "alter table public.rest_notes add constraint rest_notes_score_check check (score < 1000)"
    )
    with pytest.raises(APIError) as caught:
        anon.table("rest_notes").insert({"id": key(), "score": 5000}).execute()
    assert caught.value.code == "23514"


def test_singular_minimal_insert_of_one_row_succeeds(rest_tables, admin_sql: AdminSql) -> None:  # type: ignore[no-untyped-def]
    k = key()
    response = httpx.post(
        f"{rest_tables.url}/rest/v1/rest_notes",
        json={"id": k},
        headers={
            "apikey": rest_tables.anon_key,
            "Prefer": "return=minimal",
            "Accept": "application/vnd.pgrst.object+json",
        },
    )
    assert response.status_code == 201
    assert response.content == b""
    assert admin_sql("select id from public.rest_notes where id = %s", (k,)) == [{"id": k}]


def test_max_affected_rolls_back_a_wider_write(anon: Client, admin_sql: AdminSql) -> None:
    a, b = key(), key()
    admin_sql("insert into public.rest_notes (id, score) values (%s, 1), (%s, 1)", (a, b))
    with pytest.raises(APIError) as caught:
        anon.table("rest_notes").update({"score": 9}).in_("id", [a, b]).max_affected(1).execute()
    assert caught.value.code == "PGRST124"
    assert admin_sql("select score from public.rest_notes where id in (%s, %s)", (a, b)) == [
        {"score": 1},
        {"score": 1},
    ]
    anon.table("rest_notes").update({"score": 9}).eq("id", a).max_affected(1).execute()
    assert admin_sql("select score from public.rest_notes where id = %s", (a,)) == [{"score": 9}]


def test_empty_object_inserts_a_row_of_defaults(anon: Client, admin_sql: AdminSql) -> None:
    admin_sql(
        "create table if not exists public.rest_defaults "
        "(id serial primary key, label text not null default 'fresh')"
    )
    admin_sql("grant select, insert on public.rest_defaults to anon")
    admin_sql("grant usage on sequence public.rest_defaults_id_seq to anon")
    rows = json_rows(anon.table("rest_defaults").insert({}).execute().data)
    assert len(rows) == 1
    assert rows[0]["label"] == "fresh"


def test_large_batch_insert(anon: Client, admin_sql: AdminSql) -> None:
    admin_sql("create table if not exists public.rest_bulk (id int primary key, v text)")
    admin_sql("grant select, insert on public.rest_bulk to anon")
    rows = [{"id": i, "v": "x"} for i in range(70_000)]
    result = (
        anon.table("rest_bulk")
        .insert(rows, returning=ReturnMethod.minimal, count=CountMethod.exact)
        .execute()
    )
    assert result.count == 70_000
    assert admin_sql("select count(*) as n from public.rest_bulk") == [{"n": 70_000}]
