"""sync_push: exactly-once batches, sequence rules, rejections and merge rules (issue #4)."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from tests.supabase.conftest import Cast, User
from tests.supabase.sync_support import call_push, hlc, make_op

Conn = psycopg.Connection[dict[str, Any]]


@pytest.fixture
def learner(cast: Cast, admin_conn: Conn) -> User:
    """cast.student, enrolled in cast.course."""
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (cast.student.id, cast.course),
    )
    return cast.student


def time_ops(lesson: str, count: int, *, start: int = 1, seconds: int = 10) -> list[dict[str, Any]]:
    return [
        make_op(
            start + i,
            "progress.time",
            {"lesson_id": lesson, "seconds": seconds, "recorded_at": "2026-11-20T10:00:00Z"},
        )
        for i in range(count)
    ]


def progress(admin: Conn, user: User, lesson: str) -> dict[str, Any] | None:
    return admin.execute(
        "select * from public.lesson_progress where user_id = %s and lesson_id = %s",
        (user.id, lesson),
    ).fetchone()


def last_seq(admin: Conn, device: str) -> int | None:
    row = admin.execute(
        "select last_seq from public.sync_devices where device_id = %s", (device,)
    ).fetchone()
    return None if row is None else int(row["last_seq"])


def test_a_batch_applies_in_order_and_reports_each_op(
    cast: Cast, learner: User, admin_conn: Conn, api_conn: Conn
) -> None:
    device = str(uuid.uuid4())
    ops = [
        make_op(
            1,
            "progress.open",
            {
                "lesson_id": cast.paid_lesson,
                "course_id": cast.course,
                "accessed_at": "2026-11-20T09:00:00Z",
            },
        ),
        make_op(
            2,
            "progress.section",
            {
                "lesson_id": cast.paid_lesson,
                "course_id": cast.course,
                "sections": {"intro": {"percent": 50, "pos": 3}},
                "lesson_percent": 30,
            },
            hlc=hlc(1000),
        ),
        *time_ops(cast.paid_lesson, 2, start=3, seconds=45),
        make_op(
            5,
            "progress.complete",
            {
                "lesson_id": cast.paid_lesson,
                "course_id": cast.course,
                "completed_at": "2026-11-20T09:30:00Z",
            },
        ),
    ]
    result = call_push(api_conn, learner.claims, device, ops)
    assert result["last_seq"] == 5
    assert [r["status"] for r in result["results"]] == ["applied"] * 5
    assert [r["op_id"] for r in result["results"]] == [op["op_id"] for op in ops]
    row = progress(admin_conn, learner, cast.paid_lesson)
    assert row is not None
    assert row["time_spent_seconds"] == 90
    assert row["completion_percentage"] == 100
    assert row["completed_at"].isoformat() == "2026-11-20T09:30:00+00:00"
    assert row["section_progress"] == {"intro": {"percent": 50, "pos": 3, "hlc": hlc(1000)}}
    assert result["results"][-1]["data"]["lesson_progress"]["time_spent_seconds"] == 90


def test_replay_after_a_lost_acknowledgement_is_all_duplicates(
    cast: Cast, learner: User, admin_conn: Conn, api_conn: Conn
) -> None:
    device = str(uuid.uuid4())
    ops = time_ops(cast.free_lesson, 20)
    first = call_push(api_conn, learner.claims, device, ops)
    # The client never stored this answer (killed, connection dropped) and sends it again.
    again = call_push(api_conn, learner.claims, device, ops)
    assert first["last_seq"] == again["last_seq"] == 20
    assert {r["status"] for r in again["results"]} == {"duplicate"}
    row = progress(admin_conn, learner, cast.free_lesson)
    assert row is not None
    assert row["time_spent_seconds"] == 200
    # Half replayed, half new: only the new half counts.
    mixed = call_push(
        api_conn, learner.claims, device, [*ops[15:], *time_ops(cast.free_lesson, 5, start=21)]
    )
    assert [r["status"] for r in mixed["results"]] == ["duplicate"] * 5 + ["applied"] * 5
    row = progress(admin_conn, learner, cast.free_lesson)
    assert row is not None
    assert row["time_spent_seconds"] == 250


def test_a_gap_in_sequence_numbers_is_refused_and_nothing_is_applied(
    cast: Cast, learner: User, admin_conn: Conn, api_conn: Conn
) -> None:
    device = str(uuid.uuid4())
    call_push(api_conn, learner.claims, device, time_ops(cast.free_lesson, 3))
    with pytest.raises(psycopg.errors.InvalidParameterValue) as refused:
        call_push(api_conn, learner.claims, device, time_ops(cast.free_lesson, 3, start=5))
    assert refused.value.diag.message_hint == "sequence_gap"
    with pytest.raises(psycopg.errors.InvalidParameterValue):  # a gap inside the batch
        call_push(
            api_conn,
            learner.claims,
            device,
            [*time_ops(cast.free_lesson, 1, start=4), *time_ops(cast.free_lesson, 1, start=6)],
        )
    assert last_seq(admin_conn, device) == 3
    row = progress(admin_conn, learner, cast.free_lesson)
    assert row is not None
    assert row["time_spent_seconds"] == 30


def test_an_op_that_can_never_succeed_is_rejected_but_still_acknowledged(
    cast: Cast, learner: User, admin_conn: Conn, api_conn: Conn
) -> None:
    device = str(uuid.uuid4())
    ops = [
        *time_ops(cast.free_lesson, 1),
        # The draft's lesson is not open to this learner.
        make_op(
            2,
            "progress.complete",
            {
                "lesson_id": cast.draft_lesson,
                "course_id": cast.draft,
                "completed_at": "2026-11-20T09:30:00Z",
            },
        ),
        make_op(3, "progress.time", {"lesson_id": cast.free_lesson, "seconds": -5}),
        make_op(4, "teleport", {}),
        *time_ops(cast.free_lesson, 1, start=5),
    ]
    result = call_push(api_conn, learner.claims, device, ops)
    assert [r["status"] for r in result["results"]] == [
        "applied",
        "rejected",
        "rejected",
        "rejected",
        "applied",
    ]
    reasons = [r.get("reason", "") for r in result["results"]]
    assert "not open to this learner" in reasons[1]
    assert "seconds" in reasons[2]
    assert "unknown op kind" in reasons[3]
    assert result["last_seq"] == 5
    assert last_seq(admin_conn, device) == 5
    assert progress(admin_conn, learner, cast.draft_lesson) is None
    row = progress(admin_conn, learner, cast.free_lesson)
    assert row is not None
    assert row["time_spent_seconds"] == 20


def test_a_replay_answers_rejected_again_where_the_first_answer_said_rejected(
    cast: Cast, learner: User, admin_conn: Conn, api_conn: Conn
) -> None:
    """The first answer was lost: the replay must not turn a rejection into
    "duplicate", or the client keeps the refused change for ever (#11)."""
    device = str(uuid.uuid4())
    ops = [
        *time_ops(cast.free_lesson, 1),
        make_op(
            2,
            "rating.set",
            {
                "course_id": cast.draft,
                "rating": 2,
                "review": None,
                "rated_at": "2026-11-20T09:30:00Z",
            },
            hlc=hlc(1000),
        ),
        *time_ops(cast.free_lesson, 1, start=3),
    ]
    first = call_push(api_conn, learner.claims, device, ops)
    assert [r["status"] for r in first["results"]] == ["applied", "rejected", "applied"]
    again = call_push(api_conn, learner.claims, device, ops)
    assert [r["status"] for r in again["results"]] == ["duplicate", "rejected", "duplicate"]
    assert again["results"][1]["reason"] == first["results"][1]["reason"]
    assert again["results"][1]["code"] == first["results"][1]["code"] == "42501"
    assert again["results"][1]["replayed"] is True
    assert again["last_seq"] == 3
    assert last_seq(admin_conn, device) == 3
    # A replay of the tail alone, with a new op after it.
    tail = call_push(
        api_conn, learner.claims, device, [ops[1], ops[2], *time_ops(cast.free_lesson, 1, start=4)]
    )
    assert [r["status"] for r in tail["results"]] == ["rejected", "duplicate", "applied"]
    row = progress(admin_conn, learner, cast.free_lesson)
    assert row is not None
    assert row["time_spent_seconds"] == 30
    assert admin_conn.execute(
        "select count(*) as n from public.course_ratings where user_id = %s", (learner.id,)
    ).fetchone() == {"n": 0}


def test_a_server_failing_mid_batch_rolls_everything_back(
    cast: Cast, learner: User, admin_conn: Conn, db_url: str
) -> None:
    """Kill the push's backend after k ops were applied: nothing of the batch stays."""
    device = str(uuid.uuid4())
    # The (k+1)-th op touches a progress row another transaction holds locked.
    admin_conn.execute(
        "insert into public.lesson_progress (user_id, lesson_id, course_id) values (%s, %s, %s)",
        (learner.id, cast.paid_lesson, cast.course),
    )
    ops = [*time_ops(cast.free_lesson, 5), *time_ops(cast.paid_lesson, 5, start=6)]
    failure: list[BaseException] = []
    pid_box: list[int] = []

    def push() -> None:
        with psycopg.connect(db_url, autocommit=True, row_factory=dict_row) as conn:
            row = conn.execute("select pg_backend_pid() as pid").fetchone()
            assert row is not None
            pid_box.append(row["pid"])
            try:
                call_push(conn, learner.claims, device, ops)
            except psycopg.Error as exc:
                failure.append(exc)

    with psycopg.connect(db_url, row_factory=dict_row) as holder:
        holder.execute(
            "select 1 from public.lesson_progress where user_id = %s and lesson_id = %s for update",
            (learner.id, cast.paid_lesson),
        )
        worker = threading.Thread(target=push)
        worker.start()
        wait_until(
            lambda: (
                bool(pid_box)
                and admin_conn.execute(
                    "select wait_event_type = 'Lock' as waiting"
                    " from pg_stat_activity where pid = %s",
                    (pid_box[0],),
                ).fetchone()
                == {"waiting": True}
            )
        )
        # Five ops are applied inside the open transaction by now; the server dies.
        admin_conn.execute("select pg_terminate_backend(%s)", (pid_box[0],))
        worker.join(timeout=10)
        holder.rollback()
    assert failure, "the push should have failed with its backend"
    assert last_seq(admin_conn, device) is None  # not even the device row survived
    assert progress(admin_conn, learner, cast.free_lesson) is None
    # The client retries the same batch: everything applies once.
    with psycopg.connect(db_url, autocommit=True, row_factory=dict_row) as conn:
        result = call_push(conn, learner.claims, device, ops)
    assert {r["status"] for r in result["results"]} == {"applied"}
    row = progress(admin_conn, learner, cast.free_lesson)
    assert row is not None
    assert row["time_spent_seconds"] == 50


def test_the_same_batch_sent_twice_at_once_is_counted_once(
    cast: Cast, learner: User, admin_conn: Conn, db_url: str
) -> None:
    device = str(uuid.uuid4())
    ops = time_ops(cast.free_lesson, 40)
    # Register the device, then hold its row so both pushes are in flight together.
    with psycopg.connect(db_url, autocommit=True, row_factory=dict_row) as conn:
        call_push(conn, learner.claims, device, [])
    results: list[dict[str, Any]] = []
    pids: list[int] = []

    def push() -> None:
        with psycopg.connect(db_url, autocommit=True, row_factory=dict_row) as conn:
            row = conn.execute("select pg_backend_pid() as pid").fetchone()
            assert row is not None
            pids.append(row["pid"])
            results.append(call_push(conn, learner.claims, device, ops))

    with psycopg.connect(db_url, row_factory=dict_row) as holder:
        holder.execute(
            "select 1 from public.sync_devices where device_id = %s for update", (device,)
        )
        workers = [threading.Thread(target=push) for _ in range(2)]
        for worker in workers:
            worker.start()
        wait_until(
            lambda: (
                len(pids) == 2
                and admin_conn.execute(
                    "select count(*) as n from pg_stat_activity where pid = any(%s) "
                    "and wait_event_type = 'Lock'",
                    (pids,),
                ).fetchone()
                == {"n": 2}
            )
        )
        holder.rollback()
    for worker in workers:
        worker.join(timeout=20)
    statuses = sorted(tuple({r["status"] for r in res["results"]}) for res in results)
    assert statuses == [("applied",), ("duplicate",)]
    row = progress(admin_conn, learner, cast.free_lesson)
    assert row is not None
    assert row["time_spent_seconds"] == 400


def test_a_device_registered_to_another_learner_is_refused(
    cast: Cast, learner: User, admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User]
) -> None:
    device = str(uuid.uuid4())
    call_push(api_conn, learner.claims, device, time_ops(cast.free_lesson, 1))
    intruder = make_user()
    with pytest.raises(psycopg.errors.InsufficientPrivilege) as refused:
        call_push(api_conn, intruder.claims, device, time_ops(cast.free_lesson, 1, start=2))
    assert refused.value.diag.message_hint == "device_owned_by_other_user"
    assert last_seq(admin_conn, device) == 1


def test_a_copied_database_reusing_sequence_numbers_is_refused_not_swallowed(
    cast: Cast, learner: User, admin_conn: Conn, api_conn: Conn
) -> None:
    device = str(uuid.uuid4())
    call_push(api_conn, learner.claims, device, time_ops(cast.free_lesson, 3))
    # A restored backup issues seq 2 again for a different op.
    with pytest.raises(psycopg.errors.InvalidParameterValue) as refused:
        call_push(api_conn, learner.claims, device, time_ops(cast.free_lesson, 3, start=2))
    assert refused.value.diag.message_hint == "device_sequence_conflict"


def test_time_replayed_under_a_new_device_id_counts_once(
    cast: Cast, learner: User, admin_conn: Conn, api_conn: Conn
) -> None:
    ops = time_ops(cast.free_lesson, 5)
    call_push(api_conn, learner.claims, str(uuid.uuid4()), ops)
    # The copy takes a new device id and sends its pending ops again, same op ids.
    result = call_push(api_conn, learner.claims, str(uuid.uuid4()), ops)
    assert {r["status"] for r in result["results"]} == {"duplicate"}
    row = progress(admin_conn, learner, cast.free_lesson)
    assert row is not None
    assert row["time_spent_seconds"] == 50


def test_a_user_id_in_a_payload_is_never_trusted(
    cast: Cast, learner: User, admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User]
) -> None:
    victim = make_user()
    op = make_op(
        1,
        "progress.complete",
        {
            "lesson_id": cast.free_lesson,
            "user_id": victim.id,
            "completed_at": "2026-11-20T09:30:00Z",
        },
    )
    call_push(api_conn, learner.claims, str(uuid.uuid4()), [op])
    assert progress(admin_conn, victim, cast.free_lesson) is None
    assert progress(admin_conn, learner, cast.free_lesson) is not None


@pytest.mark.parametrize(
    "ops",
    [
        [make_op(1, "progress.time", {})] * 251,
        [make_op(1, "progress.time", {"lesson_id": "x" * 600_000})],
    ],
)
def test_oversized_batches_are_refused(
    cast: Cast, api_conn: Conn, ops: list[dict[str, Any]]
) -> None:
    with pytest.raises(psycopg.errors.InvalidParameterValue) as refused:
        call_push(api_conn, cast.student.claims, str(uuid.uuid4()), ops)
    assert refused.value.diag.message_hint == "batch_too_large"


def test_anonymous_callers_cannot_push(api_conn: Conn) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        call_push(api_conn, {"role": "anon"}, str(uuid.uuid4()), [])


def test_a_full_batch_of_250_ops_is_well_inside_the_statement_timeout(
    cast: Cast, learner: User, admin_conn: Conn, api_conn: Conn
) -> None:
    ops: list[dict[str, Any]] = []
    for i in range(250):
        seq = i + 1
        lesson = cast.free_lesson if i % 2 else cast.paid_lesson
        if i % 5 == 0:
            ops.append(
                make_op(
                    seq,
                    "progress.section",
                    {
                        "lesson_id": lesson,
                        "sections": {f"s{i % 7}": {"percent": i % 101}},
                        "lesson_percent": i % 101,
                    },
                    hlc=hlc(10_000 + i),
                )
            )
        else:
            ops.extend(time_ops(lesson, 1, start=seq, seconds=7))
    api_conn.execute("set statement_timeout = '8s'")  # what the authenticated role gets
    started = time.perf_counter()
    result = call_push(api_conn, learner.claims, str(uuid.uuid4()), ops)
    elapsed = time.perf_counter() - started
    assert result["last_seq"] == 250
    assert {r["status"] for r in result["results"]} == {"applied"}
    assert elapsed < 4.0, f"a 250-op push took {elapsed:.2f} s"


def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)  # noqa: TID251 - deliberate: polling interval of a deadline wait  # allowed-sleep
