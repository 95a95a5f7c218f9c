"""Downloading a course from its page against the devserver: a stall says so, Cancel stops
it (what arrived stays, whole), Retry and Download start it again."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.store.models import CourseDownload
from desktop.sync.service import SyncService
from desktop.sync.states import SyncStatus
from desktop.ui.operations.sync_bridge import SyncBridge
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.viewdata import OfflineState
from devserver.server import DevServer
from tests.fixtures.learners import PYTHON_COURSE, Learner


@pytest.fixture
def shell(
    healthy_devserver: DevServer, new_learner: Callable[..., Learner], qtbot: QtBot
) -> Iterator[LearnerShell]:
    learner = new_learner()
    runner = TaskRunner()
    bridge = SyncBridge()
    sync = SyncService(on_state=bridge.on_state, on_report=bridge.on_report, debounce_s=0.2)
    sync.start()
    shell = LearnerShell(learner.store, runner, confirm=False, sync=sync, bridge=bridge)
    qtbot.addWidget(shell.window)
    shell.window.show()
    sync.bind(learner.store, learner.auth)
    sync.sync_now()
    yield shell
    healthy_devserver.faults.reset()
    sync.bind(None, None)
    sync.stop()
    runner.wait_for_done()


def _state(shell: LearnerShell) -> OfflineState | None:
    course = shell.course.course
    return course.offline_state if course is not None and course.id == PYTHON_COURSE else None


def _download_row(shell: LearnerShell) -> CourseDownload | None:
    with shell.store.db.read() as session:
        return session.get(CourseDownload, PYTHON_COURSE)


def test_a_stalled_download_says_so_and_is_cancelled_then_retried(
    shell: LearnerShell, healthy_devserver: DevServer, qtbot: QtBot
) -> None:
    status = shell.window.sync_status
    qtbot.waitUntil(lambda: status.state.status is SyncStatus.UP_TO_DATE, timeout=30_000)
    shell.open_course(PYTHON_COURSE)
    qtbot.waitUntil(lambda: _state(shell) is OfflineState.NOT_DOWNLOADED, timeout=10_000)
    page = shell.course
    page.stall_after_s = 1.0
    healthy_devserver.faults.latency_ms = 4000  # the server takes the request and says nothing
    qtbot.mouseClick(page.download, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _state(shell) is OfflineState.DOWNLOADING, timeout=10_000)
    assert page.download.text() == "&Cancel download"
    qtbot.waitUntil(lambda: "Download stalled" in page.offline_label.text(), timeout=10_000)
    assert "nothing has arrived for" in page.offline_label.text()
    assert page.retry_download.isVisible()

    qtbot.mouseClick(page.download, Qt.MouseButton.LeftButton)  # Cancel
    qtbot.waitUntil(lambda: _state(shell) is OfflineState.NOT_DOWNLOADED, timeout=10_000)
    assert _download_row(shell) is None
    assert page.offline_label.text() == "Not downloaded"
    assert not page.retry_download.isVisible()
    healthy_devserver.faults.latency_ms = 0
    # the cycle that was under way ends; it does not finish the cancelled download
    qtbot.waitUntil(lambda: status.state.status is SyncStatus.UP_TO_DATE, timeout=30_000)
    shell.sync.sync_now()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: status.state.status is SyncStatus.UP_TO_DATE, timeout=30_000)
    assert _download_row(shell) is None
    assert _state(shell) is OfflineState.NOT_DOWNLOADED

    qtbot.mouseClick(page.download, Qt.MouseButton.LeftButton)  # Download again
    qtbot.waitUntil(lambda: _state(shell) is OfflineState.AVAILABLE, timeout=30_000)
    assert not page.retry_download.isVisible()


def test_retry_restarts_a_stalled_download(
    shell: LearnerShell, healthy_devserver: DevServer, qtbot: QtBot
) -> None:
    status = shell.window.sync_status
    qtbot.waitUntil(lambda: status.state.status is SyncStatus.UP_TO_DATE, timeout=30_000)
    shell.open_course(PYTHON_COURSE)
    qtbot.waitUntil(lambda: _state(shell) is OfflineState.NOT_DOWNLOADED, timeout=10_000)
    page = shell.course
    page.stall_after_s = 1.0
    healthy_devserver.faults.latency_ms = 3000
    qtbot.mouseClick(page.download, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.retry_download.isVisible, timeout=10_000)
    healthy_devserver.faults.latency_ms = 0
    qtbot.mouseClick(page.retry_download, Qt.MouseButton.LeftButton)
    assert "Download stalled" not in page.offline_label.text()  # the clock starts again
    qtbot.waitUntil(lambda: _state(shell) is OfflineState.AVAILABLE, timeout=30_000)
