"""``merge_pages``: a held pull page merged with the next means the same as both in order."""

from __future__ import annotations

from desktop.protocol.pull import PulledPage, Tombstone
from desktop.store.errors import StoreWriteFailed
from desktop.sync.held_pages import merge_pages, missing_parent, page_rows


def page(
    changes: dict[str, list[dict[str, object]]],
    stones: list[Tombstone],
    cursor: str,
    has_more: bool,
) -> PulledPage:
    return PulledPage("course:c", changes, stones, cursor, has_more)


def test_the_later_page_wins_per_key_and_its_cursor_is_kept() -> None:
    first = page(
        {
            "lesson_contents": [
                {"lesson_id": "l1", "body_markdown": "old"},
                {"lesson_id": "l2", "body_markdown": "kept"},
            ],
            "lessons": [{"id": "l3", "title": "deleted later"}],
        },
        [Tombstone("lessons", "l4")],
        "c1",
        True,
    )
    then = page(
        {
            "lesson_contents": [{"lesson_id": "l1", "body_markdown": "new"}],
            "lessons": [{"id": "l1", "title": "parent"}, {"id": "l4", "title": "back"}],
        },
        [Tombstone("lessons", "l3", {"id": "l3"})],
        "c2",
        False,
    )
    merged = merge_pages(first, then)
    assert merged.cursor == "c2"
    assert merged.has_more is False
    assert merged.scope == "course:c"
    assert merged.changes["lesson_contents"] == [
        {"lesson_id": "l2", "body_markdown": "kept"},
        {"lesson_id": "l1", "body_markdown": "new"},
    ]
    assert [row["id"] for row in merged.changes["lessons"]] == ["l1", "l4"]
    # l4 is back (its old tombstone goes), l3 was deleted after its row came
    assert [(s.table, s.id) for s in merged.tombstones] == [("lessons", "l3")]
    assert page_rows(merged) == 5


def test_composite_keys_are_matched_by_their_tombstone_pk() -> None:
    first = page(
        {
            "quiz_answer_keys": [
                {"question_id": "q", "version": 1, "correct": ["a"]},
                {"question_id": "q", "version": 2, "correct": ["b"]},
            ]
        },
        [],
        "c1",
        True,
    )
    then = page(
        {}, [Tombstone("quiz_answer_keys", "q,1", {"question_id": "q", "version": 1})], "c2", True
    )
    merged = merge_pages(first, then)
    assert merged.changes["quiz_answer_keys"] == [
        {"question_id": "q", "version": 2, "correct": ["b"]}
    ]


def test_only_a_foreign_key_failure_means_a_missing_parent() -> None:
    assert missing_parent(
        StoreWriteFailed(
            "local database write failed: (sqlite3.IntegrityError) FOREIGN KEY constraint failed"
        )
    )
    assert not missing_parent(
        StoreWriteFailed("local database write failed: (sqlite3.OperationalError) disk I/O error")
    )
