"""Garbage collection runs on the GUI thread only (PySide6 crashes otherwise)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from desktop.ui.shell.heap import MainThreadCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_worker_threads_never_collect_and_the_gui_thread_does(qtbot: QtBot) -> None:
    parent = QObject()
    collector = MainThreadCollector(parent, interval_ms=20)
    collected_on: list[str] = []

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collected_on.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        assert not gc.isenabled()
        worker = threading.Thread(target=lambda: [Cycle() for _ in range(50_000)], name="worker")
        worker.start()
        worker.join()
        assert "worker" not in collected_on  # allocating alone never collects there
        qtbot.waitUntil(lambda: bool(collected_on), timeout=5000)
        assert set(collected_on) == {threading.current_thread().name}
    finally:
        gc.callbacks.remove(note)
        collector.stop()
        gc.disable()  # the session-wide collector (tests/ui/conftest.py) keeps it off
