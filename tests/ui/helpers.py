"""Small helpers shared by the UI tests."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make ``window`` the active window, as a click on it would.

    Shortcuts and the activity tracker only react in an active window; the
    offscreen platform activates on request, so wait until it has.
    """
    window.show()
    qtbot.waitExposed(window)
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
