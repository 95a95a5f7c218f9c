"""Courses: who sees, creates, changes and deletes them (issue #2)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from psycopg import errors

from tests.supabase.conftest import ApiResult, Cast, User

Api = Callable[..., ApiResult]
ROLES = ["anon", "student", "instructor", "other_instructor", "admin"]


@pytest.fixture
def db_url(module_db_url: str) -> str:
    """Tests here touch only the rows their own ``cast`` creates: share a database."""
    return module_db_url


@pytest.mark.parametrize("caller", ROLES)
def test_published_course_is_visible_to_everyone(api: Api, cast: Cast, caller: str) -> None:
    rows = api(cast.caller(caller), "select id from courses where id = %s", (cast.course,)).rows
    assert len(rows) == 1


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
def test_draft_is_visible_only_to_its_teacher_and_admins(
    api: Api, cast: Cast, caller: str, visible: bool
) -> None:
    rows = api(cast.caller(caller), "select id from courses where id = %s", (cast.draft,)).rows
    assert (len(rows) == 1) is visible


def test_enrolled_learner_still_sees_a_course_unpublished_later(api: Api, cast: Cast) -> None:
    api(
        cast.student,
        "insert into enrollments (user_id, course_id) values (auth.uid(), %s)",
        (cast.course,),
    )
    api(cast.instructor, "update courses set is_published = false where id = %s", (cast.course,))
    assert len(api(cast.student, "select id from courses where id = %s", (cast.course,)).rows) == 1


CREATE = (
    "insert into courses (title, instructor_id) values ('New', %s) "
    "returning id, instructor_id, enrollment_count"
)


@pytest.mark.parametrize("caller", ["instructor", "admin"])
def test_instructors_and_admins_create_their_own_courses(api: Api, cast: Cast, caller: str) -> None:
    user = cast.caller(caller)
    assert isinstance(user, User)
    rows = api(user, CREATE, (user.id,)).rows
    assert str(rows[0]["instructor_id"]) == user.id
    assert rows[0]["enrollment_count"] == 0


def test_learner_cannot_create_a_course(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.student, CREATE, (cast.student.id,))


def test_anon_cannot_create_a_course(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.caller("anon"), CREATE, (cast.instructor.id,))


def test_instructor_cannot_create_a_course_for_someone_else(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.instructor, CREATE, (cast.other_instructor.id,))


def test_admin_creates_a_course_for_an_instructor(api: Api, cast: Cast) -> None:
    rows = api(cast.admin, CREATE, (cast.instructor.id,)).rows
    assert str(rows[0]["instructor_id"]) == cast.instructor.id


@pytest.mark.parametrize(
    ("column", "value"),
    [("enrollment_count", "100"), ("average_rating", "5"), ("created_at", "now()")],
)
def test_counters_are_not_writable_through_the_api(
    api: Api, cast: Cast, column: str, value: str
) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.instructor, f"update courses set {column} = {value} where id = %s", (cast.course,))
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            cast.instructor,
            f"insert into courses (title, instructor_id, {column}) "
            f"values ('x', auth.uid(), {value})",
        )


@pytest.mark.parametrize(
    ("caller", "allowed"),
    [
        ("anon", None),
        ("student", False),
        ("other_instructor", False),
        ("instructor", True),
        ("admin", True),
    ],
)
def test_only_teacher_or_admin_updates_a_course(
    api: Api, cast: Cast, caller: str, allowed: bool | None
) -> None:
    query = "update courses set title = 'Changed', is_published = true where id = %s"
    if allowed is None:  # anon has no UPDATE privilege at all
        with pytest.raises(errors.InsufficientPrivilege):
            api(cast.caller(caller), query, (cast.draft,))
        return
    assert api(cast.caller(caller), query, (cast.draft,)).rowcount == (1 if allowed else 0)


def test_learner_cannot_publish_a_draft(api: Api, cast: Cast) -> None:
    api(cast.student, "update courses set is_published = true where id = %s", (cast.draft,))
    rows = api(cast.admin, "select is_published from courses where id = %s", (cast.draft,)).rows
    assert rows == [{"is_published": False}]


def test_instructor_cannot_hand_a_course_to_someone_else(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            cast.instructor,
            "update courses set instructor_id = %s where id = %s",
            (cast.other_instructor.id, cast.course),
        )


def test_other_instructor_cannot_take_over_a_course(api: Api, cast: Cast) -> None:
    result = api(
        cast.other_instructor,
        "update courses set instructor_id = auth.uid() where id = %s",
        (cast.course,),
    )
    assert result.rowcount == 0


def test_admin_reassigns_a_course(api: Api, cast: Cast) -> None:
    result = api(
        cast.admin,
        "update courses set instructor_id = %s where id = %s",
        (cast.other_instructor.id, cast.course),
    )
    assert result.rowcount == 1


def test_demoted_instructor_no_longer_manages_their_course(api: Api, cast: Cast) -> None:
    api(cast.admin, "select set_user_role(%s, 'student')", (cast.instructor.id,))
    assert (
        api(
            cast.instructor, "update courses set title = 'x' where id = %s", (cast.course,)
        ).rowcount
        == 0
    )


@pytest.mark.parametrize(
    ("caller", "allowed"),
    [("student", False), ("other_instructor", False), ("instructor", True), ("admin", True)],
)
def test_only_teacher_or_admin_deletes_a_course(
    api: Api, cast: Cast, caller: str, allowed: bool
) -> None:
    result = api(cast.caller(caller), "delete from courses where id = %s", (cast.draft,))
    assert result.rowcount == (1 if allowed else 0)


def test_anon_cannot_delete_courses(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.caller("anon"), "delete from courses where id = %s", (cast.draft,))


def test_catalogue_embed_shows_instructor_public_fields_to_anon(api: Api, cast: Cast) -> None:
    # What PostgREST runs for select=*,instructor:profiles(id,full_name,avatar_url)
    rows = api(
        cast.caller("anon"),
        "select c.title, (select row_to_json(p) from (select id, full_name, avatar_url "
        "from profiles where id = c.instructor_id) p) as instructor "
        "from courses c where c.id = %s",
        (cast.course,),
    ).rows
    assert rows[0]["instructor"]["id"] == cast.instructor.id
