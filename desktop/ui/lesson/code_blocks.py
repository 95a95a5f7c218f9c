"""Fenced code in a lesson: highlighted by language (Pygments), with a copy link.

Qt's Markdown reader makes one block per line of a fenced code block and
keeps the fence's language (```` ```python ````) on each.  :func:`code_runs`
finds the runs of such blocks; :func:`highlight` colours a run's tokens in
place with the light or dark palette; :func:`add_copy_links` puts a small
"Copy code" link above each run, whose address (with a token the reader
draws for each lesson shown) the reader answers itself.

Lesson text comes from the server: a run longer than ``MAX_HIGHLIGHT_CHARS``
is shown plain, so a hostile lesson cannot make a lexer's regular
expressions take long (Pygments has had such lexers); an unknown language is
shown plain too, never guessed.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.style import StyleMeta
from pygments.styles import get_style_by_name
from pygments.token import _TokenType
from pygments.util import ClassNotFound
from PySide6.QtGui import QColor, QFont, QTextBlock, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtGui import QTextFormat as Fmt

from desktop.ui.i18n import translate
from desktop.ui.theme import Colors

COPY_SCHEME = "lantern-copy"
MAX_HIGHLIGHT_CHARS = 20_000
# Pygments styles whose colours read well on the theme's code background
# (colors.code_bg); "default" on the light tint, "github-dark" on the dark one.
STYLE_LIGHT = "default"
STYLE_DARK = "github-dark"


@dataclass(frozen=True)
class CodeRun:
    """Consecutive code-fence blocks of one language: one code block on screen."""

    start: int  # document position of its first character
    text: str  # the code, lines joined by "\n" (as the document holds them)
    language: str  # the fence's info string, lowercased ("" if none)


def code_runs(doc: QTextDocument) -> list[CodeRun]:
    runs: list[CodeRun] = []
    block = doc.begin()
    while block.isValid():
        if not _is_code(block):
            block = block.next()
            continue
        language = _language(block)
        first, lines = block, []
        while block.isValid() and _is_code(block) and _language(block) == language:
            lines.append(block.text())
            block = block.next()
        runs.append(CodeRun(first.position(), "\n".join(lines), language))
    return runs


def _is_code(block: QTextBlock) -> bool:
    return block.blockFormat().hasProperty(Fmt.Property.BlockCodeFence)


def _language(block: QTextBlock) -> str:
    info = block.blockFormat().stringProperty(Fmt.Property.BlockCodeLanguage)
    return info.strip().split(" ", 1)[0].lower() if info.strip() else ""


@functools.lru_cache(maxsize=64)
def _lexer(language: str) -> Lexer | None:
    if not language:
        return None
    try:
        return get_lexer_by_name(language, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None


def can_highlight(language: str) -> bool:
    """Whether fenced code in ``language`` is highlighted (the self-test asks)."""
    return _lexer(language.lower()) is not None


@functools.lru_cache(maxsize=2)
def _style(dark: bool) -> StyleMeta:
    return get_style_by_name(STYLE_DARK if dark else STYLE_LIGHT)


def token_formats(dark: bool, ttype: _TokenType) -> QTextCharFormat | None:
    """The character format for one token type, or None to leave it as it is."""
    spec = _style(dark).style_for_token(ttype)
    fmt = QTextCharFormat()
    if spec["color"]:
        fmt.setForeground(QColor("#" + spec["color"]))
    if spec["bold"]:
        fmt.setFontWeight(QFont.Weight.Bold)
    if spec["italic"]:
        fmt.setFontItalic(True)
    return fmt if fmt.propertyCount() else None


def highlight(doc: QTextDocument, run: CodeRun, colors: Colors) -> bool:
    """Colour ``run``'s tokens in ``doc``; False when it stays plain."""
    lexer = _lexer(run.language)
    if lexer is None or len(run.text) > MAX_HIGHLIGHT_CHARS:
        return False
    cursor = QTextCursor(doc)
    offset = 0
    for ttype, value in lexer.get_tokens(run.text):
        fmt = token_formats(colors.dark, ttype)
        if fmt is not None and value.strip():
            cursor.setPosition(run.start + offset)
            cursor.setPosition(run.start + offset + len(value), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        offset += len(value)
    return True


def copy_href(token: str, index: int) -> str:
    return f"{COPY_SCHEME}:{token}-{index}"


def is_copy_href(href: str) -> bool:
    """Whether ``href`` has the form of a "Copy code" link's address (``copy_href``)."""
    return href.startswith(COPY_SCHEME + ":")


def add_copy_links(doc: QTextDocument, runs: list[CodeRun], colors: Colors, token: str) -> None:
    """A "Copy code" link above each run (inserted last to first: positions hold)."""
    cursor = QTextCursor(doc)
    link = QTextCharFormat()
    link.setForeground(QColor(colors.muted))
    link.setFontPointSize(max(7.0, doc.defaultFont().pointSizeF() * 0.85))
    link.setAnchor(True)
    words = translate("code_blocks", "Copy code")
    for index in reversed(range(len(runs))):
        cursor.setPosition(runs[index].start)
        cursor.insertBlock()
        cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
        plain = cursor.blockFormat()
        for prop in (Fmt.Property.BlockCodeFence, Fmt.Property.BlockCodeLanguage):
            plain.clearProperty(prop)
        plain.clearBackground()
        plain.setTopMargin(6)
        plain.setBottomMargin(0)
        cursor.setBlockFormat(plain)
        link.setAnchorHref(copy_href(token, index))
        cursor.insertText(words, link)


def decorate_code(doc: QTextDocument, colors: Colors, token: str) -> list[str]:
    """Highlight every code run and add its copy link; the runs' texts, in order."""
    runs = code_runs(doc)
    for run in runs:
        highlight(doc, run, colors)
    add_copy_links(doc, runs, colors, token)
    return [run.text for run in runs]
