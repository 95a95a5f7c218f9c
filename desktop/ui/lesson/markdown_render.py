"""Lesson Markdown → a styled ``QTextDocument``, split into sections.

Qt's Markdown reader (``QTextDocument.setMarkdown``) builds the structure;
:func:`style_document` then gives it a reading style — heading sizes, line
height, code blocks in a monospace font on a tinted background — by walking
the blocks, because Qt applies CSS stylesheets only to HTML, not to Markdown.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from dataclasses import dataclass

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

from desktop.ui.theme import RESOURCES, Colors

log = logging.getLogger(__name__)

INTRO_KEY = "introduction"
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Section:
    key: str  # stable id stored in section_progress
    title: str
    markdown: str


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words) or "section"


def heading_title(line: str) -> str | None:
    """The title of a level-2 heading line (``## Title ##``), else None.

    Written by hand: the regular expression it replaces,
    ``^##(?!#)\\s+(.+?)\\s*#*\\s*$``, took cubic time on a line of spaces
    (issue #12), and lesson text comes from the server.
    """
    if not line.startswith("##") or line[2:3] == "#" or not line[2:3].isspace():
        return None
    title = line[2:].strip()
    closed = title.rstrip("#")
    if closed != title and closed and closed[-1].isspace():
        title = closed.strip()  # the optional closing sequence: "## Title ##"
    return title or None


def split_sections(markdown: str) -> list[Section]:
    """Split on level-2 headings (``## …``) outside code fences.

    Text before the first heading is the "introduction" section when it holds
    more than a title.  Keys repeat-proof: a second "Summary" becomes "summary-2".
    """
    sections: list[tuple[str, list[str]]] = [("", [])]
    in_fence = False
    for line in markdown.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        title = None if in_fence else heading_title(line)
        if title:
            sections.append((title, [line]))
        else:
            sections[-1][1].append(line)
    result: list[Section] = []
    seen: dict[str, int] = {}
    for title, lines in sections:
        body = "\n".join(lines).strip()
        if not title:
            if not [ln for ln in lines if ln.strip() and not ln.startswith("# ")]:
                continue  # only a title line: not worth a section of its own
            key, title = INTRO_KEY, "Introduction"
        else:
            key = slug(title)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            key = f"{key}-{seen[key]}"
        result.append(Section(key, title, body))
    return result


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
