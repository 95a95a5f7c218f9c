"""check_achievements: each badge once, its points once, a notification with it."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from devserver.db import as_caller
from tests.supabase.conftest import ANON, User
from tests.supabase.quiz_builders import Conn, Refused, make_course, run_concurrently

SERVICE = {"role": "service_role"}


@pytest.fixture(autouse=True)
def only_test_achievements(admin_conn: Conn) -> None:
    """Demo achievements from the seed would blur the counts: switch them off."""
    admin_conn.execute("update public.achievements set is_active = false")


def achievement(
    admin: Conn,
    kind: str,
    needed: Any,
    *,
    points: int = 5,
    key: str = "required_count",
    active: bool = True,
) -> str:
    row = admin.execute(
        "insert into public.achievements (title, icon, points_value, criteria, is_active) "
        "values (%s, 'star', %s, %s, %s) returning id",
        (f"{kind} {needed}", points, json.dumps({"type": kind, key: needed}), active),
    ).fetchone()
    assert row is not None
    return str(row["id"])


def check(api: Conn, claims: dict[str, Any], user: User) -> int:
    with as_caller(api, claims) as conn:
        row = conn.execute("select public.check_achievements(%s) as n", (user.id,)).fetchone()
    assert row is not None
    return int(row["n"])


def state(admin: Conn, user: User) -> dict[str, Any]:
    row = admin.execute(
        "select p.points, "
        "(select count(*) from public.user_achievements u where u.user_id = p.id) as badges, "
        "(select count(*) from public.notifications n where n.user_id = p.id "
        " and n.type = 'achievement') as notes "
        "from public.profiles p where p.id = %s",
        (user.id,),
    ).fetchone()
    assert row is not None
    return dict(row)


def set_profile(admin: Conn, user: User, **values: int) -> None:
    for column, value in values.items():
        admin.execute(f"update public.profiles set {column} = %s where id = %s", (value, user.id))


def test_streak_badge_awarded_once_with_points_and_notification(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    learner = make_user()
    badge = achievement(admin_conn, "streak", 3, key="required_days", points=50)
    set_profile(admin_conn, learner, streak_days=2)
    assert check(api_conn, learner.claims, learner) == 0
    set_profile(admin_conn, learner, streak_days=3)
    assert check(api_conn, learner.claims, learner) == 1
    assert check(api_conn, learner.claims, learner) == 0  # a repeat awards nothing
    assert state(admin_conn, learner) == {"points": 50, "badges": 1, "notes": 1}
    note = admin_conn.execute(
        "select title, message, data from public.notifications where user_id = %s", (learner.id,)
    ).fetchone()
    assert note is not None
    assert note["data"]["achievement_id"] == badge
    assert "streak 3" in note["message"]


def test_course_completion_badge_counts_completed_enrollments(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    learner = make_user()
    achievement(admin_conn, "course_completion", 1)
    course = make_course(admin_conn, make_user("instructor").id, lessons=1)
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (learner.id, course.id),
    )
    assert check(api_conn, learner.claims, learner) == 0
    admin_conn.execute(
        "update public.enrollments set completed_at = now() where user_id = %s", (learner.id,)
    )
    assert check(api_conn, learner.claims, learner) == 1


def _passed_attempt(admin: Conn, user: User, lesson_id: str) -> None:
    admin.execute(
        "insert into public.quiz_attempts (user_id, lesson_id, score, max_score, "
        "answers) values (%s, %s, 1, 1, '{}')",
        (user.id, lesson_id),
    )


def test_quiz_master_counts_distinct_quizzes_not_attempts(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    learner = make_user()
    achievement(admin_conn, "quiz_master", 2)
    course = make_course(admin_conn, make_user("instructor").id, lessons=2)
    for _ in range(3):
        _passed_attempt(admin_conn, learner, course.lesson_ids[0])
    assert check(api_conn, learner.claims, learner) == 0
    _passed_attempt(admin_conn, learner, course.lesson_ids[1])
    assert check(api_conn, learner.claims, learner) == 1


def test_lessons_completed_badge(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    learner = make_user()
    badge = achievement(admin_conn, "lessons_completed", 2)
    course = make_course(admin_conn, make_user("instructor").id, lessons=2)
    for lesson_id in course.lesson_ids:
        admin_conn.execute(
            "insert into public.lesson_progress (user_id, lesson_id, course_id, "
            "completion_percentage, completed_at) values (%s, %s, %s, 100, now())",
            (learner.id, lesson_id, course.id),
        )
    check(api_conn, learner.claims, learner)  # the progress trigger may have awarded it
    earned = admin_conn.execute(
        "select achievement_id from public.user_achievements where user_id = %s", (learner.id,)
    ).fetchall()
    assert [str(r["achievement_id"]) for r in earned] == [badge]


def test_points_badge_unlocked_by_another_badge_in_the_same_call(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    learner = make_user()
    achievement(admin_conn, "streak", 1, key="required_days", points=100)
    achievement(admin_conn, "points", 100, key="required_points", points=1)
    set_profile(admin_conn, learner, streak_days=1)
    assert check(api_conn, learner.claims, learner) == 2
    assert state(admin_conn, learner) == {"points": 101, "badges": 2, "notes": 2}


def test_malformed_and_inactive_achievements_are_skipped(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    learner = make_user()
    achievement(admin_conn, "streak", "lots", key="required_days")
    achievement(admin_conn, "no_such_type", 0)
    achievement(admin_conn, "streak", 1, key="required_days", active=False)
    good = achievement(admin_conn, "points", 0, key="required_points")
    assert check(api_conn, learner.claims, learner) == 1
    row = admin_conn.execute(
        "select achievement_id from public.user_achievements where user_id = %s", (learner.id,)
    ).fetchone()
    assert row is not None
    assert str(row["achievement_id"]) == good


def test_learner_cannot_check_achievements_for_someone_else(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    alice, bob = make_user(), make_user()
    achievement(admin_conn, "points", 0, key="required_points")
    with pytest.raises(Refused):
        check(api_conn, alice.claims, bob)
    with pytest.raises(Refused):
        check(api_conn, ANON, bob)
    assert state(admin_conn, bob)["badges"] == 0


def test_admin_and_service_role_check_for_anyone(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    bob, carol = make_user(), make_user()
    achievement(admin_conn, "points", 0, key="required_points")
    assert check(api_conn, make_user("admin").claims, bob) == 1
    assert check(api_conn, SERVICE, carol) == 1


def test_learner_cannot_insert_own_badge(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    learner = make_user()
    badge = achievement(admin_conn, "points", 1000, key="required_points")
    with pytest.raises(Refused), as_caller(api_conn, learner.claims) as conn:
        conn.execute(
            "insert into public.user_achievements (user_id, achievement_id) values (%s, %s)",
            (learner.id, badge),
        )


def test_two_concurrent_checks_award_once(
    db_url: str, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    learner = make_user()
    achievement(admin_conn, "points", 0, key="required_points", points=30)
    achievement(admin_conn, "points", 30, key="required_points", points=7)
    rows = run_concurrently(
        db_url, learner.claims, "select public.check_achievements(%s) as n", (learner.id,)
    )
    results = [int(r["n"]) for r in rows]
    assert sorted(results) == [0, 2]
    assert state(admin_conn, learner) == {"points": 37, "badges": 2, "notes": 2}
    ledger = admin_conn.execute(
        "select count(*) as n from public.point_awards where user_id = %s", (learner.id,)
    ).fetchone()
    assert ledger == {"n": 2}


def test_unknown_user_gets_nothing(api_conn: Conn) -> None:
    assert check(api_conn, SERVICE, User(str(uuid.uuid4()), "x@example.test", "student")) == 0


def test_learner_reads_own_ledger_but_cannot_write_it(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    alice, bob = make_user(), make_user()
    achievement(admin_conn, "points", 0, key="required_points", points=4)
    check(api_conn, SERVICE, alice)
    check(api_conn, SERVICE, bob)
    with as_caller(api_conn, alice.claims) as conn:
        rows = conn.execute("select user_id, reason, points from public.point_awards").fetchall()
    assert [(str(r["user_id"]), r["reason"], r["points"]) for r in rows] == [
        (alice.id, "achievement", 4)
    ]
    with pytest.raises(Refused), as_caller(api_conn, alice.claims) as conn:
        conn.execute(
            "insert into public.point_awards (user_id, reason, ref_id, points) "
            "values (%s, 'quiz_passed', gen_random_uuid(), 1000)",
            (alice.id,),
        )
    with pytest.raises(Refused), as_caller(api_conn, alice.claims) as conn:
        conn.execute(
            "select private.award_points(%s, 'quiz_passed', gen_random_uuid(), 5)", (alice.id,)
        )
