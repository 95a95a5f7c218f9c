"""A five-star rating control: click a star, or use arrow keys / digits.

Screen readers get it as a slider from 0 (not rated) to 5 stars, its value in
words ("2 of 5 stars"), through ``desktop.ui.widgets.accessible``."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleValueChangeEvent,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QWidget

from desktop.ui import i18n
from desktop.ui.widgets import accessible


class StarRating(QWidget):
    rating_changed = Signal(int)

    STAR = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rating = 0
        self._hover = 0
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Your rating"))
        self._update_description()
        accessible.renew(self)  # read as a slider (accessible_value)

    @property
    def rating(self) -> int:
        return self._rating

    def set_rating(self, stars: int) -> None:
        stars = max(0, min(5, stars))
        if stars != self._rating:
            self._rating = stars
            self._update_description()
            self.update()
            if QAccessible.isActive():
                QAccessible.updateAccessibility(QAccessibleValueChangeEvent(self, stars))
            self.rating_changed.emit(stars)

    def value_words(self) -> str:
        if not self._rating:
            return self.tr("not rated")
        return self.tr("{stars} of {most} stars").format(
            stars=i18n.number(self._rating), most=i18n.number(5)
        )

    def accessible_value(self) -> tuple[int, int, int, str]:
        """The slider a screen reader sees: 0 (not rated) to 5, and the value in words."""
        return 0, 5, self._rating, self.value_words()

    def set_accessible_value(self, value: int) -> None:
        self.set_rating(value)

    def _update_description(self) -> None:
        text = self.value_words()
        # the tooltip says how to change it; a screen reader reads it as the description
        self.setToolTip(
            self.tr("Your rating: {rating}. Arrow keys or 1–5 change it.").format(rating=text)
        )
        self.setAccessibleDescription(self.toolTip())

    def sizeHint(self) -> QSize:
        return QSize(self.STAR * 5 + 8, self.STAR + 8)

    def _x(self, star: int) -> int:
        """Where star ``star`` (0–4) starts: from the right in a right-to-left window."""
        if self.isRightToLeft():
            return self.width() - (star + 1) * self.STAR
        return star * self.STAR

    def _star_at(self, pos: QPointF) -> int:
        x = self.width() - pos.x() if self.isRightToLeft() else pos.x()
        return max(1, min(5, int(x // self.STAR) + 1))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._hover = self._star_at(event.position())
        self.update()

    def leaveEvent(self, event: object) -> None:
        self._hover = 0
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.set_rating(self._star_at(event.position()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        more, fewer = Qt.Key.Key_Right, Qt.Key.Key_Left
        if self.isRightToLeft():  # the stars fill from the right
            more, fewer = fewer, more
        if key in (more, Qt.Key.Key_Up):
            self.set_rating(self._rating + 1)
        elif key in (fewer, Qt.Key.Key_Down):
            self.set_rating(self._rating - 1)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_5:
            self.set_rating(key - Qt.Key.Key_0)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        font = QFont(self.font())
        font.setPixelSize(self.STAR - 4)
        painter.setFont(font)
        shown = self._hover or self._rating
        muted = self.palette().placeholderText().color()
        for i in range(5):
            painter.setPen(QColor("#f5a524") if i < shown else muted)
            painter.drawText(
                QRectF(self._x(i), 2, self.STAR, self.STAR), Qt.AlignmentFlag.AlignCenter, "★"
            )  # a glyph, not a word
        if self.hasFocus():
            painter.setPen(self.palette().highlight().color())
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()
