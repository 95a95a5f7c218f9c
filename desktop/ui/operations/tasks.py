"""Background work: every user action runs as a small op off the GUI thread.

The idea is Anki's ``QueryOp``/``CollectionOp`` (``qt/aqt/operations``):
a view builds an :class:`Task` around a function that gets no widget, says what
to do with the result, and hands it to the :class:`TaskRunner`.  Results and
errors come back to the GUI thread as queued signals, so the GUI thread never
waits for the database or the network.

A page can be deleted while its op runs (a learner's window closes while its
first reads are queued).  The result must then go nowhere: calling into the
deleted page raises "Internal C++ object already deleted" in a later event
loop.  So each callback is delivered only while its receivers are alive: the
QObject a bound-method callback belongs to, plus the ``receiver`` the caller
names for closures (as Qt's ``connect(sender, signal, context, functor)``
drops a functor when its context object dies).  The work itself always runs
to the end and a write's :class:`Changes` is still broadcast.

Writes go to a pool of exactly one thread: that thread owns the store's
SQLite connection for writes, so writes are serialised without locks in the
views.  Reads and network calls use a separate small pool.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.ui.operations.changes import Changes

log = logging.getLogger(__name__)

T = TypeVar("T")

#: how often a busy Python thread offers the GIL to others (CPython default 5 ms)
GUI_SWITCH_INTERVAL_S = 0.001


def favour_gui_thread() -> None:
    """Let the GUI thread get the GIL sooner while workers run Python.

    Every delegate paint and slot is a call into Python that must take the GIL;
    with a worker busy in Python (sync, bulk reads) each take can wait a whole
    switch interval, and a repaint makes dozens of them.  A 1 ms interval keeps
    those waits short at a small cost in worker throughput.
    """
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)


def _deleted_receiver(callback: Callable[..., None], receiver: QObject | None) -> QObject | None:
    """The first of ``callback``'s receivers whose C++ object is gone, if any."""
    bound = getattr(callback, "__self__", None)
    for owner in (receiver, bound):
        if isinstance(owner, QObject) and not shiboken6.isValid(owner):
            return owner
    return None


def _deliver(
    callback: Callable[[Any], None], value: object, receiver: QObject | None, what: str
) -> None:
    gone = _deleted_receiver(callback, receiver)
    if gone is not None:
        if isinstance(value, BaseException):  # a failure nobody will see: keep it in the log
            log.warning(
                "a background op failed after its %s was closed: %s", type(gone).__name__, value
            )
        else:
            log.debug(
                "dropped the %s of a background op: its %s was deleted", what, type(gone).__name__
            )
        return
    callback(value)


class _JobSignals(QObject):
    """Lives in the GUI thread; the worker emits, receivers run queued."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], object], signals: _JobSignals) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:
            log.warning("background op failed: %s", type(exc).__name__, exc_info=exc)
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class TaskRunner(QObject):
    """Runs ops on worker threads and broadcasts what write ops changed."""

    #: emitted once per finished write op that returned a :class:`Changes`
    changes_made = Signal(object)
    #: number of ops still running changed (for a busy indicator)
    busy_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, *, read_threads: int = 2) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(read_threads)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)  # the one thread that writes the store
        self._running = 0
        self._live: set[_JobSignals] = set()

    @property
    def running(self) -> int:
        return self._running

    def submit(
        self,
        fn: Callable[[], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
        write: bool = False,
        receiver: QObject | None = None,
    ) -> None:
        """Run ``fn`` on a worker; report to the callbacks on the GUI thread.

        ``receiver``: the QObject the callbacks act on, when the runner cannot
        see it (a closure or lambda); once it is deleted, neither callback is
        called.  A callback that is a bound method of a QObject is dropped when
        that object is deleted, without naming it.
        """
        signals = _JobSignals()
        self._live.add(signals)  # keep the QObject alive until the job reports

        def finished() -> None:
            self._live.discard(signals)
            self._running -= 1
            self.busy_changed.emit(self._running)

        def succeeded(result: Any) -> None:
            finished()
            if isinstance(result, Changes) and result:
                self.changes_made.emit(result)
            if on_success is not None:
                _deliver(on_success, result, receiver, "result")

        def failed(exc: Any) -> None:
            finished()
            if on_failure is not None:
                _deliver(on_failure, exc, receiver, "error")
            else:
                log.error("unhandled background failure: %s", exc)

        signals.succeeded.connect(succeeded)
        signals.failed.connect(failed)
        self._running += 1
        self.busy_changed.emit(self._running)
        (self._writes if write else self._reads).start(_Job(fn, signals))

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until every worker is idle (shutdown only, never from a view)."""
        return self._writes.waitForDone(msecs) and self._reads.waitForDone(msecs)


class Task(Generic[T]):
    """One user action: a function of no widget, plus what to do after.

    >>> Task(lambda: store.enroll(course_id)).success(view.on_enrolled).run(runner, write=True)
    """

    def __init__(self, fn: Callable[[], T]) -> None:
        self._fn = fn
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[Exception], None] | None = None

    def success(self, callback: Callable[[T], None]) -> Task[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Task[T]:
        self._failure = callback
        return self

    def run(
        self, runner: TaskRunner, *, write: bool = False, receiver: QObject | None = None
    ) -> None:
        """``receiver``: see :meth:`TaskRunner.submit`."""
        runner.submit(
            self._fn,
            on_success=self._success,
            on_failure=self._failure,
            write=write,
            receiver=receiver,
        )
