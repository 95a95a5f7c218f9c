"""Small painting pieces shared by delegates and widgets: stars, chips, bars."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap

from desktop.ui import i18n

_SWAPPED = {
    Qt.AlignmentFlag.AlignLeft: Qt.AlignmentFlag.AlignRight,
    Qt.AlignmentFlag.AlignRight: Qt.AlignmentFlag.AlignLeft,
}


def visual_alignment(align: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
    """Left for right and right for left, the vertical part kept."""
    horizontal = Qt.AlignmentFlag(align & Qt.AlignmentFlag.AlignHorizontal_Mask)
    rest = Qt.AlignmentFlag(align & ~Qt.AlignmentFlag.AlignHorizontal_Mask)
    return rest | _SWAPPED.get(horizontal, horizontal)


class MirroredPainter:
    """A delegate's painter for a right-to-left row: the row's shapes are laid out
    in left-to-right coordinates and mirrored across ``row`` by the painter's
    transform (the thumbnail on the right, bars and stars filling from the right),
    while each text and picture is drawn unmirrored at its mirrored place, its
    alignment swapped.  Everything else is the real painter's."""

    def __init__(self, painter: QPainter, row: QRect) -> None:
        self._painter = painter
        painter.translate(row.left() + row.right() + 1, 0)
        painter.scale(-1, 1)

    def __getattr__(self, name: str) -> object:
        return getattr(self._painter, name)

    def _unmirrored(self, box: QRectF) -> None:
        centre = box.left() + box.width() / 2
        self._painter.translate(2 * centre, 0)
        self._painter.scale(-1, 1)

    def drawText(self, rect: QRect | QRectF, align: Qt.AlignmentFlag, text: str) -> None:
        self._painter.save()
        # each text laid out in its own direction: an author's "Why Python?" keeps its
        # "?" at its end (Unicode isolates would do it too, but pull in a fallback
        # font whose taller lines the row's text boxes cut)
        self._painter.setLayoutDirection(i18n.text_direction(text))
        self._unmirrored(QRectF(rect))
        # absolute: a right-to-left painter would swap left and right once more
        flags = visual_alignment(Qt.AlignmentFlag(align)) | Qt.AlignmentFlag.AlignAbsolute
        self._painter.drawText(rect, flags, text)
        self._painter.restore()

    def drawPixmap(self, x: int, y: int, pixmap: QPixmap) -> None:
        self._painter.save()
        size = pixmap.deviceIndependentSize()
        self._unmirrored(QRectF(x, y, size.width(), size.height()))
        self._painter.drawPixmap(x, y, pixmap)
        self._painter.restore()


def directional(painter: QPainter, row: QRect, direction: Qt.LayoutDirection) -> QPainter:
    """``painter`` itself for a left-to-right row, else a :class:`MirroredPainter`
    (call between the delegate's ``save`` and ``restore``)."""
    if direction != Qt.LayoutDirection.RightToLeft:
        return painter
    return cast(QPainter, MirroredPainter(painter, row))


def paint_stars(painter: QPainter, rect: QRect, rating: float, on: QColor, off: QColor) -> int:
    """Five stars, filled to ``rating`` (0..5); returns the width used."""
    stars = "★★★★★"
    metrics = QFontMetrics(painter.font())
    width = metrics.horizontalAdvance(stars)
    box = QRect(rect.left(), rect.top(), width, rect.height())
    painter.save()
    painter.setPen(off)
    painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, stars)
    filled = int(width * max(0.0, min(rating, 5.0)) / 5.0)
    painter.setClipRect(QRect(box.left(), box.top(), filled, box.height()))
    painter.setPen(on)
    painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, stars)
    painter.restore()
    return width


def paint_chip(
    painter: QPainter,
    left: int,
    center_y: int,
    text: str,
    fill: QColor,
    color: QColor,
    *,
    bold: bool = False,
) -> int:
    """A rounded label; returns its width."""
    painter.save()
    font = QFont(painter.font())
    font.setBold(bold)
    font.setPointSizeF(max(6.0, painter.font().pointSizeF() * 0.9))
    painter.setFont(font)
    metrics = QFontMetrics(font)
    width = metrics.horizontalAdvance(text) + 14
    height = metrics.height() + 4
    box = QRectF(left, center_y - height / 2, width, height)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(box, height / 2, height / 2)
    painter.setPen(color)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
    return width


def paint_progress(
    painter: QPainter, rect: QRect, fraction: float, track: QColor, bar: QColor
) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    radius = rect.height() / 2
    painter.setBrush(track)
    painter.drawRoundedRect(QRectF(rect), radius, radius)
    width = rect.width() * max(0.0, min(fraction, 1.0))
    done = QRectF(rect.left(), rect.top(), width, rect.height())
    if done.width() > 0:
        painter.setBrush(bar)
        painter.drawRoundedRect(done, radius, radius)
    painter.restore()


def with_alpha(color: QColor, alpha: int) -> QColor:
    copy = QColor(color)
    copy.setAlpha(alpha)
    return copy


def paint_lock(painter: QPainter, box: QRect, color: QColor) -> None:
    """A small padlock centred in ``box`` (fonts may lack a lock glyph)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    cx, cy = box.center().x(), box.center().y()
    body = QRectF(cx - 6, cy - 1, 12, 9)
    painter.setPen(QPen(color, 1.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(cx - 4, cy - 8, 8, 12), 0, 180 * 16)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(body, 2, 2)
    painter.restore()


def paint_focus_ring(painter: QPainter, box: QRect, color: QColor, radius: float) -> None:
    """A 2 px ring just outside ``box``: where the keyboard is (cards, lesson rows)."""
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(color, 2))
    painter.drawRoundedRect(QRectF(box).adjusted(-3, -3, 3, 3), radius + 3, radius + 3)
    painter.restore()
