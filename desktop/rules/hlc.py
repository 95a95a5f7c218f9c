"""Hybrid logical clock: last-writer-wins stamps that never run backwards.

A stamp is (wall milliseconds, counter, device id).  ``tick`` stamps a local
event: it takes the wall clock when that moved forward, otherwise bumps the
counter, so a laptop whose clock jumps back still issues increasing stamps.
``observe`` folds in a stamp seen from elsewhere (a pulled row), so the next
local stamp sorts after everything this device has seen.

The string form ``"<wall:013d>-<counter:06d>-<device>"`` sorts exactly like
the tuple, so SQL ``max()``/``ORDER BY`` on the text column (client and
server) agree with Python.  Ties on wall and counter break on the device id:
the design's "(hybrid logical clock, device id)" order.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

WALL_DIGITS = 13  # milliseconds fit 13 digits until the year 2286
COUNTER_DIGITS = 6
MAX_COUNTER = 10**COUNTER_DIGITS - 1
_PATTERN = re.compile(r"^(\d{13})-(\d{6})-([A-Za-z0-9_.:-]+)$")


class HlcError(ValueError):
    """A stamp string is malformed, or the counter overflowed."""


@dataclass(frozen=True, order=True)
class Hlc:
    wall_ms: int
    counter: int
    device_id: str

    def encode(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}-{self.device_id}"

    def __str__(self) -> str:
        return self.encode()

    @classmethod
    def decode(cls, text: str) -> Hlc:
        match = _PATTERN.match(text)
        if match is None:
            raise HlcError(f"not a hybrid logical clock stamp: {text!r}")
        return cls(int(match.group(1)), int(match.group(2)), match.group(3))


def _wall_now_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Issues stamps for one device.  Not thread-safe: the store's writer owns it."""

    def __init__(
        self,
        device_id: str,
        *,
        last: Hlc | None = None,
        now_ms: Callable[[], int] = _wall_now_ms,
    ) -> None:
        if not _device_ok(device_id):
            raise HlcError(f"bad device id {device_id!r}")
        self.device_id = device_id
        self._now_ms = now_ms
        self._wall = last.wall_ms if last else 0
        self._counter = last.counter if last else 0

    @property
    def last(self) -> Hlc:
        return Hlc(self._wall, self._counter, self.device_id)

    def tick(self) -> Hlc:
        """A stamp for a local event, greater than every stamp issued or seen."""
        now = self._now_ms()
        if now > self._wall:
            self._wall, self._counter = now, 0
        else:
            self._bump()
        return self.last

    def observe(self, remote: Hlc) -> None:
        """Fold in a stamp from elsewhere so later ticks sort after it."""
        if (remote.wall_ms, remote.counter) > (self._wall, self._counter):
            self._wall, self._counter = remote.wall_ms, remote.counter

    def _bump(self) -> None:
        if self._counter >= MAX_COUNTER:
            # A million events in one millisecond: move the logical wall on.
            self._wall, self._counter = self._wall + 1, 0
        else:
            self._counter += 1


def _device_ok(device_id: str) -> bool:
    return re.fullmatch(r"[A-Za-z0-9_.:-]+", device_id) is not None


def later(a: str | None, b: str | None) -> str | None:
    """The later of two encoded stamps (None sorts first)."""
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)
