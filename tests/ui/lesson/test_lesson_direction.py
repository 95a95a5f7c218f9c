"""A right-to-left lesson inside the left-to-right window: prose right, code left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock
from pytestqt.qtbot import QtBot

from desktop.course_package.text_direction import Direction
from desktop.ui.lesson.recorder import PreviewRecorder
from desktop.ui.lesson.view import LessonView
from desktop.ui.viewdata import LessonContent

ARABIC = """\
# الري بالتنقيط

يوفر الري بالتنقيط الماء لأن كل نبتة تأخذ ما تحتاجه فقط.

Python لغة سهلة لحساب كمية الماء.

## كمية الماء

- لتر واحد لكل نبتة صغيرة
- لتران لكل شجرة

```python
# حساب كمية الماء
litres = plants * 1.5  # كمية الماء
print(litres)
```

> نصيحة: اسق في الصباح الباكر.
"""


def arabic_lesson(direction: Direction = Direction.RTL) -> LessonContent:
    return LessonContent(
        id="l-ar",
        course_id="c-ar",
        title="الري بالتنقيط",
        body_markdown=ARABIC,
        direction=direction,
        language="ar",
    )


def _blocks(view: LessonView) -> list[QTextBlock]:
    blocks, block = [], view.browser.document().begin()
    while block.isValid():
        if block.text().strip():
            blocks.append(block)
        block = block.next()
    return blocks


def _is_code(block: QTextBlock) -> bool:
    return block.text().startswith(("litres", "print", "# ")) or block.text() == "Copy code"


def _italic(block: QTextBlock) -> bool:
    it = block.begin()
    while not it.atEnd():
        if it.fragment().charFormat().fontItalic():
            return True
        it += 1
    return False


def _shown(qtbot: QtBot, lesson: LessonContent) -> LessonView:
    view = LessonView(PreviewRecorder())
    qtbot.addWidget(view)
    view.resize(1000, 640)
    view.show()
    view.show_lesson(lesson)
    qtbot.waitUntil(lambda: view.browser.document().documentLayout().documentSize().height() > 0)
    return view


def test_an_arabic_lesson_runs_right_to_left_and_its_code_left_to_right(qtbot: QtBot) -> None:
    view = _shown(qtbot, arabic_lesson())
    assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight  # the window's own
    doc = view.browser.document()
    width = doc.textWidth()
    prose = [b for b in _blocks(view) if not _is_code(b)]
    code = [b for b in _blocks(view) if _is_code(b)]
    assert len(prose) >= 5
    assert len(code) == 4  # the copy link and three lines
    for block in prose:
        assert block.textDirection() == Qt.LayoutDirection.RightToLeft, block.text()
        line = block.layout().lineAt(0)
        # starts at the right: the text ends nearer the right edge than it begins at the left
        assert width - line.naturalTextRect().right() < line.naturalTextRect().left(), block.text()
    # never slanted: Arabic has no italic, and oblique faces lack its letters
    assert not any(_italic(b) for b in prose + code if "ا" in b.text())
    for block in code:
        assert block.textDirection() == Qt.LayoutDirection.LeftToRight, block.text()
        line = block.layout().lineAt(0)
        assert line.naturalTextRect().left() < width / 4, block.text()


def test_a_lesson_left_to_auto_lets_each_paragraph_decide(qtbot: QtBot) -> None:
    lesson = arabic_lesson(Direction.AUTO)
    lesson = LessonContent(**{**lesson.__dict__, "body_markdown": ARABIC + "\nPlain English.\n"})
    view = _shown(qtbot, lesson)
    directions = {b.text(): b.textDirection() for b in _blocks(view) if not _is_code(b)}
    assert directions["Plain English."] == Qt.LayoutDirection.LeftToRight
    assert directions["كمية الماء"] == Qt.LayoutDirection.RightToLeft
    # a paragraph that starts with a Latin word runs left to right unless declared
    assert directions["Python لغة سهلة لحساب كمية الماء."] == Qt.LayoutDirection.LeftToRight
    assert all(
        b.textDirection() == Qt.LayoutDirection.LeftToRight for b in _blocks(view) if _is_code(b)
    )


def test_a_left_to_right_lesson_stays_left_to_right(qtbot: QtBot) -> None:
    view = _shown(qtbot, arabic_lesson(Direction.LTR))
    assert all(b.textDirection() == Qt.LayoutDirection.LeftToRight for b in _blocks(view))
