"""The course page with a screen reader: its title is a heading and what is
announced, Tab has no silent stop, the rating is a slider (Orca's findings 9, 14, 18)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.course.download_choice import DownloadChoiceDialog
from desktop.ui.course.view import CourseView
from tests.samples.sample_content import sample_course
from tests.ui.helpers import activate


def _view(qtbot: QtBot) -> CourseView:
    view = CourseView()
    qtbot.addWidget(view)
    view.show_course(sample_course())
    view.resize(900, 900)
    activate(qtbot, view)
    return view


def test_the_course_title_is_a_heading_and_the_page_title(qtbot: QtBot) -> None:
    view = _view(qtbot)
    assert view.page_title() == sample_course().title  # what the window announces
    title = QAccessible.queryAccessibleInterface(view.title)
    assert title.role() == QAccessible.Role.Heading
    assert title.text(QAccessible.Text.Name) == sample_course().title


def test_tab_after_the_review_has_no_silent_stop(qtbot: QtBot) -> None:
    """Orca's step 21: after Save review, Tab stopped on the page's scroll area."""
    view = _view(qtbot)
    scrolls = view.findChildren(QScrollArea)
    assert scrolls
    assert all(s.focusPolicy() == Qt.FocusPolicy.NoFocus for s in scrolls)
    view.stars.setFocus()
    seen: list[QWidget | None] = []
    for _ in range(3):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[:2] == [view.review, view.save_review]
    assert not isinstance(seen[2], QScrollArea)
    stars = QAccessible.queryAccessibleInterface(view.stars)
    assert stars.role() == QAccessible.Role.Slider


def test_the_download_choice_is_one_tab_stop_on_the_chosen_option(qtbot: QtBot) -> None:
    dialog = DownloadChoiceDialog(sample_course())
    qtbot.addWidget(dialog)
    dialog.text_only.setChecked(True)
    policies = {
        button: button.focusPolicy()
        for button in (dialog.everything, dialog.text_only, dialog.some)
    }
    assert policies[dialog.text_only] & Qt.FocusPolicy.TabFocus
    assert not policies[dialog.everything] & Qt.FocusPolicy.TabFocus
    assert not policies[dialog.some] & Qt.FocusPolicy.TabFocus
