"""Resource embedding through foreign keys, as PostgREST does it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from postgrest.exceptions import APIError
from supabase import Client

from tests.fixtures.devserver import SignedUpUser
from tests.helpers.json_rows import json_rows
from tests.helpers.rest_fixtures import *  # noqa: F403


def test_many_to_one_embeds_an_object_or_null(anon: Client) -> None:
    rows = json_rows(
        anon.table("rest_books")
        .select("id, editor:rest_authors!editor_id(name)")
        .order("id")
        .execute()
        .data
    )
    assert [r["editor"] for r in rows] == [
        {"name": "Grace"},
        {"name": "Ada"},
        None,
        {"name": "Grace"},
    ]


def test_one_to_many_embeds_an_array(anon: Client) -> None:
    rows = json_rows(
        anon.table("rest_books").select("id, rest_chapters(title, n)").order("id").execute().data
    )
    assert rows[0]["rest_chapters"] == [{"title": "Bernoulli", "n": 1}, {"title": "Looms", "n": 2}]
    assert rows[2]["rest_chapters"] == []


def test_embedding_by_constraint_name_and_nested(anon: Client) -> None:
    rows = json_rows(
        anon.table("rest_authors")
        .select("name, written:rest_books!rest_books_author_id_fkey(title, rest_chapters(n))")
        .eq("id", 1)
        .execute()
        .data
    )
    assert rows == [
        {
            "name": "Ada",
            "written": [{"title": "Notes on the Engine", "rest_chapters": [{"n": 1}, {"n": 2}]}],
        }
    ]


def test_filters_order_and_limit_on_an_embedded_table(anon: Client) -> None:
    rows = json_rows(
        anon.table("rest_books")
        .select("id, rest_chapters(n)")
        .eq("rest_chapters.n", 2)
        .eq("id", 1)
        .execute()
        .data
    )
    assert rows == [{"id": 1, "rest_chapters": [{"n": 2}]}]
    rows = json_rows(
        anon.table("rest_books")
        .select("id, rest_chapters(n)")
        .eq("id", 1)
        .order("n", desc=True, foreign_table="rest_chapters")
        .limit(1, foreign_table="rest_chapters")
        .execute()
        .data
    )
    assert rows == [{"id": 1, "rest_chapters": [{"n": 2}]}]


def test_inner_embedding_drops_parents_without_a_match(anon: Client) -> None:
    rows = json_rows(
        anon.table("rest_books")
        .select("id, rest_chapters!inner(n)")
        .eq("rest_chapters.n", 1)
        .order("id")
        .execute()
        .data
    )
    assert [r["id"] for r in rows] == [1, 2]


def test_ambiguous_embedding_is_300_pgrst201(anon: Client) -> None:
    with pytest.raises(APIError) as caught:
        anon.table("rest_books").select("id, rest_authors(name)").execute()
    assert caught.value.code == "PGRST201"
    assert isinstance(caught.value.details, str | list)


def test_embedding_without_relationship_is_pgrst200(anon: Client) -> None:
    with pytest.raises(APIError) as caught:
        anon.table("rest_books").select("id, rest_canary(word)").execute()
    assert caught.value.code == "PGRST200"


def test_filter_on_a_resource_not_embedded_is_pgrst108(anon: Client) -> None:
    with pytest.raises(APIError) as caught:
        anon.table("rest_books").select("id").eq("rest_chapters.n", 1).execute()
    assert caught.value.code == "PGRST108"


@pytest.fixture
def published_course(
    signed_up_user: Callable[..., SignedUpUser], admin_sql: Callable[..., list[dict[str, Any]]]
) -> dict[str, str]:
    teacher = signed_up_user()
    admin_sql(
        "update public.profiles set role = 'instructor', full_name = 'Ms Teacher' where id = %s",
        (teacher.id,),
    )
    course_id = str(uuid.uuid4())
    admin_sql(
        "insert into public.courses (id, title, instructor_id, is_published) "
        "values (%s, 'Embedded Course', %s, true)",
        (course_id, teacher.id),
    )
    for index in (1, 2):
        admin_sql(
            "insert into public.lessons (course_id, title, component_path, order_index, "
            "is_free) values (%s, %s, 'lessons/x', %s, true)",
            (course_id, f"Lesson {index}", index),
        )
    return {"course_id": course_id, "teacher_id": teacher.id}


def test_seed_catalogue_query_embeds_instructor_and_lessons(
    anon: Client, published_course: dict[str, str]
) -> None:
    rows = json_rows(
        anon.table("courses")
        .select("*, instructor:profiles(id, full_name, avatar_url), lessons(id)")
        .eq("id", published_course["course_id"])
        .execute()
        .data
    )
    assert len(rows) == 1
    course = rows[0]
    assert course["title"] == "Embedded Course"
    assert course["instructor"] == {
        "id": published_course["teacher_id"],
        "full_name": "Ms Teacher",
        "avatar_url": None,
    }
    assert len(course["lessons"]) == 2
    assert set(course["lessons"][0]) == {"id"}


def test_embedded_count(anon: Client) -> None:
    rows = json_rows(
        anon.table("rest_books").select("id, rest_chapters(count)").order("id").execute().data
    )
    assert [r["rest_chapters"] for r in rows] == [
        [{"count": 2}],
        [{"count": 1}],
        [{"count": 0}],
        [{"count": 0}],
    ]
