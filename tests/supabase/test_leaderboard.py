"""get_leaderboard: handles, avatars, points and streaks of learners who opted in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from devserver.db import as_caller
from tests.supabase.conftest import ANON, User
from tests.supabase.quiz_builders import Conn, Refused

BOARD = "select * from public.get_leaderboard(%s)"


@pytest.fixture(autouse=True)
def empty_board(admin_conn: Conn) -> None:
    """Demo learners from the seed would crowd the board: take them off it."""
    admin_conn.execute("update public.profiles set show_on_leaderboard = false")


def learner(
    make_user: Callable[..., User],
    admin: Conn,
    name: str,
    points: int,
    streak: int = 0,
    *,
    role: str = "student",
    shown: bool = True,
) -> User:
    user = make_user(role, username=name)
    admin.execute(
        "update public.profiles set points = %s, streak_days = %s, "
        "avatar_url = %s, show_on_leaderboard = %s where id = %s",
        (points, streak, f"https://img.example/{name}.png", shown, user.id),
    )
    return user


def board(api: Conn, claims: dict[str, Any], limit: int | None = 10) -> list[dict[str, Any]]:
    with as_caller(api, claims) as conn:
        return [dict(r) for r in conn.execute(BOARD, (limit,)).fetchall()]


def test_leaderboard_ranks_learners_who_opted_in(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    ada = learner(make_user, admin_conn, "ada_l", 300, 2)
    learner(make_user, admin_conn, "bob_b", 100, 9)
    learner(make_user, admin_conn, "cy_cy", 300, 5)
    learner(make_user, admin_conn, "hidden", 999, shown=False)
    learner(make_user, admin_conn, "teacher", 999, role="instructor")
    rows = board(api_conn, ada.claims)
    assert [
        (r["rank"], r["username"], r["points"], r["streak_days"], r["is_self"]) for r in rows
    ] == [(1, "cy_cy", 300, 5, False), (1, "ada_l", 300, 2, True), (3, "bob_b", 100, 9, False)]
    assert rows[0]["avatar_url"] == "https://img.example/cy_cy.png"


def test_leaderboard_returns_no_other_profile_field(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    ada = learner(make_user, admin_conn, "ada_l", 1)
    with as_caller(api_conn, ada.claims) as conn:
        cursor = conn.execute(BOARD, (10,))
        columns = [c.name for c in cursor.description or []]
        rows = cursor.fetchall()
    assert columns == ["rank", "username", "avatar_url", "points", "streak_days", "is_self"]
    assert ada.id not in repr(rows)
    assert "User" not in repr(rows)


def test_limit_is_respected_and_clamped(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    users = [learner(make_user, admin_conn, f"user_{i:02d}", i) for i in range(4)]
    claims = users[0].claims
    assert len(board(api_conn, claims, 2)) == 2
    assert len(board(api_conn, claims, 0)) == 1
    assert len(board(api_conn, claims, -5)) == 1
    assert len(board(api_conn, claims, None)) == 4
    assert len(board(api_conn, claims, 10_000)) == 4


def test_anon_cannot_read_the_leaderboard(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    learner(make_user, admin_conn, "ada_l", 1)
    with pytest.raises(Refused):
        board(api_conn, ANON)


def test_opting_out_takes_effect_at_once(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    ada = learner(make_user, admin_conn, "ada_l", 5)
    with as_caller(api_conn, ada.claims) as conn:
        conn.execute(
            "update public.profiles set show_on_leaderboard = false where id = %s", (ada.id,)
        )
    assert board(api_conn, ada.claims) == []
