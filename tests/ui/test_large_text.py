"""Text at 200 % (Settings' text size, Ctrl+=): no page cuts a word off (issue #18).

Each page is opened at twice the normal text size in a 1280×800 window; every
visible label and button must then have the room its text asks for: a button
or one-line label at least its size hint, a wrapping label at least the height
its text needs at its width.  A page that needs more room than the window has
scrolls instead of squeezing its text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QStyleOptionViewItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.shell.sign_in import SignInDialog
from desktop.ui.theme import Theme
from desktop.ui.widgets.announce import Notice
from tests.ui.app_flows import laptop_accounts
from tests.ui.store_content import COURSE
from tests.ui.test_accessibility_tree import PAGES, _settle


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[Theme]:
    theme = Theme(qapp)
    theme.set_appearance("light", 2.0)
    yield theme
    theme.set_appearance("system", 1.0)


def _shown(widget: QWidget, root: QWidget) -> bool:
    return (
        widget.isVisibleTo(root)
        and widget.width() > 0
        and widget.visibleRegion().isEmpty() is False
    )


def clipped(root: QWidget) -> list[str]:
    """Every visible label or button under ``root`` with less room than its text needs."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton) or not _shown(widget, root):
            continue
        if isinstance(widget, Notice):  # for screen readers only: drawn nowhere, 1 px
            continue
        text = widget.text().replace("\n", " ")
        if not text.strip():
            continue
        hint = widget.sizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if widget.height() + 1 < needed:
                found.append(
                    f"{type(widget).__name__} {text[:50]!r}: {widget.height()} < {needed} px high"
                )
        elif widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height():
            found.append(
                f"{type(widget).__name__} {text[:50]!r}: {widget.width()}×{widget.height()} "
                f"< {hint.width()}×{hint.height()}"
            )
    return found


@pytest.mark.parametrize("page", list(PAGES))
def test_no_page_cuts_its_words_at_200_percent(
    page: str, large_text: Theme, shell: LearnerShell, qtbot: QtBot
) -> None:
    shell.window.resize(1280, 800)
    shell.ops.set_enrolled(COURSE, True)
    _settle(qtbot, shell)
    PAGES[page](shell)
    _settle(qtbot, shell)
    qtbot.wait(100)  # the new font's layouts
    problems = clipped(shell.window)
    assert not problems, "\n".join(problems)


def test_the_sign_in_dialog_keeps_its_words_at_200_percent(
    large_text: Theme, qtbot: QtBot, tmp_path: Path
) -> None:
    runner = TaskRunner()
    dialog = SignInDialog(
        laptop_accounts(tmp_path / "data"), runner, current_server="https://school.example.org"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        qtbot.wait(50)
        problems = clipped(dialog)
        assert not problems, f"tab {dialog.tabs.tabText(tab)}:\n" + "\n".join(problems)
    runner.wait_for_done()


def _line(font: QFont, scale: float = 1.0, *, bold: bool = False) -> int:
    sized = QFont(font)
    sized.setPointSizeF(font.pointSizeF() * scale)
    sized.setBold(bold)
    return QFontMetrics(sized).height()


def test_painted_rows_grow_with_the_text(
    large_text: Theme, shell: LearnerShell, qtbot: QtBot
) -> None:
    """The catalogue's cards (a bold title, a line, a row of chips) and the course
    page's lesson rows (a bold title and a line) are painted: their height must
    come from the font, not a number fitted to 100 %."""
    shell.window.resize(1280, 800)
    shell.ops.set_enrolled(COURSE, True)
    _settle(qtbot, shell)
    card_view = shell.catalogue.list
    font = card_view.font()  # the stylesheet's size, as the delegate paints with it
    card = card_view.itemDelegate().sizeHint(QStyleOptionViewItem(), card_view.model().index(0, 0))
    # the bold title, the instructor's line, the chips' row; 30 px of margins and
    # 10 of gaps and chip padding between them
    card_lines = _line(font, 1.15, bold=True) + 2 * _line(font) + 40
    assert card.height() >= card_lines, (card.height(), card_lines)
    shell.open_course(COURSE)
    _settle(qtbot, shell)
    lessons = shell.course.lessons
    font = lessons.font()
    row = lessons.itemDelegate().sizeHint(QStyleOptionViewItem(), lessons.model().index(0, 0))
    row_lines = _line(font, bold=True) + _line(font) + 14  # with its top and bottom gaps
    assert row.height() >= row_lines, (row.height(), row_lines)


def test_the_sidebar_shows_each_page_name_whole_at_200_percent(
    large_text: Theme, shell: LearnerShell, qtbot: QtBot
) -> None:
    nav = shell.window.nav
    qtbot.wait(50)
    metrics = QFontMetrics(nav.font())
    for row in range(nav.count()):
        item = nav.item(row)
        if item is None or item.isHidden():
            continue
        needed = metrics.horizontalAdvance(item.text()) + 24  # the item's padding
        assert needed <= nav.viewport().width(), (item.text(), needed, nav.viewport().width())
