"""The window and the welcome dialog with a screen reader: pages say where you are,
the sidebar counts what it shows, Settings opens at its first control, the welcome
dialog introduces itself and its radios and closed tabs behave (Orca's findings 10,
11, 13, 14, 15, 19)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.shell.sign_in import TAB_SERVER, TAB_SIGN_IN, TAB_SIGN_UP, SignInDialog
from desktop.ui.widgets.announce import announcer
from tests.ui.app_flows import laptop_accounts
from tests.ui.helpers import activate
from tests.ui.store_content import COURSE


class Heard:
    """What announce() would have had a screen reader say, in order."""

    def __init__(self) -> None:
        self.said: list[tuple[QObject, str]] = []
        announcer().announced.connect(self.on_announced)

    def on_announced(self, widget: QObject, text: str) -> None:
        self.said.append((widget, text))

    def texts(self) -> list[str]:
        return [text for _widget, text in self.said]

    def close(self) -> None:
        announcer().announced.disconnect(self.on_announced)


@pytest.fixture
def heard() -> Iterator[Heard]:
    listener = Heard()
    yield listener
    listener.close()


def test_each_page_says_its_title_when_shown(
    shell: LearnerShell, qtbot: QtBot, heard: Heard
) -> None:
    activate(qtbot, shell.window)
    qtbot.keyClick(shell.window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert heard.texts()[-1] == "Settings"
    assert heard.said[-1][0] is shell.settings
    qtbot.keyClick(shell.window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert heard.texts()[-1] == "My courses"
    shell.open_course(COURSE)
    qtbot.waitUntil(lambda: shell.window.current_page == "course")
    course = shell.course.course
    assert course is not None
    assert heard.texts()[-1] == course.title  # the course's own title, not "Course"


def test_settings_opened_by_its_shortcut_starts_at_its_first_control(
    shell: LearnerShell, qtbot: QtBot
) -> None:
    """Orca's step 48: Settings opened at "Change server…", in its second group."""
    activate(qtbot, shell.window)
    qtbot.keyClick(shell.window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert shell.window.current_page == "settings"
    assert QApplication.focusWidget() is shell.settings.scheme
    iface = QAccessible.queryAccessibleInterface(shell.settings.scheme)
    assert iface.state().focused
    assert iface.role() == QAccessible.Role.ComboBox
    qtbot.keyClick(shell.window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    focus = QApplication.focusWidget()
    assert focus is not None
    assert shell.dashboard.isAncestorOf(focus)  # not left on the page that went away


def test_walking_the_sidebar_keeps_the_focus_in_it(shell: LearnerShell, qtbot: QtBot) -> None:
    activate(qtbot, shell.window)
    nav = shell.window.nav
    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_End)
    assert shell.window.current_page == "settings"
    assert nav.hasFocus()  # the arrows go on through the sidebar


def test_the_sidebar_counts_only_the_entries_it_shows(shell: LearnerShell) -> None:
    """Orca said "List with 6 items" with 5 shown: the hidden Class entry counted."""
    nav = shell.window.nav
    iface = QAccessible.queryAccessibleInterface(nav)
    items = [
        iface.child(i)
        for i in range(iface.childCount())
        if iface.child(i).role() == QAccessible.Role.ListItem
    ]
    assert [item.text(QAccessible.Text.Name) for item in items] == [
        "Catalogue",
        "My courses",
        "Notifications",
        "Pending changes",
        "Settings",
    ]
    shell.window.set_nav_shown("class", True)
    assert [nav.item(r).text() for r in range(nav.count())][-2:] == ["Class", "Settings"]
    shell.window.set_nav_shown("class", False)
    assert nav.count() == 5


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> Iterator[SignInDialog]:
    runner = TaskRunner()
    shown = SignInDialog(laptop_accounts(tmp_path / "data"), runner)  # no server chosen yet
    qtbot.addWidget(shown)
    yield shown
    runner.wait_for_done()


def test_the_welcome_dialog_says_its_name_when_it_opens(
    dialog: SignInDialog, qtbot: QtBot, heard: Heard
) -> None:
    activate(qtbot, dialog)
    assert (dialog, "Welcome to Lantern") in heard.said
    iface = QAccessible.queryAccessibleInterface(dialog)
    assert iface.role() == QAccessible.Role.Dialog


def test_tab_lands_on_the_chosen_server_radio(dialog: SignInDialog, qtbot: QtBot) -> None:
    """Orca's steps 3 and 9: Tab went to the unchosen demo server, never the chosen one."""
    activate(qtbot, dialog)
    assert dialog.tabs.currentIndex() == TAB_SERVER
    assert dialog.school_server.isChecked()
    bar = dialog.tabs.tabBar()
    bar.setFocus()
    order: list[QWidget | None] = []
    for _ in range(3):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [dialog.school_server, dialog.setup_code, dialog.advanced]
    assert dialog.local_server not in order
    radio = QAccessible.queryAccessibleInterface(dialog.school_server)
    assert radio.state().checked


def test_a_closed_tab_says_why_and_left_or_right_tells_it(
    dialog: SignInDialog, qtbot: QtBot, heard: Heard
) -> None:
    """Orca's step 11: Left on the tab bar said nothing; the reason was never read."""
    activate(qtbot, dialog)
    bar = dialog.tabs.tabBar()
    tabs = QAccessible.queryAccessibleInterface(bar)
    reasons = {
        tabs.child(i).text(QAccessible.Text.Name): tabs.child(i).text(QAccessible.Text.Description)
        for i in range(tabs.childCount())
        if tabs.child(i).role() == QAccessible.Role.PageTab
    }
    why = "Choose your school's server first."
    assert reasons == {"Sign in": why, "New account": why, "Server": ""}
    bar.setFocus()
    before = len(heard.said)
    qtbot.keyClick(bar, Qt.Key.Key_Left)
    assert dialog.tabs.currentIndex() == TAB_SERVER  # Qt does not move onto a closed tab
    assert heard.texts()[before:] == [why]
    qtbot.keyClick(bar, Qt.Key.Key_Right)  # the last tab: nothing closed that way
    assert heard.texts()[before:] == [why]
    dialog.show_server_chosen(True)
    for tab in (TAB_SIGN_IN, TAB_SIGN_UP):
        assert dialog.tabs.tabToolTip(tab) == ""
    dialog.tabs.setCurrentIndex(TAB_SERVER)
    qtbot.keyClick(bar, Qt.Key.Key_Left)
    assert dialog.tabs.currentIndex() == TAB_SIGN_UP
    assert heard.texts()[before:] == [why]
