"""UI test set-up: a real QApplication (pytest-qt) on the offscreen platform."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.store.db.learner_store import LearnerStore
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.replica.content import upsert_catalogue
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.heap import MainThreadCollector
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.shell.pyside_workarounds import TrueRefGuard
from tests.ui.app_flows import AppFlows
from tests.ui.helpers import MULTIMEDIA_NOISE, OFFSCREEN_NOISE
from tests.ui.item_models import ModelValidator
from tests.ui.store_content import LEARNER, content

if TYPE_CHECKING:  # importing it early would read pytest-qt's Qt API before it is chosen
    from pytestqt.modeltest import ModelTester


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, *MULTIMEDIA_NOISE))


@pytest.fixture(scope="session")
def true_ref_guard(qapp: QApplication) -> TrueRefGuard:
    """PySide's emit() leaks references to True (see desktop/ui/shell/pyside_workarounds.py)."""
    return TrueRefGuard(qapp)


@pytest.fixture(scope="session")
def gui_thread_gc(qapp: QApplication) -> Iterator[MainThreadCollector]:
    """As in the app: the cyclic GC runs on the GUI thread only (desktop/ui/shell/heap.py)."""
    collector = MainThreadCollector(qapp)
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def _guard_true_refs(
    true_ref_guard: TrueRefGuard, gui_thread_gc: MainThreadCollector
) -> Iterator[None]:
    true_ref_guard.top_up()
    yield
    gc.collect()  # on the GUI thread, between tests


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LearnerStore]:
    """A learner's store on ``tmp_path / "data"`` holding tests/ui/store_content.py's catalogue."""
    opened, _recovery = ProfileDirectory(tmp_path / "data").open_learner(LEARNER)
    upsert_catalogue(opened, content())
    yield opened
    opened.close()


@pytest.fixture
def shell(qtbot: QtBot, store: LearnerStore) -> Iterator[LearnerShell]:
    """The learner's window and pages over ``store``, shown, without a sync service."""
    runner = TaskRunner()
    shell = LearnerShell(store, runner, confirm=False)
    qtbot.addWidget(shell.window)
    shell.window.show()
    yield shell
    shell.lesson.leave()
    runner.wait_for_done()


@pytest.fixture
def app_flows(qapp: QApplication, tmp_path: Path) -> Iterator[AppFlows]:
    """Opens whole-app flows on a laptop in ``tmp_path / "data"``; closes them after the test."""
    flows = AppFlows(qapp, tmp_path / "data")
    yield flows
    flows.close()


@pytest.fixture
def model_validator(qtmodeltester: ModelTester) -> ModelValidator:
    """``model_validator.check(model, expected, key)``: tests/ui/item_models.py."""
    return ModelValidator(qtmodeltester)
