"""What a learner writes on their own progress rows through the API is bounded
(issue #12, hardening: policies that trust client columns).

The insert and update grants of ``lesson_progress`` let a learner write
``last_accessed`` and ``section_progress`` directly.  sync_push clamps an
op's time to the server's clock and bounds each section key, but the API
path checked neither: a ``last_accessed`` in the year 9999 stayed for ever
(every later merge keeps the greatest), and ``section_progress`` took any
JSON of any size, which the course's teacher then reads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from tests.supabase.conftest import ApiResult, Cast

Api = Callable[..., ApiResult]
Conn = psycopg.Connection[dict[str, Any]]

INSERT = (
    "insert into public.lesson_progress (user_id, lesson_id, course_id, {column}) "
    "values (auth.uid(), %s, %s, %s) returning {column}"
)


@pytest.fixture
def db_url(module_db_url: str) -> str:
    """Tests here touch only the rows their own ``cast`` creates: share a database."""
    return module_db_url


def test_a_last_accessed_in_the_future_is_the_servers_now(api: Api, cast: Cast) -> None:
    row = api(
        cast.student,
        INSERT.format(column="last_accessed") + ", last_accessed <= now() as clamped",
        (cast.free_lesson, cast.course, "9999-01-01T00:00:00Z"),
    ).rows
    assert row[0]["clamped"] is True
    later = api(
        cast.student,
        "update public.lesson_progress set last_accessed = '9999-01-01' "
        "where user_id = auth.uid() and lesson_id = %s returning last_accessed <= now() as c",
        (cast.free_lesson,),
    ).rows
    assert later == [{"c": True}]


def test_a_past_last_accessed_is_kept(api: Api, cast: Cast) -> None:
    row = api(
        cast.student,
        INSERT.format(column="last_accessed") + ", extract(year from last_accessed) as year",
        (cast.free_lesson, cast.course, "2026-01-02T03:04:05Z"),
    ).rows
    assert row[0]["year"] == 2026


@pytest.mark.parametrize("value", ["[1, 2]", '"text"', "42"])
def test_section_progress_must_be_an_object(api: Api, cast: Cast, value: str) -> None:
    with pytest.raises(psycopg.errors.CheckViolation, match="section_progress"):
        api(
            cast.student,
            INSERT.format(column="section_progress"),
            (cast.free_lesson, cast.course, value),
        )


def test_section_progress_is_bounded_in_size(api: Api, cast: Cast) -> None:
    huge = '{"s": {"percent": 1, "note": "' + "x" * 300_000 + '"}}'
    with pytest.raises(psycopg.errors.CheckViolation, match="section_progress"):
        api(
            cast.student,
            INSERT.format(column="section_progress"),
            (cast.free_lesson, cast.course, huge),
        )


def test_ordinary_section_progress_is_stored(api: Api, cast: Cast) -> None:
    value = '{"intro": {"percent": 50}, "part-2": {"percent": 100}}'
    row = api(
        cast.student,
        INSERT.format(column="section_progress"),
        (cast.free_lesson, cast.course, value),
    ).rows
    assert row == [{"section_progress": {"intro": {"percent": 50}, "part-2": {"percent": 100}}}]
