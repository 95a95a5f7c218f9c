"""desktop.ui.shell.window_first: the window is usable before the store is open."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.store.db.learner_store import LearnerStore
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.replica.content import upsert_catalogue
from desktop.ui.catalogue.view import CatalogueView
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.window_first import fill_when_open, loading_text, loading_window
from tests.ui.helpers import loaded_cards
from tests.ui.store_content import LEARNER, content


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    store, _recovery = ProfileDirectory(tmp_path / "data").open_learner(LEARNER)
    upsert_catalogue(store, content())
    store.close()
    return tmp_path / "data"


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()


def test_loading_window_navigates_and_says_it_is_loading(qtbot: QtBot) -> None:
    window = loading_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.nav.setCurrentRow(1)
    assert window.current_page == "dashboard"
    page = window.page("dashboard")
    assert isinstance(page, QLabel)
    assert loading_text() in page.text()
    assert window.statusBar().currentMessage() == loading_text()


def test_store_opened_off_the_gui_thread_fills_the_shown_window(
    qtbot: QtBot, data_dir: Path, runner: TaskRunner
) -> None:
    window = loading_window()
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(3)  # the learner moved on while it loaded
    gui_thread = threading.get_ident()
    opened_on: list[int] = []
    shells: list[LearnerShell] = []

    def open_store() -> LearnerStore:
        opened_on.append(threading.get_ident())
        return ProfileDirectory(data_dir).open_learner(LEARNER)[0]

    def build(store: LearnerStore, shown: MainWindow) -> LearnerShell:
        return LearnerShell(store, runner, confirm=False, window=shown)

    fill_when_open(window, runner, open_store, build, on_ready=shells.append)
    qtbot.waitUntil(lambda: bool(shells))
    shell = shells[0]
    assert opened_on
    assert opened_on[0] != gui_thread
    assert shell.window is window
    shown = [window.nav.item(r) for r in range(window.nav.count())]
    assert len([item for item in shown if not item.isHidden()]) == 5  # Class: a teacher's
    assert window.current_page == "pending"  # where the learner was
    assert isinstance(window.page("catalogue"), CatalogueView)
    assert loaded_cards(qtbot, shell.catalogue.model, 2)
    assert window.statusBar().currentMessage() == ""
    shell.lesson.leave()
    runner.wait_for_done()
    shell.store.close()


def test_a_store_that_cannot_open_is_reported_in_the_window(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    window = loading_window()
    qtbot.addWidget(window)
    failures: list[Exception] = []

    def open_store() -> LearnerStore:
        raise OSError("disk unplugged")

    fill_when_open(
        window, runner, open_store, lambda _s, _w: pytest.fail("built"), on_failure=failures.append
    )
    qtbot.waitUntil(lambda: bool(failures))
    assert "could not be opened" in window.statusBar().currentMessage()
