"""Tab in reading order on the lesson and quiz pages.

Qt's Tab order is the order the widgets were made in, so controls made later
(a quiz's questions, made when it opens) come after the whole window, sidebar
and status bar included; and ``QWidget.setTabOrder`` moves one widget, not the
controls inside it (the player's buttons stayed behind their panel).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def set_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order, each followed by the controls
    inside it (in their own order) before the next one."""
    stops = [stop for widget in widgets for stop in _with_inside(widget)]
    for first, second in pairwise(stops):
        QWidget.setTabOrder(first, second)


def _with_inside(widget: QWidget) -> list[QWidget]:
    """``widget`` and the widgets inside it that Tab stops at, in the focus chain's
    order (``setTabOrder`` moves a widget alone, not what is inside it)."""
    found = [widget]
    other = widget.nextInFocusChain()
    while other is not None and other is not widget:
        if widget.isAncestorOf(other) and other.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(other)
        other = other.nextInFocusChain()
    return found
