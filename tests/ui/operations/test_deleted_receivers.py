"""A page deleted while its op runs: the result is dropped, nothing raises later.

Each test holds the runner's workers on an event until the receiver is gone,
so the result always arrives after the deletion (no race to win or lose).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.store.db.learner_store import LearnerStore
from desktop.ui.operations.changes import Changes
from desktop.ui.operations.tasks import Task, TaskRunner
from desktop.ui.shell.learner_shell import LearnerShell

READ_THREADS = 2
WAIT_S = 10.0


class _Page(QLabel):
    """Records each delivery, then touches its C++ side as every real page does."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def show_value(self, value: object) -> None:
        self.calls.append(f"value {value!r}")
        self.setText(str(value))

    def show_failure(self, exc: Exception) -> None:
        self.calls.append(f"failure {exc!r}")
        self.setText(str(exc))


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner(read_threads=READ_THREADS)
    yield runner
    runner.wait_for_done()


def _delete(qtbot: QtBot, widget: QWidget) -> None:
    with qtbot.waitSignal(widget.destroyed, timeout=5000):
        widget.deleteLater()
    assert not shiboken6.isValid(widget)


def _held(gate: threading.Event, value: object = None) -> object:
    if not gate.wait(WAIT_S):
        raise TimeoutError("the test never released the worker")
    return value


def _fail_when_released(gate: threading.Event) -> None:
    _held(gate)
    raise ValueError("the store said no")


def test_result_for_a_deleted_widget_is_dropped(qtbot: QtBot, runner: TaskRunner) -> None:
    page = _Page()
    calls = page.calls
    gate = threading.Event()
    Task(lambda: _held(gate, 42)).success(page.show_value).run(runner)
    _delete(qtbot, page)
    with qtbot.captureExceptions() as exceptions:
        gate.set()
        qtbot.waitUntil(lambda: runner.running == 0)
    assert exceptions == []
    assert calls == []


def test_failure_for_a_deleted_widget_is_dropped(qtbot: QtBot, runner: TaskRunner) -> None:
    page = _Page()
    calls = page.calls
    gate = threading.Event()
    Task(lambda: _fail_when_released(gate)).failure(page.show_failure).run(runner)
    _delete(qtbot, page)
    with qtbot.captureExceptions() as exceptions:
        gate.set()
        qtbot.waitUntil(lambda: runner.running == 0)
    assert exceptions == []
    assert calls == []


def test_a_closure_tied_to_a_deleted_receiver_is_not_called(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    page = _Page()
    calls = page.calls
    gate = threading.Event()

    def shown(value: object) -> None:  # a closure: the runner cannot see the page in it
        page.show_value(value)

    runner.submit(lambda: _held(gate, "late"), on_success=shown, receiver=page)
    _delete(qtbot, page)
    with qtbot.captureExceptions() as exceptions:
        gate.set()
        qtbot.waitUntil(lambda: runner.running == 0)
    assert exceptions == []
    assert calls == []


def test_a_live_receiver_still_gets_its_result(qtbot: QtBot, runner: TaskRunner) -> None:
    page, other = _Page(), _Page()
    qtbot.addWidget(page)
    gate = threading.Event()
    runner.submit(lambda: _held(gate, 7), on_success=page.show_value, receiver=page)
    runner.submit(lambda: _held(gate, 8), on_success=other.show_value)
    _delete(qtbot, other)
    gate.set()
    qtbot.waitUntil(lambda: runner.running == 0)
    assert page.calls == ["value 7"]
    assert page.text() == "7"


def test_a_write_for_a_deleted_widget_still_broadcasts_its_changes(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    page = _Page()
    calls = page.calls
    gate = threading.Event()
    runner.submit(
        lambda: _held(gate, Changes(progress=True)), on_success=page.show_value, write=True
    )
    _delete(qtbot, page)
    with qtbot.waitSignal(runner.changes_made, timeout=5000) as blocker:
        gate.set()
    qtbot.waitUntil(lambda: runner.running == 0)
    assert blocker.args == [Changes(progress=True)]
    assert calls == []


# the real pages ---------------------------------------------------------------------


def test_closing_a_learners_window_while_its_pages_load_raises_nothing(
    qtbot: QtBot, runner: TaskRunner, store: LearnerStore
) -> None:
    gate = threading.Event()
    for _ in range(READ_THREADS):  # both read threads busy: every page load queues behind
        runner.submit(lambda: _held(gate))
    shell = LearnerShell(store, runner, confirm=False)
    dashboard, pending = shell.dashboard, shell.pending
    shell.refresh(Changes(dashboard=True, notifications=True, outbox=True))
    _delete(qtbot, shell.window)
    assert not shiboken6.isValid(dashboard)
    assert not shiboken6.isValid(pending)
    with qtbot.captureExceptions() as exceptions:
        gate.set()
        qtbot.waitUntil(lambda: runner.running == 0, timeout=10_000)
    assert exceptions == []


def test_a_write_finishing_after_the_window_closed_refreshes_nothing(
    qtbot: QtBot, runner: TaskRunner, store: LearnerStore
) -> None:
    shell = LearnerShell(store, runner, confirm=False)
    qtbot.waitUntil(lambda: runner.running == 0, timeout=10_000)
    gate = threading.Event()
    runner.submit(
        lambda: _held(gate, Changes(dashboard=True, outbox=True, catalogue=True)), write=True
    )
    _delete(qtbot, shell.window)
    with qtbot.captureExceptions() as exceptions:
        gate.set()
        qtbot.waitUntil(lambda: runner.running == 0, timeout=10_000)
    assert exceptions == []
