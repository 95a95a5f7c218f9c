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

from desktop.ui import i18n
from desktop.ui.catalogue.card_painting import (
    directional,
    paint_focus_ring,
    paint_lock,
    paint_progress,
    with_alpha,
)
from desktop.ui.i18n import translate
from desktop.ui.theme import LIGHT, Colors
from desktop.ui.viewdata import LessonRow
from desktop.ui.widgets import timefmt
from desktop.ui.widgets.sizes import data_size

LessonRole = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


def describe_lesson(row: LessonRow) -> str:
    """What a screen reader says for a lesson row (and its tooltip)."""
    if row.is_locked:
        state = translate("lesson_list", "locked until you complete {lessons}").format(
            lessons=i18n.joined(row.locked_by)
        )
    elif row.completed:
        state = translate("lesson_list", "completed")
    else:
        state = translate("lesson_list", "{percent} read").format(
            percent=i18n.percent(row.progress * 100)
        )
    files = files_words(row)
    #: A lesson row's description for screen readers and its tooltip. {quiz} is
    #: ", has a quiz" or nothing; {files} is ", " and what its pictures and media
    #: take, or nothing.
    return translate(
        "lesson_list", "Lesson {number}: {title}, {length}, {state}{quiz}{files}"
    ).format(
        number=i18n.number(row.position),
        title=row.title,
        length=timefmt.duration(row.duration_minutes * 60),
        state=state,
        quiz=translate("lesson_list", ", has a quiz") if row.has_quiz else "",
        files=translate("lesson_list", ", {files}").format(files=files) if files else "",
    )


def files_words(row: LessonRow) -> str:
    """What the lesson's pictures and media take, and whether they were left out ("": none)."""
    if not row.download_bytes:
        return ""
    size = data_size(row.download_bytes)
    if not row.files_here:
        return translate("lesson_list", "pictures and media ({size}) not downloaded").format(
            size=size
        )
    return translate("lesson_list", "{size} of pictures and media").format(size=size)


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
            return self.tr("{number}. {lesson}").format(
                number=i18n.number(row.position), lesson=row.title
            )
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
        # the bold title and the line under it, in the view's font (large text grows it)
        parent = self.parent()
        font = QFont(parent.font() if isinstance(parent, QWidget) else option.font)
        lines = QFontMetrics(font).height()
        font.setBold(True)
        return QSize(200, max(self.HEIGHT, 7 + QFontMetrics(font).height() + 3 + lines + 10))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        row = index.data(LessonRole)
        if not isinstance(row, LessonRow):
            return
        c = self.colors
        painter.save()
        painter = directional(painter, option.rect, option.direction)  # mirrored in RTL
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
                circle, Qt.AlignmentFlag.AlignCenter, "✓" if done else i18n.number(row.position)
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
        sub = self._under_title(row)
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
        label = self.tr("Done") if done else i18n.percent(fraction * 100)
        painter.drawText(right.adjusted(0, 8, 0, 0), Qt.AlignmentFlag.AlignRight, label)
        paint_progress(
            painter,
            QRect(right.left(), rect.bottom() - 16, right.width(), 6),
            fraction,
            with_alpha(QColor(c.muted), 50),
            QColor(c.success if done else c.accent),
        )
        painter.restore()

    def _under_title(self, row: LessonRow) -> str:
        """The row's second line: what it waits for, or its length, quiz and files."""
        if row.is_locked:
            return self.tr("Complete {lessons} first").format(lessons=i18n.joined(row.locked_by))
        parts = [timefmt.duration(row.duration_minutes * 60)]
        if row.has_quiz:
            parts.append(self.tr("Quiz"))
        files = files_words(row)
        if files:
            parts.append(files)
        return "  ·  ".join(parts)
