from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.ui.dashboard.charts import ScoreChart, StudyTimeChart
from desktop.ui.dashboard.leaderboard import LeaderboardModel
from desktop.ui.dashboard.view import DashboardView
from tests.samples.sample_content import sample_dashboard


def test_leaderboard_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = LeaderboardModel()
    model.set_rows(tuple(reversed(sample_dashboard().leaderboard)))
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Mei Chen"
    assert model.index(2, 1).data() == "Sam Learner (you)"


def test_dashboard_shows_points_streak_badges_and_courses(qtbot: QtBot) -> None:
    view = DashboardView()
    qtbot.addWidget(view)
    view.show_dashboard(sample_dashboard())
    view.resize(1100, 1000)
    view.show()
    qtbot.waitExposed(view)
    assert view.points.text() == "1,240"
    assert view.streak.text() == "6"
    assert view.badge_count.text() == "2 of 4"
    continue_buttons = view.findChildren(QPushButton)
    assert [b.accessibleName() for b in continue_buttons] == [
        "Continue Introduction to Python",
        "Continue Statistics for Beginners",
    ]
    qtbot.waitUntil(lambda: continue_buttons[0].height() > 10)  # laid out for real
    with qtbot.waitSignal(view.course_opened) as blocker:
        qtbot.mouseClick(continue_buttons[0], Qt.MouseButton.LeftButton)
    assert blocker.args == ["course-python"]
    assert "saved for offline" in view.leaderboard_note.text()


def test_opting_out_hides_the_leaderboard(qtbot: QtBot) -> None:
    view = DashboardView()
    qtbot.addWidget(view)
    view.show_dashboard(sample_dashboard(), leaderboard_opt_out=True)
    assert view.leaderboard_model.rowCount() == 0
    assert "rejoin in Settings" in view.leaderboard_note.text()


def test_updating_the_dashboard_replaces_rows_instead_of_adding(qtbot: QtBot) -> None:
    view = DashboardView()
    qtbot.addWidget(view)
    data = sample_dashboard()
    view.show_dashboard(data)
    view.show_dashboard(replace(data, points=1_300, in_progress=data.in_progress[:1]))
    qtbot.waitUntil(lambda: len(view.findChildren(QPushButton)) == 1)
    assert view.points.text() == "1,300"


def test_charts_scale_to_their_data(qtbot: QtBot) -> None:
    data = sample_dashboard()
    bars = StudyTimeChart()
    qtbot.addWidget(bars)
    bars.set_days(data.study_minutes)
    assert bars.top_value() == 60  # the busiest day (54 min) rounded up to a half hour
    assert "studied on" in bars.accessibleDescription()
    line = ScoreChart()
    qtbot.addWidget(line)
    line.resize(400, 200)
    line.set_points(data.quiz_scores)
    points = line.positions()
    assert len(points) == 9
    assert points[0].x() < points[-1].x()
    assert points[-1].y() < points[0].y()
    bars.grab()  # painting must not raise
    line.grab()


def test_completed_courses_stay_in_sight_with_their_date(qtbot: QtBot) -> None:
    from datetime import UTC, datetime

    from desktop.ui.viewdata import CompletedCourse

    view = DashboardView()
    qtbot.addWidget(view)
    view.show_dashboard(sample_dashboard())
    assert view.completed_title.isHidden()  # nothing finished yet: no empty heading
    done = CompletedCourse("course-git", "Practical Git", datetime(2026, 11, 3, 12, tzinfo=UTC))
    view.show_dashboard(replace(sample_dashboard(), completed=(done,)))
    assert not view.completed_title.isHidden()
    review = next(b for b in view.findChildren(QPushButton) if b.text() == "Review")
    assert review.accessibleName() == "Review Practical Git, completed 3 Nov 2026"
    with qtbot.waitSignal(view.course_opened) as opened:
        qtbot.mouseClick(review, Qt.MouseButton.LeftButton)
    assert opened.args == ["course-git"]


def test_the_charts_and_the_leaderboard_say_one_and_many_in_english(qtbot: QtBot) -> None:
    from datetime import UTC, date, datetime

    bars = StudyTimeChart()
    qtbot.addWidget(bars)
    bars.set_days([(date(2026, 12, 6), 0), (date(2026, 12, 7), 1)])
    assert bars.accessibleDescription() == "1 minute over 2 days; studied on 1 day"
    assert bars.day_text(date(2026, 12, 5)) == "05 Dec"
    line = ScoreChart()
    qtbot.addWidget(line)
    line.set_points([(datetime(2026, 12, 7, tzinfo=UTC), 0.8)])
    assert line.accessibleDescription() == "1 quiz; latest 80%"
    model = LeaderboardModel()
    model.set_rows(sample_dashboard().leaderboard)
    rank = model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert rank.startswith("Rank 1, ")
    assert rank.endswith(" points")
