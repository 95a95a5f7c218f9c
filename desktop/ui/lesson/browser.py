"""The lesson reader: a ``QTextBrowser`` whose images come from the offline cache.

Links are the lesson author's, and the author may be hostile (issue #12):
the browser never follows a link itself.  ``#section`` links scroll the
lesson; ``http``, ``https`` and ``mailto`` links open in the learner's own
browser or mail program once the learner has seen the full address and
said yes; anything else (``javascript:``, ``data:``, ``file:``, a relative
path) does nothing, and the lesson stays on the screen.  ``lantern check``
reports such links to the author.  Nothing but images is ever loaded.
The reader's own "Copy code" links (added by ``code_blocks``) carry a token
drawn afresh for each lesson shown, so a link the author writes to look like
one does nothing.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleTextCursorEvent,
    QColor,
    QDesktopServices,
    QFocusEvent,
    QFontMetrics,
    QImage,
    QPainter,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QTextBrowser, QWidget

from desktop.course_package.images import LINK_SCHEMES, link_refusal
from desktop.course_package.text_direction import Direction
from desktop.ui.i18n import translate
from desktop.ui.lesson.code_blocks import copy_href, decorate_code
from desktop.ui.lesson.markdown_render import style_document
from desktop.ui.lesson.math_images import (
    MATH_SCHEME,
    Formula,
    FormulaImages,
    math_ref,
    source_box,
    substitute,
)
from desktop.ui.lesson.media_cards import media_href, poster_ref, with_media_cards
from desktop.ui.lesson.text_direction import apply_direction
from desktop.ui.theme import LIGHT, Colors
from desktop.ui.viewdata import MediaView
from desktop.ui.widgets.announce import announce

log = logging.getLogger(__name__)

#: maps an image reference in a lesson ("images/loop.png") to a cached file, or None
ImageResolver = Callable[[str], Path | None]


def no_images(_ref: str) -> Path | None:
    return None


def ask_before_opening(parent: QWidget, url: QUrl) -> bool:
    """Shows the whole address and asks; only a yes opens it."""
    address = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    if url.scheme().lower() == "mailto":
        text = translate(
            "browser", "This lesson links to:\n\n{address}\n\nOpen it in your e-mail program?"
        )
    else:
        text = translate(
            "browser", "This lesson links to:\n\n{address}\n\nOpen it in your web browser?"
        )
    answer = QMessageBox.question(
        parent,
        translate("browser", "Open this link?"),
        text.format(address=address),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Open


# A comfortable line: about 75 characters (typographers' 45–90); wider windows
# get white space on both sides instead of longer lines.
LINE_CHARACTERS = 75
BODY_POINTS = 11.0  # the lesson's body text at 100 %


if TYPE_CHECKING:
    _ReadableText = QTextBrowser
else:
    # Qt picks a widget's accessibility interface by class name, the most
    # derived first: under QTextBrowser's own name the lesson is a *label*
    # (static text), which a screen reader neither reads by line nor follows
    # the caret in.  Under this one it gets QTextEdit's: role text, read-only,
    # multi-line, with the text interface and its caret.
    _ReadableText = type("QTextEdit", (QTextBrowser,), {"__module__": __name__})

#: what the reader's keys do: a caret to read by line (a screen reader follows
#: it), selecting, and links by Tab and Enter as in any QTextBrowser
INTERACTION = (
    Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


class LessonBrowser(_ReadableText):
    media_requested = Signal(int)  # the index of the media block whose card was clicked

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        resolve_image: ImageResolver = no_images,
        colors: Colors = LIGHT,
    ) -> None:
        super().__init__(parent)
        self.resolve_image = resolve_image
        self.colors = colors
        self.text_scale = 1.0  # Settings → Appearance → Text size
        # Qt would otherwise follow links itself: file: ones replace the
        # lesson, and the system opens javascript: or data: ones.
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Lesson text"))
        self.setTextInteractionFlags(INTERACTION)
        self.missing_images: list[str] = []
        self.damaged_images: list[str] = []
        self.code_texts: list[str] = []  # each code block's text, for its Copy link
        self.copy_links: list[str] = []  # the Copy links' own addresses, in order
        self.media_links: dict[str, int] = {}  # a media card's address → its block's index
        self.poster_files: dict[str, Path] = {}  # a card's poster reference → its file
        self.formulas = FormulaImages(self)
        self.formulas.ready.connect(self.on_formula_ready)
        self.confirm_link: Callable[[QWidget, QUrl], bool] = ask_before_opening
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.anchorClicked.connect(self.on_anchor_clicked)
        # the scroll bar comes and goes with the text's height: the column stays centred
        self.verticalScrollBar().rangeChanged.connect(self.on_scroll_bar_range_changed)

    def text_width_limit(self) -> int:
        """The widest the text column gets, in pixels, for the current font."""
        margin = int(self.document().documentMargin())
        # the body text's own font: style_document sets it larger than the widget's
        metrics = QFontMetrics(self.document().defaultFont())
        return metrics.horizontalAdvance("x" * LINE_CHARACTERS) + 2 * margin

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._centre_text()

    def on_scroll_bar_range_changed(self, _low: int, _high: int) -> None:
        self._centre_text()

    def _centre_text(self) -> None:
        """Side margins that keep the column at :meth:`text_width_limit` (or all of it)."""
        margins = self.viewportMargins()
        available = self.viewport().width() + margins.left() + margins.right()
        side = max(0, (available - self.text_width_limit()) // 2)
        if side != margins.left():
            self.setViewportMargins(side, 0, side, 0)
        # Qt keeps laying the text out at the width it had before the margins
        # (lines run past the column's edge, cut off): give it the column's width
        width = self.viewport().width()
        if self.document().textWidth() != width:
            self.document().setTextWidth(width)

    # the keyboard ---------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:  # Qt override
        reason = event.reason()
        tabbed = reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        if tabbed and not self._caret_shown():  # reading goes on from what is on the screen
            forward = reason == Qt.FocusReason.TabFocusReason
            self._place_caret(self.cursorForPosition(self._screen_corner(forward)))
        super().focusInEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt override
        """Tab and Shift+Tab: the next link from the caret (or from the screen, once
        scrolled away from it), then out of the text."""
        if self.hasFocus():
            self._search_links_from_here(forward=next)
        moved = super().focusNextPrevChild(next)
        cursor = self.textCursor()
        if moved and self.hasFocus() and cursor.hasSelection():
            self._tell_link_focused()
        return moved

    def _caret_shown(self) -> bool:
        return self.viewport().rect().intersects(self.cursorRect())

    def _screen_corner(self, forward: bool) -> QPoint:
        """The start of the screen's first line, or the end of its last."""
        shown = self.viewport().rect()
        return shown.topLeft() if forward else shown.bottomRight()

    def _search_links_from_here(self, *, forward: bool) -> None:
        """Qt looks for the next link after the selection, or from the document's
        start (its end, going back) when nothing is selected: after reading down
        with the arrows, or scrolling, Tab would jump back to the first link.  A
        one-character selection at the caret, or at the screen's edge when the caret
        is off it, makes the search start there."""
        cursor = self.textCursor()
        shown = self._caret_shown()
        if shown and cursor.hasSelection():
            return  # a link has the focus: the next one from it
        if not shown:
            cursor = self.cursorForPosition(self._screen_corner(forward))
        here = cursor.position()
        last = self.document().characterCount() - 1
        seed = QTextCursor(self.document())
        seed.setPosition(max(0, here - 1) if forward else here)
        seed.setPosition(here if forward else min(last, here + 1), QTextCursor.MoveMode.KeepAnchor)
        if seed.hasSelection():
            self._place_caret(seed)

    def _place_caret(self, cursor: QTextCursor) -> None:
        """Move the caret where the screen is, without Qt scrolling to it: on a line
        cut by the screen's edge it would."""
        bar = self.verticalScrollBar()
        where = bar.value()
        self.setTextCursor(cursor)
        bar.setValue(where)

    def _tell_link_focused(self) -> None:
        """Qt moves the caret onto a link reached by Tab without a word to a
        screen reader: send the caret's move and say the link's text."""
        cursor = self.textCursor()
        QAccessible.updateAccessibility(QAccessibleTextCursorEvent(self, cursor.position()))
        link = " ".join(cursor.selectedText().split())
        announce(self, self.tr("{text}, link").format(text=link))

    def on_anchor_clicked(self, url: QUrl) -> None:
        if url.toString() in self.media_links:  # a media card: the lesson view plays it
            self.media_requested.emit(self.media_links[url.toString()])
            return
        if url.toString() in self.copy_links:  # the reader's own link, not the author's
            code = self.code_texts[self.copy_links.index(url.toString())]
            QApplication.clipboard().setText(code)
            return
        refusal = link_refusal(url.toString())  # the rule `lantern check` applies too
        if refusal is None and url.toString().startswith("#"):
            self.scrollToAnchor(url.fragment())
            return
        if refusal is not None or url.scheme().lower() not in LINK_SCHEMES:
            log.info("lesson link not opened: %s", refusal)
            return
        if self.confirm_link(self, url):
            self.open_url(url)

    def show_markdown(
        self,
        markdown: str,
        direction: Direction = Direction.AUTO,
        media: tuple[MediaView, ...] = (),
    ) -> None:
        self.missing_images = []
        self.damaged_images = []
        doc = self.document()
        token = secrets.token_hex(8)
        markdown = with_media_cards(markdown, media, token)
        self.media_links = {media_href(token, item.index): item.index for item in media}
        self.poster_files = {
            poster_ref(token, item.index): Path(item.poster) for item in media if item.poster
        }
        markdown, spans = substitute(markdown, token)
        points, ratio = BODY_POINTS * self.text_scale, self.devicePixelRatioF()
        self.formulas.show_lesson(
            {
                math_ref(token, i): Formula(span.tex, span.display, points, self.colors.text, ratio)
                for i, span in enumerate(spans)
            }
        )
        doc.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        style_document(doc, self.colors, base_size=points)
        align_formulas(doc)
        self.code_texts = decorate_code(doc, self.colors, token)
        self.copy_links = [copy_href(token, i) for i in range(len(self.code_texts))]
        apply_direction(doc, direction)
        # Filling the document carries the caret to its end, and Qt scrolls to
        # the caret when the page is first shown: a new lesson opened at its
        # bottom, the sections above counted as read (orca.md).
        self.setTextCursor(QTextCursor(doc))

    def loadResource(self, kind: int, name: QUrl | str, /) -> Any:  # Qt override
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return None  # style sheets, pages: never read from disk or anywhere else
        ref = name.toString() if isinstance(name, QUrl) else name
        if ref.startswith(MATH_SCHEME + ":"):
            return self._formula_image(ref)
        path = self.poster_files.get(ref) or self.resolve_image(ref)
        if path is not None and path.is_file():
            image = QImage(str(path))
            if not image.isNull():
                width = self.viewport().width() - 60
                if width > 0 and image.width() > width:
                    image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
                return image
            log.warning("lesson image unreadable: %s", path)
            self.damaged_images.append(ref)
            damaged = self.tr("This image is damaged\n{file}")
            return self._placeholder(damaged.format(file=Path(ref).name))
        self.missing_images.append(ref)
        missing = self.tr("Image not downloaded yet\n{file}")
        return self._placeholder(missing.format(file=Path(ref).name))

    def _formula_image(self, ref: str) -> QImage | None:
        drawn = self.formulas.images.get(ref)
        if drawn is not None:
            return drawn
        formula = self.formulas.formula(ref)
        if formula is None:  # the author wrote such an address: not one of ours
            return None
        return source_box(
            formula.tex, formula.points, self.colors.muted, self.colors.code_bg, formula.ratio
        )

    def on_formula_ready(self, ref: str, drawn: bool) -> None:
        if not drawn:
            return  # the source box it shows already is the fallback
        doc = self.document()
        doc.addResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(ref), self.formulas.images[ref]
        )
        doc.markContentsDirty(0, doc.characterCount())
        # the relayout keeps Qt's last text width, which predates the centring
        # margins: give it the column's width again, or a scroll bar appears
        doc.setTextWidth(self.viewport().width())

    def _placeholder(self, text: str) -> QImage:
        image = QImage(360, 90, QImage.Format.Format_ARGB32)
        image.fill(QColor(self.colors.alt_base))
        painter = QPainter(image)
        painter.setPen(QColor(self.colors.muted))
        painter.drawRect(image.rect().adjusted(0, 0, -1, -1))
        painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        return image


def align_formulas(doc: QTextDocument) -> None:
    """Display formulas centred on their line; inline ones centred on the text."""
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        only_formula = True
        formulas = 0
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name().startswith(MATH_SCHEME + ":"):
                formulas += 1
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + 1, QTextCursor.MoveMode.KeepAnchor)
                middle = QTextCharFormat()
                middle.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
                cursor.mergeCharFormat(middle)
            elif fragment.text().strip():
                only_formula = False
            it += 1
        if formulas == 1 and only_formula:
            cursor = QTextCursor(block)
            centred = QTextBlockFormat()
            centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            cursor.mergeBlockFormat(centred)
        block = block.next()
