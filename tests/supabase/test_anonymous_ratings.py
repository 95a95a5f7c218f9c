"""Ratings do not say who is enrolled where (issue #12, item 5).

course_ratings was readable by everyone with its user ids, so anyone could
list which learner takes which course.  Now a learner reads their own rows
(admins all, to moderate); everyone else sees a course's reviews through
get_course_reviews, without who wrote them unless the rater chose to be
named (show_name, default false).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from psycopg import errors

from tests.supabase.conftest import ApiResult, Cast, User
from tests.supabase.test_unenrolled_learners import Device

Api = Callable[..., ApiResult]
Conn = psycopg.Connection[dict[str, Any]]
REVIEWS = "select rating, review, reviewer, is_own from get_course_reviews(%s) order by rating"


@pytest.fixture
def rater(cast: Cast, make_user: Callable[..., User], admin_conn: Conn) -> User:
    learner = make_user("student", username=f"rater_{cast.course[:8]}")
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (learner.id, cast.course),
    )
    admin_conn.execute(
        "insert into public.course_ratings (user_id, course_id, rating, review) "
        "values (%s, %s, 4, 'Clear and short.')",
        (learner.id, cast.course),
    )
    return learner


@pytest.mark.parametrize("caller", ["student", "instructor", "other_instructor"])
def test_others_do_not_read_rating_rows(api: Api, cast: Cast, rater: User, caller: str) -> None:
    rows = api(
        cast.caller(caller),
        "select user_id from course_ratings where course_id = %s",
        (cast.course,),
    ).rows
    assert rows == []


def test_anon_does_not_read_rating_rows(api: Api, cast: Cast, rater: User) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.caller("anon"), "select user_id from course_ratings")


def test_the_rater_and_admins_read_the_row(api: Api, cast: Cast, rater: User) -> None:
    query = "select user_id::text, rating, show_name from course_ratings where course_id = %s"
    expected = [{"user_id": rater.id, "rating": 4, "show_name": False}]
    assert api(rater, query, (cast.course,)).rows == expected
    assert api(cast.admin, query, (cast.course,)).rows == expected


@pytest.mark.parametrize("caller", ["anon", "student", "instructor"])
def test_everyone_reads_reviews_without_the_reviewer(
    api: Api, cast: Cast, rater: User, caller: str
) -> None:
    assert api(cast.caller(caller), REVIEWS, (cast.course,)).rows == [
        {"rating": 4, "review": "Clear and short.", "reviewer": None, "is_own": False}
    ]


def test_a_rater_who_opts_in_is_named(api: Api, cast: Cast, rater: User) -> None:
    api(rater, "update course_ratings set show_name = true where course_id = %s", (cast.course,))
    assert api(cast.student, REVIEWS, (cast.course,)).rows == [
        {
            "rating": 4,
            "review": "Clear and short.",
            "reviewer": f"rater_{cast.course[:8]}",
            "is_own": False,
        }
    ]
    assert api(rater, REVIEWS, (cast.course,)).rows[0]["is_own"] is True


def test_sync_sets_and_keeps_the_choice(
    cast: Cast, api: Api, api_conn: Conn, admin_conn: Conn
) -> None:
    device = Device(cast.student)
    device.set_enrollment(api_conn, cast.course, "active")
    named = device.push(
        api_conn, "rating.set", {"course_id": cast.course, "rating": 5, "show_name": True}
    )
    assert named["status"] == "applied", named
    assert named["data"]["course_rating"]["show_name"] is True
    # A later op without the field keeps the choice.
    again = device.push(api_conn, "rating.set", {"course_id": cast.course, "rating": 3})
    assert again["data"]["course_rating"]["show_name"] is True
    bad = device.push(
        api_conn, "rating.set", {"course_id": cast.course, "rating": 3, "show_name": "yes"}
    )
    assert bad["status"] == "rejected", bad
    assert "show_name" in bad["reason"], bad
    reviews = api(cast.caller("anon"), REVIEWS, (cast.course,)).rows
    assert [r["reviewer"] is not None for r in reviews] == [True]


def test_reviews_of_a_draft_stay_with_those_who_see_the_draft(
    api: Api, cast: Cast, admin_conn: Conn
) -> None:
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (cast.student.id, cast.draft),
    )
    admin_conn.execute(
        "insert into public.course_ratings (user_id, course_id, rating) values (%s, %s, 2)",
        (cast.student.id, cast.draft),
    )
    assert api(cast.caller("anon"), REVIEWS, (cast.draft,)).rows == []
    assert api(cast.other_instructor, REVIEWS, (cast.draft,)).rows == []
    assert len(api(cast.instructor, REVIEWS, (cast.draft,)).rows) == 1
