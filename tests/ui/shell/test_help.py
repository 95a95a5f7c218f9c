"""Help: shortcuts come from the window's own actions; About shows the version."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from desktop.ui.shell.help import about_text, guide_dialog, shortcut_rows, shortcuts_dialog
from desktop.ui.shell.main_window import MainWindow
from tests.ui.helpers import activate


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
    table = dialog.findChild(QTableWidget)
    assert table is not None
    shown = {}
    for row in range(table.rowCount()):
        what, keys = table.item(row, 0), table.item(row, 1)
        assert what is not None
        assert keys is not None
        shown[what.text()] = keys.text()
    assert shown["Work offline"] == "Ctrl+Shift+O"


def test_a_screen_reader_reads_each_shortcut_as_a_row(qtbot: QtBot) -> None:
    """Not one label named "Keyboard shortcuts" (Orca read none of the list): a
    read-only table, one row per shortcut, the action named and its keys said."""
    window = MainWindow()
    qtbot.addWidget(window)
    dialog = shortcuts_dialog(window, window.actions_)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    table = dialog.findChild(QTableWidget)
    assert table is not None
    assert table.hasFocus()  # the list first, not the Close button
    assert not table.tabKeyNavigation()
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    rows = shortcut_rows(window.actions_)
    assert table.rowCount() == len(rows)
    iface = QAccessible.queryAccessibleInterface(table)
    assert iface.role() == QAccessible.Role.Table
    assert iface.text(QAccessible.Text.Name) == "Keyboard shortcuts"
    sync = next(r for r, (what, _keys) in enumerate(rows) if what == "Sync now")
    action = table.item(sync, 0)
    keys = table.item(sync, 1)
    assert action is not None
    assert keys is not None
    assert action.text() == "Sync now"
    assert action.data(Qt.ItemDataRole.AccessibleDescriptionRole) == "Ctrl+R, F5"
    assert keys.text() == "Ctrl+R, F5"
    named = {
        iface.child(i).text(QAccessible.Text.Name): iface.child(i).text(
            QAccessible.Text.Description
        )
        for i in range(iface.childCount())
        if iface.child(i).role() == QAccessible.Role.Cell
    }
    assert named["Sync now"] == "Ctrl+R, F5"  # the action, then its keys
    assert named["Ctrl+R, F5"] == "Sync now"
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()  # one Tab stop: on to Close


def test_the_guide_is_read_by_its_words(qtbot: QtBot) -> None:
    dialog = guide_dialog(None)
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel)
    assert label is not None
    name = QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)
    assert name.startswith("Getting started")
    assert "Download for offline" in name  # its steps, not only its title


def test_about_names_the_installed_version(qtbot: QtBot) -> None:
    assert f"Lantern {metadata.version('lantern')}" in about_text()
    dialog = guide_dialog(None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Getting started"
