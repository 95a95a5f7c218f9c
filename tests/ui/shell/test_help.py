"""Help: shortcuts come from the window's own actions; About shows the version."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.shell.help import about_text, guide_dialog, shortcut_rows, shortcuts_dialog
from desktop.ui.shell.main_window import MainWindow


def test_the_shortcut_list_is_read_from_the_actions(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    rows = dict(shortcut_rows(window.actions_))
    assert rows["Sync now"] == "Ctrl+R, F5"
    assert rows["Keyboard shortcuts"] == "F1"
    assert rows["Submit a quiz"] == "Ctrl+Enter"
    assert "Sign out" not in rows  # no shortcut, not listed
    dialog = shortcuts_dialog(window, window.actions_)
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel)
    assert label is not None
    assert "Work offline" in label.text()
    assert "Ctrl+Shift+O" in label.text()


def test_about_names_the_installed_version(qtbot: QtBot) -> None:
    assert f"Lantern {metadata.version('lantern')}" in about_text()
    dialog = guide_dialog(None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Getting started"
