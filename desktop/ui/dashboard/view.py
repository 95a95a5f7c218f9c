"""My courses / dashboard: points, streak, badges, courses in progress, charts, leaderboard."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import i18n
from desktop.ui.dashboard.charts import ScoreChart, StudyTimeChart
from desktop.ui.dashboard.leaderboard import LeaderboardModel
from desktop.ui.theme import Colors, muted_span
from desktop.ui.viewdata import Badge, CompletedCourse, CourseInProgress, DashboardData
from desktop.ui.widgets import timefmt
from desktop.ui.widgets.accessible import make_heading


def _card(parent: QWidget, title: str = "") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 12, 14, 12)
    if title:
        label = QLabel(title, frame)
        label.setObjectName("sectionTitle")
        make_heading(label)
        layout.addWidget(label)
    return frame, layout


def _clear(layout: QVBoxLayout | QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


class DashboardView(QWidget):
    course_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: DashboardData | None = None
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setContentsMargins(20, 16, 20, 16)
        grid.setSpacing(14)
        title = QLabel(self.tr("My courses"), body)
        title.setObjectName("pageTitle")
        make_heading(title)
        grid.addWidget(title, 0, 0, 1, 3)
        # captions under the numbers ("1,240" / "points")
        self.points = self._stat(grid, 1, 0, self.tr("points"))
        self.streak = self._stat(grid, 1, 1, self.tr("day streak"))
        self.badge_count = self._stat(grid, 1, 2, self.tr("badges earned"))
        frame, self.courses_layout = _card(body, self.tr("Courses in progress"))
        self.courses_box = QVBoxLayout()
        self.courses_layout.addLayout(self.courses_box)
        self.completed_title = QLabel(self.tr("Completed"), self.courses_layout.parentWidget())
        self.completed_title.setObjectName("sectionTitle")
        make_heading(self.completed_title)
        self.courses_layout.addWidget(self.completed_title)
        self.completed_box = QVBoxLayout()
        self.courses_layout.addLayout(self.completed_box)
        grid.addWidget(frame, 2, 0, 1, 2)
        frame, layout = _card(body, self.tr("Badges"))
        self.badges_grid = QGridLayout()
        layout.addLayout(self.badges_grid)
        layout.addStretch(1)
        grid.addWidget(frame, 2, 2, 2, 1)
        frame, layout = _card(body, self.tr("Study time, last 30 days"))
        self.study_chart = StudyTimeChart(frame)
        layout.addWidget(self.study_chart)
        grid.addWidget(frame, 3, 0)
        frame, layout = _card(body, self.tr("Quiz scores"))
        self.score_chart = ScoreChart(frame)
        layout.addWidget(self.score_chart)
        grid.addWidget(frame, 3, 1)
        frame, layout = _card(body, self.tr("Leaderboard"))
        self.leaderboard_model = LeaderboardModel(self)
        self.leaderboard = QTableView(frame)
        self.leaderboard.setAccessibleName(self.tr("Leaderboard"))
        self.leaderboard.setModel(self.leaderboard_model)
        self.leaderboard.verticalHeader().hide()
        self.leaderboard.setShowGrid(False)
        self.leaderboard.setAlternatingRowColors(True)
        self.leaderboard.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.leaderboard.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
        header = self.leaderboard.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.leaderboard_note = QLabel(frame)
        self.leaderboard_note.setObjectName("muted")
        self.leaderboard_note.setWordWrap(True)
        layout.addWidget(self.leaderboard)
        layout.addWidget(self.leaderboard_note)
        grid.addWidget(frame, 4, 0, 1, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(5, 1)  # spare height goes below the cards, not into them
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no silent Tab stop: its controls are
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _stat(self, grid: QGridLayout, row: int, column: int, label: str) -> QLabel:
        frame, layout = _card(self)
        value = QLabel("–", frame)
        value.setObjectName("statValue")
        caption = QLabel(label, frame)
        caption.setObjectName("statLabel")
        layout.addWidget(value)
        layout.addWidget(caption)
        # no name on the value: a screen reader reads the number, then its caption
        caption.setBuddy(value)
        grid.addWidget(frame, row, column)
        return value

    def set_colors(self, colors: Colors) -> None:
        self.study_chart.set_colors(colors)
        self.score_chart.set_colors(colors)

    def show_dashboard(self, data: DashboardData, *, leaderboard_opt_out: bool = False) -> None:
        self.data = data
        self.points.setText(i18n.number(data.points))
        self.streak.setText(i18n.number(data.streak_days))
        earned = [b for b in data.badges if b.earned_at is not None]
        self.badge_count.setText(
            self.tr("{earned} of {total}").format(
                earned=i18n.number(len(earned)), total=i18n.number(len(data.badges))
            )
        )
        self._show_courses(data.in_progress)
        self._show_completed(data.completed)
        self._show_badges(data.badges)
        self.study_chart.set_days(data.study_minutes)
        self.score_chart.set_points(data.quiz_scores)
        self.leaderboard_model.set_rows(() if leaderboard_opt_out else data.leaderboard)
        rows = max(1, self.leaderboard_model.rowCount())
        self.leaderboard.setFixedHeight(
            self.leaderboard.horizontalHeader().sizeHint().height()
            + rows * self.leaderboard.verticalHeader().defaultSectionSize()
            + 4
        )
        self.leaderboard_note.setText(self._leaderboard_note(data, leaderboard_opt_out))

    def _leaderboard_note(self, data: DashboardData, opted_out: bool) -> str:
        if opted_out:
            return self.tr("You have left the leaderboard. You can rejoin in Settings.")
        if data.leaderboard_cached_at is not None:
            return self.tr("As of {when} (saved for offline)").format(
                when=timefmt.short(data.leaderboard_cached_at)
            )
        return self.tr("The leaderboard appears after your first sync.")

    def _show_courses(self, courses: tuple[CourseInProgress, ...]) -> None:
        _clear(self.courses_box)
        if not courses:
            self.courses_box.addWidget(
                QLabel(self.tr("No courses in progress — pick one in the Catalogue."), self)
            )
        for course in courses:
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 2, 0, 2)
            name = QLabel(course.title, row)
            name.setTextFormat(Qt.TextFormat.PlainText)
            bar = QProgressBar(row)
            bar.setRange(0, 100)
            bar.setValue(round(course.progress * 100))
            bar.setTextVisible(False)
            bar.setAccessibleName(self.tr("{course} progress").format(course=course.title))
            pct = QLabel(i18n.percent(course.progress * 100), row)
            go = QPushButton(self.tr("Continue"), row)
            go.setAccessibleName(self.tr("Continue {course}").format(course=course.title))
            go.clicked.connect(lambda _=False, cid=course.course_id: self.course_opened.emit(cid))
            line.addWidget(name, 2)
            line.addWidget(bar, 3)
            line.addWidget(pct)
            line.addWidget(go)
            self.courses_box.addWidget(row)

    def _show_completed(self, courses: tuple[CompletedCourse, ...]) -> None:
        """Finished courses stay in sight, newest first, each a click away."""
        _clear(self.completed_box)
        self.completed_title.setVisible(bool(courses))
        for course in courses:
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 2, 0, 2)
            when = (
                self.tr("completed {date}").format(date=timefmt.date(course.completed_at))
                if course.completed_at
                else self.tr("completed")
            )
            name = QLabel(f"✓ {course.title}", row)  # untranslated: a mark and a course's title
            date = QLabel(when, row)
            date.setObjectName("muted")
            go = QPushButton(self.tr("Review"), row)
            go.setAccessibleName(
                self.tr("Review {course}, {when}").format(course=course.title, when=when)
            )
            go.clicked.connect(lambda _=False, cid=course.course_id: self.course_opened.emit(cid))
            line.addWidget(name, 2)
            line.addWidget(date, 3)
            line.addWidget(go)
            self.completed_box.addWidget(row)

    def _show_badges(self, badges: tuple[Badge, ...]) -> None:
        _clear(self.badges_grid)
        ordered = sorted(badges, key=lambda b: b.earned_at is None)
        for i, badge in enumerate(ordered):
            earned = badge.earned_at is not None
            icon = QLabel(badge.icon, self)
            icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
            icon.setFixedSize(34, 34)
            color = badge.color if earned else "#9aa4b1"
            icon.setStyleSheet(
                f"background:{color}; color:white; border-radius:17px;font-size:15pt;"
            )
            status = (
                self.tr("earned {day}").format(day=timefmt.day(badge.earned_at))
                if badge.earned_at
                else self.tr("still to earn")
            )
            # An instructor wrote the title and description: shown as text, not HTML.
            text = QLabel(
                f"<b>{html.escape(badge.title)}</b><br>"
                + muted_span(f"{html.escape(badge.description)} · {status}"),
                self,
            )
            text.setWordWrap(True)
            text.setAccessibleName(
                self.tr("Badge {badge}, {status}").format(badge=badge.title, status=status)
            )
            self.badges_grid.addWidget(icon, i, 0, Qt.AlignmentFlag.AlignTop)
            self.badges_grid.addWidget(text, i, 1)
