"""Enrollments, lesson progress and ratings: the learner's own rows (issue #2)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from psycopg import errors

from tests.supabase.conftest import ApiResult, Cast, User

Api = Callable[..., ApiResult]
Conn = psycopg.Connection[dict[str, Any]]
ENROLL = "insert into enrollments (user_id, course_id) values (%s, %s) returning id"


@pytest.fixture
def db_url(module_db_url: str) -> str:
    """Tests here touch only the rows their own ``cast`` creates: share a database."""
    return module_db_url


def enroll(api: Api, user: User, course: str) -> None:
    api(user, ENROLL, (user.id, course))


# ----------------------------------------------------------- enrollments --


def test_learner_enrolls_in_a_published_course(api: Api, cast: Cast) -> None:
    assert len(api(cast.student, ENROLL, (cast.student.id, cast.course)).rows) == 1


def test_learner_cannot_enroll_in_a_draft(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.student, ENROLL, (cast.student.id, cast.draft))


def test_learner_cannot_enroll_someone_else(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.student, ENROLL, (cast.admin.id, cast.course))


def test_anon_cannot_enroll(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.caller("anon"), ENROLL, (cast.student.id, cast.course))


def test_learner_cannot_mark_an_enrollment_completed(api: Api, cast: Cast) -> None:
    enroll(api, cast.student, cast.course)
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            cast.student,
            "update enrollments set completed_at = now(), "
            "progress_percentage = 100 where user_id = auth.uid()",
        )
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            cast.student,
            "insert into enrollments (user_id, course_id, completed_at) "
            "values (auth.uid(), %s, now())",
            (cast.course,),
        )


@pytest.mark.parametrize(
    ("caller", "visible"),
    [("student", True), ("instructor", True), ("admin", True), ("other_instructor", False)],
)
def test_who_sees_an_enrollment(api: Api, cast: Cast, caller: str, visible: bool) -> None:
    enroll(api, cast.student, cast.course)
    rows = api(
        cast.caller(caller), "select id from enrollments where user_id = %s", (cast.student.id,)
    ).rows
    assert (len(rows) == 1) is visible


def test_learners_do_not_see_each_others_enrollments(
    api: Api, cast: Cast, make_user: Callable[..., User]
) -> None:
    other = make_user("student")
    enroll(api, other, cast.course)
    assert api(cast.student, "select id from enrollments").rows == []


def test_anon_cannot_read_enrollments(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.caller("anon"), "select id from enrollments")


@pytest.mark.parametrize(
    ("caller", "allowed"),
    [("student", True), ("admin", True), ("instructor", False), ("other_instructor", False)],
)
def test_who_may_delete_an_enrollment(
    api: Api, cast: Cast, make_user: Callable[..., User], caller: str, allowed: bool
) -> None:
    enroll(api, cast.student, cast.course)
    result = api(
        cast.caller(caller), "delete from enrollments where user_id = %s", (cast.student.id,)
    )
    assert result.rowcount == (1 if allowed else 0)


# -------------------------------------------------------------- progress --

PROGRESS = (
    "insert into lesson_progress (user_id, lesson_id, course_id, completion_percentage) "
    "values (%s, %s, %s, 50) returning id"
)


def test_enrolled_learner_records_progress(api: Api, cast: Cast) -> None:
    enroll(api, cast.student, cast.course)
    rows = api(cast.student, PROGRESS, (cast.student.id, cast.paid_lesson, cast.course)).rows
    assert len(rows) == 1


def test_progress_on_a_free_lesson_needs_no_enrollment(api: Api, cast: Cast) -> None:
    rows = api(cast.student, PROGRESS, (cast.student.id, cast.free_lesson, cast.course)).rows
    assert len(rows) == 1


def test_progress_on_a_paid_lesson_needs_an_enrollment(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.student, PROGRESS, (cast.student.id, cast.paid_lesson, cast.course))


def test_progress_must_name_the_lessons_own_course(api: Api, cast: Cast, admin_conn: Conn) -> None:
    enroll(api, cast.student, cast.course)
    with pytest.raises(errors.ForeignKeyViolation):
        api(cast.student, PROGRESS, (cast.student.id, cast.paid_lesson, cast.draft))
    # The pair holds for every writer, the server side included.
    with pytest.raises(errors.ForeignKeyViolation):
        admin_conn.execute(PROGRESS, (cast.student.id, cast.paid_lesson, cast.draft))


def test_progress_cannot_be_moved_to_another_course(api: Api, cast: Cast) -> None:
    enroll(api, cast.student, cast.course)
    api(cast.student, PROGRESS, (cast.student.id, cast.paid_lesson, cast.course))
    with pytest.raises(errors.ForeignKeyViolation):
        api(
            cast.student,
            "update lesson_progress set course_id = %s where user_id = auth.uid()",
            (cast.draft,),
        )


def test_progress_follows_a_lesson_moved_to_another_course(
    api: Api, cast: Cast, admin_conn: Conn
) -> None:
    api(cast.student, PROGRESS, (cast.student.id, cast.free_lesson, cast.course))
    api(
        cast.instructor,
        "update lessons set course_id = %s, order_index = 5 where id = %s",
        (cast.draft, cast.free_lesson),
    )
    row = admin_conn.execute(
        "select course_id from lesson_progress where lesson_id = %s", (cast.free_lesson,)
    ).fetchone()
    assert row is not None
    assert str(row["course_id"]) == cast.draft


def test_learner_cannot_write_progress_for_someone_else(
    api: Api, cast: Cast, make_user: Callable[..., User]
) -> None:
    other = make_user("student")
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.student, PROGRESS, (other.id, cast.free_lesson, cast.course))
    api(other, PROGRESS, (other.id, cast.free_lesson, cast.course))
    assert (
        api(
            cast.student,
            "update lesson_progress set completion_percentage = 0 where user_id = %s",
            (other.id,),
        ).rowcount
        == 0
    )
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            other,
            "update lesson_progress set user_id = %s where user_id = auth.uid()",
            (cast.student.id,),
        )


def test_progress_upsert_as_postgrest_sends_it(api: Api, cast: Cast) -> None:
    upsert = (
        "insert into lesson_progress (id, user_id, lesson_id, course_id, "
        "completion_percentage) values (gen_random_uuid(), %s, %s, %s, %s) "
        "on conflict (user_id, lesson_id) do update set id = excluded.id, "
        "user_id = excluded.user_id, lesson_id = excluded.lesson_id, "
        "course_id = excluded.course_id, "
        "completion_percentage = excluded.completion_percentage "
        "returning completion_percentage"
    )
    args = (cast.student.id, cast.free_lesson, cast.course)
    api(cast.student, upsert, (*args, 40))
    assert api(cast.student, upsert, (*args, 80)).rows == [{"completion_percentage": 80}]


@pytest.mark.parametrize(
    ("caller", "visible"),
    [("student", True), ("instructor", True), ("admin", True), ("other_instructor", False)],
)
def test_who_sees_progress(api: Api, cast: Cast, caller: str, visible: bool) -> None:
    api(cast.student, PROGRESS, (cast.student.id, cast.free_lesson, cast.course))
    rows = api(
        cast.caller(caller), "select id from lesson_progress where user_id = %s", (cast.student.id,)
    ).rows
    assert (len(rows) == 1) is visible


def test_learner_cannot_delete_progress(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.student, "delete from lesson_progress where user_id = auth.uid()")


# --------------------------------------------------------------- ratings --

RATE = (
    "insert into course_ratings (user_id, course_id, rating, review) "
    "values (%s, %s, %s, 'ok') returning id"
)


def test_enrolled_learner_rates_a_course(api: Api, cast: Cast) -> None:
    enroll(api, cast.student, cast.course)
    assert len(api(cast.student, RATE, (cast.student.id, cast.course, 4)).rows) == 1


def test_learner_cannot_rate_a_course_they_are_not_enrolled_in(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.student, RATE, (cast.student.id, cast.course, 5))


def test_learner_cannot_rate_in_someone_elses_name(
    api: Api, cast: Cast, make_user: Callable[..., User]
) -> None:
    other = make_user("student")
    enroll(api, other, cast.course)
    enroll(api, cast.student, cast.course)
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.student, RATE, (other.id, cast.course, 1))


@pytest.mark.parametrize(
    ("caller", "allowed"), [("student", True), ("instructor", False), ("other_instructor", False)]
)
def test_only_the_rater_edits_a_rating(api: Api, cast: Cast, caller: str, allowed: bool) -> None:
    enroll(api, cast.student, cast.course)
    api(cast.student, RATE, (cast.student.id, cast.course, 2))
    result = api(
        cast.caller(caller),
        "update course_ratings set rating = 5 where user_id = %s",
        (cast.student.id,),
    )
    assert result.rowcount == (1 if allowed else 0)


@pytest.mark.parametrize(
    ("caller", "allowed"), [("student", True), ("admin", True), ("instructor", False)]
)
def test_who_deletes_a_rating(api: Api, cast: Cast, caller: str, allowed: bool) -> None:
    enroll(api, cast.student, cast.course)
    api(cast.student, RATE, (cast.student.id, cast.course, 2))
    result = api(
        cast.caller(caller), "delete from course_ratings where user_id = %s", (cast.student.id,)
    )
    assert result.rowcount == (1 if allowed else 0)


def test_anon_cannot_rate(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.caller("anon"), RATE, (cast.student.id, cast.course, 5))
