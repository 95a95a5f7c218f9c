"""Pull pages whose rows need a parent that only a later page brings.

``sync_pull`` serves changes in (transaction id, table, key) order, so a
child can come pages before its parent:

* one transaction wrote both: ``lesson_contents`` sorts before ``lessons``
  (and ``quiz_answer_keys`` before ``quiz_questions``), so a page boundary
  can fall between a lesson's body and the lesson;
* the parent changed after the child: a course re-stamped by a later
  transaction (a new enrollment updates its ``enrollment_count``) comes after
  every lesson written before.

The local mirror enforces those foreign keys (deferred to the end of the
page's transaction), so such a page cannot be applied alone.  The engine
holds it and applies it together with the following page(s), in one
transaction with the later cursor: ``merge_pages`` makes one page that
means the same as applying the first and then the second.

Even the last page (``has_more`` false) can lack a parent: a parent
re-stamped by a transaction that committed while an older one was still
running is above the server's horizon, so it is not served yet while its
children are.  The engine holds that page too, waits a moment and asks
again from its cursor; the parent comes once the older transaction ends
(in a classroom burst, another learner's push: well under a second).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.protocol import PulledPage, Tombstone
from desktop.store.errors import StoreWriteFailed

# Primary key columns per table ("id" unless listed), as tombstones name them.
KEYS: dict[str, tuple[str, ...]] = {
    "lesson_contents": ("lesson_id",),
    "quiz_question_versions": ("question_id", "version"),
    "quiz_answer_keys": ("question_id", "version"),
}
# Holding more than this many rows means something else is wrong: fail plainly.
MAX_HELD_ROWS = 200_000


def missing_parent(exc: StoreWriteFailed) -> bool:
    """True when the local write failed only for a row whose parent is not there yet."""
    return "FOREIGN KEY constraint failed" in str(exc)


def page_rows(page: PulledPage) -> int:
    return sum(len(rows) for rows in page.changes.values()) + len(page.tombstones)


def _row_key(table: str, row: Mapping[str, Any]) -> tuple[str, str]:
    return table, ",".join(str(row.get(column)) for column in KEYS.get(table, ("id",)))


def _stone_key(stone: Tombstone) -> tuple[str, str]:
    if stone.pk is None:
        return stone.table, stone.id
    return _row_key(stone.table, stone.pk)


def merge_pages(first: PulledPage, then: PulledPage) -> PulledPage:
    """One page equal to applying ``first`` and then ``then`` (with ``then``'s cursor).

    A row or tombstone of ``then`` replaces what ``first`` said about the same
    key, so the merged page still never holds a row and its tombstone.
    """
    later = {_row_key(table, row) for table, rows in then.changes.items() for row in rows}
    later_stones = {_stone_key(stone) for stone in then.tombstones}
    changes: dict[str, list[Mapping[str, Any]]] = {}
    for table, rows in first.changes.items():
        kept = [
            row
            for row in rows
            if _row_key(table, row) not in later and _row_key(table, row) not in later_stones
        ]
        if kept:
            changes[table] = kept
    for table, rows in then.changes.items():
        changes.setdefault(table, []).extend(rows)
    stones = [s for s in first.tombstones if _stone_key(s) not in later] + list(then.tombstones)
    return PulledPage(then.scope, changes, stones, then.cursor, then.has_more, then.reset_required)
