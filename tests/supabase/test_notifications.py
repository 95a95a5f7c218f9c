"""Notifications: learners see and mark read only their own; only the server writes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from devserver.db import as_caller
from tests.supabase.conftest import ANON, User
from tests.supabase.quiz_builders import Conn, Refused, select_all


def _notify(admin: Conn, user: User, title: str = "Hello") -> str:
    row = admin.execute(
        "select private.notify(%s, 'achievement', %s, 'message', '{\"k\": 1}') as id",
        (user.id, title),
    ).fetchone()
    assert row is not None
    return str(row["id"])


def test_learner_sees_only_own_notifications(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    alice, bob = make_user(), make_user()
    mine = _notify(admin_conn, alice, "For Alice")
    _notify(admin_conn, bob, "For Bob")
    rows = select_all(
        api_conn, alice.claims, "select id, title, data, is_read from public.notifications"
    )
    assert rows == [{"id": mine, "title": "For Alice", "data": {"k": 1}, "is_read": False}]


def test_anon_cannot_read_notifications(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    _notify(admin_conn, make_user())
    with pytest.raises(Refused):
        select_all(api_conn, ANON, "select * from public.notifications")


def test_learner_marks_own_notification_read(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    alice = make_user()
    note = _notify(admin_conn, alice)
    with as_caller(api_conn, alice.claims) as conn:
        assert (
            conn.execute(
                "update public.notifications set is_read = true where id = %s", (note,)
            ).rowcount
            == 1
        )
    row = admin_conn.execute(
        "select is_read from public.notifications where id = %s", (note,)
    ).fetchone()
    assert row == {"is_read": True}


def test_learner_cannot_mark_someone_elses_notification(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    alice, bob = make_user(), make_user()
    note = _notify(admin_conn, bob)
    with as_caller(api_conn, alice.claims) as conn:
        assert (
            conn.execute(
                "update public.notifications set is_read = true where id = %s", (note,)
            ).rowcount
            == 0
        )


@pytest.mark.parametrize(
    "statement",
    [
        "update public.notifications set title = 'Forged' where id = %(id)s",
        "update public.notifications set user_id = %(other)s where id = %(id)s",
        "delete from public.notifications where id = %(id)s",
        "insert into public.notifications (user_id, type, title, message) "
        "values (%(me)s, 'achievement', 'Fake badge', 'x')",
    ],
)
def test_learner_cannot_write_notifications_beyond_is_read(
    api_conn: Conn, admin_conn: Conn, make_user: Callable[..., User], statement: str
) -> None:
    alice, bob = make_user(), make_user()
    note = _notify(admin_conn, alice)
    with pytest.raises(Refused), as_caller(api_conn, alice.claims) as conn:
        conn.execute(statement, {"id": note, "me": alice.id, "other": bob.id})


def test_learner_cannot_call_the_internal_notify(
    api_conn: Conn, make_user: Callable[..., User]
) -> None:
    alice = make_user()
    with pytest.raises(Refused), as_caller(api_conn, alice.claims) as conn:
        conn.execute("select private.notify(%s, 'achievement', 't', 'm')", (alice.id,))
