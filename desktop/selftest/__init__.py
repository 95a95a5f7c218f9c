"""``lantern --self-test``: prove that this Lantern starts and works, then exit.

Made for the packaged app (``Lantern --self-test``), where a missing Qt
plugin, data file or hidden import only shows when the code path runs.  It
starts the real window offscreen on a temporary data directory (never the
learner's), studies the bundled sample course as a guest through the same
widgets and store ops the app uses — reads a section, spends time, completes
the lesson, takes its practice quiz — then reads progress and the attempt
back through a fresh store connection and checks they match.  It needs no
network and no keyring.

Exit status 0 means every step passed; otherwise it prints the step that
failed, why, and the warnings logged on the way.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from desktop.course_package.model import CoursePackage
from desktop.course_package.model import Lesson as PackageLesson

log = logging.getLogger(__name__)

WAIT_S = 30.0  # generous: a cold start of a frozen app on a busy laptop


class SelfTestFailed(Exception):
    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"{step}: {reason}")
        self.step = step
        self.reason = reason


class _Warnings(logging.Handler):
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


def wait_until(reporter: Reporter, condition: Callable[[], bool], what: str,
               timeout: float = WAIT_S) -> None:
    """Run the Qt event loop until ``condition`` holds, or fail the current step."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestFailed(reporter.step, f"gave up after {timeout:.0f} s waiting for {what}")
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def practice_lesson(package: CoursePackage) -> PackageLesson:
    """The first lesson with a practice quiz: its answer key travels with the course."""
    for lesson in package.lessons:
        if lesson.quiz_mode == "practice" and lesson.questions:
            return lesson
    raise SelfTestFailed("bundle", "the sample course has no lesson with a practice quiz")


def run_self_test(*, keep_data: bool = False, report: Path | None = None) -> int:
    """Run every step; 0 when all passed, 1 after printing what failed.

    ``report``: also write the lines to this file (a windowed Windows build has
    no console to print to).
    """
    if report is None:
        return _run(keep_data, Reporter(sys.stdout))
    with report.open("w", encoding="utf-8") as file:
        return _run(keep_data, Reporter(sys.stdout, file))


def _run(keep_data: bool, reporter: Reporter) -> int:
    # Before Qt starts: the self-test must run without a screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        data_dir = Path(tempfile.mkdtemp(prefix="lantern-self-test-"))
    except OSError as exc:
        reporter.say(f"self-test FAILED at start: no temporary data folder ({exc})")
        return 1
    warnings = _Warnings()
    root = logging.getLogger()
    root.addHandler(warnings)
    try:
        from desktop.selftest_steps import SelfTest  # a missing module in a bundle shows here

        SelfTest(data_dir, reporter).run()
    except Exception as exc:
        failed = exc if isinstance(exc, SelfTestFailed) else SelfTestFailed(
            reporter.step, f"{type(exc).__name__}: {exc}")
        reporter.say(f"self-test FAILED at {failed.step}: {failed.reason}")
        for message in warnings.messages[-10:]:
            reporter.say(f"  logged: {message}")
        if keep_data:
            reporter.say(f"  data kept in {data_dir}")
        return 1
    finally:
        root.removeHandler(warnings)
        if not keep_data:
            shutil.rmtree(data_dir, ignore_errors=True)
    frozen = "frozen app" if getattr(sys, "frozen", False) else "source tree"
    reporter.say(f"self-test passed ({frozen}, data in a temporary folder"
                 f"{f' kept at {data_dir}' if keep_data else ', removed'})")
    return 0
