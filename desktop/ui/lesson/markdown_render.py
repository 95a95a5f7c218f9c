"""Lesson Markdown → a styled ``QTextDocument``, split into sections.

Qt's Markdown reader (``QTextDocument.setMarkdown``) builds the structure;
:func:`style_document` then gives it a reading style — heading sizes, line
height, code blocks in a monospace font on a tinted background — by walking
the blocks, because Qt applies CSS stylesheets only to HTML, not to Markdown.
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from desktop.course_package.sections import (
    INTRO_KEY,
    Section,
    heading_title,
    slug,
    split_sections,
)
from desktop.ui.theme import RESOURCES, Colors

log = logging.getLogger(__name__)

# The section split is pure (the store indexes lessons by section too); these
# names stay importable from here for the reader's modules.
__all__ = ["INTRO_KEY", "Section", "heading_title", "slug", "split_sections"]

CODE_FONT_FILE = RESOURCES / "fonts" / "DejaVuSansMono.ttf"


@functools.cache
def code_font_family() -> str:
    """The family code is set in: DejaVu Sans Mono, shipped in resources/fonts.

    Shipped, not looked up: what the system calls its fixed font depends on
    the machine (fontconfig's "monospace" alias resolved to a face Qt does
    not report as fixed pitch on a stock Debian), and a lesson's code should
    line up the same on every learner's computer.  Registered once per
    process; should the file be missing, the system's fixed font it is.
    """
    font_id = QFontDatabase.addApplicationFont(str(CODE_FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        return str(families[0])
    log.warning("%s could not be loaded; code uses the system's fixed font", CODE_FONT_FILE)
    return str(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family())


def monospace_font(size: float) -> QFont:
    font = QFont(code_font_family())
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    font.setPointSizeF(size)
    return font


def style_document(doc: QTextDocument, colors: Colors, base_size: float = 11.0) -> None:
    """Reading style for a document built by ``setMarkdown``."""
    body_font = QFont(doc.defaultFont())
    body_font.setPointSizeF(base_size)
    doc.setDefaultFont(body_font)
    doc.setDocumentMargin(24)
    mono = monospace_font(base_size * 0.92)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    block = doc.begin()
    while block.isValid():
        _style_block(cursor, block, colors, base_size, mono)
        block = block.next()
    cursor.endEditBlock()


_HEADING_SCALE = {1: 1.7, 2: 1.35, 3: 1.15, 4: 1.05}


def _style_block(
    cursor: QTextCursor, block: QTextBlock, colors: Colors, base: float, mono: QFont
) -> None:
    fmt = block.blockFormat()
    cursor.setPosition(block.position())
    end = block.position() + max(0, block.length() - 1)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    new_block = QTextBlockFormat()
    chars = QTextCharFormat()
    level = fmt.headingLevel()
    if level:
        new_block.setTopMargin(22 if level <= 2 else 14)
        new_block.setBottomMargin(8)
        chars.setFontPointSize(base * _HEADING_SCALE.get(level, 1.0))
        chars.setFontWeight(QFont.Weight.Bold)
        chars.setForeground(QColor(colors.text))
    elif _is_code(block):
        # one block per line: margins only at the ends so the tint is one box
        new_block.setBackground(QColor(colors.code_bg))
        new_block.setLeftMargin(8)
        new_block.setRightMargin(8)
        new_block.setTopMargin(0 if _is_code(block.previous()) else 6)
        new_block.setBottomMargin(0 if _is_code(block.next()) else 10)
        new_block.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        chars.setFont(mono)
        chars.setForeground(QColor(colors.text))
    elif fmt.hasProperty(QTextFormat.Property.BlockQuoteLevel):
        new_block.setLeftMargin(18)
        new_block.setBottomMargin(8)
        chars.setForeground(QColor(colors.muted))
        chars.setFontItalic(True)
    else:
        new_block.setLineHeight(140, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        new_block.setBottomMargin(6)
    cursor.mergeBlockFormat(new_block)
    if chars.propertyCount():
        cursor.mergeCharFormat(chars)
    else:
        _style_inline_code(block, colors, mono)


def _is_code(block: QTextBlock) -> bool:
    return block.isValid() and block.blockFormat().hasProperty(QTextFormat.Property.BlockCodeFence)


def _style_inline_code(block: QTextBlock, colors: Colors, mono: QFont) -> None:
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid() and fragment.charFormat().fontFixedPitch():
            cursor = QTextCursor(block.document())
            cursor.setPosition(fragment.position())
            cursor.setPosition(
                fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
            )
            code = QTextCharFormat()
            code.setFont(mono)
            code.setBackground(QColor(colors.code_bg))
            cursor.mergeCharFormat(code)
        it += 1


def without_title(markdown: str, title: str) -> str:
    """Drop a leading ``# Title`` that repeats the page title above the reader."""
    lines = markdown.lstrip("\n").splitlines()
    if lines and lines[0].startswith("# ") and lines[0][2:].strip() == title.strip():
        return "\n".join(lines[1:]).lstrip("\n")
    return markdown


def heading_blocks(doc: QTextDocument, sections: list[Section]) -> dict[str, int]:
    """Document position where each section starts (its ``##`` heading block)."""
    positions: dict[str, int] = {}
    wanted = [s for s in sections if s.key != INTRO_KEY]
    block = doc.begin()
    while block.isValid() and wanted:
        if block.blockFormat().headingLevel() == 2 and block.text().strip() == wanted[0].title:
            positions[wanted.pop(0).key] = block.position()
        block = block.next()
    if sections and sections[0].key == INTRO_KEY:
        positions[INTRO_KEY] = 0
    return positions
