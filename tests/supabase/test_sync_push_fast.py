"""Property: the set-based fast run of sync_push (private.sync_run_fast,
private.sync_progress_run) leaves exactly the state the careful run, op by
op, leaves — for every kind of op, mixed in one push (issue #15).

Each example gives two fresh learners the same stored progress and the same
two pushes of random ops: progress.open / .time / .section / .complete on two
lessons, quiz.submit, rating.set, enrollment.set and notification.read, with
clock ties, replayed time increments and odd stored section entries.  The
careful learner's pushes end in an op that is always rejected ("teleport"),
which makes sync_push undo its fast run and run the batch op by op; the fast
learner's pushes do not.  Statuses, progress rows, points, streak, awards,
enrollment, notifications, ratings and attempts must then be equal, and the
fast learner's lesson rows must have been written at most once per run of
progress ops (so the fast run really ran).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import psycopg
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.helpers.profiles import examples
from tests.supabase.conftest import Cast, User
from tests.supabase.quiz_builders import add_question
from tests.supabase.sync_support import call_push, hlc, make_op
from tests.supabase.test_sync_push_coalesced import learner_state

Conn = psycopg.Connection[dict[str, Any]]
PROGRESS = ("open", "time", "section", "complete")


@dataclass(frozen=True)
class Event:
    kind: str
    lesson: int = 0  # 0: the free lesson, 1: the paid one
    value: int = 0
    key: str = ""
    wall: int = 0  # the op's clock: small, so stamps tie and arrive out of order
    extra: int = 0  # section: lesson_percent (-1: none); time: replay an earlier op id


def progress_event(kind: str) -> st.SearchStrategy[Event]:
    return st.builds(
        Event,
        st.just(kind),
        st.integers(0, 1),
        st.integers(1, 100) if kind == "time" else st.integers(0, 100),
        st.sampled_from(["s1", "s2", "odd", "new"]),
        st.integers(1, 6),
        st.integers(-1, 100) if kind == "section" else st.integers(0, 3),
    )


events = st.one_of(
    *(progress_event(kind) for kind in PROGRESS),
    st.builds(Event, st.just("quiz"), value=st.integers(0, 1)),
    st.builds(Event, st.just("rating"), value=st.integers(1, 5), wall=st.integers(1, 6)),
    st.builds(Event, st.just("enrollment"), value=st.integers(0, 1), wall=st.integers(1, 6)),
    st.builds(Event, st.just("read"), value=st.integers(0, 1)),
)
# Progress ops dominate, as in a learner's real queue.
pushes = st.tuples(
    st.lists(st.one_of(events, *(progress_event(k) for k in PROGRESS)), min_size=1, max_size=30),
    st.lists(st.one_of(events, *(progress_event(k) for k in PROGRESS)), min_size=1, max_size=30),
)
# What a lesson's row holds before the pushes (the same for both learners).
stored_rows = st.lists(
    st.sampled_from(["none", "plain", "odd", "near_max", "done"]), min_size=2, max_size=2
)


@dataclass
class Learner:
    user: User
    device: str
    notifications: list[str]
    seq: int = 0


def record_progress_writes(admin: Conn) -> None:
    """Count every UPDATE of lesson_progress by learner (test instrumentation)."""
    admin.execute("""
        create table if not exists public.test_progress_updates (user_id uuid, lesson_id uuid);
        create or replace function public.test_count_progress_update() returns trigger
        language plpgsql security definer set search_path = '' as $$
        begin
          insert into public.test_progress_updates values (new.user_id, new.lesson_id);
          return null;
        end $$;
        create or replace trigger test_count_progress_update after update
          on public.lesson_progress for each row
          execute function public.test_count_progress_update();
    """)


def prepare(admin: Conn, cast: Cast, user: User, stored: list[str]) -> Learner:
    admin.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (user.id, cast.course),
    )
    for lesson, shape in zip((cast.free_lesson, cast.paid_lesson), stored, strict=True):
        if shape == "none":
            continue
        # Stamped like the ops' clock 4: ties with some ops, beats others.
        stamp = hlc(1_000_004, 4, "dev")
        sections: dict[str, Any] = {"s1": {"percent": 40, "hlc": stamp, "by": "stored"}}
        time_spent = 120
        if shape == "odd":  # what a learner may have written through the API
            sections = {"s1": {"percent": 50.6}, "odd": 7, "s2": {"note": "no hlc"}}
        elif shape == "near_max":
            time_spent = 2_147_483_600
        done = "2026-11-13T09:00:00Z" if shape == "done" else None
        admin.execute(
            "insert into public.lesson_progress (user_id, lesson_id, course_id, "
            "completion_percentage, time_spent_seconds, last_accessed, section_progress, "
            "completed_at) values (%s, %s, %s, %s, %s, '2026-11-01T08:00:00Z', %s, %s)",
            (
                user.id,
                lesson,
                cast.course,
                100 if done else 30,
                time_spent,
                json.dumps(sections),
                done,
            ),
        )
    notes = []
    for n in range(2):
        row = admin.execute(
            "insert into public.notifications (user_id, type, title, message) "
            "values (%s, 'achievement', %s, 'Earned') returning id",
            (user.id, f"Note {n}"),
        ).fetchone()
        assert row is not None
        notes.append(str(row["id"]))
    return Learner(user, str(uuid.uuid4()), notes)


def other_op(learner: Learner, cast: Cast, question: str, event: Event, tag: str) -> dict[str, Any]:
    """An op that is not progress.*, at the learner's next seq."""
    stamp = hlc(1_000_000 + event.wall, event.wall, "dev")
    payload: dict[str, Any]
    if event.kind == "quiz":
        attempt = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{learner.user.id}/{tag}"))
        answer = {question: {"version": 1, "answer": "b" if event.value else "a"}}
        payload = {"attempt_id": attempt, "lesson_id": cast.free_lesson, "answers": answer}
        return make_op(learner.seq, "quiz.submit", payload)
    if event.kind == "rating":
        payload = {"course_id": cast.course, "rating": event.value, "review": stamp}
        return make_op(learner.seq, "rating.set", payload, hlc=stamp)
    if event.kind == "enrollment":
        status = "active" if event.value else "unenrolled"
        payload = {"course_id": cast.course, "status": status}
        return make_op(learner.seq, "enrollment.set", payload, hlc=stamp)
    payload = {"notification_id": learner.notifications[event.value]}
    return make_op(learner.seq, "notification.read", payload)


def progress_op(
    learner: Learner, cast: Cast, event: Event, time_ids: list[str], tag: str
) -> dict[str, Any]:
    """A progress.* op at the learner's next seq; ``time_ids`` collects the op
    ids of time increments, which a later one may replay."""
    stamp = hlc(1_000_000 + event.wall, event.wall, "dev")
    minute = f"2026-11-20T10:{event.wall:02d}:00Z"
    lesson = (cast.free_lesson, cast.paid_lesson)[event.lesson]
    base: dict[str, Any] = {"lesson_id": lesson, "course_id": cast.course}
    if event.kind == "open":
        return make_op(learner.seq, "progress.open", {**base, "accessed_at": minute})
    if event.kind == "time":
        if event.extra == 0 and time_ids:  # the op id an earlier increment had
            op_id = time_ids[event.value % len(time_ids)]
        else:
            op_id = str(uuid.uuid5(uuid.NAMESPACE_URL, tag))
            time_ids.append(op_id)
        payload = {**base, "seconds": event.value, "recorded_at": minute}
        return make_op(learner.seq, "progress.time", payload, op_id=op_id)
    if event.kind == "section":
        payload = {**base, "sections": {event.key: {"percent": event.value, "by": tag}}}
        if event.extra >= 0:
            payload["lesson_percent"] = event.extra
        return make_op(learner.seq, "progress.section", payload, hlc=stamp)
    payload = {**base, "completed_at": f"2026-11-{10 + event.wall:02d}T09:00:00Z"}
    return make_op(learner.seq, "progress.complete", payload)


def render(
    learner: Learner,
    cast: Cast,
    question: str,
    batch: list[Event],
    time_ids: list[str],
    number: int,
) -> list[dict[str, Any]]:
    """The push a learner's device sends for ``batch``."""
    ops = []
    for index, event in enumerate(batch):
        learner.seq += 1
        tag = f"op {number}/{index}"
        if event.kind in PROGRESS:
            ops.append(progress_op(learner, cast, event, time_ids, tag))
        else:
            ops.append(other_op(learner, cast, question, event, tag))
    return ops


def runs_per_lesson(batch: list[Event], lessons: tuple[str, str]) -> dict[str, int]:
    """How many runs of consecutive progress ops touch each lesson."""
    counts = dict.fromkeys(lessons, 0)
    seen: set[int] = set()
    for event in [*batch, Event("end")]:
        if event.kind in PROGRESS:
            seen.add(event.lesson)
            continue
        for lesson in seen:
            counts[lessons[lesson]] += 1
        seen = set()
    return counts


SERVER_TIME = datetime(2026, 12, 1, tzinfo=UTC)  # the ops' times are all before it


def everything(admin: Conn, user: User) -> dict[str, Any]:
    state = learner_state(admin, user)
    # A completion reached through lesson_percent is stamped with the
    # server's now() (each learner's push has its own): only whether it was.
    for row in state["progress"]:
        if row["completed_at"] is not None and row["completed_at"] >= SERVER_TIME:
            row["completed_at"] = "server time"
    state["accessed"] = admin.execute(
        "select lesson_id::text, case when last_accessed < '2026-12-01' then last_accessed end "
        "as client_time from public.lesson_progress where user_id = %s order by 1",
        (user.id,),
    ).fetchall()
    state["read"] = admin.execute(
        "select title, is_read from public.notifications where user_id = %s order by 1", (user.id,)
    ).fetchall()
    state["rating"] = admin.execute(
        "select rating, review, hlc from public.course_ratings where user_id = %s", (user.id,)
    ).fetchall()
    state["enrolled"] = admin.execute(
        "select status, hlc from public.enrollments where user_id = %s", (user.id,)
    ).fetchall()
    state["attempts"] = admin.execute(
        "select score, max_score, is_passed, attempt_number from public.quiz_attempts "
        "where user_id = %s order by attempt_number",
        (user.id,),
    ).fetchall()
    state["ledger"] = admin.execute(
        "select op_id::text, seconds from public.lesson_time_ledger where user_id = %s order by 1",
        (user.id,),
    ).fetchall()
    return state


FIRST = Event("section", 0, 60, "s1", 2, 50)
TIE = Event("section", 0, 80, "s1", 2, -1)  # the same stamp: the first one stays


@settings(
    max_examples=examples(30),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(batches=pushes, stored=stored_rows)
@example(
    batches=([FIRST, TIE, Event("time", 1, 30, wall=1, extra=1)], [TIE]), stored=["odd", "plain"]
)
# Found by the deep profile: lesson_percent 100 completes the lesson at the
# server's own time.
@example(
    batches=(
        [Event("quiz", value=0)],
        [Event("open", 0, 0, "s1", 1, 0), Event("section", 0, 0, "s1", 1, 100)],
    ),
    stored=["none", "none"],
)
@example(
    batches=(
        [Event("time", 0, 50, extra=1), Event("rating", value=4, wall=3), Event("time", 0, 9)],
        [Event("time", 1, 5, extra=0), Event("complete", 1, wall=4), Event("quiz", value=1)],
    ),
    stored=["near_max", "none"],
)
def test_the_fast_run_leaves_the_state_the_careful_run_leaves(
    cast: Cast,
    admin_conn: Conn,
    api_conn: Conn,
    make_user: Callable[..., User],
    batches: tuple[list[Event], list[Event]],
    stored: list[str],
) -> None:
    record_progress_writes(admin_conn)
    question = admin_conn.execute(
        "select id::text from public.quiz_questions where lesson_id = %s", (cast.free_lesson,)
    ).fetchone()
    qid = (
        question["id"]
        if question
        else add_question(admin_conn, cast.free_lesson, "single_choice", ["b"])
    )
    fast = prepare(admin_conn, cast, make_user(), stored)
    careful = prepare(admin_conn, cast, make_user(), stored)
    lessons = (cast.free_lesson, cast.paid_lesson)
    time_ids: dict[str, list[str]] = {"fast": [], "careful": []}
    for number, batch in enumerate(batches):
        before = admin_conn.execute(
            "select lesson_id::text, count(*) as n from public.test_progress_updates "
            "where user_id = %s group by 1",
            (fast.user.id,),
        ).fetchall()
        fast_ops = render(fast, cast, qid, batch, time_ids["fast"], number)
        careful_ops = render(careful, cast, qid, batch, time_ids["careful"], number)
        careful.seq += 1
        careful_ops.append(make_op(careful.seq, "teleport", {}))
        got = call_push(api_conn, fast.user.claims, fast.device, fast_ops)
        want = call_push(api_conn, careful.user.claims, careful.device, careful_ops)
        assert want["results"][-1]["status"] == "rejected"
        strip = [{k: r.get(k) for k in ("status", "reason", "code")} for r in want["results"]]
        assert [{k: r.get(k) for k in ("status", "reason", "code")} for r in got["results"]] == (
            strip[:-1]
        )
        if all(r["status"] != "rejected" for r in got["results"]):
            # No op was rejected, so the fast run took the push: one write per
            # lesson per run of progress ops at most.
            after = admin_conn.execute(
                "select lesson_id::text, count(*) as n from public.test_progress_updates "
                "where user_id = %s group by 1",
                (fast.user.id,),
            ).fetchall()
            earlier = {r["lesson_id"]: r["n"] for r in before}
            runs = runs_per_lesson(batch, lessons)
            for row in after:
                assert row["n"] - earlier.get(row["lesson_id"], 0) <= runs[row["lesson_id"]], row
    assert everything(admin_conn, fast.user) == everything(admin_conn, careful.user)
