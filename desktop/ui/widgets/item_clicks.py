"""Lists whose rows open with one click, as cards and lesson rows look like they should,
and by keyboard: Enter or Space opens the current row, the menu key its context menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QStyle


class _KeyboardRows(QObject):
    """Space opens the current row (Enter already does); the keyboard's context menu
    opens at the current row, not wherever the mouse pointer happens to be."""

    def __init__(self, view: QAbstractItemView, slot: Callable[[QModelIndex], None]) -> None:
        super().__init__(view)
        self._view = view
        self._slot = slot

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self._view
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Space
            and not event.modifiers()
        ):
            current = view.currentIndex()
            if current.isValid():
                self._slot(current)
                return True
        if (
            isinstance(event, QContextMenuEvent)
            and event.reason() == QContextMenuEvent.Reason.Keyboard
            and view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
        ):
            current = view.currentIndex()
            if current.isValid():
                view.customContextMenuRequested.emit(view.visualRect(current).center())
                return True
        return False


def open_on_click(view: QAbstractItemView, slot: Callable[[QModelIndex], None]) -> None:
    """Call ``slot`` on Enter, Space, a double click and a single click — once each time,
    also where the style already activates items on a single click."""
    view.activated.connect(slot)
    single = view.style().styleHint(
        QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick, None, view
    )
    if not single:
        view.clicked.connect(slot)
    view.installEventFilter(_KeyboardRows(view, slot))
