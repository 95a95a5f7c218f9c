"""REST reads through the unmodified SDK: columns, filters, order, paging, count, single."""

from __future__ import annotations

import httpx
import pytest
from postgrest import CountMethod
from postgrest.exceptions import APIError
from supabase import Client

from tests.helpers.json_rows import json_rows
from tests.helpers.rest_fixtures import *  # noqa: F403


def ids(rows: list[dict[str, object]]) -> list[object]:
    return [row["id"] for row in rows]


def books(client: Client):  # type: ignore[no-untyped-def]
    return client.table("rest_books").select("id")


def test_select_named_columns_with_alias_and_cast(anon: Client) -> None:
    rows = json_rows(
        anon.table("rest_books").select("id, heading:title, pages::text").eq("id", 1).execute().data
    )
    assert rows == [{"id": 1, "heading": "Notes on the Engine", "pages": "120"}]


def test_select_star_renders_values_as_postgres_json(anon: Client) -> None:
    row = json_rows(anon.table("rest_books").select("*").eq("id", 1).execute().data)[0]
    assert row["price"] == 9.5
    assert row["tags"] == ["math", "history"]
    assert row["meta"] == {"level": 1}
    assert row["released_at"] == "2024-01-01T10:00:00+00:00"
    assert row["note"] is None


def test_select_json_path(anon: Client) -> None:
    rows = json_rows(anon.table("rest_books").select("id, meta->level").order("id").execute().data)
    assert [r["level"] for r in rows] == [1, 2, 3, None]


@pytest.mark.parametrize(
    ("method", "value", "expected"),
    [
        ("eq", 2, [3]),
        ("neq", 2, [1, 2, 4]),
        ("gt", 80, [1, 2]),
        ("gte", 80, [1, 2, 4]),
        ("lt", 80, [3]),
        ("lte", 80, [3, 4]),
    ],
)
def test_comparison_filters(anon: Client, method: str, value: int, expected: list[int]) -> None:
    query = getattr(books(anon), method)("pages", value)
    assert ids(json_rows(query.order("id").execute().data)) == expected


def test_like_and_ilike_accept_star_and_percent(anon: Client) -> None:
    assert ids(json_rows(books(anon).like("title", "%Engine").execute().data)) == [1]
    assert ids(json_rows(books(anon).ilike("title", "*gently*").execute().data)) == [2]
    assert ids(json_rows(books(anon).ilike("title", "NOTES%").execute().data)) == [1]


def test_in_filter_with_quoted_values(anon: Client) -> None:
    rows = json_rows(
        books(anon).in_("note", ["has a, comma", 'Quoted "word"']).order("id").execute().data
    )
    assert ids(rows) == [2, 4]
    assert ids(json_rows(books(anon).in_("id", []).execute().data)) == []


def test_is_filters(anon: Client) -> None:
    assert ids(json_rows(books(anon).is_("editor_id", None).execute().data)) == [3]
    assert ids(json_rows(books(anon).is_("published", False).execute().data)) == [3]
    assert ids(json_rows(books(anon).not_.is_("note", None).order("id").execute().data)) == [2, 4]


def test_array_and_json_containment(anon: Client) -> None:
    assert ids(json_rows(books(anon).contains("tags", ["cs"]).order("id").execute().data)) == [2, 3]
    assert ids(
        json_rows(books(anon).contained_by("tags", ["cs", "essay", "x"]).order("id").execute().data)
    ) == [2, 3, 4]
    assert ids(
        json_rows(books(anon).overlaps("tags", ["math", "essay"]).order("id").execute().data)
    ) == [1, 3]
    assert ids(json_rows(books(anon).contains("meta", {"level": 2}).execute().data)) == [2]


def test_not_or_and_nested_logic(anon: Client) -> None:
    assert ids(json_rows(books(anon).not_.eq("author_id", 3).order("id").execute().data)) == [1, 2]
    rows = json_rows(books(anon).or_("pages.lt.50,title.ilike.*gently*").order("id").execute().data)
    assert ids(rows) == [2, 3]
    rows = json_rows(
        books(anon).or_("and(author_id.eq.3,pages.gt.50),id.eq.1").order("id").execute().data
    )
    assert ids(rows) == [1, 4]
    rows = json_rows(books(anon).or_('note.eq."has a, comma",id.eq.3').order("id").execute().data)
    assert ids(rows) == [2, 3]


def test_full_text_search(anon: Client) -> None:
    assert ids(json_rows(books(anon).text_search("title", "engine").execute().data)) == [1]


def test_order_multiple_columns_and_nulls(anon: Client) -> None:
    rows = json_rows(
        books(anon).order("author_id", desc=True).order("id", desc=True).execute().data
    )
    assert ids(rows) == [4, 3, 2, 1]
    rows = json_rows(books(anon).order("editor_id", nullsfirst=True).order("id").execute().data)
    assert ids(rows) == [3, 2, 1, 4]
    rows = json_rows(books(anon).order("editor_id", desc=True, nullsfirst=False).execute().data)
    assert ids(rows)[-1] == 3


def test_limit_offset_and_range(anon: Client) -> None:
    assert ids(json_rows(books(anon).order("id").limit(2).execute().data)) == [1, 2]
    assert ids(json_rows(books(anon).order("id").range(1, 2).execute().data)) == [2, 3]
    assert ids(json_rows(books(anon).order("id").limit(2).offset(3).execute().data)) == [4]


def test_exact_count_with_content_range(anon: Client, rest_tables) -> None:  # type: ignore[no-untyped-def]
    result = (
        anon.table("rest_books")
        .select("id", count=CountMethod.exact)
        .order("id")
        .range(0, 1)
        .execute()
    )
    assert result.count == 4
    assert ids(json_rows(result.data)) == [1, 2]
    response = httpx.get(
        f"{rest_tables.url}/rest/v1/rest_books?select=id&offset=1&limit=2",
        headers={"apikey": rest_tables.anon_key, "Prefer": "count=exact"},
    )
    assert response.status_code == 206
    assert response.headers["content-range"] == "1-2/4"
    empty = anon.table("rest_books").select("id", count=CountMethod.exact).eq("id", 99).execute()
    assert empty.count == 0
    assert empty.data == []


def test_offset_past_the_end_is_416(rest_tables) -> None:  # type: ignore[no-untyped-def]
    response = httpx.get(
        f"{rest_tables.url}/rest/v1/rest_books?select=id&offset=9",
        headers={"apikey": rest_tables.anon_key, "Prefer": "count=exact"},
    )
    assert response.status_code == 416
    assert response.json()["code"] == "PGRST103"


def test_range_header_pages_like_limit_offset(rest_tables) -> None:  # type: ignore[no-untyped-def]
    response = httpx.get(
        f"{rest_tables.url}/rest/v1/rest_books?select=id&order=id",
        headers={"apikey": rest_tables.anon_key, "Range": "2-3"},
    )
    assert response.status_code == 200
    assert [r["id"] for r in response.json()] == [3, 4]
    assert response.headers["content-range"] == "2-3/*"


def test_single_returns_an_object(anon: Client) -> None:
    row = anon.table("rest_books").select("id, title").eq("id", 2).single().execute().data
    assert row == {"id": 2, "title": "Compilers, Gently"}


@pytest.mark.parametrize("author", [3, 99])
def test_single_with_zero_or_many_rows_is_406(anon: Client, author: int) -> None:
    with pytest.raises(APIError) as caught:
        books(anon).eq("author_id", author).single().execute()
    assert caught.value.code == "PGRST116"


def test_maybe_single(anon: Client) -> None:
    assert books(anon).eq("id", 99).maybe_single().execute() is None
    result = books(anon).eq("id", 1).maybe_single().execute()
    assert result is not None
    assert result.data == {"id": 1}


def test_head_request_counts_without_body(anon: Client) -> None:
    result = anon.table("rest_books").select("id", count=CountMethod.exact, head=True).execute()
    assert result.count == 4


def test_db_max_rows_caps_the_result(anon: Client, admin_sql) -> None:  # type: ignore[no-untyped-def]
    admin_sql(
        "create table if not exists public.rest_many as "
        "select g as id from generate_series(1, 1005) g"
    )
    admin_sql("grant select on public.rest_many to anon")
    result = anon.table("rest_many").select("id", count=CountMethod.exact).execute()
    assert len(json_rows(result.data)) == 1000
    assert result.count == 1005


def test_schema_changes_are_seen_at_once(anon: Client, admin_sql) -> None:  # type: ignore[no-untyped-def]
    admin_sql("create table public.rest_fresh (id int primary key)")
    admin_sql("grant select on public.rest_fresh to anon")
    admin_sql("insert into public.rest_fresh values (1)")
    assert json_rows(anon.table("rest_fresh").select("*").execute().data) == [{"id": 1}]
    admin_sql("alter table public.rest_fresh add column label text default 'new'")
    assert json_rows(anon.table("rest_fresh").select("id, label").execute().data) == [
        {"id": 1, "label": "new"}
    ]
    admin_sql("alter table public.rest_fresh rename column label to tag")
    with pytest.raises(APIError):
        anon.table("rest_fresh").select("label").execute()
    assert json_rows(anon.table("rest_fresh").select("tag").execute().data) == [{"tag": "new"}]


def test_json_path_filter_and_like_any_of(anon: Client) -> None:
    assert ids(json_rows(books(anon).eq("meta->>level", "2").execute().data)) == [2]
    rows = json_rows(books(anon).like_any_of("title", "Goto*,*Gently").order("id").execute().data)
    assert ids(rows) == [2, 3]
    rows = json_rows(books(anon).ilike_all_of("title", "*o*,*t*").order("id").execute().data)
    assert ids(rows) == [1, 2, 3, 4]


def test_unknown_operator_is_refused_not_ignored(anon: Client) -> None:
    with pytest.raises(APIError) as caught:
        books(anon).filter("pages", "between", "1,5").execute()
    assert caught.value.code == "PGRST100"


def test_strip_nulls_drops_null_keys(anon: Client) -> None:
    rows = json_rows(
        anon.table("rest_books")
        .select("id, note, editor_id")
        .eq("id", 3)
        .strip_nulls()
        .execute()
        .data
    )
    assert rows == [{"id": 3}]


def test_unavailable_media_type_is_406(rest_tables) -> None:  # type: ignore[no-untyped-def]
    response = httpx.get(
        f"{rest_tables.url}/rest/v1/rest_books?select=id",
        headers={"apikey": rest_tables.anon_key, "Accept": "text/csv"},
    )
    assert response.status_code == 406
    assert response.json()["code"] == "PGRST107"
