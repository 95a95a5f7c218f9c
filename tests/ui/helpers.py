"""Small helpers shared by the UI tests."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

# The offscreen platform says this for every top-level widget it shows; it is
# about the platform plugin, not about our widgets, so it must not fail tests.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"
# What Qt Multimedia says on a machine with no sound server and no video
# decoding hardware (CI, Xvfb): playback goes on in software, silently.
MULTIMEDIA_NOISE = (
    "PulseAudioService",
    r"pa_context_connect\(\) failed",
    '"No HW decoder found"',
    r".*No RHI backend",
    r"Couldn't (load|resolve) \S+.* (library|symbols)",
)


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


def loaded_cards(qtbot: QtBot, model: QAbstractItemModel, count: int | None = None) -> list[Any]:
    """Wait until the catalogue model has ``count`` rows (any, if None), all loaded."""
    from desktop.ui.catalogue.model import CourseRole

    def ready() -> bool:
        rows = model.rowCount()
        if rows == 0 or (count is not None and rows != count):
            return False
        return all(model.index(r, 0).data(CourseRole) is not None for r in range(min(rows, 50)))

    qtbot.waitUntil(ready, timeout=10_000)
    return [model.index(r, 0).data(CourseRole) for r in range(min(model.rowCount(), 50))]
