"""The profile-on-sign-up trigger on auth.users (issue #2).

Users are inserted the way GoTrue does it: as supabase_auth_admin, which has
no privilege on public.profiles -- the trigger must still create the profile.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

Conn = psycopg.Connection[dict[str, Any]]


def sign_up(conn: Conn, email: str, meta: Any) -> str:
    uid = str(uuid.uuid4())
    with conn.transaction():
        conn.execute("set local role supabase_auth_admin")
        conn.execute(
            "insert into auth.users (id, aud, role, email, encrypted_password, "
            "raw_user_meta_data, created_at, updated_at) "
            "values (%s, 'authenticated', 'authenticated', %s, '', %s, now(), now())",
            (uid, email, None if meta is None else json.dumps(meta)),
        )
    return uid


def profile(conn: Conn, uid: str) -> dict[str, Any]:
    row = conn.execute("select * from public.profiles where id = %s", (uid,)).fetchone()
    assert row is not None, "sign-up created no profile"
    return row


def test_profile_takes_username_and_full_name_from_metadata(admin_conn: Conn) -> None:
    uid = sign_up(
        admin_conn,
        "ada@example.test",
        {"username": "ada", "full_name": "Ada Lovelace", "avatar_url": "https://img.test/ada.png"},
    )
    row = profile(admin_conn, uid)
    assert (row["username"], row["full_name"], row["avatar_url"]) == (
        "ada",
        "Ada Lovelace",
        "https://img.test/ada.png",
    )
    assert (row["role"], row["points"], row["streak_days"]) == ("student", 0, 0)


@pytest.mark.parametrize(
    "meta", [None, {}, [], "text", {"username": ""}, {"username": "ab"}, {"username": "   "}]
)
def test_missing_or_short_username_falls_back_to_email(admin_conn: Conn, meta: Any) -> None:
    uid = sign_up(admin_conn, "grace.hopper@example.test", meta)
    row = profile(admin_conn, uid)
    assert row["username"].startswith("grace.hopper_")
    assert len(row["username"]) == len("grace.hopper_") + 6
    assert row["full_name"] == row["username"]


def test_taken_username_gets_a_suffix_and_sign_up_succeeds(admin_conn: Conn) -> None:
    first = sign_up(admin_conn, "one@example.test", {"username": "popular"})
    second = sign_up(
        admin_conn, "two@example.test", {"username": "popular", "full_name": "Second Person"}
    )
    assert profile(admin_conn, first)["username"] == "popular"
    row = profile(admin_conn, second)
    assert row["username"].startswith("two_")
    assert row["full_name"] == "Second Person"


def test_short_email_local_part_falls_back_to_learner(admin_conn: Conn) -> None:
    uid = sign_up(admin_conn, "x@example.test", {})
    assert profile(admin_conn, uid)["username"].startswith("learner_")


def test_metadata_cannot_choose_role_or_points(admin_conn: Conn) -> None:
    uid = sign_up(
        admin_conn,
        "sneaky@example.test",
        {"username": "sneaky", "role": "admin", "points": 9999, "streak_days": 99},
    )
    row = profile(admin_conn, uid)
    assert (row["role"], row["points"], row["streak_days"]) == ("student", 0, 0)


def test_long_username_is_clipped(admin_conn: Conn) -> None:
    uid = sign_up(admin_conn, "long@example.test", {"username": "u" * 500})
    assert profile(admin_conn, uid)["username"] == "u" * 40


def test_concurrent_sign_ups_with_the_same_username_both_succeed(
    admin_conn: Conn, db_url: str
) -> None:
    with (
        psycopg.connect(db_url, row_factory=dict_row) as first,
        psycopg.connect(db_url, autocommit=True, row_factory=dict_row) as second,
    ):
        first.execute("set role supabase_auth_admin")
        first_id = str(uuid.uuid4())
        first.execute(
            "insert into auth.users (id, aud, email, raw_user_meta_data) "
            "values (%s, 'authenticated', 'c1@example.test', '{\"username\": \"racer\"}')",
            (first_id,),
        )
        # The second sign-up sees no "racer" yet and blocks on the unique index.
        result: dict[str, Any] = {}
        pid = second.execute("select pg_backend_pid() as pid").fetchone()
        assert pid is not None

        def run() -> None:
            try:
                result["id"] = sign_up(second, "racer2@example.test", {"username": "racer"})
            except psycopg.Error as exc:  # reported below, not swallowed
                result["error"] = exc

        worker = threading.Thread(target=run)
        worker.start()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            waiting = admin_conn.execute(
                "select wait_event_type from pg_stat_activity where pid = %s", (pid["pid"],)
            ).fetchone()
            if waiting and waiting["wait_event_type"] == "Lock":
                break
            time.sleep(0.01)  # noqa: TID251 - deliberate: poll interval while waiting for the lock  # allowed-sleep
        else:
            pytest.fail("the second sign-up never waited for the first")
        first.commit()
        worker.join(10)
    assert "error" not in result, result.get("error")
    assert profile(admin_conn, first_id)["username"] == "racer"
    assert profile(admin_conn, result["id"])["username"].startswith("racer2_")
