"""Sync as soon as the network comes back, when the platform can tell us.

The sync service already retries with backoff after a failure, so without
this hook work still reaches the server — up to a backoff interval later.
Qt's ``QNetworkInformation`` reports reachability through a platform backend
(NetworkManager, glib, connman on Linux; native ones on macOS and Windows);
when none can be loaded (containers, minimal systems) the hook is simply not
installed and the backoff remains the only trigger.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QNetworkInformation

from desktop.ui.operations.sync_bridge import SyncControls

log = logging.getLogger(__name__)

Reachability = QNetworkInformation.Reachability


class ReachabilityWatcher(QObject):
    """Calls ``sync.sync_now()`` when reachability becomes Online again."""

    def __init__(
        self, sync: SyncControls, info: QNetworkInformation, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._sync = sync
        self._last = info.reachability()
        info.reachabilityChanged.connect(self.on_info_reachability_changed)

    def on_info_reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        came_back = reachability == Reachability.Online and self._last != Reachability.Online
        self._last = reachability
        if came_back:
            log.info("network is back: syncing now")
            self._sync.sync_now()


def watch_reachability(
    sync: SyncControls, parent: QObject | None = None
) -> ReachabilityWatcher | None:
    """Install the hook if a backend that reports reachability loads; else None."""
    try:
        loaded = QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability)
    except RuntimeError as exc:  # a broken plugin must not stop the app
        log.info("no network-reachability backend: %s", exc)
        return None
    info = QNetworkInformation.instance()
    if not loaded or info is None:
        log.info("no network-reachability backend; sync relies on its retry backoff")
        return None
    return ReachabilityWatcher(sync, info, parent)
