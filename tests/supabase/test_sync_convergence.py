"""Property: however two devices' batches arrive — interleaved, replayed, acknowledged
or not — the server ends in the state the merge rules define (issue #4).

Each example is a fresh learner: two devices with random offline histories
(time, sections, completions, ratings, enrollment changes), split into
batches delivered in a random interleaving with random replays.  The expected
state is computed from the histories alone, by the rules of docs/sync-design.md.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers.profiles import examples
from tests.supabase.conftest import Cast, User
from tests.supabase.sync_support import call_push, hlc, make_op

Conn = psycopg.Connection[dict[str, Any]]
DEVICES = ("dev-a", "dev-b")
BASE = datetime(2026, 11, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Event:
    kind: str
    lesson: int  # index into the course's lessons
    value: int
    key: str = ""


events = st.one_of(
    st.builds(Event, st.just("progress.time"), st.integers(0, 1), st.integers(1, 600)),
    st.builds(
        Event,
        st.just("progress.section"),
        st.integers(0, 1),
        st.integers(0, 99),
        st.sampled_from(["intro", "body", "quiz"]),
    ),
    st.builds(Event, st.just("progress.complete"), st.integers(0, 1), st.integers(0, 20)),
    st.builds(Event, st.just("rating.set"), st.just(0), st.integers(1, 5)),
    st.builds(Event, st.just("enrollment.set"), st.just(0), st.integers(0, 1)),
)
history = st.lists(st.tuples(events, st.integers(1, 50)), max_size=12)


def to_ops(
    device: str, steps: list[tuple[Event, int]], lessons: list[str], course: str
) -> list[dict[str, Any]]:
    ops, wall = [], 0
    for seq, (event, tick) in enumerate(steps, start=1):
        wall += tick  # a device's clock only moves forward
        stamp = hlc(wall, seq, device)
        lesson = lessons[event.lesson]
        payload: dict[str, Any]
        if event.kind == "progress.time":
            payload = {"lesson_id": lesson, "seconds": event.value}
        elif event.kind == "progress.section":
            payload = {
                "lesson_id": lesson,
                "lesson_percent": event.value,
                "sections": {event.key: {"percent": event.value, "by": stamp}},
            }
        elif event.kind == "progress.complete":
            payload = {
                "lesson_id": lesson,
                "completed_at": (BASE + timedelta(days=event.value)).isoformat(),
            }
        elif event.kind == "rating.set":
            payload = {"course_id": course, "rating": event.value, "review": stamp}
        else:
            payload = {"course_id": course, "status": "active" if event.value else "unenrolled"}
        ops.append(make_op(seq, event.kind, payload, hlc=stamp))
    return ops


def expected_state(all_ops: list[dict[str, Any]], lessons: list[str]) -> dict[str, Any]:
    progress: dict[str, dict[str, Any]] = {}
    lww: dict[str, tuple[str, Any]] = {}
    for op in all_ops:
        p, stamp = op["payload"], op["hlc"]
        if op["kind"] in ("rating.set", "enrollment.set"):
            value = (p["rating"], p["review"]) if op["kind"] == "rating.set" else p["status"]
            if op["kind"] not in lww or stamp > lww[op["kind"]][0]:
                lww[op["kind"]] = (stamp, value)
            continue
        row = progress.setdefault(
            p["lesson_id"], {"time": 0, "percent": 0, "done": None, "sections": {}}
        )
        if op["kind"] == "progress.time":
            row["time"] += p["seconds"]
        elif op["kind"] == "progress.complete":
            done = datetime.fromisoformat(p["completed_at"])
            row["percent"], row["done"] = 100, min(filter(None, [row["done"], done]))
        else:
            row["percent"] = max(row["percent"], p["lesson_percent"])
            for key, entry in p["sections"].items():
                new = {**entry, "hlc": stamp}
                old = row["sections"].get(key)
                if old is None:
                    row["sections"][key] = new
                    continue
                winner = new if stamp > old["hlc"] else old
                row["sections"][key] = {
                    **winner,
                    "percent": max(old["percent"], new["percent"]),
                    "hlc": max(old["hlc"], stamp),
                }
    return {"progress": progress, "lww": lww}


def delivered(
    draw: Callable[..., Any], batches: dict[str, list[list[dict[str, Any]]]]
) -> list[tuple[str, list[dict[str, Any]]]]:
    """A random interleaving of both devices' batches, in each device's order,
    with random replays of batches already sent (lost acknowledgements)."""
    sent = dict.fromkeys(batches, 0)
    plan: list[tuple[str, list[dict[str, Any]]]] = []
    while any(sent[d] < len(batches[d]) for d in batches):
        device = draw(st.sampled_from([d for d in batches if sent[d] < len(batches[d])]))
        if sent[device] and draw(st.booleans()):
            plan.append((device, batches[device][draw(st.integers(0, sent[device] - 1))]))
        plan.append((device, batches[device][sent[device]]))
        sent[device] += 1
    return plan


@settings(
    max_examples=examples(25),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(histories=st.tuples(history, history), data=st.data())
def test_any_arrival_order_with_replays_converges_to_the_merge_rules(
    cast: Cast,
    admin_conn: Conn,
    api_conn: Conn,
    make_user: Callable[..., User],
    histories: tuple[list[tuple[Event, int]], list[tuple[Event, int]]],
    data: st.DataObject,
) -> None:
    learner: User = make_user()
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (learner.id, cast.course),
    )
    lessons = [cast.free_lesson, cast.paid_lesson]
    device_ids = {d: str(uuid.uuid4()) for d in DEVICES}
    ops = {d: to_ops(d, h, lessons, cast.course) for d, h in zip(DEVICES, histories, strict=True)}
    batches = {}
    for device, device_ops in ops.items():
        cuts = sorted(data.draw(st.sets(st.integers(1, max(1, len(device_ops) - 1)), max_size=3)))
        bounds = [0, *[c for c in cuts if c < len(device_ops)], len(device_ops)]
        batches[device] = [device_ops[a:b] for a, b in itertools.pairwise(bounds) if b > a]
    # Only an active enrollment opens the paid lesson and rating
    # (enrollments.status): an op that arrives while the server's LWW status is
    # "unenrolled" is rejected, and only what was applied counts.
    applied: list[dict[str, Any]] = []
    rejected: set[tuple[str, int]] = set()
    status: tuple[str | None, str] = (None, "active")  # the server's (hlc, status)
    for device, batch in delivered(data.draw, batches):
        result = call_push(api_conn, learner.claims, device_ids[device], batch)
        by_seq = {op["seq"]: op for op in batch}
        for outcome in result["results"]:
            if outcome["status"] == "duplicate":
                assert (device, outcome["seq"]) not in rejected, outcome
                continue
            if outcome.get("replayed"):  # a replay repeats its first answer, "rejected"
                assert outcome["status"] == "rejected", outcome
                assert (device, outcome["seq"]) in rejected, outcome
                continue
            op = by_seq[outcome["seq"]]
            needs_enrollment = op["kind"] == "rating.set" or (
                op["kind"].startswith("progress.")
                and op["payload"]["lesson_id"] == cast.paid_lesson
            )
            closed = needs_enrollment and status[1] == "unenrolled"
            assert (outcome["status"] == "rejected") == closed, (outcome, status)
            if closed:
                rejected.add((device, outcome["seq"]))
                continue
            applied.append(op)
            if op["kind"] == "enrollment.set" and (status[0] is None or op["hlc"] > status[0]):
                status = (op["hlc"], op["payload"]["status"])

    want = expected_state(applied, lessons)
    rows = {
        str(r["lesson_id"]): r
        for r in admin_conn.execute(
            "select lesson_id, time_spent_seconds, completion_percentage, completed_at, "
            "section_progress from public.lesson_progress where user_id = %s",
            (learner.id,),
        )
    }
    assert set(rows) == set(want["progress"])
    for lesson, row in want["progress"].items():
        got = rows[lesson]
        assert got["time_spent_seconds"] == row["time"]
        assert got["completion_percentage"] == row["percent"]
        assert got["completed_at"] == row["done"]
        assert got["section_progress"] == row["sections"]
    rating = admin_conn.execute(
        "select rating, review from public.course_ratings where user_id = %s", (learner.id,)
    ).fetchone()
    if "rating.set" in want["lww"]:
        assert rating is not None
        assert (rating["rating"], rating["review"]) == want["lww"]["rating.set"][1]
    else:
        assert rating is None
    enrollment = admin_conn.execute(
        "select status from public.enrollments where user_id = %s", (learner.id,)
    ).fetchone()
    assert enrollment is not None
    assert enrollment["status"] == want["lww"].get("enrollment.set", ("", "active"))[1]
