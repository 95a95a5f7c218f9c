"""What a screen reader gets from our own widgets: announcements, headings, the star
rating as a slider, radio buttons as one Tab stop (Orca's findings 10, 14, 18)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.widgets.accessible import make_heading
from desktop.ui.widgets.announce import announce, announcer
from desktop.ui.widgets.radio_group import one_tab_stop
from desktop.ui.widgets.star_rating import StarRating
from tests.ui.helpers import activate


def test_an_announcement_is_observable_and_empty_ones_are_dropped(qtbot: QtBot) -> None:
    page = QLabel("Settings")
    qtbot.addWidget(page)
    heard: list[tuple[object, str]] = []
    announcer().announced.connect(lambda widget, text: heard.append((widget, text)))
    announce(page, "")
    with qtbot.waitSignal(announcer().announced) as blocker:
        announce(page, "Settings")
    assert blocker.args == [page, "Settings"]
    was_active = QAccessible.isActive()
    QAccessible.setActive(True)  # the announcement event goes to Qt as well: no error
    try:
        announce(page, "Checking…", assertive=True)
    finally:
        QAccessible.setActive(was_active)
    assert [text for _widget, text in heard] == ["Settings", "Checking…"]


def test_a_title_marked_as_heading_is_read_as_one(qtbot: QtBot) -> None:
    title = make_heading(QLabel("My courses"))
    plain = QLabel("points")
    for label in (title, plain):
        qtbot.addWidget(label)
    iface = QAccessible.queryAccessibleInterface(title)
    assert iface.role() == QAccessible.Role.Heading
    assert iface.text(QAccessible.Text.Name) == "My courses"
    title.setText("Introduction to Python")
    assert iface.text(QAccessible.Text.Name) == "Introduction to Python"
    other = QAccessible.queryAccessibleInterface(plain)
    assert other.role() == QAccessible.Role.StaticText


def test_a_heading_made_while_a_reader_ran_still_becomes_one(qtbot: QtBot) -> None:
    """A screen reader running: Qt may have made the label's plain interface first."""
    title = QLabel("Catalogue")
    qtbot.addWidget(title)
    assert QAccessible.queryAccessibleInterface(title).role() == QAccessible.Role.StaticText
    make_heading(title)
    assert QAccessible.queryAccessibleInterface(title).role() == QAccessible.Role.Heading


def test_the_star_rating_is_a_slider_with_its_value_in_words(qtbot: QtBot) -> None:
    stars = StarRating()
    qtbot.addWidget(stars)
    stars.show()
    iface = QAccessible.queryAccessibleInterface(stars)
    assert iface.role() == QAccessible.Role.Slider  # not a filler: it can be changed
    assert iface.text(QAccessible.Text.Name) == "Your rating"
    assert iface.text(QAccessible.Text.Value) == "not rated"
    assert "Arrow keys" in iface.text(QAccessible.Text.Description)  # how to change it
    assert iface.state().focusable
    value = iface.valueInterface()
    assert value is not None
    assert (value.minimumValue(), value.maximumValue(), value.currentValue()) == (0, 5, 0)
    assert value.minimumStepSize() == 1
    stars.setFocus()
    qtbot.keyClick(stars, Qt.Key.Key_Right)
    qtbot.keyClick(stars, Qt.Key.Key_Right)
    assert value.currentValue() == 2
    assert iface.text(QAccessible.Text.Value) == "2 of 5 stars"
    with qtbot.waitSignal(stars.rating_changed) as blocker:
        value.setCurrentValue(4)  # a screen reader's own way to set it
    assert blocker.args == [4]
    assert stars.rating == 4
    assert iface.textInterface() is None  # the other interfaces still answer (none here)
    assert iface.actionInterface() is not None


def test_radio_buttons_are_one_tab_stop_landing_on_the_chosen_one(qtbot: QtBot) -> None:
    """Tab reached the first radio in the focus chain, unchosen, and never the chosen one."""
    page = QWidget()
    qtbot.addWidget(page)
    before = QLineEdit(page)
    first = QRadioButton("This computer's demo server", page)  # first in the chain
    second = QRadioButton("My school's server", page)
    after = QLineEdit(page)
    layout = QVBoxLayout(page)
    for widget in (before, second, first, after):
        layout.addWidget(widget)
    second.setChecked(True)
    one_tab_stop([second, first])
    activate(qtbot, page)
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert second.hasFocus()  # the chosen one
    qtbot.keyClick(second, Qt.Key.Key_Tab)
    assert after.hasFocus()  # one stop for the group
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert second.hasFocus()
    first.setChecked(True)  # chosen another way (a setup code, the arrows)
    after.setFocus()
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Up)  # the arrows still move between them
    assert second.hasFocus()
    assert second.isChecked()
