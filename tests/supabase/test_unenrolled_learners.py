"""Only an active enrollment counts (enrollments.status = 'active' in public.is_enrolled).

Sync unenrolls by setting enrollments.status = 'unenrolled' and keeping the
row.  An unenrolled learner must lose what enrollment gave them (paid lesson
bodies, quiz questions and keys, rating the course) and stop being counted;
re-enrolling gives it back.  Enrollment changes go through sync_push, as the
app sends them.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from tests.supabase.conftest import Cast, User
from tests.supabase.quiz_builders import add_question, select_all
from tests.supabase.sync_support import call_push, hlc, make_op

Conn = psycopg.Connection[dict[str, Any]]


class Device:
    """One device of a learner: seqs and clock move forward with every op."""

    def __init__(self, learner: User) -> None:
        self.learner = learner
        self.device_id = str(uuid.uuid4())
        self.seq = 0

    def push(self, conn: Conn, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        self.seq += 1
        op = make_op(self.seq, kind, payload, hlc=hlc(1_764_000_000_000 + self.seq, 0, "dev"))
        result = call_push(conn, self.learner.claims, self.device_id, [op])
        outcome: dict[str, Any] = result["results"][0]
        return outcome

    def set_enrollment(self, conn: Conn, course: str, status: str) -> None:
        outcome = self.push(conn, "enrollment.set", {"course_id": course, "status": status})
        assert outcome["status"] == "applied", outcome


def enrollment_count(admin: Conn, course: str) -> int:
    row = admin.execute(
        "select enrollment_count from public.courses where id = %s", (course,)
    ).fetchone()
    assert row is not None
    return int(row["enrollment_count"])


def readable(api: Conn, learner: User, cast: Cast, question: str) -> dict[str, int]:
    """How many of the paid lesson's body, questions and keys the learner can read."""

    def count(query: str, param: str) -> int:
        return len(select_all(api, learner.claims, query, (param,)))

    return {
        "body": count(
            "select 1 from public.lesson_contents where lesson_id = %s", cast.paid_lesson
        ),
        "questions": count(
            "select 1 from public.quiz_questions where lesson_id = %s", cast.paid_lesson
        ),
        "keys": count("select 1 from public.quiz_answer_keys where question_id = %s", question),
    }


def test_unenrolling_hides_paid_content_and_keys_and_re_enrolling_restores_them(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    question = add_question(admin_conn, cast.paid_lesson, "single_choice", ["a"])
    device = Device(cast.student)
    everything = {"body": 1, "questions": 1, "keys": 1}

    device.set_enrollment(api_conn, cast.course, "active")
    assert readable(api_conn, cast.student, cast, question) == everything
    assert enrollment_count(admin_conn, cast.course) == 1

    device.set_enrollment(api_conn, cast.course, "unenrolled")
    assert readable(api_conn, cast.student, cast, question) == {
        "body": 0,
        "questions": 0,
        "keys": 0,
    }
    assert enrollment_count(admin_conn, cast.course) == 0

    device.set_enrollment(api_conn, cast.course, "active")
    assert readable(api_conn, cast.student, cast, question) == everything
    assert enrollment_count(admin_conn, cast.course) == 1


def test_unenrolled_learner_can_no_longer_progress_or_submit_on_paid_lessons(
    cast: Cast, api_conn: Conn
) -> None:
    device = Device(cast.student)
    device.set_enrollment(api_conn, cast.course, "active")
    device.set_enrollment(api_conn, cast.course, "unenrolled")

    paid = device.push(api_conn, "progress.open", {"lesson_id": cast.paid_lesson})
    free = device.push(api_conn, "progress.open", {"lesson_id": cast.free_lesson})

    assert paid["status"] == "rejected", paid
    assert paid["code"] == "42501", paid
    assert free["status"] == "applied", free  # free lessons stay open to everyone


def test_unenrolled_learner_cannot_rate_the_course_by_sync_or_api(
    cast: Cast, api_conn: Conn
) -> None:
    device = Device(cast.student)
    device.set_enrollment(api_conn, cast.course, "active")
    rated = device.push(api_conn, "rating.set", {"course_id": cast.course, "rating": 4})
    assert rated["status"] == "applied", rated
    device.set_enrollment(api_conn, cast.course, "unenrolled")

    again = device.push(api_conn, "rating.set", {"course_id": cast.course, "rating": 1})
    assert again["status"] == "rejected", again
    assert again["code"] == "42501", again
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        select_all(
            api_conn,
            cast.student.claims,
            "update public.course_ratings set rating = 1 where course_id = %s returning 1",
            (cast.course,),
        )
    stored = select_all(
        api_conn,
        cast.student.claims,
        "select rating from public.course_ratings where course_id = %s",
        (cast.course,),
    )
    assert stored == [{"rating": 4}]  # the earlier rating stays as it was


def test_unenrolled_learner_no_longer_sees_a_draft_course(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    device = Device(cast.student)
    device.set_enrollment(api_conn, cast.course, "active")
    admin_conn.execute(
        "update public.courses set is_published = false where id = %s", (cast.course,)
    )
    query = "select id from public.courses where id = %s"
    assert len(select_all(api_conn, cast.student.claims, query, (cast.course,))) == 1

    device.set_enrollment(api_conn, cast.course, "unenrolled")

    assert select_all(api_conn, cast.student.claims, query, (cast.course,)) == []


def test_concurrent_enrolls_and_unenrolls_keep_the_count_right(
    cast: Cast, admin_conn: Conn, db_url: str, make_user: Callable[..., User]
) -> None:
    learners = [make_user() for _ in range(8)]
    devices = [Device(learner) for learner in learners]
    with psycopg.connect(db_url, autocommit=True, row_factory=dict_row) as conn:
        for device in devices[:4]:  # these four start enrolled and leave
            device.set_enrollment(conn, cast.course, "active")
    assert enrollment_count(admin_conn, cast.course) == 4

    barrier = threading.Barrier(len(devices))
    errors: list[BaseException] = []

    def change(device: Device, status: str) -> None:
        try:
            with psycopg.connect(db_url, autocommit=True, row_factory=dict_row) as conn:
                barrier.wait(timeout=10)
                device.set_enrollment(conn, cast.course, status)
        except BaseException as exc:  # re-raised in the test's thread
            errors.append(exc)

    threads = [
        threading.Thread(target=change, args=(d, "unenrolled" if i < 4 else "active"))
        for i, d in enumerate(devices)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    assert not any(thread.is_alive() for thread in threads)

    active = admin_conn.execute(
        "select count(*) as n from public.enrollments where course_id = %s and status = 'active'",
        (cast.course,),
    ).fetchone()
    assert active is not None
    assert active["n"] == 4
    assert enrollment_count(admin_conn, cast.course) == 4
