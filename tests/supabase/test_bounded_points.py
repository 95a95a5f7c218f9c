"""Points are bounded where they are minted and never overflow (issue #12, item 4).

A course badge worth 2,000,000,000 points put a learner on top of the
leaderboard, and a second one made the learner's next lesson completion fail
with "integer out of range": the reward trigger's ``points + n`` overflowed,
so an instructor could block a learner's progress.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from tests.supabase.conftest import ApiResult, Cast

Api = Callable[..., ApiResult]
Conn = psycopg.Connection[dict[str, Any]]
MAX_INT = 2_147_483_647
BADGE = (
    "insert into public.achievements (course_id, title, icon, points_value, criteria) "
    "values (%s, 'Rich', 'star', %s, '{\"type\": \"course_completion\"}') "
    "returning points_value"
)


@pytest.mark.parametrize("points", [2_000_000_000, 1001, -1])
def test_a_course_badge_worth_too_much_is_refused(api: Api, cast: Cast, points: int) -> None:
    with pytest.raises(psycopg.errors.CheckViolation):
        api(cast.instructor, BADGE, (cast.course, points))


def test_a_course_badge_up_to_the_bound_is_accepted(api: Api, cast: Cast) -> None:
    assert api(cast.instructor, BADGE, (cast.course, 1000)).rows == [{"points_value": 1000}]


def test_admins_are_bounded_too(api: Api, cast: Cast) -> None:
    with pytest.raises(psycopg.errors.CheckViolation):
        api(
            cast.admin,
            "insert into public.achievements "
            "(title, icon, points_value, criteria) "
            "values ('Platform', 'star', 5000000, '{\"type\": \"streak\", \"required_days\": 2}')",
        )


def points_of(admin: Conn, user_id: str) -> int:
    row = admin.execute("select points from public.profiles where id = %s", (user_id,)).fetchone()
    assert row is not None
    return int(row["points"])


def complete(api: Api, cast: Cast, lesson: str) -> None:
    api(
        cast.student,
        "insert into public.lesson_progress "
        "(user_id, lesson_id, course_id, completion_percentage, completed_at) "
        "values (auth.uid(), %s, %s, 100, now())",
        (lesson, cast.course),
    )


def test_points_saturate_instead_of_failing_the_learners_progress(
    api: Api, cast: Cast, admin_conn: Conn
) -> None:
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (cast.student.id, cast.course),
    )
    admin_conn.execute(
        "update public.profiles set points = %s where id = %s", (MAX_INT - 5, cast.student.id)
    )

    complete(api, cast, cast.free_lesson)  # +10 would pass the integer range

    assert points_of(admin_conn, cast.student.id) == MAX_INT
    rows = api(
        cast.student,
        "select completion_percentage from public.lesson_progress where lesson_id = %s",
        (cast.free_lesson,),
    ).rows
    assert rows == [{"completion_percentage": 100}]
    awarded = admin_conn.execute(
        "select points from public.point_awards where user_id = %s and reason = 'lesson_completed'",
        (cast.student.id,),
    ).fetchall()
    assert awarded == [{"points": 10}]  # the ledger still says what was earned

    complete(api, cast, cast.paid_lesson)
    assert points_of(admin_conn, cast.student.id) == MAX_INT


def test_a_badge_at_the_top_of_the_range_does_not_block_the_course(
    api: Api, cast: Cast, admin_conn: Conn
) -> None:
    """The audit's case, within the bound: the badge's points saturate too."""
    api(cast.instructor, BADGE, (cast.course, 1000))
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (cast.student.id, cast.course),
    )
    admin_conn.execute(
        "update public.profiles set points = %s where id = %s", (MAX_INT - 500, cast.student.id)
    )
    complete(api, cast, cast.free_lesson)
    complete(api, cast, cast.paid_lesson)  # completes the course: the badge is awarded
    earned = admin_conn.execute(
        "select count(*) as n from public.user_achievements where user_id = %s", (cast.student.id,)
    ).fetchone()
    assert earned is not None
    assert earned["n"] >= 1
    assert points_of(admin_conn, cast.student.id) == MAX_INT
