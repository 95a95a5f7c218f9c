"""A lesson's text direction: right to left inside the left-to-right window.

The lesson's declared direction (``course_package.text_direction``: the
lesson's, else its course's, else from the language) is set on the document
and on each block of prose, so paragraphs, headings, lists and quotes run
and align right to left (a block's alignment is relative to its direction,
so "left" becomes the leading side).  Code stays left to right, aligned
left, with its "Copy code" link: code is read in the order it is written
whatever the lesson's language.  ``auto`` leaves each paragraph to decide
from its first letter (Qt resolves a block without a direction from its
text), which is how an undeclared lesson in Hebrew still reads right.
The window, the reading column and the lesson's side panel keep the
interface's direction.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from desktop.course_package.text_direction import Direction
from desktop.ui.lesson.code_blocks import is_copy_href

_QT = {
    Direction.LTR: Qt.LayoutDirection.LeftToRight,
    Direction.RTL: Qt.LayoutDirection.RightToLeft,
    Direction.AUTO: Qt.LayoutDirection.LayoutDirectionAuto,
}


def _is_code(block: QTextBlock) -> bool:
    return block.isValid() and block.blockFormat().hasProperty(QTextFormat.Property.BlockCodeFence)


def _is_copy_link(block: QTextBlock) -> bool:
    """The "Copy code" link ``code_blocks.add_copy_links`` puts above a code block:
    known by its address, not its words (they are translated)."""
    it = block.begin()
    first = it.fragment() if not it.atEnd() else None
    return (
        first is not None
        and first.isValid()
        and first.length() == block.length() - 1
        and is_copy_href(first.charFormat().anchorHref())
        and _is_code(block.next())
    )


def apply_direction(doc: QTextDocument, direction: Direction) -> None:
    """Lay ``doc`` out in ``direction``; code blocks always left to right."""
    option = doc.defaultTextOption()
    option.setTextDirection(_QT[direction])
    doc.setDefaultTextOption(option)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    block = doc.begin()
    while block.isValid():
        fmt = QTextBlockFormat()
        if _is_code(block) or _is_copy_link(block):
            fmt.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            fmt.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        elif direction is not Direction.AUTO:
            fmt.setLayoutDirection(_QT[direction])
        if fmt.propertyCount():
            cursor.setPosition(block.position())
            cursor.mergeBlockFormat(fmt)
        if block.textDirection() == Qt.LayoutDirection.RightToLeft or (
            _is_code(block) and _has_rtl_letters(block.text())
        ):
            _upright(cursor, block)
        block = block.next()
    cursor.endEditBlock()


def _has_rtl_letters(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def _select(cursor: QTextCursor, block: QTextBlock) -> None:
    cursor.setPosition(block.position())
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)


def _upright(cursor: QTextCursor, block: QTextBlock) -> None:
    """Right-to-left text is never slanted — a quote, a code comment: Arabic and
    Hebrew have no italic (a quote keeps its colour), and the oblique faces
    (DejaVu's, here) have no Arabic or Hebrew letters, which then show as boxes."""
    chars = QTextCharFormat()
    chars.setFontItalic(False)
    _select(cursor, block)
    cursor.mergeCharFormat(chars)
