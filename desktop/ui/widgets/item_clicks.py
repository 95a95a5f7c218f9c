"""Lists whose rows open with one click, as cards and lesson rows look like they should."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QStyle


def open_on_click(view: QAbstractItemView, slot: Callable[[QModelIndex], None]) -> None:
    """Call ``slot`` on Enter, a double click and a single click — once each time, also
    where the style already activates items on a single click."""
    view.activated.connect(slot)
    single = view.style().styleHint(
        QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick, None, view
    )
    if not single:
        view.clicked.connect(slot)
