"""Counts study time only while the learner is really there.

Time counts while the lesson's window is the active window and the learner
has touched the keyboard, mouse or wheel within the idle threshold (issue #6:
"time spent counted only while the window is active and the learner is not
idle").  An event filter on the QApplication sees every input event;
activation changes come from ``QApplication.applicationStateChanged`` and
window (de)activation events.  The clock and thresholds are injectable so
tests drive time by hand instead of sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
    }
)
ACTIVATION_EVENTS = frozenset(
    {
        QEvent.Type.WindowActivate,
        QEvent.Type.WindowDeactivate,
        QEvent.Type.ApplicationStateChange,
    }
)


class ActivityTracker(QObject):
    """Accumulates active seconds; ``take_seconds`` hands out whole seconds."""

    active_changed = Signal(bool)

    def __init__(
        self,
        window: QWidget,
        *,
        idle_after: float = 300.0,
        tick_ms: int = 1000,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._idle_after = idle_after
        self._clock = clock
        self._last_input = clock()
        self._last_tick = clock()
        self._seconds = 0.0
        self._active = False
        self._running = False
        self._watching = False  # a video or sound plays: no input needed to count
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)

    @property
    def seconds(self) -> float:
        """Active seconds counted and not yet taken."""
        return self._seconds

    @property
    def is_active(self) -> bool:
        return self._active

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._last_input = self._last_tick = self._clock()
        self._timer.start()
        self._update_active()

    def stop(self) -> None:
        if not self._running:
            return
        self.tick()  # count up to now before stopping
        self._running = False
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._set_active(False)

    def set_watching(self, watching: bool) -> None:
        """While a video or sound plays the learner is studying without touching
        anything: time counts (while the window is active) as if they were."""
        self.tick()
        self._watching = watching
        self._last_input = self._clock()
        self._update_active()

    def take_seconds(self) -> int:
        """Whole seconds counted since the last take; the fraction stays."""
        whole = int(self._seconds)
        self._seconds -= whole
        return whole

    def tick(self) -> None:
        now = self._clock()
        elapsed = now - self._last_tick
        self._last_tick = now
        if self._active and self._running:
            # count only up to the moment the learner went idle
            idle_from = now if self._watching else self._last_input + self._idle_after
            counted_until = min(now, idle_from)
            self._seconds += max(0.0, min(elapsed, counted_until - (now - elapsed)))
        self._update_active()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS:
            if not self._active:
                self._last_tick = self._clock()  # idle time before this input is not counted
            self._last_input = self._clock()
            self._update_active()
        elif kind in ACTIVATION_EVENTS:
            self.tick()
            # activeWindow updates after the event (not at all once this tracker is gone)
            QTimer.singleShot(0, self, self._update_active)
        return False

    def _update_active(self) -> None:
        if not shiboken6.isValid(self._window):
            return  # the page is being deleted: its last events come here still
        idle = not self._watching and self._clock() - self._last_input >= self._idle_after
        window_active = self._window.isActiveWindow() and self._window.isVisible()
        self._set_active(self._running and window_active and not idle)

    def _set_active(self, active: bool) -> None:
        if active != self._active:
            if active:
                self._last_tick = self._clock()
            self._active = active
            self.active_changed.emit(active)
