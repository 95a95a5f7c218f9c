"""The one-pass bulk write of pulled rows stores what the checked two-step path stores."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import SQLModel

from desktop.store.db.learner_store import LearnerStore
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.models import Achievement, Course, Lesson
from desktop.store.replica.upsert import InvalidRow, upsert, upsert_rows, validate_rows
from tests.store.conftest import LEARNER

COURSE_ROWS: list[dict[str, Any]] = [
    {
        "id": "c-1",
        "title": "One",
        "tags": ["a", "b"],
        "is_published": True,
        "average_rating": 4,
        "enrollment_count": 3,
        "price": 1.5,
        "created_at": "2026-11-21T10:00:00+02:00",
        "updated_at": "2026-11-21T08:00:00Z",
    },
    {
        "id": "c-2",
        "title": "Two",
        "tags": None,
        "is_published": False,
        "description": None,
        "average_rating": 2.25,
        "created_at": "2026-11-21T10:00:00+02:00",
        "updated_at": "2026-11-21T10:00:00.123456+00:00",
        "unknown_column": "dropped",
    },
    {
        "id": "c-3",
        "title": "Three",
        "is_premium": 1,
        "is_published": True,
        "created_at": "2026-11-21T10:00:00+02:00",
        "updated_at": "2026-11-21T10:00:00+02:00",
    },
]
LESSON_ROWS: list[dict[str, Any]] = [
    {
        "id": f"l-{n}",
        "course_id": "c-1",
        "title": f"Lesson {n}",
        "component_path": f"p/{n}",
        "order_index": n,
        "prerequisites": None if n % 2 else ["l-0"],
        "learning_objectives": None,
        "is_free": n % 3 == 0,
        "created_at": "2026-11-21T10:00:00+00:00",
        "updated_at": "2026-11-21T10:00:00+00:00",
    }
    for n in range(6)
]
ACHIEVEMENT_ROWS: list[dict[str, Any]] = [
    {
        "id": "a-1",
        "title": "First",
        "description": "Did it",
        "icon": "star",
        "criteria": {"type": "x", "n": 1},
        "points_value": 10,
        "created_at": "2026-11-21T10:00:00Z",
    },
    {
        "id": "a-2",
        "title": "Second",
        "icon": "star",
        "is_active": False,
        "created_at": "2026-11-21T10:00:00Z",
    },
]


@pytest.fixture
def two_stores(tmp_path: Path) -> Iterator[tuple[LearnerStore, LearnerStore]]:
    one, _ = ProfileDirectory(tmp_path / "one").open_learner(LEARNER)
    two, _ = ProfileDirectory(tmp_path / "two").open_learner(LEARNER)
    yield one, two
    one.close()
    two.close()


def stored(store: LearnerStore, table: str) -> list[tuple[Any, ...]]:
    """Every value with its SQLite storage class, as the file holds it."""
    conn = sqlite3.connect(store.db.path)
    try:
        columns = [r[1] for r in conn.execute(f'pragma table_info("{table}")')]
        picks = ", ".join(f'typeof("{c}"), "{c}"' for c in columns)
        return conn.execute(f'select {picks} from "{table}" order by id').fetchall()
    finally:
        conn.close()


def test_one_pass_stores_the_same_values_as_validate_then_upsert(
    two_stores: tuple[LearnerStore, LearnerStore],
) -> None:
    one_pass, two_step = two_stores
    batches: list[tuple[type[SQLModel], list[dict[str, Any]]]] = [
        (Course, COURSE_ROWS),
        (Lesson, LESSON_ROWS),
        (Achievement, ACHIEVEMENT_ROWS),
    ]
    for _ in range(2):  # the second round updates every row in place
        with one_pass.write() as session:
            for model, rows in batches:
                assert upsert_rows(session, model, rows, keep=("instructor_name",)) == len(rows)
        with two_step.write() as session:
            for model, rows in batches:
                upsert(session, model, validate_rows(model, rows), keep=("instructor_name",))
    for table, count in (("courses", 3), ("lessons", 6), ("achievements", 2)):
        written = stored(one_pass, table)
        assert len(written) == count
        assert written == stored(two_step, table)
    course = dict(
        zip(rows_columns(one_pass, "courses"), stored(one_pass, "courses")[0][1::2], strict=True)
    )
    # Times in UTC fixed-width text, JSON as text, booleans as integers.
    assert course["created_at"] == "2026-11-21T08:00:00.000000Z"
    assert (course["tags"], course["is_published"], course["average_rating"]) == (
        '["a", "b"]',
        1,
        4.0,
    )


def rows_columns(store: LearnerStore, table: str) -> list[str]:
    conn = sqlite3.connect(store.db.path)
    try:
        return [r[1] for r in conn.execute(f'pragma table_info("{table}")')]
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": None}, "courses: title cannot be empty"),
        ({"enrollment_count": "many"}, "courses.enrollment_count: invalid literal"),
        ({"enrollment_count": 2.5}, "courses.enrollment_count: not an integer"),
        ({"is_published": "yes"}, "courses.is_published: not a boolean"),
        ({"title": 7}, "courses.title: not text"),
        ({"updated_at": "yesterday"}, "courses.updated_at: Invalid isoformat"),
    ],
)
def test_one_pass_rejects_a_bad_row_with_the_same_message(
    two_stores: tuple[LearnerStore, LearnerStore],
    change: dict[str, Any],
    message: str,
) -> None:
    store = two_stores[0]
    rows = [COURSE_ROWS[0], {**COURSE_ROWS[1], **change}]
    with pytest.raises(InvalidRow) as checked:
        validate_rows(Course, rows)
    with pytest.raises(InvalidRow) as one_pass, store.write() as session:
        upsert_rows(session, Course, rows)
    assert str(one_pass.value) == str(checked.value)
    assert message in str(one_pass.value)
    assert stored(store, "courses") == []  # nothing of the batch was written


def test_a_missing_required_column_is_named(
    two_stores: tuple[LearnerStore, LearnerStore],
) -> None:
    row = {k: v for k, v in COURSE_ROWS[0].items() if k != "title"}
    with (
        pytest.raises(InvalidRow, match="courses: title is missing"),
        two_stores[0].write() as session,
    ):
        upsert_rows(session, Course, [row])
