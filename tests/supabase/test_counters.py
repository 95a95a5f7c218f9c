"""courses.enrollment_count / average_rating triggers (issue #2).

The seed guide's triggers ran as the learner and silently updated nothing
under RLS; these tests fire them from learners' own requests, and from two
concurrent requests.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from devserver.db import begin_request
from tests.supabase.conftest import ApiResult, Cast, User

Api = Callable[..., ApiResult]
Conn = psycopg.Connection[dict[str, Any]]
ENROLL = "insert into enrollments (user_id, course_id) values (auth.uid(), %s)"
RATE = "insert into course_ratings (user_id, course_id, rating) values (auth.uid(), %s, %s)"


def counters(admin_conn: Conn, course: str) -> tuple[int, Decimal]:
    row = admin_conn.execute(
        "select enrollment_count, average_rating from courses where id = %s", (course,)
    ).fetchone()
    assert row is not None
    return row["enrollment_count"], row["average_rating"]


def test_learners_own_enrollment_moves_the_count(
    api: Api, cast: Cast, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    api(cast.student, ENROLL, (cast.course,))
    api(make_user("student"), ENROLL, (cast.course,))
    assert counters(admin_conn, cast.course)[0] == 2
    api(cast.student, "delete from enrollments where user_id = auth.uid()")
    assert counters(admin_conn, cast.course)[0] == 1


def test_learners_own_ratings_move_the_average(
    api: Api, cast: Cast, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    other = make_user("student")
    for user, stars in ((cast.student, 5), (other, 2)):
        api(user, ENROLL, (cast.course,))
        api(user, RATE, (cast.course, stars))
    assert counters(admin_conn, cast.course)[1] == Decimal("3.50")
    api(other, "update course_ratings set rating = 4 where user_id = auth.uid()")
    assert counters(admin_conn, cast.course)[1] == Decimal("4.50")
    api(cast.student, "delete from course_ratings where user_id = auth.uid()")
    assert counters(admin_conn, cast.course)[1] == Decimal("4.00")
    api(other, "delete from course_ratings where user_id = auth.uid()")
    assert counters(admin_conn, cast.course)[1] == Decimal("0")


def test_a_rating_moved_to_another_course_updates_both(cast: Cast, admin_conn: Conn) -> None:
    admin_conn.execute("update courses set is_published = true where id = %s", (cast.draft,))
    admin_conn.execute(
        "insert into course_ratings (user_id, course_id, rating) values (%s, %s, 5)",
        (cast.student.id, cast.course),
    )
    admin_conn.execute(
        "update course_ratings set course_id = %s where user_id = %s", (cast.draft, cast.student.id)
    )
    assert counters(admin_conn, cast.course)[1] == 0
    assert counters(admin_conn, cast.draft)[1] == Decimal("5.00")


def test_a_wrong_count_heals_on_the_next_enrollment(api: Api, cast: Cast, admin_conn: Conn) -> None:
    admin_conn.execute("update courses set enrollment_count = 40 where id = %s", (cast.course,))
    api(cast.student, ENROLL, (cast.course,))
    assert counters(admin_conn, cast.course)[0] == 1


def wait_until_blocked(admin_conn: Conn, pid: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        row = admin_conn.execute(
            "select wait_event_type from pg_stat_activity where pid = %s", (pid,)
        ).fetchone()
        if row and row["wait_event_type"] == "Lock":
            return
        time.sleep(0.01)  # noqa: TID251 - deliberate: poll interval while waiting for the lock  # allowed-sleep
    pytest.fail("the second request never waited for the first")


def run_concurrently(
    db_url: str, admin_conn: Conn, first: User, second: User, query: str, params: tuple[Any, ...]
) -> None:
    """Two learners' requests overlap: the second runs while the first is open."""
    with (
        psycopg.connect(db_url, row_factory=dict_row) as c1,
        psycopg.connect(db_url, row_factory=dict_row) as c2,
    ):
        begin_request(c1, first.claims)
        c1.execute(query.encode(), params)
        pid_row = c2.execute("select pg_backend_pid() as pid").fetchone()
        assert pid_row is not None
        c2.commit()
        errors: list[BaseException] = []

        def second_request() -> None:
            try:
                begin_request(c2, second.claims)
                c2.execute(query.encode(), params)
                c2.commit()
            except BaseException as exc:  # re-raised in the test thread below
                errors.append(exc)

        worker = threading.Thread(target=second_request)
        worker.start()
        wait_until_blocked(admin_conn, pid_row["pid"])
        c1.commit()
        worker.join(10)
        assert not worker.is_alive(), errors
        assert not errors, errors


def test_two_concurrent_enrollments_count_two(
    db_url: str, cast: Cast, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    run_concurrently(db_url, admin_conn, cast.student, make_user("student"), ENROLL, (cast.course,))
    assert counters(admin_conn, cast.course)[0] == 2


def test_two_concurrent_ratings_average_both(
    db_url: str, api: Api, cast: Cast, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    other = make_user("student")
    for user in (cast.student, other):
        api(user, ENROLL, (cast.course,))
    # Both rate 4 and 1 at once: the average must reflect both rows.
    run_concurrently(
        db_url,
        admin_conn,
        cast.student,
        other,
        "insert into course_ratings (user_id, course_id, rating) "
        "values (auth.uid(), %s, case when auth.uid() = %s then 4 else 1 end)",
        (cast.course, cast.student.id),
    )
    assert counters(admin_conn, cast.course)[1] == Decimal("2.50")


def test_counter_functions_are_not_callable_through_the_api(api: Api, cast: Cast) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        api(cast.student, "select public.refresh_course_counters(%s)", (cast.course,))
