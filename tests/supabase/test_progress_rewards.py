"""Lesson progress rewards: points once per lesson, daily streaks, completion kept."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest

from devserver.db import as_caller
from tests.supabase.conftest import User
from tests.supabase.quiz_builders import (
    Conn,
    Course,
    Refused,
    add_question,
    answers,
    enroll,
    make_course,
    run_concurrently,
    save_progress,
    submit,
)


@pytest.fixture(autouse=True)
def only_test_achievements(admin_conn: Conn) -> None:
    """Demo achievements from the seed would add points: switch them off."""
    admin_conn.execute("update public.achievements set is_active = false")


@pytest.fixture
def learner(make_user: Callable[..., User]) -> User:
    return make_user()


@pytest.fixture
def course(admin_conn: Conn, make_user: Callable[..., User], learner: User) -> Course:
    course = make_course(admin_conn, make_user("instructor").id, lessons=3)
    enroll(admin_conn, learner.id, course.id)
    return course


def profile(admin: Conn, user: User) -> dict[str, Any]:
    row = admin.execute(
        "select points, streak_days from public.profiles where id = %s", (user.id,)
    ).fetchone()
    assert row is not None
    return dict(row)


def test_completed_lesson_earns_points_once(
    api_conn: Conn, admin_conn: Conn, learner: User, course: Course
) -> None:
    lesson = course.lesson_ids[0]
    save_progress(api_conn, learner.claims, course.id, lesson, 50)
    assert profile(admin_conn, learner)["points"] == 0
    save_progress(api_conn, learner.claims, course.id, lesson, 100)
    save_progress(api_conn, learner.claims, course.id, lesson, 100, time_spent=99)
    with as_caller(api_conn, learner.claims) as conn:  # resetting is no loophole
        conn.execute(
            "update public.lesson_progress set completed_at = null, "
            "completion_percentage = 0 where lesson_id = %s",
            (lesson,),
        )
    save_progress(api_conn, learner.claims, course.id, lesson, 100)
    assert profile(admin_conn, learner)["points"] == 10


def test_completion_never_goes_backwards(api_conn: Conn, learner: User, course: Course) -> None:
    lesson = course.lesson_ids[0]
    first = save_progress(api_conn, learner.claims, course.id, lesson, 100)
    later = save_progress(api_conn, learner.claims, course.id, lesson, 20)
    assert later["completion_percentage"] == 100
    assert later["completed_at"] == first["completed_at"]
    earlier = datetime.now(UTC) - timedelta(hours=5)  # another device finished it earlier
    merged = save_progress(
        api_conn, learner.claims, course.id, lesson, 100, completed_at=earlier.isoformat()
    )
    assert merged["completed_at"] == earlier


def test_completion_time_is_never_in_the_future(
    api_conn: Conn, learner: User, course: Course
) -> None:
    future = datetime.now(UTC) + timedelta(days=30)
    row = save_progress(
        api_conn,
        learner.claims,
        course.id,
        course.lesson_ids[0],
        100,
        completed_at=future.isoformat(),
    )
    assert row["completed_at"] <= datetime.now(UTC)


def test_a_completion_time_alone_completes_the_lesson(
    api_conn: Conn, admin_conn: Conn, learner: User, course: Course
) -> None:
    row = save_progress(
        api_conn,
        learner.claims,
        course.id,
        course.lesson_ids[0],
        30,
        completed_at=datetime.now(UTC).isoformat(),
    )
    assert row["completion_percentage"] == 100
    assert profile(admin_conn, learner)["points"] == 10


def _last_active(admin: Conn, user: User, days_ago: int, streak: int) -> None:
    admin.execute(
        "update public.profiles set last_active = now() - make_interval(days => %s), "
        "streak_days = %s where id = %s",
        (days_ago, streak, user.id),
    )


@pytest.mark.parametrize(
    ("days_ago", "streak_before", "streak_after"),
    [
        (0, 0, 1),  # the first activity ever starts the streak
        (0, 4, 4),  # same day: no change
        (1, 4, 5),  # the next day: +1
        (2, 4, 1),  # a day missed: starts again
        (40, 9, 1),
    ],
)
def test_daily_streak_from_progress(
    api_conn: Conn,
    admin_conn: Conn,
    learner: User,
    course: Course,
    days_ago: int,
    streak_before: int,
    streak_after: int,
) -> None:
    _last_active(admin_conn, learner, days_ago, streak_before)
    save_progress(api_conn, learner.claims, course.id, course.lesson_ids[0], 10)
    assert profile(admin_conn, learner)["streak_days"] == streak_after
    save_progress(api_conn, learner.claims, course.id, course.lesson_ids[0], 20)
    assert profile(admin_conn, learner)["streak_days"] == streak_after  # counted once a day


def test_daily_streak_from_a_quiz_attempt(
    api_conn: Conn, admin_conn: Conn, learner: User, course: Course
) -> None:
    question = add_question(admin_conn, course.lesson_ids[0], "single_choice", ["a"])
    _last_active(admin_conn, learner, 1, 2)
    submit(api_conn, learner.claims, course.lesson_ids[0], answers({question: "c"}))
    assert profile(admin_conn, learner) == {"points": 0, "streak_days": 3}


def test_lesson_completion_checks_achievements_in_the_same_transaction(
    api_conn: Conn, admin_conn: Conn, learner: User, course: Course
) -> None:
    admin_conn.execute(
        "insert into public.achievements (title, icon, points_value, criteria) "
        "values ('Two down', 'star', 5, %s)",
        (json.dumps({"type": "lessons_completed", "required_count": 2}),),
    )
    for lesson in course.lesson_ids[:2]:
        save_progress(api_conn, learner.claims, course.id, lesson, 100)
    assert profile(admin_conn, learner)["points"] == 25
    note = admin_conn.execute(
        "select title from public.notifications where user_id = %s and type = 'achievement'",
        (learner.id,),
    ).fetchall()
    assert len(note) == 1


def test_learner_cannot_earn_rewards_for_someone_else(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User], learner: User, course: Course
) -> None:
    victim = make_user()
    enroll(admin_conn, victim.id, course.id)
    with pytest.raises(Refused), as_caller(api_conn, learner.claims) as conn:
        conn.execute(
            "insert into public.lesson_progress (user_id, lesson_id, course_id, "
            "completion_percentage) values (%s, %s, %s, 100)",
            (victim.id, course.lesson_ids[0], course.id),
        )
    for column in ("points", "streak_days", "last_active"):
        with pytest.raises(Refused), as_caller(api_conn, learner.claims) as conn:
            conn.execute(
                f"update public.profiles set {column} = {column} where id = %s", (learner.id,)
            )
    assert profile(admin_conn, victim) == {"points": 0, "streak_days": 0}


def test_two_concurrent_completions_of_one_lesson_award_once(
    db_url: str, admin_conn: Conn, learner: User, course: Course
) -> None:
    query = (
        "insert into public.lesson_progress as lp (user_id, lesson_id, course_id, "
        "completion_percentage) values (auth.uid(), %s, %s, 100) "
        "on conflict (user_id, lesson_id) do update set completion_percentage = 100 "
        "returning lp.id"
    )
    rows = run_concurrently(db_url, learner.claims, query, (course.lesson_ids[0], course.id))
    assert rows[0] == rows[1]
    assert profile(admin_conn, learner) == {"points": 10, "streak_days": 1}


def test_reward_lock_does_not_wait_for_a_concurrent_foreign_key_check(
    db_url: str, api_conn: Conn, learner: User, course: Course
) -> None:
    """Another request of the learner is mid-insert (its foreign-key check holds
    FOR KEY SHARE on the profile).  The reward lock must not wait for it: if it
    did (FOR UPDATE), two such requests deadlock on each other."""
    with psycopg.connect(db_url) as other:
        other.execute("select 1 from public.profiles where id = %s for key share", (learner.id,))
        with as_caller(api_conn, learner.claims) as conn:
            conn.execute("set local lock_timeout = '2s'")
            conn.execute(
                "insert into public.lesson_progress (user_id, lesson_id, course_id, "
                "completion_percentage) values (%s, %s, %s, 100)",
                (learner.id, course.lesson_ids[0], course.id),
            )
        other.rollback()


def test_a_resent_unchanged_row_is_not_new_activity(
    api_conn: Conn, admin_conn: Conn, learner: User, course: Course
) -> None:
    save_progress(api_conn, learner.claims, course.id, course.lesson_ids[0], 40)
    _last_active(admin_conn, learner, 2, 4)
    save_progress(api_conn, learner.claims, course.id, course.lesson_ids[0], 40)  # same values
    assert profile(admin_conn, learner)["streak_days"] == 4
    save_progress(api_conn, learner.claims, course.id, course.lesson_ids[0], 45)
    assert profile(admin_conn, learner)["streak_days"] == 1


def test_moving_a_lesson_is_not_the_learners_activity_but_refreshes_both_courses(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User], learner: User, course: Course
) -> None:
    other = make_course(admin_conn, make_user("instructor").id, lessons=1)
    enroll(admin_conn, learner.id, other.id)
    for lesson in course.lesson_ids[:2]:
        save_progress(api_conn, learner.claims, course.id, lesson, 100)
    _last_active(admin_conn, learner, 1, 4)
    # The third (unstarted) lesson stays; a completed one moves to the other course.
    admin_conn.execute(
        "update public.lessons set course_id = %s, order_index = 50 where id = %s",
        (other.id, course.lesson_ids[1]),
    )
    assert profile(admin_conn, learner)["streak_days"] == 4
    rows = admin_conn.execute(
        "select course_id, progress_percentage from public.enrollments where user_id = %s",
        (learner.id,),
    ).fetchall()
    assert {str(r["course_id"]): r["progress_percentage"] for r in rows} == {
        course.id: 50,
        other.id: 50,
    }
