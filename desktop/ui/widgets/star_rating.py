"""A five-star rating control: click a star, or use arrow keys / digits."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget


class StarRating(QWidget):
    rating_changed = Signal(int)

    STAR = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rating = 0
        self._hover = 0
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Your rating")
        self._update_description()

    @property
    def rating(self) -> int:
        return self._rating

    def set_rating(self, stars: int) -> None:
        stars = max(0, min(5, stars))
        if stars != self._rating:
            self._rating = stars
            self._update_description()
            self.update()
            self.rating_changed.emit(stars)

    def _update_description(self) -> None:
        text = "not rated" if not self._rating else f"{self._rating} of 5 stars"
        self.setAccessibleDescription(text)
        self.setToolTip(f"Your rating: {text}. Arrow keys or 1–5 change it.")

    def sizeHint(self) -> QSize:
        return QSize(self.STAR * 5 + 8, self.STAR + 8)

    def _star_at(self, pos: QPointF) -> int:
        return max(1, min(5, int(pos.x() // self.STAR) + 1))

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
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_rating(self._rating + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
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
                QRectF(i * self.STAR, 2, self.STAR, self.STAR), Qt.AlignmentFlag.AlignCenter, "★"
            )
        if self.hasFocus():
            painter.setPen(self.palette().highlight().color())
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()
