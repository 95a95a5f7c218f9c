"""``lantern demo``: a devserver child process, the demo learner signed in, stopped on close."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.sync.states import SyncStatus
from desktop.ui.shell.app_flow import AppFlow
from desktop.ui.shell.demo_server import DemoServer, DemoServerProcess, parse_banner
from desktop.ui.shell.window_first import loading_window
from tests.ui.app_flows import AppFlows
from tests.ui.helpers import loaded_cards


def test_banner_parsing_finds_each_demo_account() -> None:
    banner = (
        "lantern-devserver is running. Demo accounts:\n"
        "  student    learner@lantern.local  password: lantern-learner\n"
        "  instructor instructor@lantern.local  password: lantern-instructor\n"
    )
    assert parse_banner(banner) == {
        "student": ("learner@lantern.local", "lantern-learner"),
        "instructor": ("instructor@lantern.local", "lantern-instructor"),
    }


@pytest.fixture
def demo_flow(app_flows: AppFlows, tmp_path: Path) -> tuple[AppFlow, DemoServerProcess]:
    server = DemoServerProcess(tmp_path / "devserver")
    window = loading_window()  # the window shown first, as the app does
    flow = app_flows.open(start=False, synced=True, demo=server, confirm=True, window=window)
    app_flows.on_close(server.stop)
    return flow, server


def test_demo_starts_a_server_and_signs_the_demo_learner_in(
    demo_flow: tuple[AppFlow, DemoServerProcess], qtbot: QtBot
) -> None:
    flow, server = demo_flow
    window = flow.early_window
    assert window is not None
    flow.start()
    assert flow.dialog is not None
    assert "Starting the local demo server" in window.statusBar().currentMessage()
    seen: list[str] = []

    def signed_in() -> bool:  # meanwhile: no empty sign-in form, no "Sign in to sync"
        if flow.dialog is not None and flow.dialog.isVisible():
            seen.append("the sign-in dialog")
        if window.sync_status.sign_in.isVisible() or "Sign in" in window.sync_status.text.text():
            seen.append(window.sync_status.text.text())
        return flow.shell is not None

    qtbot.waitUntil(signed_in, timeout=120_000)
    assert seen == []
    shell = flow.shell
    assert shell is not None
    assert flow.opened is not None
    env = server.env_path.read_text(encoding="utf-8")
    assert not flow.opened.profile.is_guest
    assert f"API_URL={flow.opened.profile.server_url}" in env  # signed in on the demo server
    qtbot.waitUntil(lambda: shell.catalogue.model.rowCount() > 0, timeout=30_000)
    qtbot.waitUntil(
        lambda: shell.window.sync_status.state.status is SyncStatus.UP_TO_DATE, timeout=30_000
    )
    # a catalogue to try the app for real: the sample course and the demo courses,
    # of several categories and every difficulty, with their covers
    cards = loaded_cards(qtbot, shell.catalogue.model)
    titles = {card.title for card in cards}
    assert {"How the Web works", "Fractions in the Kitchen", "Networks and Security"} <= titles
    assert len({card.category.lower() for card in cards}) >= 5
    assert {card.difficulty for card in cards} >= {"beginner", "intermediate", "advanced"}

    def with_covers() -> int:
        shown = loaded_cards(qtbot, shell.catalogue.model)
        return sum(1 for c in shown if c.thumbnail_path and Path(c.thumbnail_path).is_file())

    qtbot.waitUntil(lambda: with_covers() >= 6, timeout=30_000)
    flow.shutdown()
    server.stop()
    assert server.process is not None
    assert server.process.poll() is not None


class _BrokenDemo(DemoServerProcess):
    """A demo whose server cannot start (a port taken, a broken install)."""

    def start(self) -> DemoServer:
        raise OSError("port 54321 is taken")


def test_a_demo_that_cannot_start_shows_the_dialog_and_why(
    app_flows: AppFlows, qtbot: QtBot, tmp_path: Path
) -> None:
    window = loading_window()
    qtbot.addWidget(window)
    flow = app_flows.open(demo=_BrokenDemo(tmp_path / "d"), window=window, confirm=True)
    dialog = flow.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert "The demo server did not start: port 54321 is taken" in dialog.status.text()
    assert dialog.guest.isEnabled()  # studying as a guest still works
