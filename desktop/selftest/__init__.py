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

It speaks the language the app would on a fresh data folder (``LANTERN_LANGUAGE``,
else the system's; installed before the first step, see
:meth:`desktop.selftest.steps.SelfTest.run`); what it says before that is English.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from desktop.selftest.report import Reporter, SelfTestFailed, Warnings, translate

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
        reporter.say(failed_at(reporter.step, no_folder(exc)))
        return 1
    warnings = Warnings()
    root = logging.getLogger()
    root.addHandler(warnings)
    test: object = None  # keeps the Qt application and its language to the last line
    try:
        from desktop.selftest.steps import SelfTest  # a missing module in a bundle shows here

        test = SelfTest(data_dir, reporter)
        test.run()
    except Exception as exc:
        failed = (
            exc
            if isinstance(exc, SelfTestFailed)
            else SelfTestFailed(reporter.step, f"{type(exc).__name__}: {exc}")
        )
        reporter.say(failed_at(failed.step, failed.reason))
        for message in warnings.messages[-10:]:
            reporter.say("  " + translate("selftest", "logged: {message}").format(message=message))
        if keep_data:
            reporter.say(
                "  " + translate("selftest", "data kept in {folder}").format(folder=data_dir)
            )
        return 1
    finally:
        root.removeHandler(warnings)
        if not keep_data:
            shutil.rmtree(data_dir, ignore_errors=True)
    reporter.say(passed(frozen=getattr(sys, "frozen", False), kept=data_dir if keep_data else None))
    return 0


def failed_at(step: str, reason: str) -> str:
    return translate("selftest", "self-test FAILED at {step}: {reason}").format(
        step=step, reason=reason
    )


def no_folder(exc: OSError) -> str:
    return translate("selftest", "no temporary data folder ({error})").format(error=exc)


def passed(*, frozen: bool, kept: Path | None) -> str:
    """The last line (tests and CI look for "self-test passed (frozen app" in English)."""
    if frozen and kept is None:
        return translate(
            "selftest", "self-test passed (frozen app, data in a temporary folder, removed)"
        )
    if frozen:
        return translate(
            "selftest", "self-test passed (frozen app, data in a temporary folder kept at {folder})"
        ).format(folder=kept)
    if kept is None:
        return translate(
            "selftest", "self-test passed (source tree, data in a temporary folder, removed)"
        )
    return translate(
        "selftest", "self-test passed (source tree, data in a temporary folder kept at {folder})"
    ).format(folder=kept)
