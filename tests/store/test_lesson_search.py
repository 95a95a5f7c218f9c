"""Search inside downloaded lessons: the FTS5 index follows every body write."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.course_package.sections import split_sections
from desktop.protocol import PulledPage, Tombstone
from desktop.store.db import schema
from desktop.store.db.database import Database
from desktop.store.db.learner_store import LearnerStore
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.models import LessonContent
from desktop.store.reads import HIT_END, HIT_START, search_lessons
from desktop.store.reads.lesson_search import lesson_match
from desktop.store.replica.content import (
    CatalogueContent,
    remove_lessons_except,
    upsert_catalogue,
)
from desktop.store.replica.pulled import apply_page
from desktop.store.replica.resync import forget_course
from desktop.store.replica.upsert import upsert, validate_rows
from tests.store.conftest import COURSE, LESSONS, OTHER_LEARNER, T0, sample_content

BODY = """# Part 1

Farmers share a field in halves.

## Sowing the field

Seeds go in rows; a **third** of the field stays fallow.

## Harvest

The crème de la crème of the crop is sold at the café.
"""


def body(lesson_id: str, markdown: str) -> LessonContent:
    return LessonContent(lesson_id=lesson_id, body_markdown=markdown, created_at=T0, updated_at=T0)


def store_body(store: LearnerStore, lesson_id: str, markdown: str) -> None:
    upsert_catalogue(store, CatalogueContent(contents=[body(lesson_id, markdown)]))


def keys(store: LearnerStore, text: str, *, course_id: str | None = None) -> list[tuple[str, str]]:
    hits = search_lessons(store, text, course_id=course_id)
    return [(hit.lesson_id, hit.section_key) for hit in hits]


def index_is_sound(store: LearnerStore) -> None:
    """FTS5's own check that the external-content index matches its rows."""
    conn = sqlite3.connect(store.db.path)
    try:
        conn.execute(
            "insert into lesson_sections_fts (lesson_sections_fts, rank) "
            "values ('integrity-check', 1)"
        )
    finally:
        conn.close()


def test_a_downloaded_body_is_found_at_its_section_with_the_match_marked(
    store: LearnerStore,
) -> None:
    store_body(store, LESSONS[0], BODY)
    hits = search_lessons(store, "fallow")
    assert [(h.lesson_id, h.section_key, h.section_title) for h in hits] == [
        (LESSONS[0], "sowing-the-field", "Sowing the field")
    ]
    hit = hits[0]
    assert (hit.lesson_title, hit.course_id, hit.course_title) == (
        "Part 1",
        COURSE,
        "Fractions for Farmers",
    )
    assert f"{HIT_START}fallow{HIT_END}" in hit.snippet
    assert "**" not in search_lessons(store, "third")[0].snippet  # words, not Markdown
    # the keys are the reader's: the lesson opens at the section the hit names
    assert {k for _, k in keys(store, "field")} <= {s.key for s in split_sections(BODY)}
    assert keys(store, "halves") == [(LESSONS[0], "introduction")]
    index_is_sound(store)


def test_accents_and_prefixes_match_as_a_learner_types(store: LearnerStore) -> None:
    store_body(store, LESSONS[0], BODY)
    assert keys(store, "creme cafe") == [(LESSONS[0], "harvest")]
    assert keys(store, "CRÈME") == [(LESSONS[0], "harvest")]
    assert keys(store, "harv") == [(LESSONS[0], "harvest")]  # a heading word, as a prefix
    assert keys(store, "harvest fallow") == []  # every word, in one section


def test_vocalised_arabic_and_hebrew_are_found_without_their_points(
    store: LearnerStore,
) -> None:
    store_body(store, LESSONS[0], "## الدرس\n\nكَتَبَ الوَلَدُ الدَّرْسَ\n")
    store_body(store, LESSONS[1], "## שיעור\n\nשָׁלוֹם עוֹלָם\n")
    store_body(store, LESSONS[2], "## पाठ\n\nहिन्दी भाषा\n")
    assert keys(store, "كتب") == [(LESSONS[0], "section")]
    assert keys(store, "كَتَبَ") == [(LESSONS[0], "section")]
    assert keys(store, "שלום") == [(LESSONS[1], "section")]
    assert keys(store, "हिन्दी") == [(LESSONS[2], "section")]  # one word, marks and all


def test_an_updated_body_replaces_its_words(store: LearnerStore) -> None:
    store_body(store, LESSONS[0], BODY)
    store_body(store, LESSONS[0], "# Part 1\n\n## Ploughing\n\nOxen pull the plough.\n")
    assert keys(store, "fallow") == []
    assert keys(store, "oxen") == [(LESSONS[0], "ploughing")]
    index_is_sound(store)


def test_a_pulled_page_indexes_bodies_and_its_tombstones_remove_them(
    store: LearnerStore,
) -> None:
    row = {
        "lesson_id": LESSONS[1],
        "body_markdown": "## Thirds\n\nCut the loaf in thirds.",
        "created_at": "2026-11-21T10:00:00+00:00",
        "updated_at": "2026-11-21T10:00:00+00:00",
    }
    apply_page(store, PulledPage(f"course:{COURSE}", {"lesson_contents": [row]}, cursor="5"))
    assert keys(store, "loaf") == [(LESSONS[1], "thirds")]
    apply_page(
        store,
        PulledPage(f"course:{COURSE}", tombstones=[Tombstone("lesson_contents", LESSONS[1])]),
    )
    assert keys(store, "loaf") == []
    index_is_sound(store)


def test_removed_lessons_and_forgotten_courses_leave_nothing_behind(
    store: LearnerStore,
) -> None:
    for lesson_id in LESSONS:
        store_body(store, lesson_id, f"## Topic\n\nwheat {lesson_id[-1]}")
    remove_lessons_except(store, COURSE, LESSONS[1:])  # cascade: lesson → body → sections
    assert sorted(lid for lid, _ in keys(store, "wheat")) == LESSONS[1:]
    forget_course(store, COURSE)
    assert keys(store, "wheat") == []
    with store.db.read() as session:
        left = session.connection().exec_driver_sql("select count(*) from lesson_sections")
        assert left.scalar() == 0
    index_is_sound(store)


def test_the_index_commits_with_the_body_or_not_at_all(store: LearnerStore) -> None:
    class Boom(Exception):
        pass

    def store_then_fail() -> None:
        with store.write() as session:
            rows = validate_rows(LessonContent, [body(LESSONS[0], BODY)])
            upsert(session, LessonContent, rows)
            raise Boom

    with pytest.raises(Boom):
        store_then_fail()
    assert keys(store, "fallow") == []
    with store.db.read() as session:
        assert session.get(LessonContent, LESSONS[0]) is not None  # the sample's own body
    index_is_sound(store)


def test_a_search_is_limited_to_one_course_when_asked(store: LearnerStore) -> None:
    store_body(store, LESSONS[0], BODY)
    assert keys(store, "fallow", course_id=COURSE) == [(LESSONS[0], "sowing-the-field")]
    assert keys(store, "fallow", course_id="another-course") == []


# (what the learner typed, whether the "fallow" section is found): FTS5
# syntax is text, so "NEAR(fallow" is the words "near fallow" side by side.
HOSTILE = [
    ('"', False),
    ('""', False),
    ('"fallow', True),
    ("fallow*", True),
    ("*", False),
    ("NEAR(fallow third)", False),
    ("fallow NEAR third", False),
    ("fallow OR harvest", False),
    ("NOT fallow", False),
    ("AND", False),
    ("body:fallow", False),
    ("^fallow", True),
    ("(fallow", True),
    ("fallow)", True),
    ("-fallow", True),
    ("{title}: fallow", False),
    ("fal'low", False),
    ("\x00fallow", True),
    ("\ue000fallow\ue001", True),
    ("fallow " * 10_000, True),
    ("x" * 100_000, False),
]


@pytest.mark.parametrize(("text", "found"), HOSTILE)
def test_hostile_queries_never_raise(store: LearnerStore, text: str, found: bool) -> None:
    store_body(store, LESSONS[0], BODY)
    assert keys(store, text) == ([(LESSONS[0], "sowing-the-field")] if found else [])


@given(st.text(max_size=80))
def test_any_text_is_a_valid_query(text: str) -> None:
    match = lesson_match(text)
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "create virtual table t using fts5("
        "x, tokenize=\"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\")"
    )
    conn.execute("insert into t values ('some words')")
    if match is not None:
        conn.execute("select count(*) from t where t match ?", (match,)).fetchone()
    conn.close()


def test_learners_on_one_laptop_search_only_their_own_downloads(
    profiles: ProfileDirectory, store: LearnerStore
) -> None:
    store_body(store, LESSONS[0], BODY)
    other, _ = profiles.open_learner(OTHER_LEARNER)
    try:
        assert other.db.path.parent != store.db.path.parent  # separate data folders
        assert search_lessons(other, "fallow") == []
        upsert_catalogue(other, sample_content())
        store_body(other, LESSONS[0], "## Goats\n\nGoats graze the fallow field.")
        assert keys(other, "fallow") == [(LESSONS[0], "goats")]
        assert keys(store, "fallow") == [(LESSONS[0], "sowing-the-field")]
        assert keys(store, "goats") == []
    finally:
        other.close()


def test_bodies_stored_before_the_index_existed_are_indexed_by_the_migration(
    tmp_path: Path,
) -> None:
    path = tmp_path / "lantern.db"
    Database(path, target_version=11).close()
    conn = sqlite3.connect(path)
    stamp = "2026-01-01T00:00:00.000000Z"
    conn.execute(
        "insert into courses (id, title, created_at, updated_at) values ('c1', 'Soil', ?, ?)",
        (stamp, stamp),
    )
    conn.execute(
        "insert into lessons (id, course_id, title, component_path, order_index, created_at,"
        " updated_at) values ('l1', 'c1', 'Compost', 'compost', 1, ?, ?)",
        (stamp, stamp),
    )
    conn.execute(
        "insert into lesson_contents values ('l1', '## Worms\n\nWorms turn leaves to soil.', ?, ?)",
        (stamp, stamp),
    )
    conn.commit()
    conn.close()
    db = Database(path)
    try:
        assert schema.version_of(sqlite3.connect(path)) == schema.LATEST
        found = LearnerStore(db, user_id=None)
        assert keys(found, "leaves") == [("l1", "worms")]
    finally:
        db.close()
