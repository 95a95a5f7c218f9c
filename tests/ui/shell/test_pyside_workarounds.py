from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from desktop.ui.shell.pyside_workarounds import TrueRefGuard, emit_leaks_true_reference


class _Emitter(QObject):
    changed = Signal(bool)


def test_guard_keeps_true_alive_through_many_emits(qapp: QApplication) -> None:
    guard = TrueRefGuard(qapp)
    emitter = _Emitter()
    for i in range(5_000):
        emitter.changed.emit(i % 2 == 0)
    guard.top_up()
    assert sys.getrefcount(True) > 1_000  # far from the abort at zero
    assert guard.active == emit_leaks_true_reference()
