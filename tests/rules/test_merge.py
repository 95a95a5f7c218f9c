"""Merge rules: order of arrival and repeats never change the result."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from desktop.rules import merge

hlcs = st.builds(
    lambda w, c, d: f"{w:013d}-{c:06d}-{d}",
    st.integers(0, 50),
    st.integers(0, 3),
    st.sampled_from(["dev-a", "dev-b"]),
)
sections = st.builds(
    lambda p, h, pos: {"percent": p, "hlc": h, "position": pos},
    st.integers(0, 100),
    hlcs,
    st.integers(0, 9),
)
section_maps = st.dictionaries(st.sampled_from(["intro", "video", "quiz"]), sections, max_size=3)
times = st.none() | st.integers(0, 10_000).map(
    lambda s: datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=s)
)
stamped = st.builds(merge.Stamped, st.sampled_from(["active", "unenrolled"]), hlcs)
grades = st.builds(
    merge.AttemptGrade,
    st.sampled_from(["a1", "a2"]),
    st.sampled_from(["pending", "local", "server"]),
    st.none() | st.integers(0, 5),
    st.none() | st.integers(1, 5),
)
attempt_maps = st.lists(grades, max_size=3).map(lambda gs: {g.attempt_id: g for g in gs})


@given(section_maps, section_maps, section_maps)
def test_section_merge_is_commutative_associative_idempotent(
    a: dict[str, Any], b: dict[str, Any], c: dict[str, Any]
) -> None:
    m = merge.merge_sections
    assert m(a, b) == m(b, a)
    assert m(m(a, b), c) == m(a, m(b, c))
    assert m(m(a, b), b) == m(a, b)


@given(section_maps, section_maps)
def test_section_percent_is_the_highest_and_fields_come_from_the_later_write(
    a: dict[str, Any], b: dict[str, Any]
) -> None:
    merged = merge.merge_sections(a, b)
    for key, value in merged.items():
        candidates = [s for s in (a.get(key), b.get(key)) if s is not None]
        assert value["percent"] == max(s["percent"] for s in candidates)
        latest = max(s["hlc"] for s in candidates)
        assert value["hlc"] == latest
        assert value["position"] in {s["position"] for s in candidates if s["hlc"] == latest}


@given(times, times, times)
def test_earliest_completion_is_order_free(
    a: datetime | None, b: datetime | None, c: datetime | None
) -> None:
    e = merge.earliest
    assert e(a, b) == e(b, a)
    assert e(e(a, b), c) == e(a, e(b, c))
    assert e(a, a) == a
    present = [t for t in (a, b) if t is not None]
    assert e(a, b) == (min(present) if present else None)


@given(stamped, stamped, stamped)
def test_last_writer_wins_is_order_free_and_picks_the_later_stamp(
    a: merge.Stamped[str], b: merge.Stamped[str], c: merge.Stamped[str]
) -> None:
    w = merge.lww
    assert w(a, b) == w(b, a)
    assert w(w(a, b), c) == w(a, w(b, c))
    assert w(a, b).hlc == max(a.hlc, b.hlc)


@given(
    st.dictionaries(st.uuids().map(str), st.integers(1, 600)),
    st.dictionaries(st.uuids().map(str), st.integers(1, 600)),
)
def test_time_ledger_counts_each_op_once_however_often_it_arrives(
    a: dict[str, int], b: dict[str, int]
) -> None:
    u = merge.ledger_union
    assert u(a, b) == u(b, a)
    assert merge.ledger_total(u(u(a, b), b)) == merge.ledger_total(u(a, b))
    assert merge.ledger_total(u(a, b)) == sum({**a, **b}.values())


@given(attempt_maps, attempt_maps, attempt_maps)
def test_attempts_are_a_union_where_the_server_grade_wins(
    a: dict[str, merge.AttemptGrade],
    b: dict[str, merge.AttemptGrade],
    c: dict[str, merge.AttemptGrade],
) -> None:
    u = merge.union_attempts
    assert u(a, b) == u(b, a)
    assert u(u(a, b), c) == u(a, u(b, c))
    assert set(u(a, b)) == set(a) | set(b)
    for key, grade in u(a, b).items():
        if any(x.get(key) and x[key].grading_state == "server" for x in (a, b)):
            assert grade.grading_state == "server"


def test_time_shown_is_server_total_plus_unsent_increments() -> None:
    assert merge.time_spent(300, [60, 45]) == 405


@given(st.integers(0, 100), st.integers(0, 100))
def test_completion_keeps_the_greater(a: int, b: int) -> None:
    assert merge.completion(a, b) == merge.completion(b, a) == max(a, b)


@given(st.none() | hlcs, hlcs)
def test_a_later_write_is_what_lww_keeps_and_a_replay_changes_nothing(
    stored: str | None, incoming: str
) -> None:
    assert not merge.later_write(incoming, incoming)  # the same op applied again
    if stored is None:
        assert merge.later_write(stored, incoming)  # an unstamped row always loses
    elif stored != incoming:
        kept = merge.lww(merge.Stamped("old", stored), merge.Stamped("new", incoming))
        assert merge.later_write(stored, incoming) == (kept.value == "new")
        assert merge.later_write(stored, incoming) != merge.later_write(incoming, stored)
