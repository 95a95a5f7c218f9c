"""The self-test's reporting: one line per step, the step that failed and why.

Its sentences go through Qt's translation system (context ``selftest``), each
translated when it is printed or recorded, so they come out in the language
the self-test installed before its first step (:mod:`desktop.selftest.steps`);
before that — no temporary folder, a module missing from the bundle — they are
English.  This module and :mod:`desktop.selftest` import Qt only when a
sentence is made, so a bundle without Qt still says what is missing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

WAIT_S = 30.0  # generous: a cold start of a frozen app on a busy laptop


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """:func:`desktop.ui.i18n.translate`; the English source when Qt itself cannot
    be imported (a broken bundle must still say so)."""
    try:
        from desktop.ui.i18n import translate as qt_translate
    except ImportError:
        from desktop.rules.plural_forms import english_form

        return english_form(text, n).replace("%Ln", str(n)) if n >= 0 else text
    return qt_translate(context, text, disambiguation, n)


def start_step() -> str:
    """The step before the first one, as printed: "start"."""
    return translate("selftest", "start", "the self-test's step that starts the app")


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
        self.step = start_step()

    def say(self, text: str) -> None:
        for out in self.outs:
            print(text, file=out, flush=True)

    @contextmanager
    def step_named(self, name: str) -> Iterator[None]:
        """``name``: the step as printed, translated by the caller."""
        self.step = name
        try:
            yield
        except SelfTestFailed:
            raise
        except Exception as exc:
            raise SelfTestFailed(name, f"{type(exc).__name__}: {exc}") from exc
        self.say(
            translate(
                "selftest",
                "self-test: ok    {step}",
                "a step passed; the spaces line the step up with the lines 'self-test: info  …'",
            ).format(step=name)
        )

    def check(self, condition: bool, reason: str) -> None:
        if not condition:
            raise SelfTestFailed(self.step, reason)


def wait_until(
    reporter: Reporter, condition: Callable[[], bool], what: str, timeout: float = WAIT_S
) -> None:
    """Run the Qt event loop until ``condition`` holds, or fail the current step.

    ``what``: translated by the caller, to be read after "waiting for"."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestFailed(
                reporter.step,
                translate("selftest", "gave up after {seconds} s waiting for {what}").format(
                    seconds=f"{timeout:.0f}", what=what
                ),
            )
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()
