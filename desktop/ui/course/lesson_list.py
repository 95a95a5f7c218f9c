"""A course's lessons in order: an item model and a delegate painting each row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.ui.catalogue.card_painting import (
    paint_focus_ring,
    paint_lock,
    paint_progress,
    with_alpha,
)
from desktop.ui.theme import LIGHT, Colors
from desktop.ui.viewdata import LessonRow
from desktop.ui.widgets import timefmt
from desktop.ui.widgets.sizes import data_size

LessonRole = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


def describe_lesson(row: LessonRow) -> str:
    if row.is_locked:
        state = "locked until you complete " + ", ".join(row.locked_by)
    elif row.completed:
        state = "completed"
    else:
        state = f"{round(row.progress * 100)}% read"
    quiz = ", has a quiz" if row.has_quiz else ""
    length = timefmt.duration(row.duration_minutes * 60)
    return f"Lesson {row.position}: {row.title}, {length}, {state}{quiz}{files_words(row, ', ')}"


def files_words(row: LessonRow, separator: str) -> str:
    """What the lesson's pictures and media take, and whether they were left out."""
    if not row.download_bytes:
        return ""
    size = data_size(row.download_bytes)
    if not row.files_here:
        return f"{separator}pictures and media ({size}) not downloaded"
    return f"{separator}{size} of pictures and media"


class LessonListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LessonRow] = []

    def set_lessons(self, rows: list[LessonRow] | tuple[LessonRow, ...]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: r.position)
        self.endResetModel()

    def lesson_at(self, row: int) -> LessonRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.lesson_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.position}. {row.title}"
        if role == LessonRole:
            return row
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe_lesson(row)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class LessonRowDelegate(QStyledItemDelegate):
    HEIGHT = 54

    def __init__(self, parent: QWidget | None = None, *, colors: Colors = LIGHT) -> None:
        super().__init__(parent)
        self.colors = colors

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        return QSize(200, self.HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        row = index.data(LessonRole)
        if not isinstance(row, LessonRow):
            return
        c = self.colors
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 2, -4, -2)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(with_alpha(QColor(c.accent), 30))
            painter.drawRoundedRect(QRectF(rect), 6, 6)
        if option.state & QStyle.StateFlag.State_HasFocus:
            paint_focus_ring(painter, rect.adjusted(2, 2, -2, -2), QColor(c.accent), 6)
        circle = QRect(rect.left() + 8, rect.center().y() - 14, 28, 28)
        done = row.completed
        painter.setPen(QColor(c.success if done else c.border))
        painter.setBrush(QColor(c.success) if done else QColor(c.base))
        painter.drawEllipse(circle)
        painter.setPen(QColor("#ffffff") if done else QColor(c.muted))
        if row.is_locked and not done:
            paint_lock(painter, circle, QColor(c.muted))
        else:
            painter.drawText(
                circle, Qt.AlignmentFlag.AlignCenter, "✓" if done else str(row.position)
            )
        text_left = circle.right() + 12
        right_w = min(150, rect.width() // 3)
        font = QFont(painter.font())
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        metrics = QFontMetrics(bold)
        title_rect = QRect(
            text_left, rect.top() + 7, rect.width() - text_left - right_w, metrics.height()
        )
        painter.setPen(QColor(c.muted if row.is_locked else c.text))
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(row.title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )
        painter.setFont(font)
        small = QFontMetrics(font)
        if row.is_locked:
            sub = "Complete " + ", ".join(row.locked_by) + " first"
        else:
            sub = (
                timefmt.duration(row.duration_minutes * 60)
                + ("  ·  Quiz" if row.has_quiz else "")
                + files_words(row, "  ·  ")
            )
        sub_rect = QRect(text_left, title_rect.bottom() + 3, title_rect.width(), small.height())
        painter.setPen(QColor(c.warning if row.is_locked else c.muted))
        painter.drawText(
            sub_rect,
            Qt.AlignmentFlag.AlignLeft,
            small.elidedText(sub, Qt.TextElideMode.ElideRight, sub_rect.width()),
        )
        right = QRect(rect.right() - right_w + 10, rect.top(), right_w - 20, rect.height())
        fraction = 1.0 if done else row.progress
        painter.setPen(QColor(c.muted))
        label = "Done" if done else f"{round(fraction * 100)}%"
        painter.drawText(right.adjusted(0, 8, 0, 0), Qt.AlignmentFlag.AlignRight, label)
        paint_progress(
            painter,
            QRect(right.left(), rect.bottom() - 16, right.width(), 6),
            fraction,
            with_alpha(QColor(c.muted), 50),
            QColor(c.success if done else c.accent),
        )
        painter.restore()
