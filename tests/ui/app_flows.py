"""The whole app (sign-in dialog, then the learner's window) built for a test and closed after it.

The ``app_flows`` fixture (tests/ui/conftest.py) hands out an :class:`AppFlows`;
every flow it opens is shut down at the end of the test, the dialog closed
without quitting the test's QApplication, and Qt's default style restored.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.account.settings import ServerSettings
from desktop.account.vault import KeyringVault
from desktop.store.db.profiles import ProfileDirectory
from desktop.sync.service import SyncService
from desktop.ui.operations.sync_bridge import SyncBridge
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.accounts import Accounts
from desktop.ui.shell.app_flow import AppFlow
from desktop.ui.shell.demo_server import DemoServerProcess
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.sign_in import TAB_SIGN_UP, SignInDialog
from desktop.ui.shell.window_memory import WindowMemory
from desktop.ui.theme import Theme
from devserver.server import DevServer
from tests.helpers.keyring import MemoryKeyring


def laptop_accounts(
    data_dir: Path,
    *,
    server: DevServer | None = None,
    quick_pin: bool | None = None,
    clock: Callable[[], float] = time.time,
) -> Accounts:
    """The accounts of a laptop whose data lives in ``data_dir``, its tokens in memory;
    with ``server``, the laptop already uses that devserver."""
    profiles = ProfileDirectory(data_dir)
    if server is not None:
        ServerSettings(server.url, server.anon_key).save(profiles.data_dir)
    return Accounts(profiles, vault=KeyringVault(MemoryKeyring()), quick_pin=quick_pin, clock=clock)


class AppFlows:
    """Opens app flows on one laptop (``data_dir``) and closes them all in :meth:`close`."""

    def __init__(self, qapp: QApplication, data_dir: Path) -> None:
        self.qapp = qapp
        self.data_dir = data_dir
        self.opened: list[AppFlow] = []
        self.stoppers: list[Callable[[], object]] = []  # after the flows shut down

    def accounts(
        self,
        *,
        server: DevServer | None = None,
        quick_pin: bool | None = None,
        clock: Callable[[], float] = time.time,
    ) -> Accounts:
        """:func:`laptop_accounts` on this laptop's data folder."""
        return laptop_accounts(self.data_dir, server=server, quick_pin=quick_pin, clock=clock)

    def open(
        self,
        accounts: Accounts | None = None,
        *,
        start: bool = True,
        synced: bool = False,
        debounce_s: float = 2.0,
        confirm: bool = False,
        demo: DemoServerProcess | None = None,
        window: MainWindow | None = None,
        memory: WindowMemory | None = None,
    ) -> AppFlow:
        """A flow in the light theme (fresh accounts unless given), started unless
        ``start`` is False; ``synced`` gives it a running SyncService and its bridge.
        ``confirm=False`` answers the flow's questions "yes"."""
        sync, bridge = None, None
        if synced:
            bridge = SyncBridge()
            sync = SyncService(
                on_state=bridge.on_state, on_report=bridge.on_report, debounce_s=debounce_s
            )
            sync.start()
            self.stoppers.append(sync.stop)
        flow = AppFlow(
            self.qapp,
            Theme(self.qapp, dark=False),
            TaskRunner(),
            accounts or self.accounts(),
            sync=sync,
            bridge=bridge,
            demo=demo,
            confirm=confirm,
            window=window,
            memory=memory,
        )
        self.opened.append(flow)
        if start:
            flow.start()
        return flow

    def on_close(self, stop: Callable[[], object]) -> None:
        """Run ``stop`` after the flows have shut down (a server they used, say)."""
        self.stoppers.append(stop)

    def close(self) -> None:
        for flow in self.opened:
            flow.shutdown()
        for stop in self.stoppers:
            stop()
        for flow in self.opened:
            if flow.dialog is not None:
                flow.dialog.rejected.disconnect()  # closing it must not quit the QApplication
                flow.dialog.close()
            flow.theme.setParent(None)
            flow.setParent(None)
        self.qapp.setStyleSheet("")  # later tests start from Qt's defaults


def fill_sign_up(
    dialog: SignInDialog,
    *,
    email: str,
    password: str,
    username: str,
    full_name: str | None = None,
    again: str | None = None,
) -> None:
    """Type into the dialog's sign-up tab (the password twice unless ``again`` differs)."""
    dialog.tabs.setCurrentIndex(TAB_SIGN_UP)
    dialog.new_email.setText(email)
    dialog.new_username.setText(username)
    if full_name is not None:
        dialog.new_full_name.setText(full_name)
    dialog.new_password.setText(password)
    dialog.new_password_again.setText(password if again is None else again)


def sign_up_through_dialog(flow: AppFlow, qtbot: QtBot, *, prefix: str, full_name: str) -> None:
    """Sign a new learner (a unique ``<prefix>-…@example.test``) up in the flow's
    dialog and wait until their window is open."""
    dialog = flow.dialog
    assert dialog is not None
    suffix = uuid.uuid4().hex[:8]
    fill_sign_up(
        dialog,
        email=f"{prefix}-{suffix}@example.test",
        username=f"{prefix}_{suffix}",
        full_name=full_name,
        password="correct-horse-9",
    )
    dialog.on_sign_up_clicked()
    qtbot.waitUntil(lambda: flow.shell is not None and flow.opened is not None, timeout=15_000)
