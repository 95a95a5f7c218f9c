"""Composition root: builds the theme, the task runner, the sync service and the first window.

Nothing else creates these; modules receive what they need (style: one
composition root, no module-level singletons holding state).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def run(*, quit_after: float | None = None, data_dir: Path | None = None,
        demo: bool = False) -> int:
    """Open Lantern; ``demo`` also starts a local devserver and signs its learner in."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop.store.profiles import ProfileDirectory, default_data_dir
    from desktop.sync.service import SyncService
    from desktop.ui.accounts import Accounts
    from desktop.ui.app_flow import AppFlow
    from desktop.ui.demo_server import DemoServerProcess
    from desktop.ui.pyside_workarounds import TrueRefGuard
    from desktop.ui.sync_bridge import SyncBridge
    from desktop.ui.tasks import TaskRunner, favour_gui_thread
    from desktop.ui.theme import RESOURCES, Theme

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Lantern")
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "lantern.png")))
    TrueRefGuard(app)
    favour_gui_thread()
    theme = Theme(app)
    runner = TaskRunner(app)
    bridge = SyncBridge(app)
    sync = SyncService(on_state=bridge.on_state, on_report=bridge.on_report)
    sync.start()  # its own thread; the GUI thread never waits for the network
    folder = data_dir or default_data_dir()
    if demo:
        folder = folder / "demo"  # the demo's server and learners never mix with real ones
    demo_server = DemoServerProcess(folder / "devserver") if demo else None
    flow = AppFlow(app, theme, runner, Accounts(ProfileDirectory(folder)), sync=sync,
                   bridge=bridge, demo=demo_server)
    flow.start()
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), app.quit)
    try:
        return int(app.exec())
    finally:
        flow.shutdown()
        sync.stop()
        if demo_server is not None:
            demo_server.stop()  # closing the app stops what the demo started
