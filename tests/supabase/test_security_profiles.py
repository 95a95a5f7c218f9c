"""Profiles: who sees them, who changes which column (issue #2)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from psycopg import errors

from tests.supabase.conftest import ANON, ApiResult, Cast, User

Api = Callable[..., ApiResult]


@pytest.fixture
def db_url(module_db_url: str) -> str:
    """Tests here touch only the rows their own ``cast`` creates: share a database."""
    return module_db_url


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("role", "'admin'"),
        ("role", "'instructor'"),
        ("points", "1000000"),
        ("streak_days", "365"),
        ("last_active", "now() + interval '1 day'"),
        ("created_at", "now()"),
        ("id", "gen_random_uuid()"),
    ],
)
def test_learner_cannot_change_own_protected_column(
    api: Api, cast: Cast, column: str, value: str
) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            cast.student,
            f"update profiles set {column} = {value} where id = %s",
            (cast.student.id,),
        )


def test_instructor_cannot_promote_self_to_admin(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.instructor, "update profiles set role = 'admin' where id = auth.uid()")


def test_learner_updates_own_public_fields(api: Api, cast: Cast) -> None:
    result = api(
        cast.student,
        "update profiles set username = 'renamed', full_name = 'New Name', "
        "avatar_url = 'https://x.test/a.png', show_on_leaderboard = false "
        "where id = auth.uid() returning username, show_on_leaderboard, role, points",
    )
    assert result.rows == [
        {"username": "renamed", "show_on_leaderboard": False, "role": "student", "points": 0}
    ]


@pytest.mark.parametrize("caller", ["student", "instructor", "other_instructor"])
def test_non_admin_cannot_edit_someone_elses_profile(api: Api, cast: Cast, caller: str) -> None:
    victim = cast.admin if caller == "student" else cast.student
    result = api(
        cast.caller(caller), "update profiles set full_name = 'pwned' where id = %s", (victim.id,)
    )
    assert result.rowcount == 0


def test_admin_edits_someone_elses_public_fields(api: Api, cast: Cast) -> None:
    result = api(
        cast.admin, "update profiles set username = 'moderated' where id = %s", (cast.student.id,)
    )
    assert result.rowcount == 1


def test_anon_cannot_update_profiles(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(ANON, "update profiles set full_name = 'x' where id = %s", (cast.student.id,))


@pytest.mark.parametrize("caller", ["anon", "student", "instructor", "admin"])
def test_nobody_inserts_a_profile_through_the_api(api: Api, cast: Cast, caller: str) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            cast.caller(caller),
            "insert into profiles (id, username, full_name, role, points) "
            "values (gen_random_uuid(), 'forged', 'Forged', 'admin', 999)",
        )


@pytest.mark.parametrize("caller", ["student", "instructor", "admin"])
def test_nobody_deletes_a_profile_through_the_api(api: Api, cast: Cast, caller: str) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.caller(caller), "delete from profiles where id = %s", (cast.student.id,))


def _enroll(admin_conn: psycopg.Connection[dict[str, Any]], user: User, course: str) -> None:
    admin_conn.execute(
        "insert into enrollments (user_id, course_id) values (%s, %s)", (user.id, course)
    )


@pytest.mark.parametrize(
    ("viewer", "target", "visible"),
    [
        ("student", "student", True),
        ("student", "other_instructor", False),  # teaches nothing published
        ("student", "admin", False),
        ("student", "instructor", True),  # teaches a published course
        ("anon", "instructor", True),
        ("anon", "student", False),
        ("instructor", "student", True),  # enrolled in the instructor's course
        ("other_instructor", "student", False),
        ("admin", "student", True),
        ("admin", "other_instructor", True),
    ],
)
def test_profile_visibility(
    api: Api,
    cast: Cast,
    admin_conn: psycopg.Connection[dict[str, Any]],
    viewer: str,
    target: str,
    visible: bool,
) -> None:
    _enroll(admin_conn, cast.student, cast.course)
    target_user = cast.caller(target)
    assert isinstance(target_user, User)
    rows = api(
        cast.caller(viewer),
        "select id::text, username, full_name, avatar_url from get_public_profiles(%s::uuid[])",
        ([target_user.id],),
    ).rows
    assert (len(rows) == 1) is visible
    if visible:
        assert set(rows[0]) == {"id", "username", "full_name", "avatar_url"}


def test_a_teacher_loses_sight_of_a_learner_who_unenrolled(
    api: Api, cast: Cast, admin_conn: psycopg.Connection[dict[str, Any]]
) -> None:
    # profile_is_visible counted any enrollment row, unenrolled ones too.
    _enroll(admin_conn, cast.student, cast.course)
    card = "select id::text from get_public_profiles(%s::uuid[])"
    assert api(cast.instructor, card, ([cast.student.id],)).rows == [{"id": cast.student.id}]
    status = "update public.enrollments set status = %s where user_id = %s and course_id = %s"
    admin_conn.execute(status, ("unenrolled", cast.student.id, cast.course))
    assert api(cast.instructor, card, ([cast.student.id],)).rows == []
    assert api(cast.instructor, "select profile_is_visible(%s) as v", (cast.student.id,)).rows == [
        {"v": False}
    ]
    admin_conn.execute(status, ("active", cast.student.id, cast.course))
    assert api(cast.instructor, card, ([cast.student.id],)).rows == [{"id": cast.student.id}]


def test_anon_reads_only_public_columns_of_published_teachers(api: Api, cast: Cast) -> None:
    assert api(ANON, "select id::text from profiles where id = %s", (cast.instructor.id,)).rows == [
        {"id": cast.instructor.id}
    ]
    with pytest.raises(errors.InsufficientPrivilege):
        api(ANON, "select points, role from profiles where id = %s", (cast.instructor.id,))


# Issue #12, item 6: a visible profile showed every column to a signed-in
# viewer (role, points, streak, last activity, leaderboard choice).
@pytest.mark.parametrize(
    ("viewer", "target"),
    [
        ("instructor", "student"),  # a learner enrolled in the instructor's course
        ("other_instructor", "student"),
        ("student", "other_instructor"),  # teaches nothing published
        # Issue #12, item 6, the rest: a published teacher's row showed every
        # column to anyone signed in (sync_pull read teachers' names from it).
        ("student", "instructor"),
        ("other_instructor", "instructor"),
    ],
)
def test_others_read_no_profile_rows_through_the_table(
    api: Api, cast: Cast, admin_conn: psycopg.Connection[dict[str, Any]], viewer: str, target: str
) -> None:
    _enroll(admin_conn, cast.student, cast.course)
    target_user = cast.caller(target)
    assert isinstance(target_user, User)
    assert (
        api(
            cast.caller(viewer),
            "select role, points, last_active from profiles where id = %s",
            (target_user.id,),
        ).rows
        == []
    )


@pytest.mark.parametrize("viewer", ["student", "admin"])
def test_the_owner_and_admins_read_the_whole_row(api: Api, cast: Cast, viewer: str) -> None:
    rows = api(
        cast.caller(viewer),
        "select role, points, streak_days from profiles where id = %s",
        (cast.student.id,),
    ).rows
    assert rows == [{"role": "student", "points": 0, "streak_days": 0}]


def test_signed_in_callers_see_only_their_own_row(
    api: Api, cast: Cast, admin_conn: psycopg.Connection[dict[str, Any]]
) -> None:
    _enroll(admin_conn, cast.student, cast.course)
    for viewer in (cast.student, cast.instructor, cast.other_instructor):
        rows = api(viewer, "select id::text from profiles").rows
        assert rows == [{"id": viewer.id}], viewer.role


def test_a_published_teachers_public_card_still_comes_from_get_public_profiles(
    api: Api, cast: Cast
) -> None:
    rows = api(
        cast.student,
        "select id::text, username, full_name, avatar_url from get_public_profiles(%s::uuid[])",
        ([cast.instructor.id],),
    ).rows
    assert [r["id"] for r in rows] == [cast.instructor.id]


def test_public_profiles_are_asked_for_in_bounded_batches(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InvalidParameterValue):
        api(
            cast.student,
            "select * from get_public_profiles("
            "array(select gen_random_uuid() from generate_series(1, 1001)))",
        )


def test_learner_sees_only_own_row_among_learners(
    api: Api, cast: Cast, make_user: Callable[..., User]
) -> None:
    make_user("student")
    rows = api(cast.student, "select id from profiles where role = 'student'").rows
    assert [str(r["id"]) for r in rows] == [cast.student.id]


def test_admin_changes_a_role_through_set_user_role(api: Api, cast: Cast) -> None:
    row = api(cast.admin, "select * from set_user_role(%s, 'instructor')", (cast.student.id,)).rows[
        0
    ]
    assert row["role"] == "instructor"
    assert api(cast.admin, "select role from profiles where id = %s", (cast.student.id,)).rows == [
        {"role": "instructor"}
    ]


@pytest.mark.parametrize("caller", ["student", "instructor"])
def test_non_admin_cannot_call_set_user_role(api: Api, cast: Cast, caller: str) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.caller(caller), "select set_user_role(auth.uid(), 'admin')")


def test_anon_cannot_execute_set_user_role(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(ANON, "select set_user_role(%s, 'admin')", (cast.student.id,))


def test_admin_cannot_change_own_role(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.admin, "select set_user_role(auth.uid(), 'student')")


def test_set_user_role_rejects_unknown_role(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InvalidParameterValue):
        api(cast.admin, "select set_user_role(%s, 'superuser')", (cast.student.id,))


def test_service_role_may_change_role_and_points(api: Api, cast: Cast) -> None:
    result = api(
        {"role": "service_role"},
        "update profiles set role = 'instructor', points = 50 where id = %s",
        (cast.student.id,),
    )
    assert result.rowcount == 1


def test_security_definer_server_function_still_moves_points(
    api: Api, cast: Cast, admin_conn: psycopg.Connection[dict[str, Any]]
) -> None:
    # What the points/streak functions do: run as the table owner, not the learner.
    admin_conn.execute(
        "create function public.test_award(n int) returns int language sql "
        "security definer set search_path = '' as $$ "
        "update public.profiles set points = points + n, streak_days = 1 "
        "where id = auth.uid() returning points $$"
    )
    admin_conn.execute("grant execute on function public.test_award(int) to authenticated")
    assert api(cast.student, "select test_award(10) as points").rows == [{"points": 10}]
