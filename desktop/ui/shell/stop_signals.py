"""SIGTERM and SIGINT close Lantern the way Quit does.

A session logging out, ``kill``, or Ctrl+C in the terminal that ran ``python3
dev.py run`` used to end the process at once: Python's default SIGTERM skips
every ``finally``, so the demo's devserver (and its PostgreSQL) kept running and
the last lesson page was not saved.  Here the signal only asks the event loop
to quit; :func:`desktop.app.root.run` then shuts down as after the window's own
Quit.  Python runs a signal handler only between bytecodes, and Qt's event loop
may sleep in C for a long time, so the handler's wake-up goes through a socket
pair that a ``QSocketNotifier`` watches (``signal.set_wakeup_fd``).
"""

from __future__ import annotations

import logging
import signal
import socket
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

log = logging.getLogger(__name__)

SIGNALS = (signal.SIGTERM, signal.SIGINT)


class StopOnSignals(QObject):
    """Installed once for the app's life; :meth:`uninstall` puts the defaults back."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app
        self.received: list[int] = []
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, self._asked) for number in SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _asked(self, number: int, _frame: FrameType | None) -> None:
        log.info("signal %s: closing Lantern", signal.Signals(number).name)
        self.received.append(number)
        self.app.quit()

    def _drain(self) -> None:
        # Reaching Python here runs the pending handler; the bytes only woke us.
        try:
            while self._reader.recv(64):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()
