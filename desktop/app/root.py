"""Composition root: builds the theme, the task runner, the sync service and the first window.

Nothing else creates these; modules receive what they need (style: one
composition root, no module-level singletons holding state).  The app
(:func:`run`) and the self-test (:mod:`desktop.selftest`) both start Lantern
through :class:`Lantern`, so the frozen app's self-test exercises exactly the
imports, plugins and data files a learner's start does.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    from desktop.account.vault import TokenVault
    from desktop.sync.service import SyncService
    from desktop.ui.operations.tasks import TaskRunner
    from desktop.ui.shell.app_flow import AppFlow
    from desktop.ui.shell.demo_server import DemoServerProcess
    from desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


class Lantern:
    """One running Lantern: its window, task runner, sync service and sign-in flow.

    ``start`` shows the main window at once (``desktop.ui.shell.window_first``); the
    store, the sync service and the SDK are imported on a worker thread and
    ``compose`` wires them on the GUI thread when they are ready (issue #6:
    start-up within 2x a bare PySide6 window).  ``flow`` is None until then;
    ``failure`` says why, if composing failed.
    """

    def __init__(
        self,
        app: QApplication,
        *,
        data_dir: Path | None = None,
        demo: bool = False,
        vault: TokenVault | None = None,
        setup: str | None = None,
    ) -> None:
        """``setup``: a school's setup code or ``lantern://`` link from the command
        line, filled into the first window's server choice and checked there."""
        self.app = app
        self.setup = setup
        self.data_dir = data_dir
        self.demo = demo
        self.vault = vault  # None: the system keyring, or a private file without one
        self.flow: AppFlow | None = None
        self.sync: SyncService | None = None
        self.demo_server: DemoServerProcess | None = None
        self.failure: Exception | None = None
        self.window: MainWindow | None = None
        self.runner: TaskRunner | None = None
        self.on_composed: Callable[[], None] | None = None

    def start(self) -> None:
        from PySide6.QtGui import QIcon

        from desktop.ui import i18n
        from desktop.ui.operations.sync_bridge import SyncBridge
        from desktop.ui.operations.tasks import TaskRunner, favour_gui_thread
        from desktop.ui.shell.heap import MainThreadCollector
        from desktop.ui.shell.pyside_workarounds import TrueRefGuard
        from desktop.ui.shell.window_first import loading_window
        from desktop.ui.theme import RESOURCES, Theme

        app = self.app
        app.setApplicationName("Lantern")  # untranslated: the name folders are found by
        app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "lantern.png")))
        TrueRefGuard(app)
        MainThreadCollector(app)  # garbage collection never runs on a worker thread
        favour_gui_thread()
        from desktop.ui.shell.window_memory import WindowMemory

        self.memory = WindowMemory(self._folder() / "window.json")
        # before the first widget: every text is drawn in the learner's language
        i18n.install(app, os.environ.get("LANTERN_LANGUAGE") or self.memory.language())
        self.theme = Theme(app)
        self.theme.set_appearance(*self.memory.appearance())
        self.runner = TaskRunner(app)
        self.bridge = SyncBridge(app)
        self.window = loading_window()
        self.memory.restore_geometry(self.window)  # before it shows: no jump
        self.window.show()
        self.runner.submit(
            _import_app_modules, on_success=self.compose, on_failure=self.not_composed
        )

    def compose(self, _modules: object = None) -> None:
        """GUI thread, once the heavy modules are imported."""
        try:
            self._compose()
        except Exception as exc:  # an import or plugin missing from a bundle shows here
            self.not_composed(exc)
            return
        if self.on_composed is not None:
            self.on_composed()

    def _compose(self) -> None:
        from desktop.store.db import ProfileDirectory
        from desktop.sync.service import SyncService
        from desktop.ui.shell.accounts import Accounts
        from desktop.ui.shell.app_flow import AppFlow
        from desktop.ui.shell.demo_server import DemoServerProcess
        from desktop.ui.shell.reachability import watch_reachability

        assert self.runner is not None
        assert self.window is not None
        bridge = self.bridge
        self.sync = SyncService(on_state=bridge.on_state, on_report=bridge.on_report)
        self.sync.start()  # its own thread; the GUI thread never waits for the network
        watch_reachability(self.sync, self.app)  # sync the moment the network is back
        folder = self._folder()
        self.demo_server = DemoServerProcess(folder / "devserver") if self.demo else None
        accounts = Accounts(ProfileDirectory(folder), vault=self.vault)
        self.flow = AppFlow(
            self.app,
            self.theme,
            self.runner,
            accounts,
            sync=self.sync,
            bridge=bridge,
            demo=self.demo_server,
            window=self.window,
            memory=self.memory,
            setup=self.setup,
        )
        self.flow.start()
        self.app.installEventFilter(self._link_filter())

    def _link_filter(self) -> QObject:
        """macOS hands a clicked ``lantern://`` link to the running app as a FileOpen event."""
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtGui import QFileOpenEvent

        lantern = self

        class LinkFilter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if isinstance(event, QFileOpenEvent) and event.url().scheme() == "lantern":
                    if lantern.flow is not None:
                        lantern.flow.open_setup_link(event.url().toString())
                    return True
                return super().eventFilter(watched, event)

        self.link_filter = LinkFilter(self.app)
        return self.link_filter

    def _folder(self) -> Path:
        """The data folder: the learners, the window's memory (platformdirs only: this
        runs before the store's modules are imported)."""
        import platformdirs

        folder = self.data_dir or Path(platformdirs.user_data_dir("Lantern"))
        # the demo's server and learners never mix with real ones
        return folder / "demo" if self.demo else folder

    def not_composed(self, exc: Exception) -> None:
        self.failure = exc
        log.error("Lantern could not start: %s: %s", type(exc).__name__, exc, exc_info=exc)
        if self.window is not None:
            from desktop.ui.i18n import translate

            self.window.statusBar().showMessage(
                translate(
                    "Lantern",
                    "Lantern could not start ({error}). Reinstalling Lantern may fix this; "
                    "the log file has the details.",
                ).format(error=f"{type(exc).__name__}: {exc}")
            )

    def shutdown(self) -> None:
        """Save the lesson page, wait for writes, close the store, stop what was started."""
        if self.runner is not None:
            self.runner.wait_for_done()
        if self.flow is not None:
            self.flow.shutdown()
        if self.sync is not None:
            self.sync.stop()
        if self.demo_server is not None:
            self.demo_server.stop()  # closing the app stops what the demo started


def run(
    *,
    quit_after: float | None = None,
    data_dir: Path | None = None,
    demo: bool = False,
    setup: str | None = None,
) -> int:
    """Open Lantern; ``demo`` also starts a local devserver and signs its learner in.

    Returns 3 without opening anything when a system library the window needs is
    missing (the message names it and the command that installs it).
    """
    from desktop.ui.shell.system_libraries import missing_display_libraries

    missing = missing_display_libraries()
    if missing is not None:
        print(missing.message(), file=sys.stderr)
        return 3
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.logfile import log_to_file

    log_file = log_to_file()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    log.info("Lantern starting (log file %s)", log_file)
    from desktop.ui.shell.stop_signals import StopOnSignals

    stop_signals = StopOnSignals(app)  # a logout or ``kill`` closes Lantern as Quit does
    lantern = Lantern(app, data_dir=data_dir, demo=demo, setup=setup)
    lantern.start()
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), app.quit)
    try:
        code = int(app.exec())
    finally:
        lantern.shutdown()
        stop_signals.uninstall()
    # after a signal, the shell's convention (143 for SIGTERM): the caller knows why
    return 128 + stop_signals.received[0] if stop_signals.received else code


def _import_app_modules() -> None:
    """Worker thread: the ORM, the store, the SDK and the sync service, imported
    while the window is already on screen."""
    import desktop.store.db  # warm import, see Lantern.start
    import desktop.sync.service  # warm import, see Lantern.start
    import desktop.ui.shell.accounts  # warm import, see Lantern.start
    import desktop.ui.shell.app_flow  # noqa: F401  # warm import, see Lantern.start
