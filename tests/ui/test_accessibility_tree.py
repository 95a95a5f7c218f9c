"""Every page's accessibility tree names its controls, as a screen reader reads it.

The walk goes through Qt's accessibility interfaces (what AT-SPI hands to Orca),
not through widgets: a control counts as named only if the interface says a
name.  Custom-painted widgets must also say what they show (a description).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QPaintEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.operations.changes import Changes
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.help import guide_dialog, shortcuts_dialog
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.shell.sign_in import SignInDialog
from tests.samples.sample_class import sample_class
from tests.ui.app_flows import laptop_accounts
from tests.ui.store_content import COURSE, L1, L2

Role = QAccessible.Role

# What a learner operates: each must be announced by name.
CONTROLS = frozenset(
    {
        Role.Button,
        Role.ButtonMenu,
        Role.ButtonDropDown,
        Role.CheckBox,
        Role.RadioButton,
        Role.ComboBox,
        Role.EditableText,
        Role.SpinBox,
        Role.Slider,
        Role.ScrollBar,
        Role.Link,
        Role.PageTab,
        Role.MenuItem,
        Role.List,
        Role.ListItem,
        Role.Table,
        Role.Tree,
        Role.TreeItem,
        Role.ProgressBar,
    }
)
# Parts Qt builds inside controls, which a screen reader names from their parent.
UNNAMED_PARTS = frozenset({Role.ScrollBar})


@dataclass(frozen=True)
class Finding:
    """One control a screen reader could not name, with where it sits."""

    path: str
    role: str
    widget: str

    def __str__(self) -> str:
        return f"{self.path}: an unnamed {self.role} ({self.widget})"


def _widget_name(iface: QAccessibleInterface) -> str:
    obj = iface.object()
    if obj is None:
        return "an item inside its view"
    name = obj.objectName()
    return f"{type(obj).__name__}{' ' + name if name else ''}"


def _paints_itself(widget: QWidget) -> bool:
    """A widget of ours that draws its own content instead of showing child widgets."""
    # a class of ours that paints (a subclass of a Qt view that only sizes itself doesn't)
    return any(
        cls.__module__.startswith("desktop.ui") and "paintEvent" in vars(cls)
        for cls in type(widget).__mro__
    )


def unnamed_controls(root: QWidget) -> list[Finding]:
    """Every visible control under ``root`` whose accessible name is empty."""
    findings: list[Finding] = []

    def walk(iface: QAccessibleInterface | None, path: str, depth: int) -> None:
        if iface is None or not iface.isValid() or iface.state().invisible or depth > 60:
            return
        role = iface.role()
        name = iface.text(QAccessible.Text.Name).strip()
        here = f"{path} › {name or role.name}"
        if role in CONTROLS and role not in UNNAMED_PARTS and not name:
            findings.append(Finding(path, role.name, _widget_name(iface)))
        obj = iface.object()
        if isinstance(obj, QWidget) and _paints_itself(obj) and iface.textInterface() is None:
            # A view that draws its content must say it in words; one with a
            # text interface (the lesson text) is read through that instead.
            described = iface.text(QAccessible.Text.Description).strip()
            if not name or not described:
                findings.append(
                    Finding(path, "custom-painted view without words", _widget_name(iface))
                )
        for i in range(iface.childCount()):
            walk(iface.child(i), here, depth + 1)

    walk(QAccessible.queryAccessibleInterface(root), type(root).__name__, 0)
    return findings


def _settle(qtbot: QtBot, shell: LearnerShell) -> None:
    qtbot.waitUntil(lambda: shell.runner.running == 0)
    qtbot.wait(50)  # the queued results are shown


def _class_page(shell: LearnerShell) -> None:
    """A teacher's Class page, with a learner's lessons open below the roster."""
    sample_class(shell.store, datetime.now(UTC))
    shell.refresh(Changes(teaching=True))
    shell.runner.wait_for_done()
    shell.window.show_page("class")
    assert shell.window.current_page == "class"


PAGES: dict[str, Callable[[LearnerShell], None]] = {
    "class": _class_page,
    "catalogue": lambda s: s.window.show_page("catalogue"),
    "dashboard": lambda s: s.window.show_page("dashboard"),
    "notifications": lambda s: s.window.show_page("notifications"),
    "pending": lambda s: s.window.show_page("pending"),
    "settings": lambda s: s.window.show_page("settings"),
    "course": lambda s: s.open_course(COURSE),
    "lesson": lambda s: s.open_lesson(L1),
    "quiz": lambda s: s.open_quiz(L2),
}


@pytest.mark.parametrize("page", list(PAGES))
def test_every_control_on_each_page_has_a_name(
    page: str, shell: LearnerShell, qtbot: QtBot
) -> None:
    shell.ops.set_enrolled(COURSE, True)  # the course page then shows its lessons
    _settle(qtbot, shell)
    PAGES[page](shell)
    _settle(qtbot, shell)
    findings = unnamed_controls(shell.window)
    assert not findings, "\n".join(map(str, findings))


def test_the_sign_in_dialog_names_every_control_on_every_tab(qtbot: QtBot, tmp_path: Path) -> None:
    runner = TaskRunner()
    accounts = laptop_accounts(tmp_path / "data")
    dialog = SignInDialog(accounts, runner, current_server="https://school.example.org")
    qtbot.addWidget(dialog)
    dialog.show()
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        findings = unnamed_controls(dialog)
        assert not findings, f"tab {dialog.tabs.tabText(tab)}:\n" + "\n".join(map(str, findings))
    runner.wait_for_done()


def test_the_help_dialogs_name_their_content(shell: LearnerShell, qtbot: QtBot) -> None:
    for dialog in (
        guide_dialog(shell.window),
        shortcuts_dialog(shell.window, shell.window.actions_),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert not unnamed_controls(dialog)
        dialog.close()


class _Painted(QWidget):
    """Stands for a chart someone adds without words."""

    __module__ = "desktop.ui.dashboard.example"

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        del event


def test_the_walk_finds_an_icon_only_button_and_a_silent_custom_view(qtbot: QtBot) -> None:
    """The check above can fail: the controls a careless change would add are caught."""
    page = QWidget()
    qtbot.addWidget(page)
    QLabel("A page", page)
    QPushButton(page).move(0, 30)  # an icon-only button with no name
    _Painted(page).move(0, 60)
    page.show()
    findings = [f.role for f in unnamed_controls(page)]
    assert findings == ["Button", "custom-painted view without words"]
    for child in page.findChildren(QPushButton):
        child.setAccessibleName("Play")
    for painted in page.findChildren(_Painted):
        painted.setAccessibleName("Study minutes")
        painted.setAccessibleDescription("12 minutes today")
    assert unnamed_controls(page) == []


def test_each_page_is_called_in_its_title_what_the_sidebar_calls_it(shell: LearnerShell) -> None:
    """One name per page: the sidebar's entry and the page's own title agree."""
    nav = shell.window.nav
    for row in range(nav.count()):
        item = nav.item(row)
        key = str(item.data(Qt.ItemDataRole.UserRole))
        titles = [
            label.text()
            for label in shell.window.page(key).findChildren(QLabel)
            if label.objectName() == "pageTitle"
        ]
        assert titles == [item.text().split("  (")[0]], key
