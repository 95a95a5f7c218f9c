"""Search inside the lessons downloaded to this laptop (schema v12).

One hit per matching section, best first (bm25, a match in the section's
heading weighing more than one in its text), with a short snippet of the
section's words in which every matched word sits between
``HIT_START`` and ``HIT_END`` — private-use characters the indexed text never
holds (``search_text.MARKS``), so the UI can escape the snippet and then
highlight, whatever the lesson says.

The learner's words (split on white space) are each quoted as an FTS5
string, a ``"`` in them doubled: ``*``, ``NEAR``, ``AND``, ``OR``, ``NOT``,
parentheses, colons and ``^`` are searched for as text, never read as FTS5
syntax, so no query raises.  Each word is a prefix (search as you type) and
a phrase of the tokens the index sees in it, so "hello,world" finds the two
words side by side.  Very long input is cut to ``MAX_CHARS`` characters and
``MAX_WORDS`` words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text

from desktop.course_package.search_text import MARKS, fold
from desktop.store.db.learner_store import LearnerStore

HIT_START, HIT_END = MARKS[0], MARKS[1]
MAX_CHARS = 500
MAX_WORDS = 16
SNIPPET_WORDS = 16
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class LessonHit:
    lesson_id: str
    lesson_title: str
    course_id: str
    course_title: str
    section_key: str
    section_title: str  # "" for the text before the lesson's first heading
    snippet: str  # matches marked with HIT_START … HIT_END


_SEARCH = f"""
select s.lesson_id, l.title, l.course_id, c.title, s.section_key, s.title,
       snippet(lesson_sections_fts, -1, :start, :end, '…', {SNIPPET_WORDS})
from lesson_sections_fts
join lesson_sections s on s.id = lesson_sections_fts.rowid
join lessons l on l.id = s.lesson_id
join courses c on c.id = l.course_id
where lesson_sections_fts match :match {{course}}
order by bm25(lesson_sections_fts, 4.0, 1.0), c.title, l.order_index, s.position
limit :limit
"""


def search_lessons(
    store: LearnerStore, user_text: str, *, course_id: str | None = None, limit: int = 50
) -> list[LessonHit]:
    """Sections of downloaded lessons that hold every word of ``user_text``
    (each as a prefix: the learner may still be typing it)."""
    match = lesson_match(user_text)
    if match is None or limit <= 0:
        return []
    params: dict[str, object] = {
        "match": match,
        "start": HIT_START,
        "end": HIT_END,
        "limit": limit,
    }
    course = ""
    if course_id is not None:
        course = "and l.course_id = :course_id"
        params["course_id"] = course_id
    with store.db.read() as session:
        rows = session.execute(text(_SEARCH.format(course=course)), params).all()
    return [LessonHit(*(str(value) for value in row)) for row in rows]


def lesson_match(user_text: str) -> str | None:
    """The FTS5 query for ``user_text``; None when it has no word to look for."""
    # control characters end an FTS5 string early ("unterminated string")
    words = _CONTROL.sub(" ", fold(user_text[:MAX_CHARS])).split()[:MAX_WORDS]
    terms = [
        '"' + word.replace('"', '""') + '"*'
        for word in words
        if any(character.isalnum() for character in word)
    ]
    return " ".join(terms) or None
