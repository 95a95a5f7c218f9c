"""The self-test's reporting: one line per step, the step that failed and why."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

WAIT_S = 30.0  # generous: a cold start of a frozen app on a busy laptop


class SelfTestFailed(Exception):
    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"{step}: {reason}")
        self.step = step
        self.reason = reason


class Warnings(logging.Handler):
    """Keeps what the app logged at WARNING or above: the likely reason."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.name}: {record.getMessage()}")


class Reporter:
    """One line per step; a windowed app on Windows has no stdout at all."""

    def __init__(self, *outs: TextIO | None) -> None:
        self.outs = [out for out in outs if out is not None]
        self.step = "start"

    def say(self, text: str) -> None:
        for out in self.outs:
            print(text, file=out, flush=True)

    @contextmanager
    def step_named(self, name: str) -> Iterator[None]:
        self.step = name
        try:
            yield
        except SelfTestFailed:
            raise
        except Exception as exc:
            raise SelfTestFailed(name, f"{type(exc).__name__}: {exc}") from exc
        self.say(f"self-test: ok    {name}")

    def check(self, condition: bool, reason: str) -> None:
        if not condition:
            raise SelfTestFailed(self.step, reason)


def wait_until(
    reporter: Reporter, condition: Callable[[], bool], what: str, timeout: float = WAIT_S
) -> None:
    """Run the Qt event loop until ``condition`` holds, or fail the current step."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestFailed(reporter.step, f"gave up after {timeout:.0f} s waiting for {what}")
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()
