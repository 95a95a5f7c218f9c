"""Hybrid logical clock: monotone stamps whose text sorts like the tuple."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.rules.hlc import MAX_COUNTER, Hlc, HlcError, HybridClock

stamps = st.builds(
    Hlc,
    st.integers(0, 10**13 - 1),
    st.integers(0, MAX_COUNTER),
    st.sampled_from(["dev-a", "dev-b", "0f3c-41", "z"]),
)


@given(stamps, stamps)
def test_encoded_stamps_sort_like_the_stamps(a: Hlc, b: Hlc) -> None:
    assert (a.encode() < b.encode()) == (a < b)
    assert Hlc.decode(a.encode()) == a


def test_clock_never_goes_backwards_when_the_wall_clock_does() -> None:
    walls = iter([1000, 1000, 900, 1200])
    clock = HybridClock("dev-a", now_ms=lambda: next(walls))
    issued = [clock.tick() for _ in range(4)]
    assert issued == sorted(issued)
    assert len(set(issued)) == 4
    assert issued[2] == Hlc(1000, 2, "dev-a")  # wall went back: counter moved on


def test_observed_remote_stamp_makes_next_tick_later() -> None:
    clock = HybridClock("dev-a", now_ms=lambda: 1000)
    clock.observe(Hlc(5000, 7, "dev-b"))
    assert clock.tick() > Hlc(5000, 7, "dev-b")


def test_clock_resumes_after_a_saved_stamp() -> None:
    clock = HybridClock("dev-a", last=Hlc(9000, 3, "dev-a"), now_ms=lambda: 10)
    assert clock.tick() == Hlc(9000, 4, "dev-a")


def test_malformed_stamp_is_refused() -> None:
    with pytest.raises(HlcError):
        Hlc.decode("yesterday")
    with pytest.raises(HlcError):
        HybridClock("dev a")
