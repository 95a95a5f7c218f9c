"""What a screen reader reads on Settings and Pending changes (Orca's findings 4, 5, 7,
9, 14, 15, and a guest's changes that are never synced)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QLabel, QScrollArea, QTableView, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.pages.pending import PendingView
from desktop.ui.pages.settings import SettingsView
from desktop.ui.viewdata import ChangeState, LearnerProfile, SettingsData
from desktop.ui.widgets import timefmt
from tests.samples.sample_content import sample_pending
from tests.ui.helpers import activate


def name_of(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def cells(table: QTableView) -> dict[tuple[int, int], QAccessibleInterface]:
    """The table's cells as its accessibility interface has them, by (row, column)."""
    iface = QAccessible.queryAccessibleInterface(table)
    found = {}
    for i in range(iface.childCount()):
        child = iface.child(i)
        cell = child.tableCellInterface() if child is not None else None
        if child is not None and cell is not None:
            found[(cell.rowIndex(), cell.columnIndex())] = child
    return found


def _settings(*, server: str = "", guest: bool = True) -> SettingsData:
    learner = LearnerProfile("", "guest", "Guest", server, is_guest=guest)
    return SettingsData(server, "", learner, "/home/sam/.local/share/Lantern")


def _caption(view: QWidget, value: QWidget) -> QLabel:
    return next(label for label in view.findChildren(QLabel) if label.buddy() is value)


def test_settings_value_labels_are_read_by_their_values(qtbot: QtBot) -> None:
    """Orca heard "Address" and "Project key" twice and never "Not connected"."""
    view = SettingsView(confirm=False)
    qtbot.addWidget(view)
    view.show_settings(_settings())
    for value, caption, words in (
        (view.server_url, "Address", "Not connected"),
        (view.anon_key, "Project key", "—"),
        (view.learner_name, "Name", "Guest"),
        (view.learner_user, "Signed in as", "Guest (work stays on this computer)"),
        (view.data_location, "Folder", "/home/sam/.local/share/Lantern"),
    ):
        assert name_of(value) == words
        assert name_of(_caption(view, value)) == caption  # the caption, said first
    view.on_opt_out_toggled(True)
    assert name_of(view.opt_out_status) == "Saving…"  # a status is read by what it says


def test_settings_start_at_colours_and_tab_goes_as_the_page_reads(qtbot: QtBot) -> None:
    view = SettingsView(confirm=False)
    qtbot.addWidget(view)
    view.show_settings(_settings(server="https://school.example.org", guest=False))
    activate(qtbot, view)
    scrolls = view.findChildren(QScrollArea)
    assert scrolls
    assert all(s.focusPolicy() == Qt.FocusPolicy.NoFocus for s in scrolls)  # no silent stop
    view.scheme.setFocus()
    walked: list[QWidget | None] = [view.scheme]
    for _ in range(3):
        focus = view.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        walked.append(view.focusWidget())
    assert walked == [view.scheme, view.text_size, view.language, view.change_server]
    title = next(label for label in view.findChildren(QLabel) if label.text() == "Settings")
    heading = QAccessible.queryAccessibleInterface(title)
    assert heading.role() == QAccessible.Role.Heading


def test_each_pending_cell_is_read_as_it_shows_with_the_row_on_the_first(
    qtbot: QtBot,
) -> None:
    """Every cell said "What, State"; the When column's time was never read."""
    view = PendingView()
    qtbot.addWidget(view)
    view.show()
    changes = sample_pending()
    view.show_changes(changes)
    found = cells(view.table)
    first = changes[0]
    what = view.model.index(0, 0).data()
    state = view.model.index(0, 2).data()
    assert found[(0, 0)].text(QAccessible.Text.Name) == f"{what}, {state}"
    assert found[(0, 1)].text(QAccessible.Text.Name) == timefmt.short(first.created_at)
    assert found[(0, 2)].text(QAccessible.Text.Name) == state
    names = [found[(0, c)].text(QAccessible.Text.Name) for c in range(3)]
    assert len(set(names)) == 3


def test_the_pending_table_is_one_tab_stop(qtbot: QtBot) -> None:
    view = PendingView()
    qtbot.addWidget(view)
    view.show_changes(sample_pending())
    activate(qtbot, view)
    assert not view.table.tabKeyNavigation()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)  # the arrows move inside
    assert view.table.currentIndex().row() == 1
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert view.save_button.hasFocus()  # Tab leaves it, to the button below it


def test_a_guests_changes_are_kept_here_not_waiting(qtbot: QtBot) -> None:
    """A guest's work is never synced: "Waiting" and "sent the next time you are
    online" were untrue for them."""
    view = PendingView()
    qtbot.addWidget(view)
    view.set_guest(True)
    changes = sample_pending()
    view.show_changes(changes)
    states = {view.model.index(r, 2).data() for r in range(view.model.rowCount())}
    assert "Waiting" not in states
    assert "Kept on this computer" in states
    waiting = next(r for r, c in enumerate(changes) if c.state is ChangeState.WAITING)
    row = view.model.index(waiting, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert row.endswith(", Kept on this computer")
    assert view.summary.text() == "Guest: your work stays on this computer and is never synced"
    assert not view.save_button.isEnabled()  # nothing of a guest's can be delivered
    assert name_of(view.table) == "Pending changes"  # not "Changes waiting to sync"
    view.set_guest(False)
    view.show_changes(changes)
    assert "Waiting" in {view.model.index(r, 2).data() for r in range(view.model.rowCount())}
    assert "sent the next time you are online" in view.summary.text()
