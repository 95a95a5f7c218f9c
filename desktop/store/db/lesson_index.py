"""The lesson search index: each downloaded lesson body, section by section.

``lesson_sections`` (schema v12) holds one row per section of a body — its
key and title as the reader names them (``desktop.course_package.sections``)
and its words (``search_text.plain_text``) — and the FTS5 table
``lesson_sections_fts`` indexes them through triggers.  Bodies are written by
one function, ``replica.upsert``; it calls :func:`reindex` with the rows it
just wrote, on the same connection, so a body and its index commit together
or not at all.  Removal needs no call: deleting or changing a body deletes its
sections in the same statement (triggers on ``lesson_contents``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from desktop.course_package.search_text import plain_text
from desktop.course_package.sections import INTRO_KEY, split_sections

INSERT = (
    "insert into lesson_sections (lesson_id, position, section_key, title, body) "
    "values (?, ?, ?, ?, ?)"
)
DELETE = "delete from lesson_sections where lesson_id = ?"


class DriverConnection(Protocol):
    def exec_driver_sql(self, statement: str, parameters: Any = ...) -> Any: ...


def section_rows(bodies: Iterable[Sequence[Any]]) -> list[tuple[str, int, str, str, str]]:
    """(lesson id, position, key, title, words) for each section of each (id, body)."""
    rows: list[tuple[str, int, str, str, str]] = []
    for lesson_id, body in bodies:
        for position, section in enumerate(split_sections(str(body))):
            text = section.markdown
            if section.key != INTRO_KEY:
                text = text.partition("\n")[2]  # its heading is the title column
            words = plain_text(text)
            if words:
                # the introduction's title is the reader's word, not the author's
                title = "" if section.key == INTRO_KEY else section.title
                rows.append((str(lesson_id), position, section.key, title, words))
    return rows


def reindex(conn: DriverConnection, bodies: Sequence[Sequence[Any]]) -> None:
    """Replace the sections of the given (lesson id, body) pairs."""
    if not bodies:
        return
    conn.exec_driver_sql(DELETE, [(str(lesson_id),) for lesson_id, _ in bodies])
    rows = section_rows(bodies)
    if rows:
        conn.exec_driver_sql(INSERT, rows)
