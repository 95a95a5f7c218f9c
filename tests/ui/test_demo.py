"""``lantern demo``: a devserver child process, the demo learner signed in, stopped on close."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.account.vault import KeyringVault
from desktop.store.profiles import ProfileDirectory
from desktop.sync.service import SyncService
from desktop.sync.states import SyncStatus
from desktop.ui.operations.sync_bridge import SyncBridge
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.accounts import Accounts
from desktop.ui.shell.app_flow import AppFlow
from desktop.ui.shell.demo_server import DemoServerProcess, parse_banner
from desktop.ui.theme import Theme
from tests.helpers.keyring import MemoryKeyring


def test_banner_parsing_finds_each_demo_account() -> None:
    banner = (
        "lantern-devserver is running. Demo accounts:\n"
        "  student    learner@lantern.local  password: lantern-learner\n"
        "  instructor instructor@lantern.local  password: lantern-instructor\n"
    )
    assert parse_banner(banner) == {
        "student": ("learner@lantern.local", "lantern-learner"),
        "instructor": ("instructor@lantern.local", "lantern-instructor"),
    }


@pytest.fixture
def demo_flow(qapp: QApplication, tmp_path: Path) -> Iterator[tuple[AppFlow, DemoServerProcess]]:
    runner = TaskRunner()
    theme = Theme(qapp, dark=False)
    bridge = SyncBridge()
    sync = SyncService(on_state=bridge.on_state, on_report=bridge.on_report)
    sync.start()
    server = DemoServerProcess(tmp_path / "devserver")
    accounts = Accounts(ProfileDirectory(tmp_path / "data"), vault=KeyringVault(MemoryKeyring()))
    flow = AppFlow(qapp, theme, runner, accounts, sync=sync, bridge=bridge, demo=server)
    yield flow, server
    flow.shutdown()
    sync.stop()
    server.stop()
    if flow.dialog is not None:
        flow.dialog.rejected.disconnect()
        flow.dialog.close()
    theme.setParent(None)
    flow.setParent(None)
    qapp.setStyleSheet("")


def test_demo_starts_a_server_and_signs_the_demo_learner_in(
    demo_flow: tuple[AppFlow, DemoServerProcess], qtbot: QtBot
) -> None:
    flow, server = demo_flow
    flow.start()
    assert flow.dialog is not None
    assert "Starting the local demo server" in (flow.dialog.status.text())
    qtbot.waitUntil(lambda: flow.shell is not None, timeout=120_000)
    shell = flow.shell
    assert shell is not None
    assert flow.opened is not None
    env = server.env_path.read_text(encoding="utf-8")
    assert not flow.opened.profile.is_guest
    assert f"API_URL={flow.opened.profile.server_url}" in env  # signed in on the demo server
    qtbot.waitUntil(lambda: shell.catalogue.model.rowCount() > 0, timeout=30_000)
    qtbot.waitUntil(
        lambda: shell.window.sync_status.state.status is SyncStatus.UP_TO_DATE, timeout=30_000
    )
    flow.shutdown()
    server.stop()
    assert server.process is not None
    assert server.process.poll() is not None
