"""Lists whose rows open with one click, as cards and lesson rows look like they should,
and by keyboard: Enter or Space opens the current row, the menu key (or Shift+F10) opens
its context menu at the row, not wherever the mouse pointer happens to be."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QStyle


def open_on_click(view: QAbstractItemView, slot: Callable[[QModelIndex], None]) -> None:
    """Call ``slot`` on Enter, Space, a double click and a single click — once each time,
    also where the style already activates items on a single click."""
    view.activated.connect(slot)
    single = view.style().styleHint(
        QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick, None, view
    )
    if not single:
        view.clicked.connect(slot)

    def open_current() -> None:
        current = view.currentIndex()
        if current.isValid():
            slot(current)

    # shortcuts, not an event filter: nothing of ours runs for every event the view gets
    space = QShortcut(
        QKeySequence(Qt.Key.Key_Space), view, context=Qt.ShortcutContext.WidgetShortcut
    )
    space.activated.connect(open_current)
    if view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu:

        def menu_at_current() -> None:
            current = view.currentIndex()
            if current.isValid():
                view.customContextMenuRequested.emit(view.visualRect(current).center())

        for keys in (QKeySequence(Qt.Key.Key_Menu), QKeySequence("Shift+F10")):
            menu = QShortcut(keys, view, context=Qt.ShortcutContext.WidgetShortcut)
            menu.activated.connect(menu_at_current)
