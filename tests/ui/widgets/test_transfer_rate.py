"""The rate and time left of a download, from its progress reports."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.ui.widgets.transfer_rate import MIN_SPAN_S, TransferRate, progress_words


def test_no_rate_is_claimed_before_reports_span_a_second() -> None:
    rate = TransferRate()
    assert rate.rate() is None
    assert rate.seconds_left(1000) is None
    rate.add(10.0, 0)
    rate.add(10.0 + MIN_SPAN_S / 2, 500_000)
    assert rate.rate() is None


def test_the_rate_is_the_bytes_over_the_window_and_gives_the_time_left() -> None:
    rate = TransferRate(window_s=5.0)
    for second in range(11):
        rate.add(float(second), second * 2_000_000)  # 2 MB/s
    assert rate.rate() == pytest.approx(2_000_000)
    assert rate.seconds_left(10_000_000) == pytest.approx(5.0)
    # it slows to 1 MB/s: within the window the rate follows
    for second in range(11, 21):
        rate.add(float(second), 20_000_000 + (second - 10) * 1_000_000)
    assert rate.rate() == pytest.approx(1_000_000, rel=0.25)


def test_bytes_already_here_are_not_speed_and_a_restart_starts_again() -> None:
    rate = TransferRate()
    rate.add(0.0, 90_000_000)  # a resumed part: 90 MB were here before
    rate.add(2.0, 91_000_000)
    assert rate.rate() == pytest.approx(500_000)
    rate.add(3.0, 0)  # the file started over
    assert rate.rate() is None


@given(st.lists(st.tuples(st.floats(0.01, 5.0), st.integers(0, 10**8)), min_size=1, max_size=40))
def test_the_rate_is_never_negative_and_the_time_left_never_below_zero(
    steps: list[tuple[float, int]],
) -> None:
    rate, now, done = TransferRate(), 0.0, 0
    for gap, more in steps:
        now, done = now + gap, done + more
        rate.add(now, done)
        speed = rate.rate()
        assert speed is None or speed >= 0
        left = rate.seconds_left(10**9 - done)
        assert left is None or left >= 0


def test_the_words_say_bytes_rate_and_time_left() -> None:
    rate = TransferRate()
    rate.add(0.0, 0)
    rate.add(2.0, 4_000_000)
    words = progress_words(4_000_000, 24_000_000, rate)
    assert words.startswith("4.0 MB of 24.0 MB")
    assert "2.0 MB/s" in words
    assert "about 10 s left" in words
    assert progress_words(24_000_000, 24_000_000, rate).count("left") == 0
    assert progress_words(0, 5_000_000) == "0 bytes of 5.0 MB"
