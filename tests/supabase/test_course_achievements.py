"""Course achievements (public.achievements.course_id): an instructor
writes the badges of their own course, a learner earns one within that
course only, once, with one notification."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from psycopg import errors

from devserver.db import as_caller
from tests.supabase.conftest import ANON, ApiResult, Cast, User
from tests.supabase.quiz_builders import Conn, Refused, make_course, run_concurrently

Api = Callable[..., ApiResult]
INSERT = (
    "insert into public.achievements (title, icon, criteria, course_id) "
    "values (%s, 'star', %s, %s) returning id"
)


def completion(course_id: str) -> str:
    return json.dumps({"type": "course_completion", "course_id": course_id})


@pytest.fixture(autouse=True)
def only_test_achievements(admin_conn: Conn) -> None:
    """Demo achievements from the seed would blur the counts: switch them off."""
    admin_conn.execute("update public.achievements set is_active = false")


def test_instructor_creates_updates_and_removes_badges_of_their_own_course(
    api: Api, cast: Cast
) -> None:
    (row,) = api(cast.instructor, INSERT, ("Finisher", completion(cast.course), cast.course)).rows
    updated = api(
        cast.instructor,
        "update public.achievements set title = 'Done', is_active = false where id = %s",
        (row["id"],),
    )
    assert updated.rowcount == 1
    seen = api(
        cast.instructor, "select title from public.achievements where id = %s", (row["id"],)
    ).rows
    assert seen == [{"title": "Done"}], "a teacher still sees their retired badge"
    assert (
        api(cast.student, "select id from public.achievements where id = %s", (row["id"],)).rows
        == []
    ), "learners see active badges only"
    assert (
        api(cast.instructor, "delete from public.achievements where id = %s", (row["id"],)).rowcount
        == 1
    )


def test_instructor_cannot_write_badges_of_another_instructors_course(
    api: Api, cast: Cast, admin_conn: Conn
) -> None:
    with pytest.raises(Refused):
        api(cast.other_instructor, INSERT, ("Mine", completion(cast.course), cast.course))
    badge = admin_conn.execute(INSERT, ("Theirs", completion(cast.course), cast.course)).fetchone()
    assert badge is not None
    assert (
        api(
            cast.other_instructor,
            "update public.achievements set points_value = 999 where id = %s",
            (badge["id"],),
        ).rowcount
        == 0
    )
    assert (
        api(
            cast.other_instructor, "delete from public.achievements where id = %s", (badge["id"],)
        ).rowcount
        == 0
    )
    with pytest.raises(Refused):  # nor move their own badge into someone else's course
        api(
            cast.instructor,
            "update public.achievements set course_id = %s, criteria = %s where id = %s",
            (
                _other_course(admin_conn, cast.other_instructor),
                '{"type":"course_completion"}',
                badge["id"],
            ),
        )


def _other_course(admin: Conn, teacher: User) -> str:
    return make_course(admin, teacher.id, lessons=1).id


@pytest.mark.parametrize("caller", ["student", "instructor"])
def test_platform_wide_badges_stay_admin_only(
    api: Api, cast: Cast, caller: str, admin_conn: Conn
) -> None:
    with pytest.raises(Refused):
        api(
            cast.caller(caller),
            INSERT,
            ("Everyone", '{"type":"points","required_points":10}', None),
        )
    with pytest.raises(Refused):  # a learner names a course they do not teach
        api(cast.student, INSERT, ("Sneaky", completion(cast.course), cast.course))
    seed = admin_conn.execute("select id from public.achievements limit 1").fetchone()
    assert seed is not None
    assert (
        api(
            cast.caller(caller),
            "update public.achievements set is_active = true where id = %s",
            (seed["id"],),
        ).rowcount
        == 0
    )


def test_anon_cannot_write_achievements(api: Api, cast: Cast) -> None:
    with pytest.raises(Refused):
        api(ANON, INSERT, ("Anon", completion(cast.course), cast.course))


def test_admin_writes_any_achievement(api: Api, cast: Cast) -> None:
    (platform,) = api(
        cast.admin, INSERT, ("Century", '{"type":"points","required_points":100}', None)
    ).rows
    (course,) = api(cast.admin, INSERT, ("Finisher", completion(cast.course), cast.course)).rows
    assert (
        api(
            cast.admin,
            "update public.achievements set points_value = 5 where id in (%s, %s)",
            (platform["id"], course["id"]),
        ).rowcount
        == 2
    )


@pytest.mark.parametrize(
    "criteria",
    [
        {"type": "streak", "required_days": 3},
        {"type": "points", "required_points": 10},
        {"type": "lessons_completed"},
        {"type": "lessons_completed", "required_count": 0},
        {"type": "quiz_master", "required_count": 2.5},
        {"type": "quiz_master", "required_count": "3"},
        {"type": "course_completion", "required_count": 3},
        {"type": "course_completion", "course_id": "00000000-0000-4000-8000-000000000000"},
        {"type": "course_completion", "colour": "red"},
        {"required_count": 1},
    ],
)
def test_course_badge_criteria_are_checked(api: Api, cast: Cast, criteria: dict[str, Any]) -> None:
    with pytest.raises(errors.CheckViolation):
        api(cast.instructor, INSERT, ("Odd", json.dumps(criteria), cast.course))


def test_a_platform_wide_badge_cannot_name_a_course(api: Api, cast: Cast) -> None:
    with pytest.raises(errors.CheckViolation):
        api(cast.admin, INSERT, ("Lost", completion(cast.course), None))


@pytest.mark.parametrize(
    "criteria",
    [
        {"type": "course_completion"},
        {"type": "lessons_completed", "required_count": 2},
        {"type": "quiz_master", "required_count": 1},
    ],
)
def test_course_badge_criteria_accepted(api: Api, cast: Cast, criteria: dict[str, Any]) -> None:
    assert len(api(cast.instructor, INSERT, ("Fine", json.dumps(criteria), cast.course)).rows) == 1


# -- earning --------------------------------------------------------------------
def badge(admin: Conn, course_id: str, criteria: dict[str, Any], *, points: int = 15) -> str:
    row = admin.execute(
        "insert into public.achievements (title, icon, points_value, criteria, course_id) "
        "values (%s, 'star', %s, %s, %s) returning id",
        (f"{criteria['type']} of {course_id[:8]}", points, json.dumps(criteria), course_id),
    ).fetchone()
    assert row is not None
    return str(row["id"])


def complete(admin: Conn, user: User, course_id: str, lesson_ids: list[str]) -> None:
    """Progress as the sync would write it: the reward triggers run."""
    for lesson_id in lesson_ids:
        admin.execute(
            "insert into public.lesson_progress (user_id, lesson_id, course_id, "
            "completion_percentage, completed_at) values (%s, %s, %s, 100, now())",
            (user.id, lesson_id, course_id),
        )


def earned(admin: Conn, user: User) -> dict[str, Any]:
    row = admin.execute(
        "select array(select achievement_id::text from public.user_achievements "
        "  where user_id = p.id order by 1) as badges, "
        "(select count(*) from public.notifications n where n.user_id = p.id "
        " and n.type = 'achievement') as notes, p.points "
        "from public.profiles p where p.id = %s",
        (user.id,),
    ).fetchone()
    assert row is not None
    return dict(row)


def check(api_conn: Conn, user: User) -> int:
    with as_caller(api_conn, user.claims) as conn:
        row = conn.execute("select public.check_achievements(%s) as n", (user.id,)).fetchone()
    assert row is not None
    return int(row["n"])


def test_completing_the_course_earns_its_badge_once_and_not_another_courses(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    teacher = make_user("instructor")
    course = make_course(admin_conn, teacher.id, lessons=2)
    other = make_course(admin_conn, teacher.id, lessons=1)
    mine = badge(admin_conn, course.id, {"type": "course_completion", "course_id": course.id})
    badge(admin_conn, other.id, {"type": "course_completion"})
    learner = make_user()
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s), (%s, %s)",
        (learner.id, course.id, learner.id, other.id),
    )
    complete(admin_conn, learner, course.id, course.lesson_ids[:1])
    assert earned(admin_conn, learner)["badges"] == [], "half a course earns nothing"
    complete(admin_conn, learner, course.id, course.lesson_ids[1:])
    # The completion trigger awarded it in the same transaction; repeats add nothing.
    assert check(api_conn, learner) == 0
    assert check(api_conn, learner) == 0
    assert earned(admin_conn, learner) == {"badges": [mine], "notes": 1, "points": 2 * 10 + 15}


def test_lessons_and_quizzes_count_within_the_badges_course_only(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    teacher = make_user("instructor")
    course = make_course(admin_conn, teacher.id, lessons=3)
    other = make_course(admin_conn, teacher.id, lessons=3)
    lessons = badge(admin_conn, course.id, {"type": "lessons_completed", "required_count": 2})
    quizzes = badge(admin_conn, course.id, {"type": "quiz_master", "required_count": 1})
    learner = make_user()
    complete(admin_conn, learner, other.id, other.lesson_ids)  # 3 lessons elsewhere
    admin_conn.execute(
        "insert into public.quiz_attempts (user_id, lesson_id, score, "
        "max_score, answers) values (%s, %s, 1, 1, '{}')",
        (learner.id, other.lesson_ids[0]),
    )
    assert check(api_conn, learner) == 0
    complete(admin_conn, learner, course.id, course.lesson_ids[:1])
    admin_conn.execute(
        "insert into public.quiz_attempts (user_id, lesson_id, score, "
        "max_score, answers) values (%s, %s, 1, 1, '{}')",
        (learner.id, course.lesson_ids[0]),
    )
    assert check(api_conn, learner) == 1
    assert earned(admin_conn, learner)["badges"] == [quizzes]
    complete(admin_conn, learner, course.id, course.lesson_ids[1:2])
    assert sorted(earned(admin_conn, learner)["badges"]) == sorted([lessons, quizzes])


def test_concurrent_checks_award_a_course_badge_once(
    db_url: str, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    teacher = make_user("instructor")
    course = make_course(admin_conn, teacher.id, lessons=1)
    learner = make_user()
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (learner.id, course.id),
    )
    # Completed behind the triggers' back, so the checks below do the awarding.
    admin_conn.execute(
        "update public.enrollments set completed_at = now() where user_id = %s", (learner.id,)
    )
    mine = badge(admin_conn, course.id, {"type": "course_completion"}, points=40)
    results = run_concurrently(
        db_url, learner.claims, "select public.check_achievements(%s) as n", (learner.id,), copies=3
    )
    assert sorted(int(r["n"]) for r in results) == [0, 0, 1]
    assert earned(admin_conn, learner) == {"badges": [mine], "notes": 1, "points": 40}


def test_old_default_criteria_are_the_canonical_course_completion(api: Api, cast: Cast) -> None:
    """The publisher's default ({type, course_id}) is a valid course badge."""
    (row,) = api(cast.instructor, INSERT, ("Finisher", completion(cast.course), cast.course)).rows
    stored = api(
        cast.instructor,
        "select course_id::text as course_id, criteria from public.achievements where id = %s",
        (row["id"],),
    ).rows
    assert stored == [
        {
            "course_id": cast.course,
            "criteria": {"type": "course_completion", "course_id": cast.course},
        }
    ]


@pytest.mark.parametrize(
    ("caller", "sees"),
    [
        ("anon", False),
        ("student", False),
        ("other_instructor", False),
        ("instructor", True),
        ("admin", True),
    ],
)
def test_a_draft_courses_badge_is_seen_only_where_the_draft_is(
    api: Api, cast: Cast, admin_conn: Conn, caller: str, sees: bool
) -> None:
    row = admin_conn.execute(INSERT, ("Secret", completion(cast.draft), cast.draft)).fetchone()
    assert row is not None
    found = api(
        cast.caller(caller), "select id from public.achievements where id = %s", (row["id"],)
    ).rows
    assert (len(found) == 1) is sees
    admin_conn.execute("update public.courses set is_published = true where id = %s", (cast.draft,))
    assert (
        len(
            api(
                cast.caller(caller),
                "select id from public.achievements where id = %s",
                (row["id"],),
            ).rows
        )
        == 1
    ), "published: everyone sees its badge"
