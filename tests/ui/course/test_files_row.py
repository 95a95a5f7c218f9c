"""The course page's files row and the status bar's sum while a downloaded
course's video, sound and pictures arrive: bytes, rate, time left, pause,
resume and stop."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.store.models.local import TEXT_ONLY
from desktop.store.replica import start_download
from desktop.store.replica.content import download_state
from desktop.sync.download import FilesProgress
from desktop.ui.course.view import CourseView
from desktop.ui.shell.files_progress import FilesBoard
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.viewdata import OfflineState
from tests.samples.sample_content import sample_course
from tests.ui.store_content import COURSE

MB = 1_000_000


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _view(qtbot: QtBot, **course: object) -> CourseView:
    view = CourseView(confirm=False)
    qtbot.addWidget(view)
    view.show_course(replace(sample_course(), **course))  # type: ignore[arg-type]
    view.resize(900, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_row_shows_only_while_a_downloaded_courses_files_are_missing(qtbot: QtBot) -> None:
    assert not _view(qtbot, files_remaining=0).files.isVisible()
    assert not _view(qtbot, files_remaining=None).files.isVisible()
    not_downloaded = _view(qtbot, files_remaining=5 * MB, offline_state=OfflineState.NOT_DOWNLOADED)
    assert not not_downloaded.files.isVisible()  # the Download button says the size
    view = _view(qtbot, files_remaining=5 * MB)
    assert view.files.isVisible()
    assert view.files.label.text() == "Files: 5.0 MB still to fetch; they arrive when online."
    paused = _view(qtbot, files_remaining=5 * MB, files_paused=True)
    assert paused.files.label.text().startswith("Files paused: 5.0 MB still to fetch.")
    assert paused.files.pause.text() == "&Resume files"


def test_arriving_bytes_show_with_the_rate_and_time_left_then_the_row_goes(
    qtbot: QtBot,
) -> None:
    view = _view(qtbot, files_remaining=20 * MB)
    clock = view.files.clock = Clock()
    view.show_files_progress("another-course", 1 * MB, 20 * MB, False)
    assert "still to fetch" in view.files.label.text()  # not this course's news
    view.show_files_progress(view.files.course_id, 2 * MB, 20 * MB, False)
    assert view.files.label.text() == "Files: 2.0 MB of 20.0 MB"  # no rate claimed yet
    assert view.files.bar.isVisible()
    assert view.files.bar.value() == 100
    clock.now += 2
    view.show_files_progress(view.files.course_id, 6 * MB, 20 * MB, False)
    assert view.files.label.text() == "Files: 6.0 MB of 20.0 MB · 2.0 MB/s · about 7 s left"
    assert view.files.bar.value() == 300
    # a sync refreshes the page meanwhile: the live figures stay
    view.show_course(replace(sample_course(), files_remaining=14 * MB))
    assert view.files.label.text().startswith("Files: 6.0 MB of 20.0 MB")
    view.show_files_progress(view.files.course_id, 20 * MB, 20 * MB, True)
    assert not view.files.isVisible()


def test_pause_resume_and_stop_are_asked_for_with_the_course(qtbot: QtBot) -> None:
    view = _view(qtbot, files_remaining=20 * MB)
    view.show_files_progress(view.files.course_id, 2 * MB, 20 * MB, False)
    with qtbot.waitSignal(view.files_pause_requested) as paused:
        qtbot.mouseClick(view.files.pause, Qt.MouseButton.LeftButton)
    assert paused.args == ["course-python", True]
    assert view.files.label.text().startswith("Files paused: 18.0 MB still to fetch.")
    assert not view.files.bar.isVisible()
    with qtbot.waitSignal(view.files_pause_requested) as resumed:
        qtbot.mouseClick(view.files.pause, Qt.MouseButton.LeftButton)
    assert resumed.args == ["course-python", False]
    with qtbot.waitSignal(view.files_cancel_requested) as stopped:
        qtbot.mouseClick(view.files.cancel, Qt.MouseButton.LeftButton)
    assert stopped.args == ["course-python"]
    assert not view.files.isVisible()


def test_the_status_bar_sums_every_course_arriving(qtbot: QtBot) -> None:
    view = _view(qtbot, files_remaining=10 * MB)
    status = QLabel()
    qtbot.addWidget(status)
    board = FilesBoard(view, status)
    clock = board.clock = Clock()
    board.show(FilesProgress("course-python", 1 * MB, 10 * MB, 0, 3))
    assert status.text() == "Downloading files: 1.0 MB of 10.0 MB"
    assert view.files.label.text().startswith("Files: 1.0 MB of 10.0 MB")
    clock.now += 2
    board.show(FilesProgress("course-stats", 3 * MB, 30 * MB, 1, 4))
    assert status.text().startswith("Downloading files of 2 courses: 4.0 MB of 40.0 MB")
    assert "MB/s" in status.text()
    assert "left" in status.text()
    board.show(FilesProgress("course-python", 10 * MB, 10 * MB, 3, 3, finished=True))
    assert status.text().startswith("Downloading files: 3.0 MB of 30.0 MB")
    board.show(FilesProgress("course-stats", 30 * MB, 30 * MB, 4, 4, finished=True))
    assert status.isHidden()


def test_pausing_from_the_shell_is_stored_and_starts_the_fetch_again(
    shell: LearnerShell, qtbot: QtBot
) -> None:
    start_download(shell.store, COURSE)
    with qtbot.waitSignal(shell.files_changed):
        shell.pause_files(COURSE, True)
    assert download_state(shell.store, COURSE).files_paused is True
    with qtbot.waitSignal(shell.files_changed):
        shell.pause_files(COURSE, False)
    assert download_state(shell.store, COURSE).files_paused is False
    with qtbot.waitSignal(shell.files_changed):
        shell.cancel_files(COURSE)
    assert download_state(shell.store, COURSE).files == TEXT_ONLY
