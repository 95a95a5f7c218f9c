"""desktop.ui.shell.reachability: the network coming back triggers a sync at once."""

from __future__ import annotations

from PySide6.QtNetwork import QNetworkInformation
from pytestqt.qtbot import QtBot

from desktop.sync.service import SyncService
from desktop.ui.shell.reachability import ReachabilityWatcher, watch_reachability

R = QNetworkInformation.Reachability


class CountingSyncService(SyncService):
    """The real service (never started), counting the sync_now requests it gets."""

    def __init__(self) -> None:
        super().__init__(on_state=lambda _s: None, on_report=lambda _r: None)
        self.requests = 0

    def sync_now(self) -> None:
        self.requests += 1
        super().sync_now()


def test_only_a_return_to_online_asks_for_a_sync(qtbot: QtBot) -> None:
    sync = CountingSyncService()
    watcher = watch_reachability(sync)
    info = QNetworkInformation.instance()
    if watcher is None or info is None:  # no backend here: the app must still start
        assert watch_reachability(sync) is None
        return
    info.reachabilityChanged.emit(R.Disconnected)  # Qt's own signal, as a backend sends it
    assert sync.requests == 0
    info.reachabilityChanged.emit(R.Online)
    assert sync.requests == 1
    info.reachabilityChanged.emit(R.Online)  # still online: nothing new to send
    assert sync.requests == 1
    info.reachabilityChanged.emit(R.Local)
    info.reachabilityChanged.emit(R.Online)
    assert sync.requests == 2
    assert isinstance(watcher, ReachabilityWatcher)
    watcher.deleteLater()
