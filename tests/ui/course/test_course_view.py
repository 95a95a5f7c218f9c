from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.ui.course.lesson_list import LessonListModel
from desktop.ui.course.view import CourseView
from desktop.ui.viewdata import OfflineState
from tests.samples.sample_content import sample_course, sample_lessons


def _view(qtbot: QtBot) -> CourseView:
    view = CourseView()
    qtbot.addWidget(view)
    view.show_course(sample_course())
    view.resize(900, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_lesson_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = LessonListModel()
    model.set_lessons(tuple(reversed(sample_lessons())))
    qtmodeltester.check(model)
    first = model.lesson_at(0)
    assert first is not None
    assert first.position == 1  # shown in course order


def test_course_shows_overall_progress_and_lesson_states(qtbot: QtBot) -> None:
    view = _view(qtbot)
    assert view.progress.value() == round(sample_course().progress * 100)
    assert "2 of 6 lessons done" in view.progress_label.text()
    locked = view.lessons_model.index(4).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "locked until you complete Reading files with Python" in locked


def test_opening_a_locked_lesson_explains_instead_of_opening(qtbot: QtBot) -> None:
    view = _view(qtbot)
    with qtbot.assertNotEmitted(view.lesson_opened):
        view.on_lessons_activated(view.lessons_model.index(4))
    assert "opens once you complete" in view.notice.text()
    with qtbot.waitSignal(view.lesson_opened) as blocker:
        view.lessons.setCurrentIndex(view.lessons_model.index(2))
        view.lessons.setFocus()
        qtbot.keyClick(view.lessons.viewport(), Qt.Key.Key_Return)
    assert blocker.args == ["l3"]


def test_leaving_is_not_where_enrol_was_and_asks_first(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(qtbot)  # enrolled
    assert not view.enroll.isVisible()
    assert view.start.isVisible()
    assert view.leave.isVisible()
    assert view.leave.text() == "Leave this course…"
    asked: list[str] = []

    def answer(no_or_yes: QMessageBox.StandardButton) -> object:
        def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
            asked.append(text)
            return no_or_yes

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    with qtbot.assertNotEmitted(view.enroll_requested):
        qtbot.mouseClick(view.leave, Qt.MouseButton.LeftButton)
    assert "Leave “Introduction to Python”?" in asked[0]
    assert "progress is kept" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(view.enroll_requested) as blocker:
        qtbot.mouseClick(view.leave, Qt.MouseButton.LeftButton)
    assert blocker.args == ["course-python", False]
    assert not view.leave.isEnabled()  # until the new state arrives
    view.show_course(replace(sample_course(), is_enrolled=False))
    assert view.enroll.isVisible()
    assert view.enroll.isEnabled()
    assert not view.leave.isVisible()
    assert not view.start.isVisible()
    with qtbot.waitSignal(view.enroll_requested) as enrolled:
        qtbot.mouseClick(view.enroll, Qt.MouseButton.LeftButton)
    assert enrolled.args == ["course-python", True]
    assert not view.progress.isVisible()


def test_start_or_continue_opens_the_next_unfinished_lesson(qtbot: QtBot) -> None:
    view = _view(qtbot)  # l1, l2 completed; l3 started; l5, l6 locked
    assert view.start.accessibleName() == "Continue: Reading files with Python"
    with qtbot.waitSignal(view.lesson_opened) as opened:
        qtbot.mouseClick(view.start, Qt.MouseButton.LeftButton)
    assert opened.args == ["l3"]
    fresh = tuple(replace(row, completed=False, progress=0.0) for row in sample_lessons())
    view.show_course(replace(sample_course(), lessons=fresh))
    assert view.start.accessibleName() == "Start the course"
    done = tuple(replace(row, completed=True, locked_by=()) for row in sample_lessons())
    view.show_course(replace(sample_course(), lessons=done))
    assert view.start.accessibleName() == "Review from the start"
    with qtbot.waitSignal(view.lesson_opened) as again:
        qtbot.mouseClick(view.start, Qt.MouseButton.LeftButton)
    assert again.args == ["l1"]


def test_download_shows_progress_then_available(qtbot: QtBot) -> None:
    view = _view(qtbot)
    view.show_course(replace(sample_course(), offline_state=OfflineState.NOT_DOWNLOADED))
    with qtbot.waitSignal(view.download_requested):
        qtbot.mouseClick(view.download, Qt.MouseButton.LeftButton)
    assert view.download_bar.isVisible()
    assert view.download.text() == "&Cancel download"  # while it runs, it can be stopped
    view.show_offline_state(OfflineState.DOWNLOADING, 0.5)
    assert view.download_bar.value() == 500
    assert "50%" in view.offline_label.text()
    view.show_offline_state(OfflineState.AVAILABLE)
    assert not view.download_bar.isVisible()
    assert view.offline_label.text() == "Available offline"
    assert not view.download.isEnabled()


def test_rating_by_keyboard_and_saving_a_review(qtbot: QtBot) -> None:
    view = _view(qtbot)
    view.stars.setFocus()
    qtbot.keyClick(view.stars, Qt.Key.Key_Right)
    assert view.stars.rating == 5
    view.review.setPlainText("  Loved it  ")
    with qtbot.waitSignal(view.review_submitted) as blocker:
        qtbot.mouseClick(view.save_review, Qt.MouseButton.LeftButton)
    assert blocker.args == ["course-python", 5, "Loved it"]


def test_the_next_unfinished_lesson_takes_the_keyboard_focus(qtbot: QtBot) -> None:
    view = _view(qtbot)
    view.focus_next_lesson()
    course = sample_course()
    first_open = next(i for i, row in enumerate(course.lessons) if not row.completed)
    assert first_open > 0  # the sample course starts with finished lessons
    qtbot.waitUntil(view.lessons.hasFocus)  # the window becomes active asynchronously
    assert view.lessons.currentIndex().row() == first_open


def test_an_unrated_course_with_one_learner_is_worded_as_such(qtbot: QtBot) -> None:
    view = _view(qtbot)
    view.show_course(replace(sample_course(), rating=0.0, enrollment_count=1))
    assert "Not rated yet" in view.meta.text()
    assert "★ 0.0" not in view.meta.text()
    assert "1 learner" in view.meta.text()
    assert "1 learners" not in view.meta.text()
    view.show_course(replace(sample_course(), rating=4.25, enrollment_count=0))
    assert "★ 4.2" in view.meta.text()
    assert "No learners yet" in view.meta.text()


def test_a_course_without_an_instructor_name_does_not_say_by(qtbot: QtBot) -> None:
    view = _view(qtbot)
    view.show_course(replace(sample_course(), instructor=""))
    assert not view.meta.text().startswith("by")
    assert view.meta.text().startswith("Beginner")


def test_a_completed_course_says_when(qtbot: QtBot) -> None:
    from datetime import UTC, datetime

    view = _view(qtbot)
    done = tuple(replace(row, completed=True, locked_by=()) for row in sample_lessons())
    view.show_course(
        replace(sample_course(), lessons=done, completed_at=datetime(2026, 11, 3, 12, tzinfo=UTC))
    )
    assert view.progress_label.text() == "100% · 6 of 6 lessons done · completed 3 Nov 2026"


def test_one_click_opens_an_open_lesson(qtbot: QtBot) -> None:
    view = _view(qtbot)
    opened: list[str] = []
    view.lesson_opened.connect(opened.append)
    row = view.lessons_model.index(2)  # l3: started, not locked
    qtbot.mouseClick(
        view.lessons.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.lessons.visualRect(row).center(),
    )
    assert opened == ["l3"]
