"""Tell a screen reader something that has no focus change of its own.

``announce(widget, text)`` sends a Qt 6.8+ ``QAccessibleAnnouncementEvent`` for ``widget``
(AT-SPI turns it into an ``object:announcement`` that Orca speaks). The text must already be
translated. Every announcement is also emitted on ``announcer().announced`` so tests (and a
debugging overlay) can observe what would have been spoken::

    with qtbot.waitSignal(announcer().announced) as blocker:
        view.show_page()
    assert blocker.args[1] == "Settings"
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


class Announcer(QObject):
    """Emits ``announced(widget, text)`` for each announcement made."""

    announced = Signal(QObject, str)


_announcer: Announcer | None = None


def announcer() -> Announcer:
    """The process-wide announcer whose signal reports every announcement."""
    global _announcer
    if _announcer is None:
        _announcer = Announcer()
    return _announcer


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Ask the screen reader to speak ``text`` (already translated) on behalf of ``widget``.

    Polite by default (spoken after what the reader is saying); ``assertive=True`` interrupts,
    for errors the user must hear at once. Empty text is ignored.
    """
    if not text:
        return
    announcer().announced.emit(widget, text)
    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
