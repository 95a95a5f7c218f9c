"""Show the main window before the learner's store is open (issue #6: start-up
within 2× a bare PySide6 window).

Importing SQLModel/SQLAlchemy and opening the store (integrity check, schema
migration) cost more than a second; a window that waits for them appears
three to eight times later than a bare one.  Here the window shell — with the
navigation and menus, every page a "loading" placeholder — is shown first,
using only PySide6 and ``desktop.ui.shell.main_window``.  The store is imported and
opened on a read thread of the task runner, and the real pages replace the
placeholders on the GUI thread when it is ready.  The learner can move between
sections meanwhile; each says what is happening.

Nothing in this module may import ``desktop.store``, ``desktop.sync``, SQLModel,
SQLAlchemy, httpx or the supabase SDK at module level: that is the point of it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.i18n import translate
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.main_window import NAV_PAGES, MainWindow, nav_title
from desktop.ui.theme import RESOURCES

if TYPE_CHECKING:  # imported on the worker thread at run time, never before the first frame
    from desktop.store.db import LearnerStore
    from desktop.ui.shell.learner_shell import LearnerShell

log = logging.getLogger(__name__)


def loading_text() -> str:
    """What each page and the status bar say while the store opens."""
    return translate("window_first", "Opening your courses…")


def _placeholder(title: str) -> QWidget:
    label = QLabel(f"<h2>{title}</h2><p>{loading_text()}</p>")
    label.setObjectName("loading")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def loading_window() -> MainWindow:
    """The main window with its navigation and a loading placeholder per page."""
    window = MainWindow(icon=QIcon(str(RESOURCES / "icons" / "lantern.png")))
    for key in NAV_PAGES:
        window.add_page(key, nav_title(key), _placeholder(nav_title(key)))
    window.statusBar().showMessage(loading_text())
    return window


def fill_when_open(
    window: MainWindow,
    runner: TaskRunner,
    open_store: Callable[[], LearnerStore],
    build: Callable[[LearnerStore, MainWindow], LearnerShell],
    *,
    on_ready: Callable[[LearnerShell], None] | None = None,
    on_failure: Callable[[Exception], None] | None = None,
) -> None:
    """Open the store off the GUI thread, then build the shell into ``window``.

    ``open_store`` runs on a read thread (it may import the ORM and run the
    integrity check); ``build`` runs on the GUI thread with the open store and
    the already-shown window.
    """

    def opened(store: LearnerStore) -> None:
        shell = build(store, window)
        window.statusBar().clearMessage()
        if on_ready is not None:
            on_ready(shell)

    def failed(exc: Exception) -> None:
        from desktop.ui.shell.errors import describe_error  # worded once the app is up

        log.error("the learner's store did not open: %s", type(exc).__name__)
        window.statusBar().showMessage(
            translate("window_first", "Your courses could not be opened: {reason}").format(
                reason=describe_error(exc)
            )
        )
        if on_failure is not None:
            on_failure(exc)

    def import_and_open() -> LearnerStore:
        # importing the shell here (not on the GUI thread) pulls in the store and
        # its ORM while the window is already on screen
        import desktop.ui.shell.learner_shell  # noqa: F401  # warm import off the GUI thread

        return open_store()

    runner.submit(import_and_open, on_success=opened, on_failure=failed, receiver=window)
