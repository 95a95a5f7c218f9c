"""My courses with a screen reader: the numbers are read, the charts are Tab stops
with a focus frame, the page has no silent Tab stop (Orca's findings 4, 9, 14, 24)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.dashboard.view import DashboardView
from tests.samples.sample_content import sample_dashboard
from tests.ui.helpers import activate


def _iface_name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def _shown(qtbot: QtBot) -> DashboardView:
    view = DashboardView()
    qtbot.addWidget(view)
    view.show_dashboard(sample_dashboard())
    view.resize(1100, 1000)
    activate(qtbot, view)
    return view


def test_the_numbers_are_read_not_hidden_behind_their_captions(qtbot: QtBot) -> None:
    """Orca read "points", "day streak", "badges earned" and never the numbers."""
    view = _shown(qtbot)
    assert _iface_name(view.points) == "1,240"
    assert _iface_name(view.streak) == "6"
    assert _iface_name(view.badge_count) == "2 of 4"
    captions = {label.text(): label for label in view.findChildren(QLabel)}
    assert captions["points"].buddy() is view.points  # the caption belongs to its number
    title = QAccessible.queryAccessibleInterface(captions["My courses"])
    assert title.role() == QAccessible.Role.Heading


def test_tab_reaches_each_chart_and_a_frame_shows_it(qtbot: QtBot) -> None:
    view = _shown(qtbot)
    scrolls = view.findChildren(QScrollArea)
    assert scrolls
    assert all(s.focusPolicy() == Qt.FocusPolicy.NoFocus for s in scrolls)  # no silent stop
    assert not view.leaderboard.tabKeyNavigation()  # one Tab stop
    reached: list[QWidget] = []
    view.points.setFocus()
    start = QApplication.focusWidget() or view
    for _ in range(12):
        focus = QApplication.focusWidget() or start
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is not None:
            reached.append(now)
    for chart in (view.study_chart, view.score_chart):
        assert chart in reached, "Tab reaches the chart"
        iface = QAccessible.queryAccessibleInterface(chart)
        assert iface.state().focusable
        assert iface.text(QAccessible.Text.Name)
        assert iface.text(QAccessible.Text.Description)  # what it shows, read on focus
    chart = view.score_chart
    chart.clearFocus()
    plain = chart.grab().toImage()
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    assert chart.hasFocus()
    framed = chart.grab().toImage()
    edge = [y for y in range(2, chart.height() - 2) if plain.pixel(1, y) != framed.pixel(1, y)]
    assert len(edge) > chart.height() // 2, "a frame down the chart's edge"


def test_the_leaderboard_reads_each_cell_as_it_shows(qtbot: QtBot) -> None:
    view = _shown(qtbot)
    model = view.leaderboard_model
    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole).startswith("Rank 1, ")
    for column in (1, 2):  # the name, the points: as shown, not the row's sentence again
        assert model.index(0, column).data(Qt.ItemDataRole.AccessibleTextRole) is None
