"""Paints one course card per catalogue row (no widget per row)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.ui import i18n
from desktop.ui.catalogue.card_painting import (
    directional,
    paint_chip,
    paint_focus_ring,
    paint_progress,
    paint_stars,
    with_alpha,
)
from desktop.ui.catalogue.model import CourseRole, difficulty_name, offline_words
from desktop.ui.i18n import translate
from desktop.ui.theme import LIGHT, Colors
from desktop.ui.viewdata import CourseCard, OfflineState
from desktop.ui.widgets import timefmt, wording
from desktop.ui.widgets.thumbnails import thumbnail

CARD_HEIGHT = 108
THUMB = QSize(144, 81)
STATE_WIDTH = 170


MIN_CARD_WIDTH = 420


class CourseCardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None, *, colors: Colors = LIGHT) -> None:
        super().__init__(parent)
        self.colors = colors

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # the narrowest a card reads well; the list stretches rows to its width.  Not the
        # current width: with uniform item sizes the first answer is kept, and a card as
        # wide as the window once was would not shrink with it (a horizontal scroll bar).
        # and tall enough for its three lines in the font it is painted in (the view's:
        # large text makes them taller, a fixed height would paint them over each other)
        parent = self.parent()
        font = parent.font() if isinstance(parent, QWidget) else option.font
        return QSize(MIN_CARD_WIDTH, max(CARD_HEIGHT, card_height(font)))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card = index.data(CourseRole)
        if not isinstance(card, CourseCard):
            self._paint_placeholder(painter, option)
            return
        c = self.colors
        painter.save()
        painter = directional(painter, option.rect, option.direction)  # mirrored in RTL
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = option.rect.adjusted(8, 5, -8, -5)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        border = QColor(c.accent) if selected or focused else QColor(c.border)
        painter.setPen(QPen(border, 2 if selected else 1))
        fill = QColor(c.card) if not selected else with_alpha(QColor(c.accent), 28)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(box), 10, 10)
        if focused:  # the keyboard's place: a ring outside the card, in both themes
            paint_focus_ring(painter, box, QColor(c.text if selected else c.accent), 10)
        thumb_top = box.top() + (box.height() - THUMB.height()) // 2
        painter.drawPixmap(
            box.left() + 12, thumb_top, thumbnail(card.thumbnail_path, card.title, THUMB)
        )
        text_left = box.left() + 12 + THUMB.width() + 16
        state_w = state_width(QFontMetrics(painter.font()), card, box.width() // 3)
        text = QRect(
            text_left, box.top() + 10, box.right() - state_w - text_left - 8, box.height() - 20
        )
        self._paint_text(painter, text, card)
        state = QRect(box.right() - state_w, box.top() + 10, state_w - 14, box.height() - 20)
        self._paint_offline_state(painter, state, card)
        painter.restore()

    def _paint_placeholder(self, painter: QPainter, option: QStyleOptionViewItem) -> None:
        """A grey card while its row is still being read from the store."""
        c = self.colors
        painter.save()
        painter = directional(painter, option.rect, option.direction)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = option.rect.adjusted(8, 5, -8, -5)
        painter.setPen(QPen(QColor(c.border), 1))
        painter.setBrush(QColor(c.card))
        painter.drawRoundedRect(QRectF(box), 10, 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(with_alpha(QColor(c.muted), 40))
        thumb_top = box.top() + (box.height() - THUMB.height()) // 2
        painter.drawRoundedRect(
            QRectF(box.left() + 12, thumb_top, THUMB.width(), THUMB.height()), 8, 8
        )
        left = box.left() + 12 + THUMB.width() + 16
        for y, width in ((box.top() + 14, 260), (box.top() + 40, 180), (box.bottom() - 26, 220)):
            painter.drawRoundedRect(QRectF(left, y, width, 12), 6, 6)
        painter.restore()

    def _paint_text(self, painter: QPainter, rect: QRect, card: CourseCard) -> None:
        c = self.colors
        base = QFont(painter.font())
        title_font = QFont(base)
        title_font.setPointSizeF(base.pointSizeF() * 1.15)
        title_font.setBold(True)
        painter.setFont(title_font)
        metrics = QFontMetrics(title_font)
        line_h = metrics.height()
        badge_w = 0
        premium = self.tr("Premium")
        if card.is_premium:
            badge_w = QFontMetrics(base).horizontalAdvance(premium) + 22
        title = metrics.elidedText(card.title, Qt.TextElideMode.ElideRight, rect.width() - badge_w)
        painter.setPen(QColor(c.text))
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), line_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        if card.is_premium:
            painter.setFont(base)
            paint_chip(
                painter,
                rect.left() + metrics.horizontalAdvance(title) + 8,
                rect.top() + line_h // 2,
                premium,
                QColor(c.premium),
                QColor("#ffffff"),
                bold=True,
            )
        painter.setFont(base)
        small = QFontMetrics(base)
        category = card.category[:1].upper() + card.category[1:]
        second = " · ".join(p for p in (card.instructor, category) if p)
        painter.setPen(QColor(c.muted))
        y = rect.top() + line_h + 4
        painter.drawText(
            QRect(rect.left(), y, rect.width(), small.height()),
            Qt.AlignmentFlag.AlignLeft,
            small.elidedText(second, Qt.TextElideMode.ElideRight, rect.width()),
        )
        y = rect.bottom() - small.height() - 2
        center = y + small.height() // 2
        x = rect.left()
        x += (
            paint_chip(
                painter,
                x,
                center,
                difficulty_name(card.difficulty),
                with_alpha(QColor(difficulty_color(c, card.difficulty)), 40),
                QColor(difficulty_color(c, card.difficulty)),
            )
            + 12
        )
        painter.setPen(QColor(c.muted))
        duration = self.tr("{hours} h").format(hours=i18n.number(card.duration_hours))
        duration_w = small.horizontalAdvance(duration)  # a translation may be longer than "35 h"
        painter.drawText(
            QRect(x, y, duration_w + 1, small.height()), Qt.AlignmentFlag.AlignLeft, duration
        )
        x += duration_w + 14
        x += (
            paint_stars(
                painter,
                QRect(x, y, 100, small.height()),
                card.rating,
                QColor("#f5a524"),
                with_alpha(QColor(c.muted), 90),
            )
            + 5
        )
        # rounded as Python does first (4.25 reads 4.2, as before): QLocale rounds halves up
        rated = (
            i18n.number(round(card.rating, 1), 1)
            if card.rating > 0
            else wording.rating(card.rating)
        )
        rating_text = f"{rated}   {wording.learners(card.enrollment_count)}"
        painter.setPen(QColor(c.muted))
        painter.drawText(
            QRect(x, y, max(0, rect.right() - x), small.height()),
            Qt.AlignmentFlag.AlignLeft,
            small.elidedText(rating_text, Qt.TextElideMode.ElideRight, max(0, rect.right() - x)),
        )

    def _paint_offline_state(self, painter: QPainter, rect: QRect, card: CourseCard) -> None:
        c = self.colors
        state = card.offline_state
        color = {
            OfflineState.NOT_DOWNLOADED: QColor(c.muted),
            OfflineState.DOWNLOADING: QColor(c.accent),
            OfflineState.AVAILABLE: QColor(c.success),
            OfflineState.UPDATE_AVAILABLE: QColor(c.warning),
        }[state]
        icon = {
            OfflineState.NOT_DOWNLOADED: "☁",
            OfflineState.DOWNLOADING: "↓",
            OfflineState.AVAILABLE: "✓",
            OfflineState.UPDATE_AVAILABLE: "⟳",
        }[state]
        words = offline_words(state, card.download_progress)
        metrics = QFontMetrics(painter.font())
        line = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        painter.setPen(color)
        painter.drawText(
            line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{icon}  {words}"
        )
        if card.is_enrolled:
            painter.setPen(QColor(c.success if card.is_completed else c.muted))
            painter.drawText(
                line.translated(0, metrics.height() + 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                enrolment_words(card),
            )
        if state is OfflineState.DOWNLOADING:
            bar = QRect(rect.left() + 20, rect.bottom() - 8, rect.width() - 20, 6)
            paint_progress(
                painter,
                bar,
                card.download_progress,
                with_alpha(QColor(c.muted), 50),
                QColor(c.accent),
            )


def card_height(font: QFont) -> int:
    """A card's height in ``font``: margins, the bold title, the instructor's line and
    the chips' row (a chip is a line with its padding)."""
    title = QFont(font)
    title.setPointSizeF(font.pointSizeF() * 1.15)
    title.setBold(True)
    small = QFontMetrics(font).height()
    return 10 + 20 + QFontMetrics(title).height() + 4 + small + 8 + small + 6


def state_width(metrics: QFontMetrics, card: CourseCard, most: int) -> int:
    """The right-hand column's width: its longer line whole, within ``most``."""
    words = [f"☁  {offline_words(card.offline_state, card.download_progress)}"]
    if card.is_enrolled:
        words.append(enrolment_words(card))
    needed = max(metrics.horizontalAdvance(w) for w in words) + 14 + 4
    return max(STATE_WIDTH, min(needed, most))


def enrolment_words(card: CourseCard) -> str:
    """The card's own line about the learner: in words, never by colour alone."""
    if not card.is_completed:
        return translate("delegate", "Enrolled")
    if card.completed_at is None:
        return "✓ " + translate("delegate", "Completed")
    return "✓ " + translate("delegate", "Completed {date}").format(
        date=timefmt.date(card.completed_at)
    )


def difficulty_color(colors: Colors, difficulty: str) -> str:
    """The chip's text colour: the palette's state colours, which meet AA contrast."""
    name = {"beginner": "success", "intermediate": "warning", "advanced": "danger"}.get(
        difficulty, "muted"
    )
    return str(getattr(colors, name))
