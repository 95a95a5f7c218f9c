"""``lantern --self-test``: prove that this Lantern starts and works, then exit.

Made for the packaged app (``Lantern --self-test``), where a missing Qt
plugin, data file or hidden import only shows when the code path runs.  It
starts Lantern offscreen through the same composition as the app
(:class:`desktop.app.Lantern`) on a temporary data directory (never the
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
from pathlib import Path

from desktop.selftest.report import Reporter, SelfTestFailed, Warnings

log = logging.getLogger(__name__)


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
    warnings = Warnings()
    root = logging.getLogger()
    root.addHandler(warnings)
    try:
        from desktop.selftest.steps import SelfTest  # a missing module in a bundle shows here

        SelfTest(data_dir, reporter).run()
    except Exception as exc:
        failed = (
            exc
            if isinstance(exc, SelfTestFailed)
            else SelfTestFailed(reporter.step, f"{type(exc).__name__}: {exc}")
        )
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
    reporter.say(
        f"self-test passed ({frozen}, data in a temporary folder"
        f"{f' kept at {data_dir}' if keep_data else ', removed'})"
    )
    return 0
