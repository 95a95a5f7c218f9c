"""No path makes an enrollment in an unpublished course active (issue #12, item 1).

sync_push once checked "published" only when the learner had no enrollment
row: pushing ``unenrolled`` and then ``active`` for a draft's id switched the
row to active and opened the draft's title and lesson bodies.  The rule now
lives on the table (trigger enrollments_need_published_course), so
sync_push, the REST API and any later function obey it alike.
"""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from tests.supabase.conftest import Cast
from tests.supabase.quiz_builders import select_all
from tests.supabase.test_unenrolled_learners import Device

Conn = psycopg.Connection[dict[str, Any]]


def status_of(admin: Conn, user_id: str, course: str) -> str | None:
    row = admin.execute(
        "select status from public.enrollments where user_id = %s and course_id = %s",
        (user_id, course),
    ).fetchone()
    return None if row is None else str(row["status"])


def test_unenrolled_then_active_does_not_open_a_draft(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    device = Device(cast.student)
    device.set_enrollment(api_conn, cast.draft, "unenrolled")  # only records the clock
    outcome = device.push(api_conn, "enrollment.set", {"course_id": cast.draft, "status": "active"})

    assert outcome["status"] == "rejected", outcome
    assert outcome["code"] == "42501"
    assert f"course {cast.draft} is not published" in outcome["reason"]
    assert status_of(admin_conn, cast.student.id, cast.draft) == "unenrolled"
    claims = cast.student.claims
    assert (
        select_all(
            api_conn, claims, "select title from public.courses where id = %s", (cast.draft,)
        )
        == []
    )
    assert (
        select_all(
            api_conn,
            claims,
            "select body_markdown from public.lesson_contents where lesson_id = %s",
            (cast.draft_lesson,),
        )
        == []
    )


def test_re_enrolling_in_a_course_that_was_unpublished_is_refused(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    device = Device(cast.student)
    device.set_enrollment(api_conn, cast.course, "active")
    device.set_enrollment(api_conn, cast.course, "unenrolled")
    admin_conn.execute(
        "update public.courses set is_published = false where id = %s", (cast.course,)
    )

    outcome = device.push(
        api_conn, "enrollment.set", {"course_id": cast.course, "status": "active"}
    )

    assert outcome["status"] == "rejected", outcome
    assert outcome["code"] == "42501", outcome
    assert status_of(admin_conn, cast.student.id, cast.course) == "unenrolled"


def test_an_active_enrollment_stays_when_its_course_is_unpublished(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    """Only the transition is refused: learners already in keep studying."""
    device = Device(cast.student)
    device.set_enrollment(api_conn, cast.course, "active")
    admin_conn.execute(
        "update public.courses set is_published = false where id = %s", (cast.course,)
    )
    again = device.push(api_conn, "enrollment.set", {"course_id": cast.course, "status": "active"})
    assert again["status"] == "applied", again
    progress = device.push(api_conn, "progress.complete", {"lesson_id": cast.paid_lesson})
    assert progress["status"] == "applied", progress
    assert status_of(admin_conn, cast.student.id, cast.course) == "active"


@pytest.mark.parametrize("who", ["instructor", "admin"])
def test_the_teacher_and_admins_may_enroll_in_a_draft(
    cast: Cast, admin_conn: Conn, api_conn: Conn, who: str
) -> None:
    user = getattr(cast, who)
    device = Device(user)
    device.set_enrollment(api_conn, cast.draft, "unenrolled")
    device.set_enrollment(api_conn, cast.draft, "active")
    assert status_of(admin_conn, user.id, cast.draft) == "active"


def test_other_instructors_may_not(cast: Cast, admin_conn: Conn, api_conn: Conn) -> None:
    device = Device(cast.other_instructor)
    device.set_enrollment(api_conn, cast.draft, "unenrolled")
    outcome = device.push(api_conn, "enrollment.set", {"course_id": cast.draft, "status": "active"})
    assert outcome["status"] == "rejected", outcome
    assert outcome["code"] == "42501", outcome


def test_the_table_refuses_it_for_every_api_writer(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    """Whatever a future function or grant allows, the table itself says no."""
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id, status) values (%s, %s, 'unenrolled')",
        (cast.student.id, cast.draft),
    )
    admin_conn.execute("grant update (status) on public.enrollments to authenticated")
    admin_conn.execute(
        "create policy test_learner_updates on public.enrollments "
        "for update to authenticated using (true) with check (true)"
    )
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="not published"):
        select_all(
            api_conn,
            cast.student.claims,
            "update public.enrollments set status = 'active' where course_id = %s returning id",
            (cast.draft,),
        )
    assert status_of(admin_conn, cast.student.id, cast.draft) == "unenrolled"

    # Moving an active enrollment onto a draft is the same transition.
    admin_conn.execute("delete from public.enrollments where user_id = %s", (cast.student.id,))
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (cast.student.id, cast.course),
    )
    admin_conn.execute("grant update (course_id) on public.enrollments to authenticated")
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="not published"):
        select_all(
            api_conn,
            cast.student.claims,
            "update public.enrollments set course_id = %s where course_id = %s returning id",
            (cast.draft, cast.course),
        )
    assert status_of(admin_conn, cast.student.id, cast.course) == "active"


def test_the_service_side_may(cast: Cast, admin_conn: Conn, api_conn: Conn) -> None:
    """Service role and direct database sessions (migrations, the seed) are trusted."""
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id, status) values (%s, %s, 'unenrolled')",
        (cast.student.id, cast.draft),
    )
    select_all(
        api_conn,
        {"role": "service_role"},
        "update public.enrollments set status = 'active' "
        "where user_id = %s and course_id = %s returning id",
        (cast.student.id, cast.draft),
    )
    assert status_of(admin_conn, cast.student.id, cast.draft) == "active"
