"""Course progress: get_course_progress, and enrollments kept up to date by the server."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from devserver.db import as_caller
from tests.supabase.conftest import ANON, User
from tests.supabase.quiz_builders import (
    Conn,
    Course,
    Refused,
    enroll,
    make_course,
    run_each_concurrently,
    save_progress,
)

SERVICE = {"role": "service_role"}


@pytest.fixture
def teacher(make_user: Callable[..., User]) -> User:
    return make_user("instructor")


@pytest.fixture
def course(admin_conn: Conn, teacher: User) -> Course:
    return make_course(admin_conn, teacher.id, lessons=3, title="Astronomy")


def progress(api: Conn, claims: dict[str, Any], user: User, course: Course) -> dict[str, Any]:
    with as_caller(api, claims) as conn:
        row = conn.execute(
            "select * from public.get_course_progress(%s, %s)", (user.id, course.id)
        ).fetchone()
    assert row is not None
    return dict(row)


def enrollment(admin: Conn, user: User, course: Course) -> dict[str, Any]:
    row = admin.execute(
        "select progress_percentage, completed_at from public.enrollments "
        "where user_id = %s and course_id = %s",
        (user.id, course.id),
    ).fetchone()
    assert row is not None
    return dict(row)


def completions(admin: Conn, user: User) -> int:
    row = admin.execute(
        "select count(*) as n from public.notifications "
        "where user_id = %s and type = 'course_completion'",
        (user.id,),
    ).fetchone()
    assert row is not None
    return int(row["n"])


def test_get_course_progress_counts_completed_lessons(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User], course: Course
) -> None:
    learner = make_user()
    enroll(admin_conn, learner.id, course.id)
    assert progress(api_conn, learner.claims, learner, course) == {
        "total_lessons": 3,
        "completed_lessons": 0,
        "progress_percentage": 0,
    }
    save_progress(api_conn, learner.claims, course.id, course.lesson_ids[0], 100)
    save_progress(api_conn, learner.claims, course.id, course.lesson_ids[1], 40)
    assert progress(api_conn, learner.claims, learner, course) == {
        "total_lessons": 3,
        "completed_lessons": 1,
        "progress_percentage": 33,
    }


def test_empty_course_has_zero_progress_not_an_error(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User], teacher: User
) -> None:
    learner = make_user()
    empty = make_course(admin_conn, teacher.id, lessons=0)
    assert progress(api_conn, learner.claims, learner, empty)["progress_percentage"] == 0


def test_progress_visible_to_self_teacher_admin_and_service_only(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User], teacher: User, course: Course
) -> None:
    learner = make_user()
    enroll(admin_conn, learner.id, course.id)
    for caller in (learner.claims, teacher.claims, make_user("admin").claims, SERVICE):
        assert progress(api_conn, caller, learner, course)["total_lessons"] == 3
    for caller in (make_user().claims, make_user("instructor").claims, ANON):
        with pytest.raises(Refused):
            progress(api_conn, caller, learner, course)


def test_enrollment_progress_follows_lesson_completion_and_course_completes_once(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User], course: Course
) -> None:
    learner = make_user()
    enroll(admin_conn, learner.id, course.id)
    save_progress(api_conn, learner.claims, course.id, course.lesson_ids[0], 100)
    assert enrollment(admin_conn, learner, course) == {
        "progress_percentage": 33,
        "completed_at": None,
    }
    save_progress(api_conn, learner.claims, course.id, course.lesson_ids[1], 100)
    save_progress(api_conn, learner.claims, course.id, course.lesson_ids[2], 100)
    done = enrollment(admin_conn, learner, course)
    assert done["progress_percentage"] == 100
    assert done["completed_at"] is not None
    save_progress(api_conn, learner.claims, course.id, course.lesson_ids[2], 100)  # repeat
    assert enrollment(admin_conn, learner, course) == done
    assert completions(admin_conn, learner) == 1
    note = admin_conn.execute(
        "select message, data from public.notifications "
        "where user_id = %s and type = 'course_completion'",
        (learner.id,),
    ).fetchone()
    assert note is not None
    assert "Astronomy" in note["message"]
    assert note["data"]["course_id"] == course.id


def test_course_completion_keeps_the_earliest_time_and_survives_a_new_lesson(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User], teacher: User
) -> None:
    learner = make_user()
    short = make_course(admin_conn, teacher.id, lessons=1)
    enroll(admin_conn, learner.id, short.id)
    studied = datetime.now(UTC) - timedelta(days=2)  # completed offline two days ago
    save_progress(
        api_conn,
        learner.claims,
        short.id,
        short.lesson_ids[0],
        100,
        completed_at=studied.isoformat(),
    )
    assert enrollment(admin_conn, learner, short)["completed_at"] == studied
    bonus = admin_conn.execute(
        "insert into public.lessons (course_id, title, component_path, order_index) "
        "values (%s, 'Bonus', 'bonus', 9) returning id",
        (short.id,),
    ).fetchone()
    assert bonus is not None
    save_progress(api_conn, learner.claims, short.id, str(bonus["id"]), 10)
    assert enrollment(admin_conn, learner, short) == {
        "progress_percentage": 50,
        "completed_at": studied,
    }
    assert completions(admin_conn, learner) == 1


def test_reenrolling_does_not_notify_completion_twice(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User], teacher: User
) -> None:
    learner = make_user()
    short = make_course(admin_conn, teacher.id, lessons=1)
    enroll(admin_conn, learner.id, short.id)
    save_progress(api_conn, learner.claims, short.id, short.lesson_ids[0], 100)
    with as_caller(api_conn, learner.claims) as conn:
        conn.execute("delete from public.enrollments where course_id = %s", (short.id,))
        conn.execute(
            "insert into public.enrollments (user_id, course_id) values (%s, %s)",
            (learner.id, short.id),
        )
    assert enrollment(admin_conn, learner, short)["progress_percentage"] == 100
    assert completions(admin_conn, learner) == 1


def test_progress_on_free_lessons_counts_when_the_learner_enrolls(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User], teacher: User
) -> None:
    learner = make_user()
    trial = make_course(admin_conn, teacher.id, lessons=2, free=(0,))
    save_progress(api_conn, learner.claims, trial.id, trial.lesson_ids[0], 100)
    with as_caller(api_conn, learner.claims) as conn:
        conn.execute(
            "insert into public.enrollments (user_id, course_id) values (%s, %s)",
            (learner.id, trial.id),
        )
    assert enrollment(admin_conn, learner, trial)["progress_percentage"] == 50


def test_learner_cannot_write_enrollment_progress_directly(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User], course: Course
) -> None:
    learner = make_user()
    enroll(admin_conn, learner.id, course.id)
    with pytest.raises(Refused), as_caller(api_conn, learner.claims) as conn:
        conn.execute(
            "update public.enrollments set progress_percentage = 100, "
            "completed_at = now() where user_id = %s",
            (learner.id,),
        )


def test_two_concurrent_last_lessons_complete_the_course(
    db_url: str, api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User], teacher: User
) -> None:
    learner = make_user()
    pair = make_course(admin_conn, teacher.id, lessons=3)
    enroll(admin_conn, learner.id, pair.id)
    save_progress(api_conn, learner.claims, pair.id, pair.lesson_ids[0], 100)
    # Two devices push the two remaining lessons at the same moment.
    query = (
        "insert into public.lesson_progress (user_id, lesson_id, course_id, "
        "completion_percentage) select auth.uid(), l.id, l.course_id, 100 "
        "from public.lessons l where l.course_id = %s and l.order_index = %s "
        "returning id"
    )
    run_each_concurrently(db_url, learner.claims, query, [(pair.id, 2), (pair.id, 3)])
    assert enrollment(admin_conn, learner, pair)["progress_percentage"] == 100
    assert completions(admin_conn, learner) == 1
    ledger = admin_conn.execute(
        "select reason, sum(points)::int as points, count(*)::int as n from public.point_awards "
        "where user_id = %s and reason <> 'achievement' group by reason order by reason",
        (learner.id,),
    ).fetchall()
    assert ledger == [
        {"reason": "course_completed", "points": 0, "n": 1},
        {"reason": "lesson_completed", "points": 30, "n": 3},
    ]
