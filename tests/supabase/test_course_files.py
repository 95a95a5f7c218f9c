"""course_files: the manifest of a course's downloadable files (issue #16).

Who sees and writes the rows, what a row may hold, and how the catalogue
scope of sync_pull serves them (new, changed, deleted, with the course
unpublished and published again).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from psycopg import errors

from tests.supabase.conftest import ANON, ApiResult, Cast
from tests.supabase.sync_support import pull_all

Api = Callable[..., ApiResult]
Conn = psycopg.Connection[dict[str, Any]]

SHA = "ab" * 32
INSERT = (
    "insert into public.course_files (course_id, path, size_bytes, sha256, content_type, "
    "lesson_ids) values (%s, %s, %s, %s, %s, %s) returning id"
)


@pytest.fixture
def db_url(module_db_url: str) -> str:
    """Tests here touch only the rows their own ``cast`` creates: share a database."""
    return module_db_url


def add_file(admin: Conn, course: str, path: str = "images/a.png", **values: Any) -> str:
    row = admin.execute(
        INSERT,
        (
            course,
            path,
            values.get("size_bytes", 1234),
            values.get("sha256", SHA),
            values.get("content_type", "image/png"),
            values.get("lesson_ids", []),
        ),
    ).fetchone()
    assert row is not None
    return str(row["id"])


@pytest.mark.parametrize(
    ("caller", "published", "draft"),
    [
        ("anon", True, False),
        ("student", True, False),
        ("other_instructor", True, False),
        ("instructor", True, True),
        ("admin", True, True),
    ],
)
def test_a_file_is_visible_with_its_course(
    api: Api, admin_conn: Conn, cast: Cast, caller: str, published: bool, draft: bool
) -> None:
    shown = add_file(admin_conn, cast.course)
    hidden = add_file(admin_conn, cast.draft)
    seen = {
        str(r["id"])
        for r in api(
            cast.caller(caller),
            "select id from course_files where course_id in (%s, %s)",
            (cast.course, cast.draft),
        ).rows
    }
    assert (shown in seen, hidden in seen) == (published, draft)


@pytest.mark.parametrize(("caller", "allowed"), [("instructor", True), ("admin", True)])
def test_the_teacher_and_admins_write_the_manifest(
    api: Api, cast: Cast, caller: str, allowed: bool
) -> None:
    who = cast.caller(caller)
    inserted = api(
        who,
        INSERT,
        (cast.draft, "media/talk.mp4", 10, SHA, "video/mp4", [cast.draft_lesson]),
    ).rows
    assert len(inserted) == 1
    file_id = inserted[0]["id"]
    updated = api(
        who,
        "update course_files set size_bytes = 11, sha256 = %s where id = %s returning size_bytes",
        ("cd" * 32, file_id),
    ).rows
    assert updated == [{"size_bytes": 11}]
    assert api(who, "delete from course_files where id = %s", (file_id,)).rowcount == 1


@pytest.mark.parametrize("caller", ["student", "other_instructor"])
def test_nobody_else_writes_the_manifest(
    api: Api, admin_conn: Conn, cast: Cast, caller: str
) -> None:
    who = cast.caller(caller)
    with pytest.raises(errors.InsufficientPrivilege):
        api(who, INSERT, (cast.course, "evil.png", 1, SHA, "image/png", []))
    file_id = add_file(admin_conn, cast.course)
    assert (
        api(who, "update course_files set size_bytes = 1 where id = %s", (file_id,)).rowcount == 0
    )
    assert api(who, "delete from course_files where id = %s", (file_id,)).rowcount == 0
    row = admin_conn.execute(
        "select size_bytes from course_files where id = %s", (file_id,)
    ).fetchone()
    assert row == {"size_bytes": 1234}


def test_anon_writes_nothing(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(ANON, INSERT, (cast.course, "x.png", 1, SHA, "image/png", []))


@pytest.mark.parametrize(
    "assignment",
    [
        "course_id = '{other}'",
        "path = 'images/b.png'",
        "updated_at = '2000-01-01'",
        "created_at = '2000-01-01'",
        "row_txid = '1'",
    ],
)
def test_a_row_never_moves_and_its_stamps_are_the_servers(
    api: Api, admin_conn: Conn, cast: Cast, assignment: str
) -> None:
    file_id = add_file(admin_conn, cast.course)
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            cast.instructor,
            f"update course_files set {assignment.format(other=cast.draft)} where id = %s",
            (file_id,),
        )


def test_an_insert_cannot_forge_its_timestamps(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            cast.instructor,
            "insert into course_files (course_id, path, size_bytes, sha256, content_type, "
            "created_at) values (%s, 'a.png', 1, %s, 'image/png', '2000-01-01')",
            (cast.course, SHA),
        )


@pytest.mark.parametrize(
    "path",
    [
        "",
        "/etc/passwd",
        "../other-course/a.png",
        "images/../../a.png",
        "images/./a.png",
        "images//a.png",
        "images/",
        ".",
        "..",
        "images\\a.png",
        "images/a\nb.png",
        "images/a\x7f.png",
        "a" * 401,
    ],
)
def test_a_path_stays_inside_the_course_folder(admin_conn: Conn, cast: Cast, path: str) -> None:
    with pytest.raises(errors.CheckViolation):
        add_file(admin_conn, cast.course, path)


@pytest.mark.parametrize(
    "path", ["a.png", "images/é clair.png", "media/.hidden/talk.mp4", "a..b/c...d.webm"]
)
def test_ordinary_paths_are_kept(admin_conn: Conn, cast: Cast, path: str) -> None:
    file_id = add_file(admin_conn, cast.course, path)
    row = admin_conn.execute("select path from course_files where id = %s", (file_id,)).fetchone()
    assert row == {"path": path}


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("size_bytes", -1),
        ("sha256", "AB" * 32),
        ("sha256", "ab" * 31),
        ("sha256", "zz" * 32),
        ("content_type", "text"),
        ("content_type", "text/html; charset=utf-8"),
        ("content_type", "image/" + "p" * 100),
    ],
)
def test_values_are_checked(admin_conn: Conn, cast: Cast, column: str, value: Any) -> None:
    with pytest.raises(errors.CheckViolation):
        add_file(admin_conn, cast.course, **{column: value})


def test_a_path_is_unique_within_its_course(admin_conn: Conn, cast: Cast) -> None:
    add_file(admin_conn, cast.course, "a.png")
    add_file(admin_conn, cast.draft, "a.png")
    with pytest.raises(errors.UniqueViolation):
        add_file(admin_conn, cast.course, "a.png")


def test_too_many_lessons_is_refused(admin_conn: Conn, cast: Cast) -> None:
    with pytest.raises(errors.CheckViolation):
        add_file(admin_conn, cast.course, lesson_ids=[str(uuid.uuid4())] * 10001)


def test_deleting_the_course_deletes_its_files(admin_conn: Conn, cast: Cast) -> None:
    file_id = add_file(admin_conn, cast.draft)
    admin_conn.execute("delete from courses where id = %s", (cast.draft,))
    assert (
        admin_conn.execute("select 1 from course_files where id = %s", (file_id,)).fetchone()
        is None
    )


def test_the_catalogue_serves_published_courses_files(
    admin_conn: Conn, api_conn: Conn, cast: Cast
) -> None:
    shown = add_file(
        admin_conn,
        cast.course,
        "media/talk.mp4",
        size_bytes=5_000_000_000,
        content_type="video/mp4",
        lesson_ids=[cast.free_lesson, cast.paid_lesson],
    )
    hidden = add_file(admin_conn, cast.draft)
    replica = pull_all(api_conn, ANON, "catalogue")
    assert hidden not in replica.keys("course_files")
    row = replica.rows[("course_files", shown)]
    assert "row_txid" not in row
    assert (row["course_id"], row["path"], row["size_bytes"], row["sha256"]) == (
        cast.course,
        "media/talk.mp4",
        5_000_000_000,
        SHA,
    )
    assert row["content_type"] == "video/mp4"
    assert row["lesson_ids"] == [cast.free_lesson, cast.paid_lesson]


def test_a_changed_file_reaches_the_catalogue_and_a_deleted_one_leaves(
    admin_conn: Conn, api_conn: Conn, cast: Cast
) -> None:
    kept, dropped = (
        add_file(admin_conn, cast.course, "a.png"),
        add_file(admin_conn, cast.course, "b.png"),
    )
    replica = pull_all(api_conn, ANON, "catalogue")
    assert {kept, dropped} <= replica.keys("course_files")
    admin_conn.execute(
        "update course_files set sha256 = %s, size_bytes = 99 where id = %s", ("cd" * 32, kept)
    )
    admin_conn.execute("delete from course_files where id = %s", (dropped,))
    pull_all(api_conn, ANON, "catalogue", replica)
    assert dropped not in replica.keys("course_files")
    row = replica.rows[("course_files", kept)]
    assert (row["sha256"], row["size_bytes"]) == ("cd" * 32, 99)


def test_unpublishing_takes_the_files_away_and_publishing_brings_them_back(
    admin_conn: Conn, api_conn: Conn, cast: Cast
) -> None:
    file_id = add_file(admin_conn, cast.course)
    replica = pull_all(api_conn, ANON, "catalogue")
    assert file_id in replica.keys("course_files")
    admin_conn.execute("update courses set is_published = false where id = %s", (cast.course,))
    pull_all(api_conn, ANON, "catalogue", replica)
    assert file_id not in replica.keys("course_files")
    # Added while a draft: a puller whose cursor passed it then still gets it.
    later = add_file(admin_conn, cast.course, "late.png")
    pull_all(api_conn, ANON, "catalogue", replica)
    admin_conn.execute("update courses set is_published = true where id = %s", (cast.course,))
    pull_all(api_conn, ANON, "catalogue", replica)
    assert {file_id, later} <= replica.keys("course_files")


def test_files_page_with_the_rest_of_the_catalogue(
    admin_conn: Conn, api_conn: Conn, cast: Cast
) -> None:
    ids = {add_file(admin_conn, cast.course, f"images/{i}.png") for i in range(25)}
    paged = pull_all(api_conn, ANON, "catalogue", limit=7)
    assert ids <= paged.keys("course_files")
    whole = pull_all(api_conn, ANON, "catalogue")
    assert paged.rows == whole.rows
