"""Fenced code in a lesson: highlighted by its language, with a Copy link
(issue #16, "Code"); a hostile lesson gets plain text, never a hang or a
forged Copy link."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QTextCursor
from pytestqt.qtbot import QtBot

from desktop.ui.lesson.browser import LessonBrowser
from desktop.ui.lesson.code_blocks import MAX_HIGHLIGHT_CHARS
from desktop.ui.theme import DARK, LIGHT

LESSON = """# Loops

Count with a loop:

```python
for item in range(3):
    print("hi")  # say hi
```

Then run it:

```sh
python3 loop.py
```

Plain words again.
"""


def shown(qtbot: QtBot, markdown: str, *, dark: bool = False) -> LessonBrowser:
    browser = LessonBrowser(colors=DARK if dark else LIGHT)
    qtbot.addWidget(browser)
    browser.resize(700, 500)
    browser.show_markdown(markdown)
    browser.show()
    qtbot.waitExposed(browser)
    return browser


def colour_at(browser: LessonBrowser, text: str) -> QColor:
    found = browser.document().find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(browser.document())
    cursor.setPosition(found.selectionStart() + 1)
    return cursor.charFormat().foreground().color()


def click(qtbot: QtBot, browser: LessonBrowser, text: str, nth: int = 0) -> None:
    found = browser.document().find(text)
    for _ in range(nth):
        found = browser.document().find(text, found)
    assert not found.isNull(), text
    cursor = QTextCursor(browser.document())
    cursor.setPosition(found.selectionStart() + 1)
    point = browser.cursorRect(cursor).center() + QPoint(1, 0)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_python_keywords_strings_and_comments_get_their_own_colours(qtbot: QtBot) -> None:
    browser = shown(qtbot, LESSON)
    keyword, string, comment = (colour_at(browser, t) for t in ("for", '"hi"', "# say"))
    plain = colour_at(browser, "item")
    assert len({keyword.name(), string.name(), comment.name()}) == 3
    assert keyword != plain
    # the prose around the code is not touched
    assert colour_at(browser, "Count with") == colour_at(browser, "Plain words")


def test_dark_theme_uses_its_own_palette(qtbot: QtBot) -> None:
    light, dark = shown(qtbot, LESSON), shown(qtbot, LESSON, dark=True)
    assert colour_at(light, "for") != colour_at(dark, "for")
    assert colour_at(dark, "for").lightness() > 100  # readable on the dark code tint


def test_copy_puts_exactly_that_code_block_on_the_clipboard(qtbot: QtBot) -> None:
    browser = shown(qtbot, LESSON)
    QGuiApplication.clipboard().setText("before")
    click(qtbot, browser, "Copy code", nth=1)
    assert QGuiApplication.clipboard().text() == "python3 loop.py"
    click(qtbot, browser, "Copy code")
    assert QGuiApplication.clipboard().text() == 'for item in range(3):\n    print("hi")  # say hi'


def test_a_link_the_author_dresses_up_as_a_copy_link_does_nothing(qtbot: QtBot) -> None:
    browser = shown(qtbot, LESSON)
    forged = browser.copy_links[0].rsplit("-", 1)[0]  # the scheme, a wrong token
    browser2 = shown(qtbot, f"[Copy this]({forged}-0) and [that](lantern-copy:0)\n\n" + LESSON)
    assert browser2.copy_links[0] != browser.copy_links[0]  # drawn afresh per lesson
    QGuiApplication.clipboard().setText("before")
    click(qtbot, browser2, "Copy this")
    click(qtbot, browser2, "that")
    assert QGuiApplication.clipboard().text() == "before"


def test_unknown_languages_and_huge_blocks_stay_plain(qtbot: QtBot) -> None:
    huge = "x = 1  # " + "for " * (MAX_HIGHLIGHT_CHARS // 4)
    browser = shown(
        qtbot, f"```klingon\nfor ever\n```\n\n```python\n{huge}\n```\n\n```\nfor nothing\n```\n"
    )
    plain = colour_at(browser, "for nothing")
    assert colour_at(browser, "for ever") == plain
    assert colour_at(browser, "x = 1") == plain
    assert len(browser.code_texts) == 3  # each still has its Copy link
