"""Tables only the server writes: quiz attempts, achievements (issue #2)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from psycopg import errors

from tests.supabase.conftest import ApiResult, Cast, User

Api = Callable[..., ApiResult]
Conn = psycopg.Connection[dict[str, Any]]


@pytest.fixture
def db_url(module_db_url: str) -> str:
    """Tests here touch only the rows their own ``cast`` creates: share a database."""
    return module_db_url


@pytest.fixture
def attempt(cast: Cast, admin_conn: Conn) -> str:
    row = admin_conn.execute(
        "insert into quiz_attempts (user_id, lesson_id, score, max_score, answers) "
        "values (%s, %s, 1, 2, '{}') returning id",
        (cast.student.id, cast.free_lesson),
    ).fetchone()
    assert row is not None
    return str(row["id"])


@pytest.mark.parametrize("caller", ["anon", "student", "instructor", "admin"])
def test_nobody_inserts_a_quiz_attempt_directly(api: Api, cast: Cast, caller: str) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            cast.caller(caller),
            "insert into quiz_attempts (user_id, lesson_id, score, "
            "max_score, answers) values (auth.uid(), %s, 10, 10, '{}')",
            (cast.free_lesson,),
        )


@pytest.mark.parametrize("caller", ["student", "instructor"])
def test_nobody_rewrites_a_quiz_attempt(api: Api, cast: Cast, attempt: str, caller: str) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.caller(caller), "update quiz_attempts set score = 2 where id = %s", (attempt,))


@pytest.mark.parametrize(
    ("caller", "visible"),
    [("student", True), ("instructor", True), ("admin", True), ("other_instructor", False)],
)
def test_who_reads_a_quiz_attempt(
    api: Api, cast: Cast, attempt: str, caller: str, visible: bool
) -> None:
    rows = api(cast.caller(caller), "select id from quiz_attempts where id = %s", (attempt,)).rows
    assert (len(rows) == 1) is visible


def test_learner_does_not_see_other_learners_attempts(
    api: Api, cast: Cast, attempt: str, make_user: Callable[..., User]
) -> None:
    assert api(make_user("student"), "select id from quiz_attempts").rows == []


@pytest.fixture
def achievements(admin_conn: Conn) -> tuple[str, str]:
    rows = admin_conn.execute(
        "insert into achievements (title, icon, criteria, is_active) values "
        "('Active', 'star', '{\"type\":\"streak\",\"required_count\":3}', true), "
        "('Retired', 'star', '{\"type\":\"streak\",\"required_count\":9}', false) "
        "returning id"
    ).fetchall()
    return str(rows[0]["id"]), str(rows[1]["id"])


@pytest.mark.parametrize(
    ("caller", "sees_retired"),
    [("anon", False), ("student", False), ("instructor", False), ("admin", True)],
)
def test_active_achievements_are_public(
    api: Api, cast: Cast, achievements: tuple[str, str], caller: str, sees_retired: bool
) -> None:
    ids = {str(r["id"]) for r in api(cast.caller(caller), "select id from achievements").rows}
    assert achievements[0] in ids
    assert (achievements[1] in ids) is sees_retired


@pytest.mark.parametrize("caller", ["student", "instructor", "admin"])
def test_nobody_awards_themselves_an_achievement(
    api: Api, cast: Cast, achievements: tuple[str, str], caller: str
) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            cast.caller(caller),
            "insert into user_achievements (user_id, achievement_id) values (auth.uid(), %s)",
            (achievements[0],),
        )
    if caller == "admin":
        return  # admins define platform-wide badges (tests/supabase/test_course_achievements.py)
    with pytest.raises(errors.InsufficientPrivilege):
        api(
            cast.caller(caller),
            "insert into achievements (title, icon, criteria) values ('Mine', 'x', '{}')",
        )


def test_earned_achievements_are_private_to_their_owner(
    api: Api, cast: Cast, achievements: tuple[str, str], admin_conn: Conn
) -> None:
    admin_conn.execute(
        "insert into user_achievements (user_id, achievement_id) values (%s, %s)",
        (cast.student.id, achievements[0]),
    )
    assert len(api(cast.student, "select id from user_achievements").rows) == 1
    assert api(cast.instructor, "select id from user_achievements").rows == []
    with pytest.raises(errors.InsufficientPrivilege):
        api(cast.caller("anon"), "select id from user_achievements")
