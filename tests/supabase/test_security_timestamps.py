"""updated_at is stamped by the database, whatever the writer sends (issue #2)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from psycopg import errors

from tests.supabase.conftest import ApiResult, Cast

Api = Callable[..., ApiResult]
Conn = psycopg.Connection[dict[str, Any]]


@pytest.fixture
def db_url(module_db_url: str) -> str:
    """Tests here touch only the rows their own ``cast`` creates: share a database."""
    return module_db_url


# table, key column, the Cast attribute holding the key
TABLES = [
    ("profiles", "id", "student"),
    ("courses", "id", "course"),
    ("lessons", "id", "free_lesson"),
    ("lesson_contents", "lesson_id", "free_lesson"),
]


def key_of(cast: Cast, attribute: str) -> str:
    value = getattr(cast, attribute)
    return value if isinstance(value, str) else str(value.id)


@pytest.mark.parametrize(("table", "key", "attribute"), TABLES)
def test_update_stamps_updated_at_even_if_the_writer_sends_another(
    admin_conn: Conn, cast: Cast, table: str, key: str, attribute: str
) -> None:
    row = admin_conn.execute(
        f"update {table} set updated_at = '2000-01-01' where {key} = %s "
        "returning updated_at = now() as stamped",
        (key_of(cast, attribute),),
    ).fetchone()
    assert row == {"stamped": True}


def test_learner_progress_update_stamps_updated_at(api: Api, cast: Cast) -> None:
    api(
        cast.student,
        "insert into lesson_progress (user_id, lesson_id, course_id) values (auth.uid(), %s, %s)",
        (cast.free_lesson, cast.course),
    )
    rows = api(
        cast.student,
        "update lesson_progress set completion_percentage = 10 "
        "where user_id = auth.uid() returning updated_at = now() as stamped",
    ).rows
    assert rows == [{"stamped": True}]


def test_api_callers_cannot_write_updated_at(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            cast.instructor,
            "update courses set updated_at = '2000-01-01' where id = %s",
            (cast.course,),
        )
