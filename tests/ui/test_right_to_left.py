"""Right to left: what Qt does not mirror by itself, the painted views, is mirrored
too: rows, charts and the star rating run from the right; words stay readable."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.catalogue.card_painting import directional
from desktop.ui.dashboard.charts import StudyTimeChart
from desktop.ui.theme import LIGHT
from desktop.ui.widgets.star_rating import StarRating

RTL = Qt.LayoutDirection.RightToLeft


def _image() -> QImage:
    image = QImage(240, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    return image


def test_a_mirrored_row_puts_shapes_on_the_right_and_keeps_words_readable(
    qapp: QApplication,
) -> None:
    row = QRect(0, 0, 240, 40)
    mirrored = _image()
    painter = QPainter(mirrored)
    painter.save()
    drawing = directional(painter, row, RTL)
    drawing.fillRect(QRect(0, 0, 20, 40), QColor("black"))  # a thumbnail's place, at the start
    drawing.setPen(QColor("black"))
    drawing.drawText(QRect(40, 0, 120, 40), Qt.AlignmentFlag.AlignLeft, "Lesson 1")
    painter.restore()
    painter.end()

    expected = _image()
    painter = QPainter(expected)
    painter.fillRect(QRect(220, 0, 20, 40), QColor("black"))
    painter.setPen(QColor("black"))
    painter.drawText(QRect(80, 0, 120, 40), Qt.AlignmentFlag.AlignRight, "Lesson 1")
    painter.end()
    assert mirrored == expected  # not a mirror image of the words: the same pixels

    unmirrored = _image()
    painter = QPainter(unmirrored)
    assert directional(painter, row, Qt.LayoutDirection.LeftToRight) is painter
    painter.end()


@pytest.fixture
def chart(qtbot: QtBot) -> StudyTimeChart:
    widget = StudyTimeChart(colors=LIGHT)
    qtbot.addWidget(widget)
    widget.resize(420, 170)
    today = date(2026, 12, 7)
    # studied only on the oldest day: one bar, at the start of the time axis
    widget.set_days([(today - timedelta(days=6 - i), 60 if i == 0 else 0) for i in range(7)])
    return widget


def _bar_columns(chart: StudyTimeChart) -> list[int]:
    image = chart.grab().toImage()
    accent = QColor(LIGHT.accent)
    y = chart.plot_rect().bottom() - 5
    return [
        x
        for x in range(image.width())
        if image.pixelColor(QPoint(x, int(y))).name() == accent.name()
    ]


def test_the_study_chart_runs_from_the_right_in_a_right_to_left_window(
    chart: StudyTimeChart,
) -> None:
    left_to_right = _bar_columns(chart)
    chart.setLayoutDirection(RTL)
    right_to_left = _bar_columns(chart)
    assert left_to_right
    assert right_to_left
    middle = chart.width() / 2
    assert max(left_to_right) < middle < min(right_to_left)


def test_the_star_rating_fills_and_steps_from_the_right(qtbot: QtBot) -> None:
    stars = StarRating()
    qtbot.addWidget(stars)
    stars.setLayoutDirection(RTL)
    stars.set_rating(2)
    qtbot.keyClick(stars, Qt.Key.Key_Left)  # towards the end of a right-to-left row
    assert stars.rating == 3
    qtbot.keyClick(stars, Qt.Key.Key_Right)
    assert stars.rating == 2
    # a click on the rightmost star is the first star
    qtbot.mouseClick(stars, Qt.MouseButton.LeftButton, pos=QPoint(stars.width() - 4, 10))
    assert stars.rating == 1


def test_an_authors_english_keeps_its_punctuation_in_a_right_to_left_row(
    qapp: QApplication,
) -> None:
    """Painted in a right-to-left row, "Why Python?" must not become "?Why Python"
    (found in review on the course page's lesson rows in Arabic)."""
    row = QRect(0, 0, 240, 40)
    mirrored = _image()
    painter = QPainter(mirrored)
    painter.setLayoutDirection(RTL)  # as a widget in an Arabic window paints
    painter.save()
    drawing = directional(painter, row, RTL)
    drawing.setPen(QColor("black"))
    drawing.drawText(QRect(40, 0, 120, 40), Qt.AlignmentFlag.AlignLeft, "Why Python?")
    painter.restore()
    painter.end()

    expected = _image()
    painter = QPainter(expected)  # left to right: the words as the author wrote them
    painter.setPen(QColor("black"))
    painter.drawText(QRect(80, 0, 120, 40), Qt.AlignmentFlag.AlignRight, "Why Python?")
    painter.end()
    assert mirrored == expected

    reversed_ = _image()  # what the row showed before: the "?" in front
    painter = QPainter(reversed_)
    painter.setLayoutDirection(RTL)
    painter.setPen(QColor("black"))
    flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    painter.drawText(QRect(80, 0, 120, 40), flags, "Why Python?")
    painter.end()
    assert mirrored != reversed_


def test_a_text_runs_in_the_direction_of_its_first_strong_letter(qapp: QApplication) -> None:
    from desktop.ui import i18n

    assert i18n.text_direction("Why Python?") == Qt.LayoutDirection.LeftToRight
    assert i18n.text_direction("«لماذا؟» Python") == RTL
    assert i18n.text_direction("42 %") == Qt.LayoutDirection.LeftToRight  # the window's
