"""The main window comes back with the size, position and page it was left with."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.shell.app_flow import AppFlow
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.window_memory import WindowMemory
from tests.ui.app_flows import AppFlows


def test_geometry_and_page_round_trip(qtbot: QtBot, tmp_path: Path) -> None:
    memory = WindowMemory(tmp_path / "window.json")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(830, 600)  # above the minimum (820x540)
    window.show()
    qtbot.waitExposed(window)
    memory.remember(window)
    again = MainWindow()
    qtbot.addWidget(again)
    assert memory.restore_geometry(again)
    # the offscreen screen is 800 px wide, under the window's minimum width (820), so Qt
    # fits the width to it; the height shows the geometry came back
    assert again.height() == 600


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[1, 2]",
        '{"geometry": 5, "page": "x"}',
        '{"geometry": "bm90IGEgZ2VvbWV0cnk=", "page": "quiz"}',
    ],
)
def test_a_damaged_file_is_ignored(qtbot: QtBot, tmp_path: Path, text: str) -> None:
    path = tmp_path / "window.json"
    path.write_text(text, encoding="utf-8")
    memory = WindowMemory(path)
    window = MainWindow()
    qtbot.addWidget(window)
    assert not memory.restore_geometry(window)
    assert memory.last_page() is None  # only sidebar pages come back


@pytest.fixture
def make_flow(app_flows: AppFlows, tmp_path: Path) -> object:
    def make() -> AppFlow:
        return app_flows.open(memory=WindowMemory(tmp_path / "data" / "window.json"))

    return make


def test_the_next_start_opens_on_the_page_left_open(qtbot: QtBot, make_flow: object) -> None:
    flow = make_flow()  # type: ignore[operator]
    qtbot.mouseClick(flow.dialog.guest, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: flow.shell is not None and flow.shell.window.isVisible(), timeout=10_000
    )
    flow.shell.window.resize(840, 650)
    flow.shell.window.show_page("dashboard")
    flow.shutdown()  # closing the app closes the window
    later = make_flow()  # type: ignore[operator]
    qtbot.mouseClick(later.dialog.guest, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: later.shell is not None and later.shell.window.isVisible(), timeout=10_000
    )
    window = later.shell.window
    assert window.current_page == "dashboard"
    assert window.height() == 650  # (the width: see the test above)


def test_the_language_setting_round_trips_and_a_damaged_one_follows_the_system(
    tmp_path: Path,
) -> None:
    path = tmp_path / "window.json"
    memory = WindowMemory(path)
    assert memory.language() == "system"  # before any choice
    memory.remember_appearance("dark", 1.5)
    memory.remember_language("es")
    assert WindowMemory(path).language() == "es"
    assert WindowMemory(path).appearance() == ("dark", 1.5)  # kept beside it
    memory.remember_language("system")
    assert memory.language() == "system"
    for damaged in ('{"language": "klingon"}', '{"language": 5}', "not json"):
        path.write_text(damaged, encoding="utf-8")
        assert memory.language() == "system"
