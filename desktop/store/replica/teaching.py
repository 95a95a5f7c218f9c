"""Applying a teaching scope's pages: a course's learners, for its teacher.

``sync_pull('teaching:<course>')`` (docs/sync-protocol.md, "Teaching scope")
sends the course's ``enrollments`` (each with the learner's public card),
``lesson_progress`` and ``quiz_attempts`` rows, and tombstones of those and
of the course's deleted lessons.  They are written to the class tables
(``desktop/store/models/teaching.py``), one page and its cursor in one
transaction like every scope.  Nothing here touches the owner's own rows,
and no local op ever changes a class row, so there is nothing to replay.

A page is checked before anything is written: a row of another course, a
table the scope does not serve or a row that does not fit raises
``MalformedReply``, so a broken reply is a sync error, never a half page.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete
from sqlmodel import Session, SQLModel, col

from desktop.protocol import MalformedReply, PulledPage, Tombstone
from desktop.store.columns import utc_now
from desktop.store.models import ClassAttempt, ClassMember, ClassProgress, SyncCursor
from desktop.store.replica.upsert import upsert_rows

if TYPE_CHECKING:  # annotations only: db imports the replica at load time
    from desktop.store.db.learner_store import LearnerStore

PREFIX = "teaching:"
# Server table → local class table.
TEACHING_TABLES: dict[str, type[SQLModel]] = {
    "enrollments": ClassMember,
    "lesson_progress": ClassProgress,
    "quiz_attempts": ClassAttempt,
}
CLASS_TABLE_NAMES = frozenset({"class_members", "class_progress", "class_attempts"})
_CARD = {"learner_username": "username", "learner_full_name": "full_name"}
_CARD["learner_avatar_url"] = "avatar_url"


def teaching_scope(course_id: str) -> str:
    return f"{PREFIX}{course_id}"


def is_teaching(scope: str) -> bool:
    return scope.startswith(PREFIX)


def course_of(scope: str) -> str:
    return scope.removeprefix(PREFIX)


def apply_teaching_page(store: LearnerStore, page: PulledPage) -> tuple[int, int, frozenset[str]]:
    """Write ``page`` and its cursor in one transaction: (rows, deleted, class tables)."""
    course = course_of(page.scope)
    unknown = set(page.changes) - set(TEACHING_TABLES)
    if unknown:
        raise MalformedReply(f"{page.scope} returned rows of other tables: {sorted(unknown)}")
    prepared = {
        table: [_local(table, row, course, page.scope) for row in rows]
        for table, rows in page.changes.items()
    }
    written: set[str] = set()
    with store.write() as session:
        deleted = sum(_tombstone(session, stone, written) for stone in page.tombstones)
        count = 0
        for table, rows in prepared.items():
            model = TEACHING_TABLES[table]
            count += upsert_rows(session, model, rows)
            if rows:
                written.add(_table(model).name)
        if page.cursor is not None:
            session.merge(SyncCursor(scope=page.scope, cursor=page.cursor, updated_at=utc_now()))
    return count, deleted, frozenset(written)


def drop_class(session: Session, course_id: str) -> None:
    """Every class row of ``course_id`` (a reset, or the teacher lost the course)."""
    for model in TEACHING_TABLES.values():
        table = _table(model)
        session.execute(delete(table).where(table.c.course_id == course_id))


def forget_class(store: LearnerStore, course_id: str) -> None:
    """The server refused the scope (not the teacher any more): drop rows and cursor."""
    with store.write() as session:
        drop_class(session, course_id)
        session.execute(
            delete(SyncCursor).where(col(SyncCursor.scope) == teaching_scope(course_id))
        )


def _local(table: str, row: Mapping[str, Any], course: str, scope: str) -> Mapping[str, Any]:
    if table == "quiz_attempts":
        # Attempts carry no course: the scope says it (the server picked them by lesson).
        return {**row, "course_id": course}
    if row.get("course_id") != course:
        raise MalformedReply(f"{scope} returned a {table} row of another course")
    if table == "enrollments":
        out = dict(row)
        for wire, name in _CARD.items():
            out[name] = row.get(wire)
        return out
    return row


def _table(model: type[SQLModel]) -> Any:
    return model.__table__  # type: ignore[attr-defined]


def _delete(session: Session, model: type[SQLModel], column: str, value: str) -> int:
    table = _table(model)
    result = session.execute(delete(table).where(table.c[column] == value))
    return int(result.rowcount)  # type: ignore[attr-defined]


def _tombstone(session: Session, stone: Tombstone, written: set[str]) -> int:
    row_id = str(stone.pk.get("id", stone.id)) if stone.pk is not None else stone.id
    if stone.table == "lessons":
        # A lesson's tombstone stands for its progress rows and attempts.
        pairs: list[tuple[type[SQLModel], str]] = [
            (ClassProgress, "lesson_id"),
            (ClassAttempt, "lesson_id"),
        ]
    elif stone.table in TEACHING_TABLES:
        pairs = [(TEACHING_TABLES[stone.table], "id")]
    else:
        raise MalformedReply(f"teaching tombstone for another table: {stone.table!r}")
    gone = 0
    for model, column in pairs:
        deleted = _delete(session, model, column, row_id)
        if deleted:
            written.add(_table(model).name)
        gone += deleted
    return gone
