"""Keep Python's cyclic garbage collector from stalling the GUI thread.

A full (generation 2) collection walks every tracked object in the process
while holding the GIL, whichever thread triggered it.  After start-up the
heap holds hundreds of thousands of long-lived objects (PySide6 wrappers,
SQLAlchemy's and the SDK's module state, the window's widgets); a full
collection during a sync of 10,000 changes walked them all and stalled the
GUI thread for 110–250 ms (benchmarks/ui_responsiveness.py, issue #6 target
< 50 ms).

``gc.freeze()`` moves everything alive at that moment to a permanent
generation the collector never scans, so later full collections only walk
what was created since.  The cost: cycles that were already garbage when
frozen, and objects frozen then dropped in a cycle, are never freed; what
start-up leaves behind is small and lives as long as the process anyway.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)


def freeze_long_lived() -> None:
    """Exclude everything alive now from future collections (call once a
    window is built and shown; calling again adds what was created since)."""
    before = gc.get_freeze_count()
    gc.freeze()
    log.debug("froze %d objects out of garbage collection", gc.get_freeze_count() - before)


class MainThreadCollector:
    """Run the cyclic garbage collector on the GUI thread only.

    Left to itself, Python collects on whichever thread happens to allocate
    past a threshold — a sync worker, a task-runner thread, an HTTP thread.
    A cycle that holds a Qt wrapper is then destroyed off the GUI thread,
    which crashes PySide6 (seen: a segfault in "Garbage-collecting" on a
    worker loading a course package for the preview).  So automatic
    collection is switched off and a GUI-thread timer collects instead,
    the generation the allocation counts call for (qutebrowser does the same).
    """

    def __init__(self, parent: QObject, *, interval_ms: int = 1000) -> None:
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(parent)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.on_timer_timeout)
        self._timer.start()

    def on_timer_timeout(self) -> int:
        """Collect the oldest generation whose count passed its threshold."""
        counts = gc.get_count()
        generation = -1
        for gen in range(3):
            if counts[gen] > self._thresholds[gen]:
                generation = gen
        return gc.collect(generation) if generation >= 0 else 0

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
