"""How fast a download goes and how long it has left, from what it reported.

A :class:`TransferRate` keeps the (time, bytes done) reports of the last
``window_s`` seconds: the rate is the bytes they cover over the time they
span, so a burst or a pause moves it within a few seconds without
jumping with every report.  Bytes that were already here when the download
started (a resumed ``.part``, files fetched before) are never counted as
speed: only growth between two reports is.  A report with fewer bytes than
the last (a file started over) starts the window again.
"""

from __future__ import annotations

from collections import deque

from desktop.ui.i18n import translate
from desktop.ui.widgets import timefmt
from desktop.ui.widgets.sizes import data_size

MIN_SPAN_S = 1.0  # no rate is claimed from less than this


class TransferRate:
    def __init__(self, window_s: float = 5.0) -> None:
        self.window_s = window_s
        self._samples: deque[tuple[float, int]] = deque()

    def add(self, now: float, bytes_done: int) -> None:
        if self._samples and bytes_done < self._samples[-1][1]:
            self._samples.clear()
        self._samples.append((now, bytes_done))
        while len(self._samples) > 2 and now - self._samples[1][0] >= self.window_s:
            self._samples.popleft()

    def rate(self) -> float | None:
        """Bytes per second, or None until reports span ``MIN_SPAN_S``."""
        if len(self._samples) < 2:
            return None
        (start, first), (end, last) = self._samples[0], self._samples[-1]
        if end - start < MIN_SPAN_S:
            return None
        return (last - first) / (end - start)

    def seconds_left(self, bytes_left: int) -> float | None:
        rate = self.rate()
        if rate is None or rate <= 0:
            return None
        return max(0, bytes_left) / rate


def progress_words(done: int, total: int, rate: TransferRate | None = None) -> str:
    """Like "45.2 MB of 210.0 MB · 12.3 MB/s · about 14 s left"."""
    parts = [
        translate("transfer_rate", "{done} of {total}").format(
            done=data_size(done), total=data_size(total)
        )
    ]
    speed = rate.rate() if rate is not None else None
    left = rate.seconds_left(total - done) if rate is not None else None
    if speed is not None and speed > 0:
        parts.append(translate("transfer_rate", "{size}/s").format(size=data_size(round(speed))))
    if left is not None and done < total:
        time_left = timefmt.duration(max(1, round(left)))
        parts.append(translate("transfer_rate", "about {time} left").format(time=time_left))
    return " · ".join(parts)  # separate facts, each whole in the learner's words
