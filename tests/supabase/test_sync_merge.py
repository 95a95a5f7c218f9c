"""sync_push merge rules: the same result whatever order two devices' ops arrive in.

docs/sync-design.md "Merge rules": completion is the greatest, completed_at the
earliest, section progress per key (highest percent, other fields from the
later stamp), enrollment and rating last-writer-wins by hybrid logical clock.
"""

from __future__ import annotations

import itertools
import uuid
from typing import Any

import psycopg
import pytest

from tests.supabase.conftest import Cast, User
from tests.supabase.sync_support import call_push, hlc, make_op

Conn = psycopg.Connection[dict[str, Any]]


@pytest.fixture
def learner(cast: Cast, admin_conn: Conn) -> User:
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (cast.student.id, cast.course),
    )
    return cast.student


class Devices:
    """Two devices of one learner, each with its own sequence numbers."""

    def __init__(self, conn: Conn, user: User) -> None:
        self.conn, self.user = conn, user
        self.ids = {name: str(uuid.uuid4()) for name in ("a", "b")}
        self.seq = dict.fromkeys(self.ids, 0)

    def push(
        self, device: str, kind: str, payload: dict[str, Any], stamp: str | None = None
    ) -> dict[str, Any]:
        self.seq[device] += 1
        result = call_push(
            self.conn,
            self.user.claims,
            self.ids[device],
            [make_op(self.seq[device], kind, payload, hlc=stamp)],
        )
        assert result["results"][0]["status"] == "applied", result
        return result


def fresh_learner(cast: Cast, admin: Conn, make_user: Any) -> User:
    user: User = make_user()
    admin.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (user.id, cast.course),
    )
    return user


SECTION_OPS = [
    ("a", {"intro": {"percent": 80, "pos": "a1"}}, hlc(1000, device="a")),
    ("b", {"intro": {"percent": 40, "pos": "b1"}, "body": {"percent": 10}}, hlc(2000, device="b")),
    ("a", {"body": {"percent": 60, "pos": "a2"}}, hlc(1500, device="a")),
]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_section_progress_merges_per_key_whatever_the_order(
    cast: Cast, admin_conn: Conn, api_conn: Conn, make_user: Any, order: tuple[int, ...]
) -> None:
    user = fresh_learner(cast, admin_conn, make_user)
    devices = Devices(api_conn, user)
    for index in order:
        device, sections, stamp = SECTION_OPS[index]
        devices.push(
            device,
            "progress.section",
            {"lesson_id": cast.paid_lesson, "sections": sections, "lesson_percent": None},
            stamp,
        )
    row = admin_conn.execute(
        "select section_progress from public.lesson_progress where user_id = %s", (user.id,)
    ).fetchone()
    assert row is not None
    assert row["section_progress"] == {
        # highest percent (80 from a), other fields from the later stamp (b's)
        "intro": {"percent": 80, "pos": "b1", "hlc": hlc(2000, device="b")},
        # b's later entry has no pos: the later stamp's fields win as a whole
        "body": {"percent": 60, "hlc": hlc(2000, device="b")},
    }


def test_completion_is_the_greatest_and_completed_at_the_earliest(
    cast: Cast, learner: User, admin_conn: Conn, api_conn: Conn
) -> None:
    devices = Devices(api_conn, learner)
    devices.push(
        "a",
        "progress.complete",
        {"lesson_id": cast.free_lesson, "completed_at": "2026-11-21T08:00:00Z"},
    )
    # A stale device reports less progress and a later completion: neither wins.
    devices.push(
        "b",
        "progress.section",
        {"lesson_id": cast.free_lesson, "lesson_percent": 20, "sections": {}},
        hlc(9000, device="b"),
    )
    devices.push(
        "b",
        "progress.complete",
        {"lesson_id": cast.free_lesson, "completed_at": "2026-11-22T08:00:00Z"},
    )
    devices.push(
        "a",
        "progress.complete",
        {"lesson_id": cast.free_lesson, "completed_at": "2026-11-20T08:00:00Z"},
    )
    row = admin_conn.execute(
        "select completion_percentage, completed_at from public.lesson_progress where user_id = %s",
        (learner.id,),
    ).fetchone()
    assert row is not None
    assert row["completion_percentage"] == 100
    assert row["completed_at"].isoformat() == "2026-11-20T08:00:00+00:00"


def test_a_completion_in_the_future_is_clamped_to_now(
    cast: Cast, learner: User, admin_conn: Conn, api_conn: Conn
) -> None:
    Devices(api_conn, learner).push(
        "a",
        "progress.complete",
        {"lesson_id": cast.free_lesson, "completed_at": "2099-01-01T00:00:00Z"},
    )
    row = admin_conn.execute(
        "select completed_at <= now() as ok from public.lesson_progress where user_id = %s",
        (learner.id,),
    ).fetchone()
    assert row == {"ok": True}


def test_enrollment_is_last_writer_wins_and_unenrolling_is_a_value(
    cast: Cast, admin_conn: Conn, api_conn: Conn, make_user: Any
) -> None:
    user: User = make_user()
    devices = Devices(api_conn, user)
    # Device b unenrolled later (stamp 3000) but syncs first; a's older enroll arrives after.
    devices.push(
        "b",
        "enrollment.set",
        {"course_id": cast.course, "status": "unenrolled", "changed_at": "2026-11-21T00:00:00Z"},
        hlc(3000, device="b"),
    )
    result = devices.push(
        "a",
        "enrollment.set",
        {"course_id": cast.course, "status": "active", "changed_at": "2026-11-20T00:00:00Z"},
        hlc(2000, device="a"),
    )
    assert result["results"][0]["data"]["superseded"] is True
    row = admin_conn.execute(
        "select status, hlc from public.enrollments where user_id = %s", (user.id,)
    ).fetchone()
    assert row == {"status": "unenrolled", "hlc": hlc(3000, device="b")}
    devices.push(
        "a",
        "enrollment.set",
        {"course_id": cast.course, "status": "active", "changed_at": "2026-11-22T00:00:00Z"},
        hlc(4000, device="a"),
    )
    row = admin_conn.execute(
        "select status, enrolled_at from public.enrollments where user_id = %s", (user.id,)
    ).fetchone()
    assert row is not None
    assert row["status"] == "active"
    assert row["enrolled_at"].isoformat() == "2026-11-21T00:00:00+00:00"


def test_equal_clocks_break_ties_on_the_device_id(
    cast: Cast, learner: User, admin_conn: Conn, api_conn: Conn
) -> None:
    devices = Devices(api_conn, learner)
    devices.push(
        "b",
        "rating.set",
        {"course_id": cast.course, "rating": 2, "review": "b"},
        hlc(5000, device="dev-b"),
    )
    devices.push(
        "a",
        "rating.set",
        {"course_id": cast.course, "rating": 5, "review": "a"},
        hlc(5000, device="dev-a"),
    )
    row = admin_conn.execute(
        "select rating, review from public.course_ratings where user_id = %s", (learner.id,)
    ).fetchone()
    assert row == {"rating": 2, "review": "b"}


def test_enrolling_in_a_draft_is_rejected(cast: Cast, api_conn: Conn, admin_conn: Conn) -> None:
    result = call_push(
        api_conn,
        cast.student.claims,
        str(uuid.uuid4()),
        [make_op(1, "enrollment.set", {"course_id": cast.draft, "status": "active"}, hlc=hlc(1))],
    )
    assert result["results"][0]["status"] == "rejected"
    assert admin_conn.execute(
        "select count(*) as n from public.enrollments where user_id = %s", (cast.student.id,)
    ).fetchone() == {"n": 0}


def test_rating_needs_an_enrollment_and_a_clock(cast: Cast, api_conn: Conn) -> None:
    result = call_push(
        api_conn,
        cast.student.claims,
        str(uuid.uuid4()),
        [
            make_op(1, "rating.set", {"course_id": cast.course, "rating": 4}, hlc=hlc(1)),
            make_op(
                2, "enrollment.set", {"course_id": cast.course, "status": "active"}, hlc=hlc(2)
            ),
            make_op(3, "rating.set", {"course_id": cast.course, "rating": 4}),
            make_op(4, "rating.set", {"course_id": cast.course, "rating": 9}, hlc=hlc(3)),
            make_op(5, "rating.set", {"course_id": cast.course, "rating": 4}, hlc=hlc(4)),
        ],
    )
    statuses = [r["status"] for r in result["results"]]
    assert statuses == ["rejected", "applied", "rejected", "rejected", "applied"]
