"""Tell a screen reader something that has no focus change of its own.

``announce(widget, text)`` speaks ``text`` (already translated) on behalf of ``widget``:
a page's title after navigation, a quiz's grade, "Playing".  Two ways, one per platform:

- On Linux, through a *notice*: a label of ``widget``'s window, exposed as an AT-SPI
  *notification* (``desktop.ui.widgets.accessible.NoticeInterface``), hidden, given the
  text and shown again.  Orca reads a notification each time it is shown
  ("notification Lesson completed") and does not read Qt's announcements at all:
  Orca 43 drops ``object:announcement`` (tried with the real Orca: docs/ui.md, "Tried
  with Orca").  The notice is drawn nowhere (transparent, one pixel) and is no Tab stop;
  it hides again after a few seconds, so a reader's review of the window does not find
  old news.  Only the active window speaks: a notice from a window in the background
  would interrupt nothing the learner is doing, but would be heard out of place;
  a window just shown keeps its words until it is activated (the welcome dialog
  announced its title before its activation, and Orca heard nothing).
- Elsewhere, Qt 6.8+'s ``QAccessibleAnnouncementEvent`` (UI Automation's notification on
  Windows, VoiceOver's announcement on macOS).

Every announcement is also emitted on ``announcer().announced`` so tests (and a debugging
overlay) can observe what would have been spoken::

    with qtbot.waitSignal(announcer().announced) as blocker:
        view.show_page()
    assert blocker.args[1] == "Settings"
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.widgets import accessible

NOTICE_SHOWN_MS = 8000  # then hidden again: a review of the window finds no old news
PENDING_S = 3.0  # how long a window just shown keeps its words for its activation
_NOTICE_NAME = "spokenNotice"


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


def notices_speak() -> bool:
    """Whether this platform's screen readers hear the notice (AT-SPI: Linux, BSDs)."""
    return not sys.platform.startswith(("win", "darwin"))


class Notice(QLabel):
    """The window's spoken notice: a notification a screen reader reads when it shows."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(_NOTICE_NAME)
        self.setProperty(accessible.NOTICE, True)
        accessible.renew(self)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("color: transparent; background: transparent;")
        self.setGeometry(0, 0, 1, 1)
        self._hide_later = QTimer(self)
        self._hide_later.setSingleShot(True)
        self._hide_later.setInterval(NOTICE_SHOWN_MS)
        self._hide_later.timeout.connect(self.hide)
        self._pending: tuple[str, float] | None = None
        self.hide()

    def say_when_active(self, text: str) -> None:
        """For a window just shown and not active yet (a dialog opening): its words
        wait for its activation, briefly; older news is dropped, not said late."""
        self._pending = (text, time.monotonic())
        self.window().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self._pending is not None:
            text, when = self._pending
            self._pending = None
            watched.removeEventFilter(self)
            if time.monotonic() - when <= PENDING_S:
                self.say(text)
        return False

    def say(self, text: str) -> None:
        # Only hidden -> shown is read: the same words said again are heard again.
        self.hide()
        self.setText(text)
        self.show()
        self._hide_later.start()


def notice_of(window: QWidget) -> Notice:
    """``window``'s notice, made on first use."""
    found = window.findChild(Notice, _NOTICE_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, Notice) else Notice(window)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Ask the screen reader to speak ``text`` (already translated) on behalf of ``widget``.

    Polite by default (spoken after what the reader is saying); ``assertive=True`` asks to
    interrupt, for errors the user must hear at once, where the platform can (Orca's
    notifications never interrupt; the learner's next key press silences them).  Empty
    text is ignored.
    """
    if not text:
        return
    announcer().announced.emit(widget, text)
    if notices_speak():
        window = widget.window()
        if window.isActiveWindow() or not QAccessible.isActive():
            notice_of(window).say(text)  # without a reader too: the same code runs in tests
        elif window.isVisible():  # shown, not yet active: said once it is
            notice_of(window).say_when_active(text)
        return
    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
