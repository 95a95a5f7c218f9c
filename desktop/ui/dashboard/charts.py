"""Two small QPainter charts for the dashboard (PySide6-Essentials has no QtCharts)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui import i18n
from desktop.ui.catalogue.card_painting import with_alpha
from desktop.ui.theme import LIGHT, Colors


class _Chart(QWidget):
    MARGIN_LEFT = 46
    MARGIN_BOTTOM = 22
    MARGIN_TOP = 10

    def __init__(self, parent: QWidget | None = None, *, colors: Colors = LIGHT) -> None:
        super().__init__(parent)
        self.colors = colors
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(150)
        # a Tab stop, so a screen reader reads its name and what it shows (its description)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(420, 170)

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self.update()

    def plot_rect(self) -> QRectF:
        return QRectF(
            self.MARGIN_LEFT,
            self.MARGIN_TOP,
            max(1, self.width() - self.MARGIN_LEFT - 8),
            max(1, self.height() - self.MARGIN_TOP - self.MARGIN_BOTTOM),
        )

    def focus_frame(self, painter: QPainter) -> None:
        """The visible mark of the keyboard focus, around the whole chart."""
        if self.hasFocus():
            painter.save()
            painter.resetTransform()
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
            painter.restore()

    def begin(self) -> QPainter:
        """A painter for the chart's shapes, drawn in left-to-right coordinates: in a
        right-to-left window they are mirrored (time runs from the right), and
        :meth:`_text` writes each label unmirrored at its mirrored place."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isRightToLeft():
            painter.setTransform(QTransform(-1, 0, 0, 1, self.width(), 0))
        return painter

    def _text(self, painter: QPainter, rect: QRectF, align: Qt.AlignmentFlag, text: str) -> None:
        if not self.isRightToLeft():
            painter.drawText(rect, align, text)
            return
        painter.save()
        painter.resetTransform()
        mirrored = QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())
        horizontal = align & Qt.AlignmentFlag.AlignHorizontal_Mask
        swapped = {
            Qt.AlignmentFlag.AlignLeft: Qt.AlignmentFlag.AlignRight,
            Qt.AlignmentFlag.AlignRight: Qt.AlignmentFlag.AlignLeft,
        }.get(Qt.AlignmentFlag(horizontal), Qt.AlignmentFlag(horizontal))
        vertical = align & ~Qt.AlignmentFlag.AlignHorizontal_Mask
        # absolute: the widget's right-to-left painter would swap left and right again
        painter.setLayoutDirection(i18n.text_direction(text))  # the text's own direction
        painter.drawText(mirrored, vertical | swapped | Qt.AlignmentFlag.AlignAbsolute, text)
        painter.restore()

    def _axes(self, painter: QPainter, plot: QRectF, top_label: str, steps: int = 2) -> None:
        painter.setPen(QPen(with_alpha(QColor(self.colors.muted), 60), 1))
        for i in range(steps + 1):
            y = plot.bottom() - plot.height() * i / steps
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor(self.colors.muted))
        metrics = QFontMetrics(painter.font())
        self._text(
            painter,
            QRectF(0, plot.top() - metrics.height() / 2, plot.left() - 4, metrics.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            top_label,
        )
        self._text(
            painter,
            QRectF(0, plot.bottom() - metrics.height() / 2, plot.left() - 4, metrics.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            i18n.number(0),
        )


class StudyTimeChart(_Chart):
    """Minutes studied per day, one bar a day (oldest left)."""

    def __init__(self, parent: QWidget | None = None, *, colors: Colors = LIGHT) -> None:
        super().__init__(parent, colors=colors)
        self.days: list[tuple[date, int]] = []
        self.setAccessibleName(self.tr("Study minutes per day, last 30 days"))

    def set_days(self, days: list[tuple[date, int]] | tuple[tuple[date, int], ...]) -> None:
        self.days = list(days)
        total = sum(m for _d, m in self.days)
        active = sum(1 for _d, m in self.days if m)
        self.setAccessibleDescription(
            self.tr("{minutes} over {days}; studied on {active}").format(
                minutes=self.tr("%Ln minute(s)", "", total),
                days=self.tr("%Ln day(s)", "", len(self.days)),
                active=self.tr("%Ln day(s)", "", active),
            )
        )
        self.update()

    def top_value(self) -> int:
        peak = max((m for _d, m in self.days), default=0)
        return max(30, ((peak + 29) // 30) * 30)  # round up to half hours

    def day_text(self, day: date) -> str:
        """ "05 Dec": the day and the month's short name, in the locale's words."""
        # a QLocale date pattern (dd: the day, MMM: the month's short name)
        pattern = self.tr("dd MMM", "the first and last days under the study chart")
        return QLocale().toString(QDate(day.year, day.month, day.day), pattern)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = self.begin()
        plot = self.plot_rect()
        top = self.top_value()
        # the axis's top, in minutes ("60m")
        self._axes(
            painter,
            plot,
            self.tr("{minutes}m", "the study chart's top, in minutes").format(
                minutes=i18n.number(top)
            ),
        )
        if self.days:
            slot = plot.width() / len(self.days)
            bar_w = max(2.0, slot * 0.68)
            painter.setPen(Qt.PenStyle.NoPen)
            for i, (_day, minutes) in enumerate(self.days):
                h = plot.height() * minutes / top
                x = plot.left() + i * slot + (slot - bar_w) / 2
                painter.setBrush(QColor(self.colors.accent))
                painter.drawRoundedRect(QRectF(x, plot.bottom() - h, bar_w, h), 2, 2)
            painter.setPen(QColor(self.colors.muted))
            label_box = QRectF(plot.left(), plot.bottom() + 4, plot.width(), self.MARGIN_BOTTOM - 4)
            first, last = self.day_text(self.days[0][0]), self.day_text(self.days[-1][0])
            self._text(painter, label_box, Qt.AlignmentFlag.AlignLeft, first)
            self._text(painter, label_box, Qt.AlignmentFlag.AlignRight, last)
        self.focus_frame(painter)
        painter.end()


class ScoreChart(_Chart):
    """Quiz scores (0–100%) over time, with the 70% pass line."""

    def __init__(self, parent: QWidget | None = None, *, colors: Colors = LIGHT) -> None:
        super().__init__(parent, colors=colors)
        self.points: list[tuple[datetime, float]] = []
        self.setAccessibleName(self.tr("Quiz scores over time"))

    def set_points(
        self, points: list[tuple[datetime, float]] | tuple[tuple[datetime, float], ...]
    ) -> None:
        self.points = sorted(points)
        if self.points:
            last = round(self.points[-1][1] * 100)
            self.setAccessibleDescription(
                self.tr("%Ln [quiz|quizzes]; latest {score}", "", len(self.points)).format(
                    score=i18n.percent(last)
                )
            )
        else:
            self.setAccessibleDescription(self.tr("No quiz scores yet"))
        self.update()

    def positions(self) -> list[QPointF]:
        plot = self.plot_rect()
        if not self.points:
            return []
        start = self.points[0][0].timestamp()
        span = max(1.0, self.points[-1][0].timestamp() - start)
        return [
            QPointF(
                plot.left() + plot.width() * (t.timestamp() - start) / span,
                plot.bottom() - plot.height() * max(0.0, min(1.0, s)),
            )
            for t, s in self.points
        ]

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = self.begin()
        plot = self.plot_rect()
        self._axes(painter, plot, i18n.percent(100))
        pass_y = plot.bottom() - plot.height() * 0.7
        painter.setPen(QPen(QColor(self.colors.success), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), pass_y), QPointF(plot.right(), pass_y))
        label = self.tr("pass {score}").format(score=i18n.percent(70))
        width = max(60, QFontMetrics(painter.font()).horizontalAdvance(label) + 2)
        self._text(
            painter,
            QRectF(plot.right() - width, pass_y - 16, width, 14),
            Qt.AlignmentFlag.AlignRight,
            label,
        )
        points = self.positions()
        if points:
            path = QPainterPath(points[0])
            for p in points[1:]:
                path.lineTo(p)
            painter.setPen(QPen(QColor(self.colors.accent), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(QColor(self.colors.base))
            for p in points:
                painter.drawEllipse(p, 3.5, 3.5)
        else:
            painter.setPen(QColor(self.colors.muted))
            self._text(painter, plot, Qt.AlignmentFlag.AlignCenter, self.tr("No quizzes taken yet"))
        self.focus_frame(painter)
        painter.end()
