"""Saved work delivered by another account (public.deliver_work, issue #17):
applied once under the learner whose device key signed it, refused with a
reason when it was changed, forged, made elsewhere or out of order."""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
import pytest

from desktop.protocol import work
from devserver.db import as_caller
from tests.supabase.conftest import ANON, Caller, Cast, User, claims_of
from tests.supabase.sync_support import call_push, make_op

Conn = psycopg.Connection[dict[str, Any]]


def rpc(conn: Conn, caller: Caller, query: str, params: Any) -> Any:
    with as_caller(conn, claims_of(caller)):
        row = conn.execute(query, params).fetchone()
    assert row is not None
    return row["result"]


def register(conn: Conn, user: User, device: str, key: bytes) -> dict[str, Any]:
    result: dict[str, Any] = rpc(
        conn,
        user,
        "select public.register_device_key(%s, %s) as result",
        (device, key.hex()),
    )
    return result


def deliver(conn: Conn, caller: Caller, chunk: work.Chunk) -> dict[str, Any]:
    result: dict[str, Any] = rpc(
        conn, caller, "select public.deliver_work(%s, %s) as result", (chunk.payload, chunk.mac)
    )
    return result


def state(conn: Conn, user: User, device: str, after: int = 0) -> dict[str, Any]:
    result: dict[str, Any] = rpc(
        conn, user, "select public.sync_device_state(%s, %s) as result", (device, after)
    )
    return result


def refusal(conn: Conn, caller: Caller, chunk: work.Chunk) -> str | None:
    with pytest.raises(psycopg.Error) as caught:
        deliver(conn, caller, chunk)
    return caught.value.diag.message_hint


def server_id(admin: Conn) -> str:
    row = admin.execute("select server_id::text as id from public.sync_server").fetchone()
    assert row is not None
    return str(row["id"])


def time_ops(lesson: str, first: int, count: int, seconds: int = 30) -> list[dict[str, Any]]:
    return [
        make_op(seq, "progress.time", {"lesson_id": lesson, "seconds": seconds})
        for seq in range(first, first + count)
    ]


def seconds_of(admin: Conn, user: User, lesson: str) -> int | None:
    row = admin.execute(
        "select time_spent_seconds from public.lesson_progress where user_id = %s "
        "and lesson_id = %s",
        (user.id, lesson),
    ).fetchone()
    return None if row is None else int(row["time_spent_seconds"])


class Laptop:
    """A learner's device: its id, its key, and the work it saves."""

    def __init__(self, admin: Conn, api: Conn, learner: User) -> None:
        self.device = str(uuid.uuid4())
        self.key = work.new_key()
        self.learner = learner
        self.server = server_id(admin)
        self.api = api
        register(api, learner, self.device, self.key)

    def save(self, ops: list[dict[str, Any]], *, key: bytes | None = None) -> work.SavedWork:
        return work.build(
            key or self.key,
            server_id=self.server,
            server_url="http://school.test",
            device_id=self.device,
            user_id=self.learner.id,
            learner_name="Ada",
            saved_at="2026-12-07T08:00:00Z",
            ops=ops,
        )


@pytest.fixture
def learner(cast: Cast, admin_conn: Conn) -> User:
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (cast.student.id, cast.course),
    )
    return cast.student


@pytest.fixture
def laptop(admin_conn: Conn, api_conn: Conn, learner: User) -> Laptop:
    return Laptop(admin_conn, api_conn, learner)


def test_delivered_work_is_applied_once_under_the_learner_not_the_deliverer(
    cast: Cast, laptop: Laptop, admin_conn: Conn, api_conn: Conn
) -> None:
    saved = laptop.save(time_ops(cast.free_lesson, 1, 3))
    (chunk,) = saved.chunks
    first = deliver(api_conn, cast.instructor, chunk)
    assert first["user_id"] == laptop.learner.id
    assert first["last_seq"] == 3
    assert [r["status"] for r in first["results"]] == ["applied"] * 3
    assert seconds_of(admin_conn, laptop.learner, cast.free_lesson) == 90
    assert seconds_of(admin_conn, cast.instructor, cast.free_lesson) is None
    # The same file again, by someone else: acknowledged, not counted again.
    again = deliver(api_conn, cast.other_instructor, chunk)
    assert [r["status"] for r in again["results"]] == ["duplicate"] * 3
    assert seconds_of(admin_conn, laptop.learner, cast.free_lesson) == 90
    audit = admin_conn.execute(
        "select delivered_by::text as by, first_seq, last_seq from private.delivered_work "
        "where device_id = %s",
        (laptop.device,),
    ).fetchall()
    assert audit == [{"by": cast.instructor.id, "first_seq": 1, "last_seq": 3}]


def test_a_learner_may_deliver_a_classmates_work_and_gains_nothing(
    cast: Cast, laptop: Laptop, make_user: Any, admin_conn: Conn, api_conn: Conn
) -> None:
    classmate = make_user("student")
    (chunk,) = laptop.save(time_ops(cast.free_lesson, 1, 2)).chunks
    assert deliver(api_conn, classmate, chunk)["user_id"] == laptop.learner.id
    assert seconds_of(admin_conn, classmate, cast.free_lesson) is None
    # ...and reads nothing of the learner's device through the laptop's RPC
    assert state(api_conn, classmate, laptop.device) == {
        "known": False,
        "last_seq": 0,
        "key_registered": False,
        "delivered": [],
    }


def test_anon_cannot_deliver(cast: Cast, laptop: Laptop, api_conn: Conn) -> None:
    (chunk,) = laptop.save(time_ops(cast.free_lesson, 1, 1)).chunks
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        deliver(api_conn, ANON, chunk)


def test_a_changed_chunk_is_refused_and_nothing_is_applied(
    cast: Cast, laptop: Laptop, admin_conn: Conn, api_conn: Conn
) -> None:
    (chunk,) = laptop.save(time_ops(cast.free_lesson, 1, 1, seconds=30)).chunks
    more_time = chunk.payload.replace('"seconds":30', '"seconds":3000')
    assert more_time != chunk.payload
    forged = work.Chunk(more_time, chunk.mac, chunk.device_id, 1, 1, 1)
    assert refusal(api_conn, cast.instructor, forged) == "bundle_tampered"
    assert seconds_of(admin_conn, laptop.learner, cast.free_lesson) is None


def test_work_signed_with_another_key_is_refused(
    cast: Cast, laptop: Laptop, api_conn: Conn
) -> None:
    (chunk,) = laptop.save(time_ops(cast.free_lesson, 1, 1), key=work.new_key()).chunks
    assert refusal(api_conn, cast.instructor, chunk) == "bundle_tampered"


def test_work_cannot_be_redirected_to_another_learner(
    cast: Cast, laptop: Laptop, api_conn: Conn
) -> None:
    """The deliverer edits the learner field and signs with a key of their own
    device: the server takes the learner from the key, so that is refused."""
    own = Laptop.__new__(Laptop)
    own.device, own.key, own.learner = str(uuid.uuid4()), work.new_key(), cast.instructor
    own.server, own.api = laptop.server, api_conn
    register(api_conn, cast.instructor, own.device, own.key)
    saved = work.build(
        own.key,
        server_id=own.server,
        server_url="",
        device_id=own.device,
        user_id=laptop.learner.id,  # claims to be the learner's work
        learner_name="Ada",
        saved_at="",
        ops=time_ops(cast.free_lesson, 1, 1),
    )
    assert refusal(api_conn, cast.instructor, saved.chunks[0]) == "bundle_tampered"


def test_a_device_without_a_key_is_refused(cast: Cast, laptop: Laptop, api_conn: Conn) -> None:
    laptop.device = str(uuid.uuid4())  # never registered
    (chunk,) = laptop.save(time_ops(cast.free_lesson, 1, 1)).chunks
    assert refusal(api_conn, cast.instructor, chunk) == "bundle_unknown_device"


def test_work_made_for_another_server_is_refused(
    cast: Cast, laptop: Laptop, admin_conn: Conn, api_conn: Conn
) -> None:
    (chunk,) = laptop.save(time_ops(cast.free_lesson, 1, 1)).chunks
    admin_conn.execute("update public.sync_server set server_id = gen_random_uuid()")
    assert refusal(api_conn, cast.instructor, chunk) == "bundle_other_server"


@pytest.mark.parametrize(
    ("payload", "hint"),
    [
        ("not json", "bundle_malformed"),
        ('{"kind":"something else"}', "bundle_malformed"),
        ("[]", "bundle_malformed"),
    ],
)
def test_what_is_not_saved_work_is_refused(
    cast: Cast, laptop: Laptop, api_conn: Conn, payload: str, hint: str
) -> None:
    chunk = work.Chunk(payload, work.sign(laptop.key, payload), laptop.device, 1, 1, 1)
    assert refusal(api_conn, cast.instructor, chunk) == hint


def test_a_bad_mac_string_is_malformed(cast: Cast, laptop: Laptop, api_conn: Conn) -> None:
    (chunk,) = laptop.save(time_ops(cast.free_lesson, 1, 1)).chunks
    bad = work.Chunk(chunk.payload, "zz" * 32, chunk.device_id, 1, 1, 1)
    assert refusal(api_conn, cast.instructor, bad) == "bundle_malformed"


def test_a_newer_format_is_named(cast: Cast, laptop: Laptop, api_conn: Conn) -> None:
    (chunk,) = laptop.save(time_ops(cast.free_lesson, 1, 1)).chunks
    newer = chunk.payload.replace('"v":1', '"v":2')
    signed = work.Chunk(newer, work.sign(laptop.key, newer), laptop.device, 1, 1, 1)
    assert refusal(api_conn, cast.instructor, signed) == "bundle_version"


def test_out_of_order_parts_wait_for_the_earlier_one(
    cast: Cast, laptop: Laptop, admin_conn: Conn, api_conn: Conn
) -> None:
    saved = laptop.save(time_ops(cast.free_lesson, 1, 300, seconds=1))
    first, second = saved.chunks
    assert (first.first_seq, first.last_seq, second.first_seq) == (1, 250, 251)
    assert refusal(api_conn, cast.instructor, second) == "sequence_gap"
    assert seconds_of(admin_conn, laptop.learner, cast.free_lesson) is None
    deliver(api_conn, cast.instructor, first)
    deliver(api_conn, cast.instructor, second)
    assert seconds_of(admin_conn, laptop.learner, cast.free_lesson) == 300


def test_work_the_laptop_already_sent_is_not_counted_again(
    cast: Cast, laptop: Laptop, admin_conn: Conn, api_conn: Conn
) -> None:
    ops = time_ops(cast.free_lesson, 1, 4)
    (chunk,) = laptop.save(ops).chunks
    call_push(api_conn, laptop.learner.claims, laptop.device, ops)
    result = deliver(api_conn, cast.instructor, chunk)
    assert [r["status"] for r in result["results"]] == ["duplicate"] * 4
    assert seconds_of(admin_conn, laptop.learner, cast.free_lesson) == 120


def test_work_older_than_the_kept_op_ids_counts_as_sent_before(
    cast: Cast, laptop: Laptop, admin_conn: Conn, api_conn: Conn
) -> None:
    """The laptop sent 2,250 ops itself (the server pruned the first 1,250
    op ids): a file with the first 250 is acknowledged as sent before,
    never applied a second time and never a reason for a new device id."""
    ops = time_ops(cast.free_lesson, 1, 2250, seconds=1)
    saved = laptop.save(ops[:250])
    for first in range(0, 2250, 250):
        call_push(api_conn, laptop.learner.claims, laptop.device, ops[first : first + 250])
    result = deliver(api_conn, cast.instructor, saved.chunks[0])
    assert result["sent_before"] == 250
    assert result["results"] == []
    assert seconds_of(admin_conn, laptop.learner, cast.free_lesson) == 2250


def test_a_copied_profile_that_sent_other_work_is_a_conflict(
    cast: Cast, laptop: Laptop, api_conn: Conn
) -> None:
    """A copy of the laptop's folder pushed its own ops under the same seqs:
    the saved work is refused (the laptop still has it and sends it itself)."""
    call_push(api_conn, laptop.learner.claims, laptop.device, time_ops(cast.free_lesson, 1, 2))
    (chunk,) = laptop.save(time_ops(cast.free_lesson, 1, 2)).chunks  # other op ids
    assert refusal(api_conn, cast.instructor, chunk) == "bundle_conflict"


def test_rejections_are_the_same_as_a_push_would_get(
    cast: Cast, laptop: Laptop, api_conn: Conn
) -> None:
    ops = [make_op(1, "progress.open", {"lesson_id": "not-a-lesson"})]
    (chunk,) = laptop.save(ops).chunks
    result = deliver(api_conn, cast.instructor, chunk)
    pushed = call_push(
        api_conn,
        laptop.learner.claims,
        str(uuid.uuid4()),
        [make_op(1, "progress.open", {"lesson_id": "not-a-lesson"})],
    )
    assert [r["status"] for r in result["results"]] == ["rejected"]
    assert result["results"][0]["reason"] == pushed["results"][0]["reason"]


def test_the_laptop_reads_what_was_delivered_for_it(
    cast: Cast, laptop: Laptop, api_conn: Conn
) -> None:
    saved = laptop.save(time_ops(cast.free_lesson, 1, 260, seconds=1))
    for chunk in saved.chunks:
        deliver(api_conn, cast.instructor, chunk)
    seen = state(api_conn, laptop.learner, laptop.device)
    assert seen["known"]
    assert seen["key_registered"]
    assert seen["last_seq"] == 260
    assert [(d["mac"], d["first_seq"], d["last_seq"]) for d in seen["delivered"]] == [
        (c.mac, c.first_seq, c.last_seq) for c in saved.chunks
    ]
    assert [r["seq"] for r in seen["delivered"][1]["results"]] == list(range(251, 261))
    later = state(api_conn, laptop.learner, laptop.device, after=250)
    assert [d["first_seq"] for d in later["delivered"]] == [251]


def test_a_key_is_registered_only_for_the_learners_own_device(
    cast: Cast, laptop: Laptop, api_conn: Conn
) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege) as caught:
        register(api_conn, cast.instructor, laptop.device, work.new_key())
    assert caught.value.diag.message_hint == "device_owned_by_other_user"
    with pytest.raises(psycopg.errors.InvalidParameterValue) as bad:
        rpc(
            api_conn,
            laptop.learner,
            "select public.register_device_key(%s, %s) as result",
            (laptop.device, "abc"),
        )
    assert bad.value.diag.message_hint == "malformed_key"
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        register(api_conn, ANON, str(uuid.uuid4()), work.new_key())  # type: ignore[arg-type]


def test_registering_returns_the_server_id_and_a_new_key_replaces_the_old(
    cast: Cast, laptop: Laptop, admin_conn: Conn, api_conn: Conn
) -> None:
    (old_chunk,) = laptop.save(time_ops(cast.free_lesson, 1, 1)).chunks
    laptop.key = work.new_key()
    answer = register(api_conn, laptop.learner, laptop.device, laptop.key)
    assert answer == {"server_id": server_id(admin_conn)}
    assert refusal(api_conn, cast.instructor, old_chunk) == "bundle_tampered"
    (new_chunk,) = laptop.save(time_ops(cast.free_lesson, 1, 1)).chunks
    assert deliver(api_conn, cast.instructor, new_chunk)["last_seq"] == 1


def test_nobody_reads_keys_or_deliveries_through_the_api(
    cast: Cast, laptop: Laptop, api_conn: Conn
) -> None:
    for table in ("private.device_keys", "private.delivered_work"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            rpc(api_conn, laptop.learner, f"select count(*) as result from {table}", ())
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        rpc(
            api_conn,
            laptop.learner,
            "select private.sync_push_as(%s, %s, '[]'::jsonb) as result",
            (cast.instructor.id, laptop.device),
        )
