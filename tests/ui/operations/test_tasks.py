from __future__ import annotations

import functools
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from desktop.ui.operations.changes import Changes
from desktop.ui.operations.tasks import Task, TaskRunner


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()


def test_op_runs_off_the_gui_thread_and_reports_on_it(qtbot: QtBot, runner: TaskRunner) -> None:
    gui = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread().name
        seen["off_gui"] = QThread.currentThread() is not gui
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["on_gui"] = QThread.currentThread() is gui

    Task(work).success(done).run(runner)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["off_gui"]
    assert seen["on_gui"]
    assert runner.running == 0


def test_failure_reaches_the_failure_callback(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[Exception] = []

    def work() -> None:
        raise ValueError("the store said no")

    Task(work).failure(errors.append).run(runner)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)


def test_writes_run_one_at_a_time_in_order(qtbot: QtBot, runner: TaskRunner) -> None:
    order: list[int] = []
    lock = threading.Lock()
    active = [0]
    overlap = [False]

    def write(i: int) -> None:
        with lock:
            active[0] += 1
            overlap[0] |= active[0] > 1
        for _ in range(20_000):  # a little real work so overlaps could happen
            pass
        with lock:
            active[0] -= 1
            order.append(i)

    for i in range(8):
        runner.submit(functools.partial(write, i), write=True)
    qtbot.waitUntil(lambda: len(order) == 8)
    assert order == list(range(8))
    assert not overlap[0]


def test_write_results_are_broadcast_as_changes(qtbot: QtBot, runner: TaskRunner) -> None:
    with qtbot.waitSignal(runner.changes_made) as blocker:
        runner.submit(lambda: Changes(progress=True), write=True)
    assert blocker.args[0] == Changes(progress=True)
    with qtbot.assertNotEmitted(runner.changes_made, wait=100):
        runner.submit(lambda: Changes(), write=True)
        qtbot.waitUntil(lambda: runner.running == 0)
    assert (Changes(quiz=True) | Changes(outbox=True)) == Changes(quiz=True, outbox=True)
