"""Composition root: builds the theme, the task runner, the sync service and the first window.

Nothing else creates these; modules receive what they need (style: one
composition root, no module-level singletons holding state).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def run(*, quit_after: float | None = None, data_dir: Path | None = None,
        demo: bool = False) -> int:
    """Open Lantern; ``demo`` also starts a local devserver and signs its learner in.

    The main window is shown first, from PySide6 alone (``desktop.ui.window_first``);
    the store, the sync service and the SDK are imported on a worker thread and
    the sign-in dialog opens over that window when they are ready (issue #6:
    start-up within 2x a bare PySide6 window).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop.ui.heap import MainThreadCollector
    from desktop.ui.pyside_workarounds import TrueRefGuard
    from desktop.ui.sync_bridge import SyncBridge
    from desktop.ui.tasks import TaskRunner, favour_gui_thread
    from desktop.ui.theme import RESOURCES, Theme
    from desktop.ui.window_first import loading_window

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Lantern")
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "lantern.png")))
    TrueRefGuard(app)
    MainThreadCollector(app)  # garbage collection never runs on a worker thread
    favour_gui_thread()
    theme = Theme(app)
    runner = TaskRunner(app)
    bridge = SyncBridge(app)
    window = loading_window()
    window.show()
    parts: dict[str, Any] = {}

    def compose(_modules: object) -> None:
        """GUI thread, once the heavy modules are imported."""
        from desktop.store.profiles import ProfileDirectory, default_data_dir
        from desktop.sync.service import SyncService
        from desktop.ui.accounts import Accounts
        from desktop.ui.app_flow import AppFlow
        from desktop.ui.demo_server import DemoServerProcess
        from desktop.ui.reachability import watch_reachability

        sync = SyncService(on_state=bridge.on_state, on_report=bridge.on_report)
        sync.start()  # its own thread; the GUI thread never waits for the network
        watch_reachability(sync, app)  # sync the moment the network is back, if Qt can tell
        folder = data_dir or default_data_dir()
        if demo:
            folder = folder / "demo"  # the demo's server and learners never mix with real ones
        demo_server = DemoServerProcess(folder / "devserver") if demo else None
        flow = AppFlow(app, theme, runner, Accounts(ProfileDirectory(folder)), sync=sync,
                       bridge=bridge, demo=demo_server, window=window)
        parts.update(flow=flow, sync=sync, demo_server=demo_server)
        flow.start()

    def not_composed(exc: Exception) -> None:
        log.error("Lantern could not start: %s", type(exc).__name__, exc_info=exc)
        window.statusBar().showMessage(f"Lantern could not start: {exc}")

    runner.submit(_import_app_modules, on_success=compose, on_failure=not_composed)
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), app.quit)
    try:
        return int(app.exec())
    finally:
        runner.wait_for_done()
        if "flow" in parts:
            parts["flow"].shutdown()
            parts["sync"].stop()
        if parts.get("demo_server") is not None:
            parts["demo_server"].stop()  # closing the app stops what the demo started


def _import_app_modules() -> None:
    """Worker thread: the ORM, the store, the SDK and the sync service, imported
    while the window is already on screen."""
    import desktop.store.profiles  # warm import, see run()
    import desktop.sync.service  # warm import, see run()
    import desktop.ui.accounts  # warm import, see run()
    import desktop.ui.app_flow  # noqa: F401  # warm import, see run()
