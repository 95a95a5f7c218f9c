"""Radio buttons of one choice as one Tab stop, landing on the chosen one.

Qt makes an exclusive group one Tab stop only once a button of it has had the
focus (``QAbstractButton`` then takes Tab focus from the others).  Before that,
Tab reaches whichever button comes first in the focus chain, chosen or not, and
after it the chosen one can no longer be reached by Tab.  :func:`one_tab_stop`
keeps the Tab focus on the checked button from the start (the arrow keys still
move between all of them).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton


def one_tab_stop(buttons: Sequence[QAbstractButton]) -> None:
    """Let Tab reach only the checked button of ``buttons`` (the first if none is)."""

    def follow(*_args: object) -> None:
        chosen = next((b for b in buttons if b.isChecked()), buttons[0])
        for button in buttons:
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if button is chosen else Qt.FocusPolicy.ClickFocus
            )

    for button in buttons:
        button.toggled.connect(follow)
    follow()
