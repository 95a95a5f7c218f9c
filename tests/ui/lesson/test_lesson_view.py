from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.lesson.activity import ActivityTracker
from desktop.ui.lesson.recorder import PreviewRecorder, StudyRecorder
from desktop.ui.lesson.view import CRUMB_WIDTH, LessonView
from desktop.ui.viewdata import LessonContent, LessonLink
from tests.samples.sample_content import sample_lesson
from tests.ui.helpers import activate
from tests.ui.recording import ListRecorder


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _lesson_view(
    qtbot: QtBot, recorder: StudyRecorder, clock: FakeClock | None = None
) -> LessonView:
    view = LessonView(
        recorder,
        flush_ms=10,
        idle_after=120,
        clock=clock or FakeClock(),
    )
    qtbot.addWidget(view)
    view.resize(900, 420)
    activate(qtbot, view)
    view.show_lesson(replace(sample_lesson(), section_progress={}))
    return view


def test_scrolling_records_section_progress_that_only_grows(qtbot: QtBot) -> None:
    recorder = ListRecorder()
    view = _lesson_view(qtbot, recorder)
    bar = view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: recorder.latest_sections().get("summary") == 1.0)
    progress = recorder.latest_sections()
    assert progress["introduction"] == 1.0
    assert progress["opening-a-file"] == 1.0
    before = len(recorder.sections)
    bar.setValue(0)  # scrolling back up never lowers what was read
    view.leave()
    assert all(value == 1.0 for _l, p in recorder.sections[before:] for value in p.values())
    assert "✓" in view.contents.item(0).text()


def test_mark_section_read_and_complete_lesson_are_recorded(qtbot: QtBot) -> None:
    recorder = ListRecorder()
    view = _lesson_view(qtbot, recorder)
    view.contents.setCurrentRow(2)
    qtbot.mouseClick(view.mark_read, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: recorder.latest_sections().get("when-the-file-is-missing") == 1.0)
    with qtbot.waitSignal(view.lesson_completed):
        qtbot.mouseClick(view.complete, Qt.MouseButton.LeftButton)
    assert recorder.completed == ["l3"]
    assert set(recorder.latest_sections().values()) == {1.0}
    assert not view.complete.isEnabled()
    with qtbot.waitSignal(view.quiz_requested) as blocker:
        qtbot.mouseClick(view.quiz, Qt.MouseButton.LeftButton)
    assert blocker.args == ["l3"]


def test_time_counts_only_while_active_and_not_idle(qtbot: QtBot) -> None:
    clock = FakeClock()
    window = QWidget()
    qtbot.addWidget(window)
    activate(qtbot, window)
    tracker = ActivityTracker(window, idle_after=60, clock=clock)
    tracker.start()
    assert tracker.is_active
    clock.now += 30
    tracker.tick()
    assert tracker.seconds == 30
    clock.now += 100  # no input: idle after 60 s of the 130 since the last input
    tracker.tick()
    assert tracker.seconds == 60
    assert not tracker.is_active
    clock.now += 500
    tracker.tick()
    assert tracker.seconds == 60  # idle time is not study time
    qtbot.mouseMove(window)  # the learner is back
    qtbot.waitUntil(lambda: tracker.is_active)
    clock.now += 10
    tracker.tick()
    assert tracker.seconds == 70
    other = QWidget()
    qtbot.addWidget(other)
    activate(qtbot, other)  # another window takes the focus
    qtbot.waitUntil(lambda: not tracker.is_active)
    clock.now += 50
    tracker.tick()
    assert tracker.seconds == 70
    assert tracker.take_seconds() == 70
    assert tracker.seconds == 0
    tracker.stop()


def test_leaving_a_lesson_records_time_spent(qtbot: QtBot) -> None:
    clock = FakeClock()
    recorder = ListRecorder()
    view = _lesson_view(qtbot, recorder, clock)
    qtbot.waitUntil(lambda: view.activity.is_active)
    clock.now += 95
    view.leave()
    assert recorder.seconds == [("l3", 95)]
    assert view.time_label.text().startswith("Time on this lesson: 8 min")  # 7:12 stored + 1:35


def test_preview_reading_never_reaches_the_recorder(qtbot: QtBot) -> None:
    clock = FakeClock()
    recorder = ListRecorder(recording=False)  # what an instructor preview passes
    view = _lesson_view(qtbot, recorder, clock)
    assert view.preview_label.isVisible()
    assert not view.activity.is_active  # the clock does not even run
    bar = view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: view.sections.progress.get("summary") == 1.0)  # shown, not saved
    qtbot.mouseClick(view.complete, Qt.MouseButton.LeftButton)
    clock.now += 300
    view.leave()
    assert recorder.sections == []
    assert recorder.seconds == []
    assert recorder.completed == []
    assert PreviewRecorder.recording is False


def test_parser_problems_replace_the_lesson_body(qtbot: QtBot) -> None:
    view = _lesson_view(qtbot, PreviewRecorder())
    view.show_problems("Broken lesson", ["lessons/03.md line 12: unclosed code fence"])
    assert not view.browser.isVisible()
    assert view.problems.isVisible()
    assert "lessons/03.md line 12" in view.problems.text()


def _with_steps(**changes: object) -> LessonContent:
    steps: dict[str, object] = {
        "section_progress": {},
        "course_title": "Python for everyone",
        "previous": LessonLink("l2", "Variables and types"),
        "next": LessonLink("l4", "Functions & more", locked=True),
    }
    return replace(sample_lesson(), **{**steps, **changes})  # type: ignore[arg-type]


def test_a_lesson_leads_back_to_its_course_and_to_its_neighbours(qtbot: QtBot) -> None:
    view = _lesson_view(qtbot, ListRecorder())
    view.show_lesson(_with_steps())
    assert view.crumb.isVisible()
    # the breadcrumb: course › lesson, the course part a way back
    assert (view.crumb.text(), view.crumb_separator.text(), view.crumb_here.text()) == (
        "Python for everyone",
        "›",
        view.title.text(),
    )
    assert view.crumb.accessibleName() == "Back to the course Python for everyone"
    assert view.crumb.focusPolicy() & Qt.FocusPolicy.TabFocus  # reached by Tab
    assert view.previous.text() == "‹ &Previous: Variables and types"
    assert view.next.text() == "&Next: Functions && more ›"  # && shows one &
    assert not view.next.isEnabled()  # locked until this one is completed
    with qtbot.waitSignal(view.course_requested) as back:
        qtbot.mouseClick(view.crumb, Qt.MouseButton.LeftButton)
    assert back.args == ["course-python"]
    with qtbot.waitSignal(view.lesson_requested) as previous:
        qtbot.mouseClick(view.previous, Qt.MouseButton.LeftButton)
    assert previous.args == ["l2"]


def test_a_long_breadcrumb_is_cut_short_and_keeps_its_words_for_a_screen_reader(
    qtbot: QtBot,
) -> None:
    view = _lesson_view(qtbot, ListRecorder())
    course = "A very long course title " * 6
    view.show_lesson(_with_steps(course_title=course))
    assert view.crumb.text().endswith("…")
    assert view.crumb.fontMetrics().horizontalAdvance(view.crumb.text()) <= CRUMB_WIDTH
    assert view.crumb.accessibleName() == f"Back to the course {course}"
    assert view.crumb.toolTip() == f"Back to {course}"  # cut short: the whole title
    view.show_lesson(_with_steps(course_title="Tom & Jerry"))
    assert view.crumb.text() == "Tom && Jerry"  # && shows one &
    # shown whole: no tooltip, which a screen reader would read after the name again
    assert view.crumb.toolTip() == ""
    face = QAccessible.queryAccessibleInterface(view.crumb)
    assert face.text(QAccessible.Text.Description) == ""
    assert face.text(QAccessible.Text.Name) == "Back to the course Tom & Jerry"


def test_completing_a_lesson_points_to_the_next_one(qtbot: QtBot) -> None:
    view = _lesson_view(qtbot, ListRecorder())
    view.show_lesson(_with_steps(has_quiz=False))
    assert not view.way_on.isVisible()
    qtbot.mouseClick(view.complete, Qt.MouseButton.LeftButton)
    assert view.way_on.text() == "Lesson complete. Next: Functions & more."
    assert view.next.isEnabled()
    assert view.next.property("primary") is True
    qtbot.waitUntil(view.next.hasFocus)  # Enter goes on
    with qtbot.waitSignal(view.lesson_requested) as went:
        qtbot.keyClick(view.next, Qt.Key.Key_Space)
    assert went.args == ["l4"]


def test_completing_a_lesson_with_a_quiz_points_to_the_quiz(qtbot: QtBot) -> None:
    view = _lesson_view(qtbot, ListRecorder())
    view.show_lesson(_with_steps(has_quiz=True))
    qtbot.mouseClick(view.complete, Qt.MouseButton.LeftButton)
    assert view.way_on.text() == "Lesson complete. Next, try its quiz."
    assert view.quiz.property("primary") is True


def test_completing_the_last_lesson_says_the_course_is_complete(qtbot: QtBot) -> None:
    view = _lesson_view(qtbot, ListRecorder())
    view.show_lesson(_with_steps(has_quiz=False, next=None, others_completed=True))
    assert not view.next.isVisible()
    qtbot.mouseClick(view.complete, Qt.MouseButton.LeftButton)
    assert view.way_on.text() == (
        "Course complete: you finished every lesson of Python for everyone."
    )
    qtbot.waitUntil(view.crumb.hasFocus)


def test_the_preview_shows_no_steps(qtbot: QtBot) -> None:
    view = _lesson_view(qtbot, PreviewRecorder())
    view.show_lesson(replace(sample_lesson(), has_quiz=False))  # as the preview builds it
    assert not view.crumb.isVisible()
    assert not view.previous.isVisible()
    assert not view.next.isVisible()
    qtbot.mouseClick(view.complete, Qt.MouseButton.LeftButton)
    assert not view.way_on.isVisible()
