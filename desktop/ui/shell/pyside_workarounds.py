"""Workarounds for defects in the PySide6 build we run on, each probed, not assumed.

``SignalInstance.emit`` in PySide6 6.12 on CPython 3.11 returns ``True``
without taking a reference to it, so every ``.emit()`` from Python lowers
``True``'s reference count by one.  After a few thousand emits (a sync with
progress reports, a test session) the count reaches zero and the interpreter
aborts with "bool_dealloc: deallocating True or False".  On CPython ≥ 3.12
``True`` is immortal and nothing happens.

:class:`TrueRefGuard` measures the leak once with a probe signal; when it is
real, it keeps ``True``'s count far from zero by holding blocks of references
(``[True] * n`` adds n references in one C call), topping up from a timer.
Each block is itself leaked on purpose (one extra reference through the C API),
so interpreter shutdown, which frees module globals, does not hand the
references back and trip the very abort the guard prevents.
When PySide is fixed, the probe finds no leak and the guard does nothing.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

_BLOCK = 1_000_000  # references held per top-up (8 MB)
_LOW_WATER = 200_000  # top up below this many references


class _Probe(QObject):
    ping = Signal()


_PROBE_EMITS = 1_000


def emit_leaks_true_reference() -> bool:
    """Whether emits lose references to True: one lost per emit, measured over
    enough emits that other threads taking and dropping a few references to
    True meanwhile (a worker running Python) cannot change the answer."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBE_EMITS):
        probe.ping.emit()
    leaked = before - sys.getrefcount(True)
    if leaked >= _PROBE_EMITS * 9 // 10:
        _pin(leaked)  # give back what the probe itself took
        return True
    return False


def _pin(count: int) -> None:
    block = [True] * count
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(block))  # never freed, not even at exit


class TrueRefGuard(QObject):
    def __init__(self, parent: QObject | None = None, *, check_ms: int = 2000) -> None:
        super().__init__(parent)
        self.active = emit_leaks_true_reference()
        self._timer = QTimer(self)
        if self.active:
            log.info("PySide emit() leaks references to True; guarding against it")
            self.top_up()
            self._timer.setInterval(check_ms)
            self._timer.timeout.connect(self.top_up)
            self._timer.start()

    def top_up(self) -> None:
        if self.active and sys.getrefcount(True) < _LOW_WATER:
            _pin(_BLOCK)
