"""The catalogue with a screen reader: a card's words, Ctrl+F into the search box
(Orca's findings 6, 8, 14)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.catalogue.model import describe_card
from desktop.ui.catalogue.view import CatalogueView
from desktop.ui.viewdata import CourseCard, OfflineState
from tests.samples.sample_catalogue import ListCatalogue
from tests.ui.helpers import activate

CARD = CourseCard(
    id="web",
    title="How the Web works",
    instructor="Ada Osei",
    difficulty="beginner",
    duration_hours=1,
    rating=0.0,
    enrollment_count=0,
    category="technology",
    offline_state=OfflineState.AVAILABLE,
)


def test_a_card_leaves_out_what_it_does_not_know_and_names_its_category() -> None:
    """Orca read "How the Web works by ; beginner, 1 h; …" without the category."""
    assert describe_card(CARD) == (
        "How the Web works by Ada Osei; Technology, beginner, 1 h; not rated yet; "
        "No learners yet; Available offline"
    )
    nobody = replace(CARD, instructor="")
    assert describe_card(nobody).startswith("How the Web works; Technology, beginner, 1 h; ")
    assert " by " not in describe_card(nobody)
    uncategorised = replace(CARD, instructor="", category="")
    assert describe_card(uncategorised).startswith("How the Web works; beginner, 1 h; ")


def test_the_card_is_read_by_the_list_item(qtbot: QtBot) -> None:
    view = CatalogueView(ListCatalogue([replace(CARD, instructor="")]), debounce_ms=0)
    qtbot.addWidget(view)
    view.show()
    items = QAccessible.queryAccessibleInterface(view.list)
    item = next(
        items.child(i)
        for i in range(items.childCount())
        if items.child(i).role() == QAccessible.Role.ListItem
    )
    assert item.text(QAccessible.Text.Name).startswith("How the Web works; Technology, ")


def test_ctrl_f_lands_in_the_search_box_with_its_words_selected(qtbot: QtBot) -> None:
    """Qt reported a caret move before the focus and Orca stayed silent: the words
    are selected before the focus moves, so the focus change comes first."""
    view = CatalogueView(ListCatalogue([CARD]), debounce_ms=0)
    qtbot.addWidget(view)
    activate(qtbot, view)
    view.search.setText("web")
    view.list.setFocus()
    selections: list[bool] = []
    view.search.selectionChanged.connect(lambda: selections.append(view.search.hasFocus()))
    view.focus_search()
    assert view.search.hasFocus()
    assert view.search.selectedText() == "web"
    assert selections == [False]  # selected while the focus was still elsewhere
    iface = QAccessible.queryAccessibleInterface(view.search)
    assert iface.state().focused
    assert iface.text(QAccessible.Text.Name) == "Search courses"
    title = next(label for label in view.findChildren(QLabel) if label.text() == "Catalogue")
    assert QAccessible.queryAccessibleInterface(title).role() == QAccessible.Role.Heading
    qtbot.keyClick(view.search, Qt.Key.Key_Tab)
    assert view.category.hasFocus()
