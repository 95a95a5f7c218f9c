"""Applying what ``sync_pull`` returned: a page of rows, tombstones and a cursor.

One page and its cursor are written in ONE SQLite transaction (a crash can
never save a cursor without its rows — the CouchDB bug in the design doc);
then the still-pending local ops whose rows the page replaced are applied
again on top, so the learner never sees progress go backwards.

Tombstones are applied before rows: a row in ``changes`` exists on the server
now, so any tombstone for its key is older (a course unpublished and
republished within one page ends present).  Deleting a parent cascades to its
children locally, as the server sends no tombstones for those.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete
from sqlmodel import Session, SQLModel, col, select

from desktop.protocol import MalformedReply, PulledPage, Tombstone
from desktop.store.columns import utc_now
from desktop.store.models import (
    Achievement,
    Course,
    CourseFile,
    CourseRating,
    Enrollment,
    Lesson,
    LessonContent,
    LessonProgress,
    Notification,
    Profile,
    QuizAnswerKey,
    QuizAttempt,
    QuizQuestion,
    QuizQuestionVersion,
    SyncCursor,
    UserAchievement,
)
from desktop.store.replica import replay
from desktop.store.replica.outbox import pending_ops
from desktop.store.replica.teaching import apply_teaching_page, is_teaching
from desktop.store.replica.upsert import upsert, upsert_rows, validate_rows

if TYPE_CHECKING:  # annotations only: db imports the replica at load time
    from desktop.store.db.learner_store import LearnerStore

log = logging.getLogger(__name__)

# Parents before children: deferred foreign keys would cope, but order keeps it obvious.
CONTENT_TABLES: dict[str, type[SQLModel]] = {
    "courses": Course,
    "lessons": Lesson,
    "course_files": CourseFile,
    "lesson_contents": LessonContent,
    "quiz_questions": QuizQuestion,
    "quiz_question_versions": QuizQuestionVersion,
    "quiz_answer_keys": QuizAnswerKey,
    "achievements": Achievement,
    "profiles": Profile,
}
# The learner's own rows, with the natural key the server keeps unique and
# the prefix of the outbox targets that change them.
LEARNER_TABLES: dict[str, tuple[type[SQLModel], tuple[str, ...], str]] = {
    "enrollments": (Enrollment, ("user_id", "course_id"), "enrollment:{course_id}"),
    "lesson_progress": (LessonProgress, ("user_id", "lesson_id"), "lesson:{lesson_id}"),
    "quiz_attempts": (QuizAttempt, ("id",), "attempt:{id}"),
    "user_achievements": (UserAchievement, ("user_id", "achievement_id"), ""),
    "course_ratings": (CourseRating, ("user_id", "course_id"), "rating:{course_id}"),
    "notifications": (Notification, ("id",), "notification:{id}"),
}
CONTENT_TABLE_NAMES = frozenset(CONTENT_TABLES)
LEARNER_TABLE_NAMES = frozenset(LEARNER_TABLES)
# Local-only columns a server row must not wipe.
KEEP = {
    "courses": ("instructor_name",),
    "quiz_attempts": ("local_score", "local_max_score", "local_is_passed"),
}


@dataclass(frozen=True)
class PageApplied:
    rows: int
    deleted: int
    reapplied: int
    tables: frozenset[str] = frozenset()  # tables the page wrote or deleted rows of


def apply_page(store: LearnerStore, page: PulledPage) -> PageApplied:
    """Write ``page`` and its cursor in one transaction; re-apply pending ops on top."""
    if is_teaching(page.scope):
        rows, deleted, written = apply_teaching_page(store, page)
        return PageApplied(rows, deleted, 0, written)
    unknown = set(page.changes) - set(CONTENT_TABLES) - set(LEARNER_TABLES)
    if unknown:
        raise MalformedReply(f"pull returned rows of unknown tables: {sorted(unknown)}")
    with store.write() as session:
        touched: set[str] = set()
        deleted = _tombstones(session, page.tombstones, touched)
        rows = 0
        for table, model in CONTENT_TABLES.items():
            rows += _content(session, table, model, page.changes.get(table, ()))
        for table in LEARNER_TABLES:
            rows += _learner(session, store, table, page.changes.get(table, ()), touched)
        if page.cursor is not None:  # rows from a push reply come without one
            session.merge(SyncCursor(scope=page.scope, cursor=page.cursor, updated_at=utc_now()))
        session.flush()
        session.expire_all()  # the core upserts changed rows behind the ORM's back
        reapplied = 0
        # Only ops on rows this page touched are replayed; a catalogue page
        # touches none, so it skips reading the outbox.
        for op in pending_ops(session, store.user_id) if touched else ():
            if op.target() in touched:
                replay.apply(session, store.owner, op)
                reapplied += 1
    tables = {t for t, written in page.changes.items() if written}
    tables.update(stone.table for stone in page.tombstones)
    return PageApplied(rows, deleted, reapplied, frozenset(tables))


def cursor_of(store: LearnerStore, scope: str) -> str | None:
    with store.db.read() as session:
        row = session.get(SyncCursor, scope)
        return row.cursor if row is not None else None


def _cascade(session: Session, name: str, table: Any, where: list[Any]) -> None:
    """Children the server deletes with a parent but sends no tombstone for.

    Lessons, bodies and questions follow by foreign key; question versions
    and answer keys have none locally (versions outlive edits), so they go here.
    """
    if name == "courses":
        lessons = select(Lesson.id).where(
            col(Lesson.course_id).in_(select(table.c.id).where(*where))
        )
    elif name == "lessons":
        lessons = select(table.c.id).where(*where)
    elif name == "quiz_questions":
        questions = select(table.c.id).where(*where)
        session.execute(
            delete(QuizQuestionVersion).where(col(QuizQuestionVersion.question_id).in_(questions))
        )
        session.execute(delete(QuizAnswerKey).where(col(QuizAnswerKey.question_id).in_(questions)))
        return
    else:
        return
    questions = select(QuizQuestion.id).where(col(QuizQuestion.lesson_id).in_(lessons))
    session.execute(delete(QuizAnswerKey).where(col(QuizAnswerKey.question_id).in_(questions)))
    session.execute(
        delete(QuizQuestionVersion).where(
            col(QuizQuestionVersion.question_id).in_(questions)
            | col(QuizQuestionVersion.lesson_id).in_(lessons)
        )
    )


def _key_filter(table: Any, stone: Tombstone) -> list[Any]:
    keys = list(table.primary_key.columns)
    if stone.pk is not None:
        missing = [k.name for k in keys if k.name not in stone.pk]
        if missing:
            raise MalformedReply(f"{stone.table} tombstone lacks {missing}")
        parts = [stone.pk[k.name] for k in keys]
    else:
        parts = stone.id.split(",") if len(keys) > 1 else [stone.id]
    if len(parts) != len(keys):
        raise MalformedReply(f"tombstone id {stone.id!r} does not fit {stone.table}")
    try:
        return [
            k == (int(p) if k.name == "version" else str(p))
            for k, p in zip(keys, parts, strict=True)
        ]
    except ValueError as exc:
        raise MalformedReply(f"tombstone key {parts!r} of {stone.table}: {exc}") from exc


def _content(
    session: Session, table: str, model: type[SQLModel], rows: Sequence[Mapping[str, Any]]
) -> int:
    if not rows:
        return 0
    present = set(rows[0])
    keep = [c for c in KEEP.get(table, ()) if c not in present]
    if model is not QuizQuestion:
        return upsert_rows(session, model, rows, keep=keep)
    values = validate_rows(model, rows)
    upsert(session, model, values, keep=keep)
    # Keep the current version too: attempts name versions, not questions.
    upsert(
        session,
        QuizQuestionVersion,
        validate_rows(QuizQuestionVersion, [{**v, "question_id": v["id"]} for v in values]),
    )
    return len(values)


def _learner(
    session: Session,
    store: LearnerStore,
    table: str,
    rows: Sequence[Mapping[str, Any]],
    touched: set[str],
) -> int:
    model, natural, target = LEARNER_TABLES[table]
    values = []
    for value in validate_rows(model, rows):
        if value["user_id"] != store.owner:
            log.warning("ignored a %s row of another learner", table)
            continue
        if table == "lesson_progress":
            value["server_time_spent_seconds"] = value["time_spent_seconds"]
        elif table == "quiz_attempts":
            value["grading_state"] = "server"  # authoritative, replaces any local grade
        if value.get("hlc"):
            store.observe(value["hlc"])
        if target:
            touched.add(target.format(**value))
        values.append(value)
    _drop_local_twins(session, model, natural, values)
    upsert(session, model, values, keep=KEEP.get(table, ()))
    return len(values)


def _drop_local_twins(
    session: Session, model: type[SQLModel], natural: tuple[str, ...], values: list[dict[str, Any]]
) -> None:
    """A row made offline has its own id; the server's row (other id) replaces it."""
    if natural == ("id",) or not values:
        return
    table = model.__table__  # type: ignore[attr-defined]
    # One executemany of a core DELETE: no ORM objects to go stale under the upsert.
    statement = delete(table).where(
        *[table.c[n] == bindparam(f"k_{n}") for n in natural], table.c.id != bindparam("k_id")
    )
    session.connection().execute(
        statement, [{f"k_{n}": value[n] for n in (*natural, "id")} for value in values]
    )


def _tombstones(session: Session, tombstones: Sequence[Tombstone], touched: set[str]) -> int:
    deleted = 0
    for stone in tombstones:
        model = (
            CONTENT_TABLES.get(stone.table) or LEARNER_TABLES.get(stone.table, (None, (), ""))[0]
        )
        if model is None:
            raise MalformedReply(f"tombstone for unknown table {stone.table!r}")
        table = model.__table__  # type: ignore[attr-defined]
        where = _key_filter(table, stone)
        _cascade(session, stone.table, table, where)
        if stone.table in LEARNER_TABLES:
            target = LEARNER_TABLES[stone.table][2]
            for row in session.execute(select(table).where(*where)).mappings():
                if target:
                    touched.add(target.format(**row))
        deleted += session.execute(delete(table).where(*where)).rowcount  # type: ignore[attr-defined]
    return deleted
