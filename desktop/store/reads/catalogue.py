"""Catalogue search and filters, from the local store only.

Text search uses the FTS5 index on title, description and tags (schema v3),
so a prefix query over 10,000 courses stays in the milliseconds; filters and
sort orders have plain indexes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import text
from sqlmodel import select

from desktop.store.db.learner_store import LearnerStore
from desktop.store.models import Course

SortOrder = Literal["title", "rating", "popular", "newest"]
_ORDER = {
    "title": "c.title collate nocase asc, c.id",
    "rating": "c.average_rating desc, c.title collate nocase, c.id",
    "popular": "c.enrollment_count desc, c.title collate nocase, c.id",
    "newest": "c.created_at desc, c.id",
}
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class CatalogueQuery:
    text: str = ""
    category: str | None = None
    difficulty: str | None = None
    published_only: bool = True
    sort: SortOrder = "title"
    offset: int = 0
    limit: int = 50


@dataclass(frozen=True)
class CataloguePage:
    courses: list[Course]
    total: int


def fts_query(user_text: str) -> str | None:
    """Learner text → an FTS5 query: every word must match, as a prefix.

    Words are quoted so FTS syntax characters typed by the learner (``"``,
    ``*``, ``AND``) are searched for, never interpreted.
    """
    words = _WORD.findall(user_text)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def search_courses(store: LearnerStore, query: CatalogueQuery) -> CataloguePage:
    where: list[str] = []
    params: dict[str, object] = {}
    match = fts_query(query.text)
    if match is not None:
        where.append("c.rowid in (select rowid from courses_fts where courses_fts match :match)")
        params["match"] = match
    if query.category:
        where.append("c.category = :category")
        params["category"] = query.category
    if query.difficulty:
        where.append("c.difficulty_level = :difficulty")
        params["difficulty"] = query.difficulty
    if query.published_only:
        where.append("c.is_published = 1")
    clause = ("where " + " and ".join(where)) if where else ""
    order = _ORDER[query.sort]
    params["limit"] = max(1, min(query.limit, 500))
    params["offset"] = max(0, query.offset)
    with store.db.read() as session:
        total = session.execute(
            text(f"select count(*) from courses c {clause}"), params
        ).scalar_one()
        # one statement for the page: the ORM maps the rows, no per-course get
        courses = list(
            session.execute(
                select(Course).from_statement(
                    text(
                        f"select c.* from courses c {clause} order by {order} "
                        "limit :limit offset :offset"
                    )
                ),
                params,
            ).scalars()
        )
    return CataloguePage(courses, int(total))


def categories(store: LearnerStore) -> list[str]:
    with store.db.read() as session:
        rows = session.execute(
            text(
                "select distinct category from courses where category is not null "
                "and is_published = 1 order by category"
            )
        )
        return [row[0] for row in rows]


def has_courses(store: LearnerStore) -> bool:
    """True once any course (published or not) is in the local store."""
    with store.db.read() as session:
        return bool(session.execute(text("select exists(select 1 from courses)")).scalar_one())
