"""Lessons and lesson bodies: who reads and who edits them (issue #2)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from psycopg import errors

from tests.supabase.conftest import ApiResult, Cast

Api = Callable[..., ApiResult]
ROLES = ["anon", "student", "instructor", "other_instructor", "admin"]


@pytest.fixture
def db_url(module_db_url: str) -> str:
    """Tests here touch only the rows their own ``cast`` creates: share a database."""
    return module_db_url


@pytest.mark.parametrize("caller", ROLES)
def test_lessons_of_a_published_course_are_listed_for_everyone(
    api: Api, cast: Cast, caller: str
) -> None:
    rows = api(
        cast.caller(caller), "select id from lessons where course_id = %s", (cast.course,)
    ).rows
    assert len(rows) == 2


@pytest.mark.parametrize(
    ("caller", "visible"),
    [
        ("anon", False),
        ("student", False),
        ("other_instructor", False),
        ("instructor", True),
        ("admin", True),
    ],
)
def test_lessons_of_a_draft_follow_the_course(
    api: Api, cast: Cast, caller: str, visible: bool
) -> None:
    rows = api(
        cast.caller(caller), "select id from lessons where course_id = %s", (cast.draft,)
    ).rows
    assert (len(rows) == 1) is visible


@pytest.mark.parametrize(
    ("caller", "allowed"),
    [("student", False), ("other_instructor", False), ("instructor", True), ("admin", True)],
)
def test_only_teacher_or_admin_adds_a_lesson(
    api: Api, cast: Cast, caller: str, allowed: bool
) -> None:
    query = (
        "insert into lessons (course_id, title, component_path, order_index, quiz_mode) "
        "values (%s, 'New', 'new', 9, 'assessed') returning id"
    )
    if not allowed:
        with pytest.raises(errors.InsufficientPrivilege):
            api(cast.caller(caller), query, (cast.course,))
        return
    assert len(api(cast.caller(caller), query, (cast.course,)).rows) == 1


def test_anon_cannot_add_a_lesson(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            cast.caller("anon"),
            "insert into lessons (course_id, title, component_path, "
            "order_index) values (%s, 'x', 'x', 9)",
            (cast.course,),
        )


@pytest.mark.parametrize(
    ("caller", "allowed"),
    [("student", False), ("other_instructor", False), ("instructor", True), ("admin", True)],
)
def test_only_teacher_or_admin_edits_and_deletes_lessons(
    api: Api, cast: Cast, caller: str, allowed: bool
) -> None:
    who = cast.caller(caller)
    expected = 1 if allowed else 0
    assert (
        api(who, "update lessons set title = 'x' where id = %s", (cast.free_lesson,)).rowcount
        == expected
    )
    assert api(who, "delete from lessons where id = %s", (cast.paid_lesson,)).rowcount == expected


def test_instructor_cannot_move_a_lesson_into_someone_elses_course(api: Api, cast: Cast) -> None:
    other = api(
        cast.other_instructor,
        "insert into courses (title, instructor_id) values ('Theirs', auth.uid()) returning id",
    ).rows[0]["id"]
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            cast.instructor,
            "update lessons set course_id = %s where id = %s",
            (other, cast.free_lesson),
        )


def test_lesson_timestamps_are_not_writable(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            cast.instructor,
            "update lessons set created_at = now() where id = %s",
            (cast.free_lesson,),
        )


def test_republishing_may_reorder_lessons_inside_one_transaction(
    api_conn: psycopg.Connection[dict[str, Any]], cast: Cast
) -> None:
    from devserver.db import as_caller

    with as_caller(api_conn, cast.instructor.claims) as conn:
        conn.execute("set constraints lessons_course_id_order_index_key deferred")
        conn.execute("update lessons set order_index = 2 where id = %s", (cast.free_lesson,))
        conn.execute("update lessons set order_index = 1 where id = %s", (cast.paid_lesson,))
    rows = api_conn.execute(
        "select id, order_index from lessons where course_id = %s order by order_index",
        (cast.course,),
    ).fetchall()
    assert [str(r["id"]) for r in rows] == [cast.paid_lesson, cast.free_lesson]


def test_duplicate_order_index_is_still_refused(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.UniqueViolation):
        api(
            cast.instructor, "update lessons set order_index = 2 where id = %s", (cast.free_lesson,)
        )


# ---------------------------------------------------------------- bodies ----

BODY = "select body_markdown from lesson_contents where lesson_id = %s"


@pytest.mark.parametrize(
    ("caller", "lesson", "readable"),
    [
        ("anon", "free_lesson", True),
        ("anon", "paid_lesson", False),
        ("anon", "draft_lesson", False),  # free, but the course is a draft
        ("student", "free_lesson", True),
        ("student", "paid_lesson", False),
        ("student", "draft_lesson", False),
        ("other_instructor", "paid_lesson", False),
        ("instructor", "paid_lesson", True),
        ("instructor", "draft_lesson", True),
        ("admin", "paid_lesson", True),
        ("admin", "draft_lesson", True),
    ],
)
def test_who_reads_a_lesson_body(
    api: Api, cast: Cast, caller: str, lesson: str, readable: bool
) -> None:
    rows = api(cast.caller(caller), BODY, (getattr(cast, lesson),)).rows
    assert (len(rows) == 1) is readable


def test_enrolled_learner_reads_paid_bodies(api: Api, cast: Cast) -> None:
    api(
        cast.student,
        "insert into enrollments (user_id, course_id) values (auth.uid(), %s)",
        (cast.course,),
    )
    assert len(api(cast.student, BODY, (cast.paid_lesson,)).rows) == 1
    assert api(
        cast.student, "select public.can_read_lesson_content(%s) as ok", (cast.paid_lesson,)
    ).rows == [{"ok": True}]


def test_unenrolled_learner_loses_paid_bodies(api: Api, cast: Cast) -> None:
    api(
        cast.student,
        "insert into enrollments (user_id, course_id) values (auth.uid(), %s)",
        (cast.course,),
    )
    api(cast.student, "delete from enrollments where user_id = auth.uid()")
    assert api(cast.student, BODY, (cast.paid_lesson,)).rows == []


@pytest.mark.parametrize(
    ("caller", "allowed"),
    [("student", False), ("other_instructor", False), ("instructor", True), ("admin", True)],
)
def test_only_teacher_or_admin_writes_bodies(
    api: Api, cast: Cast, caller: str, allowed: bool
) -> None:
    who = cast.caller(caller)
    expected = 1 if allowed else 0
    assert (
        api(
            who,
            "update lesson_contents set body_markdown = '# New' where lesson_id = %s",
            (cast.paid_lesson,),
        ).rowcount
        == expected
    )
    assert (
        api(who, "delete from lesson_contents where lesson_id = %s", (cast.free_lesson,)).rowcount
        == expected
    )
    new_lesson = api(
        cast.admin,
        "insert into lessons (course_id, title, component_path, "
        "order_index) values (%s, 'Body-less', 'b', 7) returning id",
        (cast.course,),
    ).rows[0]["id"]
    insert = "insert into lesson_contents (lesson_id, body_markdown) values (%s, '# Hi')"
    if allowed:
        assert api(who, insert, (new_lesson,)).rowcount == 1
    else:
        with pytest.raises(errors.InsufficientPrivilege):
            api(who, insert, (new_lesson,))


def test_anon_cannot_write_bodies(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            cast.caller("anon"),
            "update lesson_contents set body_markdown = 'x' where lesson_id = %s",
            (cast.free_lesson,),
        )


# --------------------------------------------------------- prerequisites ----


def _set_prerequisites(api: Api, cast: Cast, lesson: str, prerequisites: list[str]) -> None:
    api(
        cast.instructor,
        "update lessons set prerequisites = %s::uuid[] where id = %s",
        (prerequisites, lesson),
    )


def test_prerequisite_of_the_same_course_is_accepted(api: Api, cast: Cast) -> None:
    _set_prerequisites(api, cast, cast.paid_lesson, [cast.free_lesson])
    rows = api(
        cast.instructor, "select prerequisites from lessons where id = %s", (cast.paid_lesson,)
    ).rows
    assert [str(x) for x in rows[0]["prerequisites"]] == [cast.free_lesson]


@pytest.mark.parametrize("which", ["other_course", "itself", "missing"])
def test_prerequisite_outside_the_course_is_refused(api: Api, cast: Cast, which: str) -> None:
    target = {
        "other_course": cast.draft_lesson,
        "itself": cast.paid_lesson,
        "missing": "00000000-0000-4000-8000-000000000000",
    }[which]
    with pytest.raises(errors.CheckViolation):
        _set_prerequisites(api, cast, cast.paid_lesson, [target])


def test_lessons_may_name_prerequisites_inserted_later_in_the_transaction(
    api_conn: psycopg.Connection[dict[str, Any]], cast: Cast
) -> None:
    from devserver.db import as_caller

    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    with as_caller(api_conn, cast.instructor.claims) as conn:
        conn.execute(
            "insert into lessons (id, course_id, title, component_path, order_index, "
            "prerequisites) values (%s, %s, 'Second', 's', 11, array[%s]::uuid[])",
            (second, cast.course, first),
        )
        conn.execute(
            "insert into lessons (id, course_id, title, component_path, order_index) "
            "values (%s, %s, 'First', 'f', 10)",
            (first, cast.course),
        )
    assert api_conn.execute(
        "select count(*) as n from lessons where id in (%s, %s)", (first, second)
    ).fetchone() == {"n": 2}


def test_deleting_a_lesson_removes_it_from_prerequisites(api: Api, cast: Cast) -> None:
    _set_prerequisites(api, cast, cast.paid_lesson, [cast.free_lesson])
    api(cast.instructor, "delete from lessons where id = %s", (cast.free_lesson,))
    rows = api(
        cast.instructor, "select prerequisites from lessons where id = %s", (cast.paid_lesson,)
    ).rows
    assert rows == [{"prerequisites": []}]
