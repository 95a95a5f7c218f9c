from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.sync.errors import RequestRejected
from desktop.sync.states import SyncState, SyncStatus, Why
from desktop.ui.shell.errors import describe_error
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.status_bar import describe
from desktop.ui.theme import DARK, LIGHT, Theme, render_stylesheet
from tests.ui.helpers import activate


def _window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    for key, title in (
        ("catalogue", "Catalogue"),
        ("dashboard", "My courses"),
        ("notifications", "Notifications"),
        ("pending", "Pending changes"),
        ("settings", "Settings"),
    ):
        window.add_page(key, title, QLabel(title))
    window.add_page("course", "Course", QLabel("course"), in_nav=False)
    window.add_page("lesson", "Lesson", QLabel("lesson"), in_nav=False)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_navigation_switches_pages_and_back_returns(qtbot: QtBot) -> None:
    window = _window(qtbot)
    assert window.current_page == "catalogue"
    window.nav.setCurrentRow(3)
    assert window.current_page == "pending"
    window.show_page("course")
    assert window.current_page == "course"
    window.go_back()
    assert window.current_page == "pending"


def _highlighted(window: MainWindow) -> str:
    items = window.nav.selectedItems()
    assert len(items) == 1, "exactly one sidebar entry is highlighted"
    assert items[0] is window.nav.currentItem()
    return str(items[0].data(Qt.ItemDataRole.UserRole))


def test_the_sidebar_highlights_the_page_shown_on_every_path(qtbot: QtBot) -> None:
    window = _window(qtbot)
    activate(qtbot, window)
    assert _highlighted(window) == "catalogue"
    window.show_page("course")  # a card's link: a course belongs where it was opened from
    assert _highlighted(window) == "catalogue"
    window.show_page("lesson")  # the course's lesson, a way-on button: same section
    assert _highlighted(window) == "catalogue"
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert (window.current_page, _highlighted(window)) == ("settings", "settings")
    window.show_page("course")  # from Settings (or a notification): not "Settings"
    assert _highlighted(window) == "catalogue"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    window.show_page("course")  # opened from My courses
    assert _highlighted(window) == "dashboard"
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)  # the sidebar by keyboard
    assert (window.current_page, _highlighted(window)) == ("notifications", "notifications")
    window.go_back()  # back to the course opened from My courses
    assert (window.current_page, _highlighted(window)) == ("course", "dashboard")
    window.go_back()
    assert (window.current_page, _highlighted(window)) == ("dashboard", "dashboard")
    for expected in ("course", "settings", "lesson", "course", "catalogue"):
        window.actions_.go_back.trigger()  # Alt+Left walks back with the highlight
        assert window.current_page == expected
        assert _highlighted(window) == ("settings" if expected == "settings" else "catalogue")


def test_keyboard_shortcuts_reach_pages_and_sync(qtbot: QtBot) -> None:
    window = _window(qtbot)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page == "dashboard"
    with qtbot.waitSignal(window.sync_requested):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    with qtbot.waitSignal(window.sync_requested):
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)


def test_work_offline_toggle_reports_its_state(qtbot: QtBot) -> None:
    window = _window(qtbot)
    with qtbot.waitSignal(window.work_offline_toggled) as blocker:
        window.actions_.work_offline.trigger()
    assert blocker.args == [True]
    assert window.actions_.work_offline.isChecked()


def test_sync_status_shows_each_state_in_words(qtbot: QtBot) -> None:
    window = _window(qtbot)
    widget = window.sync_status
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    widget.show_status(SyncState(SyncStatus.SYNCING, progress=0.4))
    assert widget.progress.isVisible()
    assert widget.progress.value() == 400
    assert not widget.retry.isVisible()
    refused = RequestRejected("the course is closed")  # the server's own words
    widget.show_status(SyncState(SyncStatus.ERROR, error=refused, why=Why.OTHER))
    assert widget.retry.isVisible()
    assert not widget.progress.isVisible()
    assert widget.text.text() == f"Sync failed: {describe_error(refused)}"  # its code, worded
    assert "the course is closed" in widget.text.text()
    assert widget.text.toolTip() == f"Sync problem: {describe_error(refused)}"
    with qtbot.waitSignal(window.sync_requested):
        qtbot.mouseClick(widget.retry, Qt.MouseButton.LeftButton)
    assert describe(SyncState(SyncStatus.PENDING, pending=3)) == "3 changes waiting to sync"
    assert describe(SyncState(SyncStatus.OFFLINE, pending=1)) == (
        "Offline: the server can't be reached · 1 change saved on this computer"
    )
    synced = SyncState(SyncStatus.UP_TO_DATE, last_sync_at=now - timedelta(minutes=5))
    assert describe(synced, now=now) == "Up to date · synced 5 min ago"
    widget.show_status(SyncState(SyncStatus.NEEDS_SIGN_IN))
    assert widget.sign_in.isVisible()
    with qtbot.waitSignal(window.switch_learner_requested):
        qtbot.mouseClick(widget.sign_in, Qt.MouseButton.LeftButton)


def test_nav_badge_counts_unread(qtbot: QtBot) -> None:
    window = _window(qtbot)
    window.set_nav_badge("notifications", 3)
    assert window.nav.item(2).text() == "Notifications  (3)"
    window.set_nav_badge("notifications", 0)
    assert window.nav.item(2).text() == "Notifications"


def test_controls_have_accessible_names(qtbot: QtBot) -> None:
    window = _window(qtbot)
    assert window.nav.accessibleName() == "Sections"
    assert window.sync_status.accessibleName() == "Sync status"
    assert window.sync_status.retry.accessibleName() == "Retry sync"


def test_theme_applies_dark_palette_and_fills_every_colour(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_sheet, old_palette = app.styleSheet(), app.palette()
    try:
        theme = Theme(app, dark=True)
        assert theme.colors is DARK
        assert app.palette().window().color().name() == DARK.window
        assert "@" not in render_stylesheet(DARK).replace("@media", "")
        assert render_stylesheet(LIGHT, "a { color: @alt_base; b: @base }") == (
            f"a {{ color: {LIGHT.alt_base}; b: {LIGHT.base} }}"
        )
    finally:
        theme.setParent(None)
        app.setStyleSheet(old_sheet)
        app.setPalette(old_palette)


def test_theme_follows_the_system_colour_scheme(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hints = app.styleHints()
    old_sheet, old_palette = app.styleSheet(), app.palette()
    theme = Theme(app)  # not forced: follows the system
    try:
        # what Qt emits when the desktop switches (offscreen cannot switch by itself)
        with qtbot.waitSignal(theme.changed) as blocker:
            hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert blocker.args[0] is DARK
        assert app.palette().window().color().name() == DARK.window
        with qtbot.waitSignal(theme.changed) as blocker:
            hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert blocker.args[0] is LIGHT
        assert app.palette().window().color().name() == LIGHT.window
    finally:
        theme.setParent(None)
        app.setStyleSheet(old_sheet)
        app.setPalette(old_palette)


def test_the_status_tells_apart_why_syncing_stopped(qtbot: QtBot) -> None:
    def said(why: Why, **more: object) -> str:
        return describe(SyncState(SyncStatus.OFFLINE, why=why, **more))  # type: ignore[arg-type]

    assert said(Why.CHOSEN, pending=2, retry_in=4.0) == (
        "Working offline · 2 changes saved on this computer"
    )  # no retry: the learner chose it
    assert said(Why.UNREACHABLE, retry_in=4.2) == (
        "Offline: the server can't be reached — retrying in 4 s"
    )
    assert said(Why.NOT_RESPONDING, retry_in=30.0) == "Server not responding — retrying in 30 s"
    assert said(Why.SERVER_ERROR, retry_in=8.0) == "The server had a problem — retrying in 8 s"
    assert describe(SyncState(SyncStatus.SYNCING, progress=0.0), slow=True) == (
        "Syncing… 0% — waiting for the server"
    )


def test_the_retry_counts_down_and_a_silent_server_is_noticed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.shell import status_bar as sync_status

    clock = [1000.0]
    monkeypatch.setattr("desktop.ui.shell.status_bar.time.monotonic", lambda: clock[0])
    window = _window(qtbot)
    widget = window.sync_status
    widget.show_status(SyncState(SyncStatus.OFFLINE, why=Why.NOT_RESPONDING, retry_in=10.0))
    assert widget.text.text() == "Server not responding — retrying in 10 s"
    clock[0] += 7
    widget.on_tick_timeout()
    assert widget.text.text() == "Server not responding — retrying in 3 s"
    widget.show_status(SyncState(SyncStatus.SYNCING, progress=0.0))
    clock[0] += 2
    widget.on_tick_timeout()
    assert widget.text.text() == "Syncing… 0%"
    clock[0] += sync_status.SLOW_AFTER_S
    widget.on_tick_timeout()
    assert widget.text.text() == "Syncing… 0% — waiting for the server"


def test_the_demo_says_its_own_server_stopped(qtbot: QtBot, tmp_path: Path) -> None:
    import subprocess
    import sys

    from desktop.ui.shell.demo_server import DemoServerProcess

    demo = DemoServerProcess(tmp_path)
    assert not demo.stopped  # never started
    demo.process = subprocess.Popen([sys.executable, "-c", "pass"])  # a server that ended
    demo.process.wait(timeout=60)
    assert demo.stopped
    window = _window(qtbot)
    widget = window.sync_status
    widget.demo_stopped = lambda: demo.stopped
    widget.show_status(SyncState(SyncStatus.OFFLINE, why=Why.UNREACHABLE, retry_in=5.0))
    assert widget.text.text() == (
        "The local demo server stopped — close Lantern and start the demo again"
    )
    widget.show_status(SyncState(SyncStatus.OFFLINE, why=Why.CHOSEN))
    assert widget.text.text() == "Working offline"  # the learner's own choice still shows
