"""Storage: the public course-content bucket and who writes to it (issue #2).

Supabase Storage runs its SQL with the caller's role and claims, so RLS on
storage.objects decides; as_caller does the same.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from psycopg import errors

from desktop.course_package.images import IMAGE_TYPES
from desktop.course_package.media import CAPTION_TYPES, MEDIA_TYPES
from desktop.course_package.source import DEFAULT_LIMITS
from tests.supabase.conftest import ApiResult, Cast

Api = Callable[..., ApiResult]
Conn = psycopg.Connection[dict[str, Any]]
UPLOAD = (
    "insert into storage.objects (bucket_id, name, owner) "
    "values (%s, %s, auth.uid()) returning name"
)


@pytest.fixture
def db_url(module_db_url: str) -> str:
    """Tests here touch only the rows their own ``cast`` creates: share a database."""
    return module_db_url


def test_course_content_bucket_is_public(admin_conn: Conn) -> None:
    rows = admin_conn.execute(
        "select public from storage.buckets where id = 'course-content'"
    ).fetchall()
    assert rows == [{"public": True}]


def test_course_content_bucket_takes_only_what_a_package_may_hold(admin_conn: Conn) -> None:
    """Storage refuses other types and bigger files itself (issue #12): the
    bucket's limits are exactly the package rules of ``lantern check``."""
    (row,) = admin_conn.execute(
        "select file_size_limit, allowed_mime_types from storage.buckets "
        "where id = 'course-content'"
    ).fetchall()
    assert row["file_size_limit"] == DEFAULT_LIMITS.max_media_bytes
    assert DEFAULT_LIMITS.max_media_bytes >= DEFAULT_LIMITS.max_file_bytes
    kinds = {*IMAGE_TYPES.values(), *MEDIA_TYPES.values(), *CAPTION_TYPES.values()}
    assert sorted(row["allowed_mime_types"]) == sorted(kinds)


@pytest.mark.parametrize(
    ("caller", "allowed"),
    [("student", False), ("other_instructor", False), ("instructor", True), ("admin", True)],
)
def test_upload_under_a_course_folder(api: Api, cast: Cast, caller: str, allowed: bool) -> None:
    name = f"{cast.course}/lessons/intro.md"
    if allowed:
        assert api(cast.caller(caller), UPLOAD, ("course-content", name)).rows == [{"name": name}]
    else:
        with pytest.raises(errors.InsufficientPrivilege):
            api(cast.caller(caller), UPLOAD, ("course-content", name))


def test_anon_cannot_upload(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.caller("anon"), UPLOAD, ("course-content", f"{cast.course}/x.md"))


@pytest.mark.parametrize("name", ["loose-file.md", "not-a-uuid/file.md", "../x/file.md", ""])
def test_upload_outside_a_course_folder_is_refused(api: Api, cast: Cast, name: str) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.instructor, UPLOAD, ("course-content", name))


def test_upload_for_a_course_that_does_not_exist_is_refused(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            cast.instructor, UPLOAD, ("course-content", "00000000-0000-4000-8000-000000000000/x.md")
        )


def test_policies_grant_nothing_in_other_buckets(api: Api, cast: Cast, admin_conn: Conn) -> None:
    admin_conn.execute("insert into storage.buckets (id, name) values ('private', 'private')")
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.instructor, UPLOAD, ("private", f"{cast.course}/x.md"))


@pytest.fixture
def uploaded(cast: Cast, admin_conn: Conn) -> str:
    name = f"{cast.course}/media/picture.png"
    admin_conn.execute(
        "insert into storage.objects (bucket_id, name, owner) values ('course-content', %s, %s)",
        (name, cast.instructor.id),
    )
    return name


@pytest.mark.parametrize(
    ("caller", "listed"),
    [
        ("anon", False),
        ("student", False),
        ("other_instructor", False),
        ("instructor", True),
        ("admin", True),
    ],
)
def test_only_the_teacher_and_admins_list_course_content(
    api: Api, cast: Cast, uploaded: str, caller: str, listed: bool
) -> None:
    """Issue #12, item 2: everyone else downloads by the public URL, which
    Storage serves without RLS; listing the bucket showed every course id."""
    everything = api(
        cast.caller(caller), "select name from storage.objects where bucket_id = 'course-content'"
    ).rows
    assert ({"name": uploaded} in everything) is listed
    if not listed:
        assert everything == []


def test_enrolled_learners_do_not_list_either(
    api: Api, cast: Cast, uploaded: str, admin_conn: Conn
) -> None:
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (cast.student.id, cast.course),
    )
    assert (
        api(
            cast.student, "select name from storage.objects where bucket_id = 'course-content'"
        ).rows
        == []
    )


@pytest.mark.parametrize(
    ("caller", "allowed"),
    [
        ("anon", False),
        ("student", False),
        ("other_instructor", False),
        ("instructor", True),
        ("admin", True),
    ],
)
def test_replace_and_delete(
    api: Api, cast: Cast, uploaded: str, caller: str, allowed: bool
) -> None:
    who = cast.caller(caller)
    expected = 1 if allowed else 0
    assert (
        api(
            who, "update storage.objects set metadata = '{\"v\": 2}' where name = %s", (uploaded,)
        ).rowcount
        == expected
    )
    assert api(who, "delete from storage.objects where name = %s", (uploaded,)).rowcount == expected


def test_instructor_cannot_move_an_object_into_another_course(
    api: Api, cast: Cast, uploaded: str
) -> None:
    theirs = api(
        cast.other_instructor,
        "insert into courses (title, instructor_id) values ('Theirs', auth.uid()) returning id",
    ).rows[0]["id"]
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            cast.instructor,
            "update storage.objects set name = %s where name = %s",
            (f"{theirs}/stolen.png", uploaded),
        )
