"""How much of a video or sound a learner has played, and where they stopped.

A media file is cut into ``PARTS`` equal parts; a part counts as watched
once playback has passed through it.  Its section progress (the key
``media_key(path)`` in ``lesson_progress.section_progress``) is then
``{"percent": parts watched, "position": seconds, "watched": hex of the
parts}``: the server keeps the highest percent and the other fields of the
latest entry (``rules.merge.merge_section``), so the fraction watched never
drops, the position follows the learner from laptop to laptop, and the
parts carry on where the last laptop left them.  Seeking past a part does
not count it.  Pure: no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

PARTS = 100
MEDIA_PREFIX = "media:"
#: a position this close to the end (or 5 % of the length) starts again from the beginning
END_MARGIN_SECONDS = 3.0


def media_key(path: str) -> str:
    """The section key of a media file of the lesson (its package path)."""
    return MEDIA_PREFIX + path


class Watched:
    """The parts of one file played so far, and the last position."""

    def __init__(self, duration: float, entry: Mapping[str, Any] | None = None) -> None:
        self.duration = max(0.0, duration)
        self.parts = _decode(str((entry or {}).get("watched", "")))
        self.position = _number((entry or {}).get("position"))
        self._stored_percent = min(100, int(_number((entry or {}).get("percent"))))
        self._last: float | None = None

    def set_duration(self, duration: float) -> None:
        self.duration = max(0.0, duration)

    def played(self, position: float) -> None:
        """Playback reached ``position`` (seconds) while playing."""
        if self.duration <= 0:
            return
        position = min(max(0.0, position), self.duration)
        last = self._last if self._last is not None else position
        if 0 <= position - last <= 2.0:  # a step of playback, not a seek
            for part in range(self._part(last), self._part(position) + 1):
                self.parts.add(part)
        self._last = position
        self.position = position

    def started(self, position: float) -> None:
        """Playback started (or resumed) at ``position``: it counts from there."""
        self._last = max(0.0, position)

    def ended(self) -> None:
        """Playback reached the end: the last step counts up to it."""
        if self.duration > 0:
            if self._last is None:
                self._last = self.position
            self.played(self.duration)

    def seen(self, start: float, end: float) -> None:
        """``[start, end)`` was seen whole (a PDF's page: ``duration`` is its page count)."""
        if self.duration <= 0 or end <= start:
            return
        first = self._part(start)
        last = max(
            first, min(PARTS, math.ceil(min(end, self.duration) / self.duration * PARTS)) - 1
        )
        self.parts.update(range(first, last + 1))
        self.position = max(0.0, start)

    def moved(self, position: float) -> None:
        """The learner sought to ``position``: nothing between counts as watched."""
        self._last = None
        self.position = max(0.0, position)

    def paused(self) -> None:
        self._last = None

    def _part(self, position: float) -> int:
        return min(PARTS - 1, int(position / self.duration * PARTS))

    @property
    def percent(self) -> int:
        return max(self._stored_percent, len(self.parts) * 100 // PARTS)

    def resume_at(self) -> float:
        """Where playing should start: the last position, unless it was the end."""
        margin = min(END_MARGIN_SECONDS, self.duration * 0.05)  # of a short clip, less
        if self.duration and self.position >= self.duration - margin:
            return 0.0
        return self.position

    def entry(self) -> dict[str, Any]:
        return {
            "percent": self.percent,
            "position": round(self.position, 1),
            "watched": _encode(self.parts),
        }


def _number(value: object) -> float:
    """A non-negative finite number from a stored entry (anything else: 0)."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return 0.0
    number = float(value)
    return number if math.isfinite(number) and number > 0 else 0.0


def _encode(parts: set[int]) -> str:
    bits = sum(1 << part for part in parts if 0 <= part < PARTS)
    return f"{bits:0{PARTS // 4}x}"


def _decode(text: str) -> set[int]:
    if len(text) > PARTS // 4:  # not what this module writes
        return set()
    try:
        bits = int(text, 16) if text else 0
    except ValueError:
        return set()
    return {part for part in range(PARTS) if bits >> part & 1}
