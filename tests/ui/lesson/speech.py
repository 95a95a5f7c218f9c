"""What the app tells a screen reader beyond focus changes.

``said``: every announcement (``desktop.ui.widgets.announce``, observed through its
``announcer().announced`` signal, sent on to Qt only while a screen reader is on).
``notices``: every ``QAccessible.updateAccessibility`` call made from Python (kept, and
still sent on to Qt).  Qt's own notices (focus, a caret moved by the arrow keys) go from
C++ straight to the platform and are not seen here.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleTextCursorEvent

from desktop.ui.widgets.announce import announcer


@dataclass(frozen=True)
class Notice:
    kind: QAccessible.Event
    target: QObject | None
    caret: int = -1  # a caret's new place


class Speech(QObject):
    """Listens while it lives (the test's own): a receiver gone takes its connection."""

    def __init__(self) -> None:
        super().__init__()
        self.said: list[str] = []
        self.notices: list[Notice] = []
        announcer().announced.connect(self.heard)

    @Slot(QObject, str)
    def heard(self, _widget: QObject, text: str) -> None:
        self.said.append(text)

    def notice(self, event: QAccessibleEvent) -> None:
        caret = event.cursorPosition() if isinstance(event, QAccessibleTextCursorEvent) else -1
        self.notices.append(Notice(event.type(), event.object(), caret))

    def clear(self) -> None:
        self.said.clear()
        self.notices.clear()


def listen(monkeypatch: pytest.MonkeyPatch) -> Speech:
    speech = Speech()
    send = QAccessible.updateAccessibility

    def update(event: QAccessibleEvent) -> None:
        speech.notice(event)
        send(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    return speech
