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

log = logging.getLogger(__name__)


def freeze_long_lived() -> None:
    """Exclude everything alive now from future collections (call once a
    window is built and shown; calling again adds what was created since)."""
    before = gc.get_freeze_count()
    gc.freeze()
    log.debug("froze %d objects out of garbage collection", gc.get_freeze_count() - before)
