"""``lantern --self-test`` from the source tree (no freezing): fast, on every run."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from tests.packaging.helpers import ROOT, STEPS, lantern_files, run_self_test


def test_self_test_passes_from_source_and_leaves_no_data_behind(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    run = run_self_test(
        [sys.executable, "-m", "desktop.cli", "--self-test", "--report", str(report)], tmp_path
    )
    assert run.code == 0, run.output
    assert run.steps_passed() == list(STEPS)
    assert "self-test passed (source tree" in run.output
    # the report file (for the windowed Windows app) holds the same lines
    lines = report.read_text(encoding="utf-8").splitlines()
    assert lines[-1].startswith("self-test passed")
    assert set(lines) <= set(run.output.splitlines())
    # the temporary profile is gone, and the learner's own data folder was never made;
    # libpulse, trying to reach a sound server for the video, leaves its own
    # runtime folder (pulse-XXXX) as it does for any program that plays sound
    assert [p for p in run.tmp.iterdir() if not p.name.startswith("pulse-")] == []
    assert lantern_files(run.home) == []


def _copy_of_the_app(tmp_path: Path) -> Path:
    """desktop/ and resources/ side by side, as in a bundle, to break on purpose."""
    copy = tmp_path / "app"
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "desktop", copy / "desktop", ignore=ignore)
    shutil.copytree(ROOT / "resources", copy / "resources", ignore=ignore)
    return copy


def test_self_test_names_the_failed_step_when_the_stylesheet_is_missing(tmp_path: Path) -> None:
    copy = _copy_of_the_app(tmp_path)
    (copy / "resources" / "styles" / "lantern.qss").unlink()  # a broken build would do this
    run = run_self_test(
        [sys.executable, "-m", "desktop.cli", "self-test"],
        tmp_path / "run",
        cwd=copy,
        extra_env={"PYTHONPATH": str(copy)},
    )
    assert run.code == 1, run.output
    assert "self-test FAILED at bundle:" in run.output
    assert f"{copy / 'resources' / 'styles' / 'lantern.qss'} is missing" in run.output
    assert run.steps_passed() == []
    assert list(run.tmp.iterdir()) == []  # the temporary profile is removed on failure too


def test_self_test_reports_a_module_missing_from_the_app(tmp_path: Path) -> None:
    copy = _copy_of_the_app(tmp_path)
    (copy / "desktop" / "ui" / "quiz" / "view.py").unlink()  # like a forgotten hidden import
    run = run_self_test(
        [sys.executable, "-m", "desktop.cli", "--self-test"],
        tmp_path / "run",
        cwd=copy,
        extra_env={"PYTHONPATH": str(copy)},
    )
    assert run.code == 1, run.output
    assert (
        "self-test FAILED at start: ModuleNotFoundError: No module named 'desktop.ui.quiz.view'"
    ) in run.output
    assert "Traceback" not in run.output


BLOCK_QT_NETWORK = '''
import importlib.abc
import sys


class _NoQtNetwork(importlib.abc.MetaPathFinder):
    """What a bundle that left out PySide6.QtNetwork looks like to the app."""

    def find_spec(self, name, path=None, target=None):
        if name == "PySide6.QtNetwork":
            raise ModuleNotFoundError("No module named 'PySide6.QtNetwork'", name=name)
        return None


sys.meta_path.insert(0, _NoQtNetwork())
'''


def test_self_test_runs_the_apps_own_composition(tmp_path: Path) -> None:
    """A Qt module only the app's composition imports (the reachability hook)
    fails the self-test: it does not build a second copy of the app."""
    copy = _copy_of_the_app(tmp_path)
    (copy / "sitecustomize.py").write_text(BLOCK_QT_NETWORK, encoding="utf-8")
    run = run_self_test(
        [sys.executable, "-m", "desktop.cli", "--self-test"],
        tmp_path / "run",
        cwd=copy,
        extra_env={"PYTHONPATH": str(copy)},
    )
    assert run.code == 1, run.output
    assert "self-test FAILED at start: the app did not start: ModuleNotFoundError" in run.output
    assert "PySide6.QtNetwork" in run.output
    assert run.steps_passed() == ["bundle"]
