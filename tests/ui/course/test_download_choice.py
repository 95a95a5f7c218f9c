"""The course page says what a download costs and lets the learner choose:
everything, text only, or the pictures and media of some lessons (issue #16)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.course_package import load_package
from desktop.course_package.sample import SAMPLE_COURSE_DIR
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.models import ALL_FILES, SOME_LESSONS, TEXT_ONLY
from desktop.store.replica import chosen_file_lessons, download_size
from desktop.store.replica.importer import import_sample_course
from desktop.ui.course.download_choice import DownloadChoiceDialog
from desktop.ui.course.lesson_list import describe_lesson
from desktop.ui.course.view import CourseView
from desktop.ui.operations import reads as store_reads
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.viewdata import CourseDetail, FileChoice, OfflineState
from desktop.ui.widgets.sizes import data_size
from tests.samples.sample_content import sample_course

MB = 1_000_000


def sized_course() -> CourseDetail:
    """The sample course, not downloaded, with 3 MB of files in lessons 1 and 3."""
    course = sample_course()
    sizes = {1: 2 * MB, 3: 1 * MB}
    lessons = tuple(
        replace(row, download_bytes=sizes.get(row.position, 0)) for row in course.lessons
    )
    return replace(
        course,
        lessons=lessons,
        offline_state=OfflineState.NOT_DOWNLOADED,
        download_bytes=3 * MB,
        download_remaining=3 * MB,
    )


def _view(qtbot: QtBot, course: CourseDetail) -> CourseView:
    view = CourseView(confirm=False)
    qtbot.addWidget(view)
    view.show_course(course)
    view.resize(900, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def _ok(dialog: DownloadChoiceDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button.text() == "&Download"
    button.click()


def test_the_download_button_says_what_it_costs_and_asks_what_to_bring(qtbot: QtBot) -> None:
    view = _view(qtbot, sized_course())
    assert view.download.text() == f"&Download for offline ({data_size(3 * MB)})"
    assert view.download.accessibleName() == f"Download for offline ({data_size(3 * MB)})"
    first = view.lessons_model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert first.endswith(f", {data_size(2 * MB)} of pictures and media")
    qtbot.mouseClick(view.download, Qt.MouseButton.LeftButton)
    dialog = view.download_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.everything.isChecked()
    assert data_size(3 * MB) in dialog.everything.text()
    assert not dialog.lessons.isEnabled()  # only for "some lessons"
    with qtbot.waitSignal(view.download_requested) as sent:
        _ok(dialog)
    assert sent.args == [sample_course().id, FileChoice(ALL_FILES)]
    assert view.download.text() == "&Cancel download"


def test_text_only_and_some_lessons(qtbot: QtBot) -> None:
    view = _view(qtbot, sized_course())
    view.on_download_clicked()
    dialog = view.download_dialog
    assert dialog is not None
    dialog.text_only.click()
    assert dialog.summary.text() == "Pictures and media to download: none."
    assert dialog.choice() == FileChoice(TEXT_ONLY)
    dialog.some.click()
    assert dialog.lessons.isEnabled()
    assert dialog.planned_bytes() == 3 * MB
    dialog.lessons.item(0).setCheckState(Qt.CheckState.Unchecked)  # lesson 1: 2 MB
    assert dialog.summary.text() == f"Pictures and media to download: up to {data_size(MB)}."
    ids = [row.id for row in sorted(sized_course().lessons, key=lambda r: r.position)]
    assert dialog.choice() == FileChoice(SOME_LESSONS, tuple(ids[1:]))
    with qtbot.waitSignal(view.download_requested) as sent:
        _ok(dialog)
    assert sent.args == [sample_course().id, FileChoice(SOME_LESSONS, tuple(ids[1:]))]


def test_cancelling_the_choice_downloads_nothing(qtbot: QtBot) -> None:
    view = _view(qtbot, sized_course())
    view.on_download_clicked()
    dialog = view.download_dialog
    assert dialog is not None
    with qtbot.assertNotEmitted(view.download_requested):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert view.download.text().startswith("&Download for offline")


def test_a_course_without_a_file_list_downloads_at_once(qtbot: QtBot) -> None:
    view = _view(qtbot, replace(sized_course(), download_bytes=None, download_remaining=None))
    assert view.download.text() == "&Download for offline"
    with qtbot.waitSignal(view.download_requested) as sent:
        qtbot.mouseClick(view.download, Qt.MouseButton.LeftButton)
    assert sent.args == [sample_course().id, FileChoice(ALL_FILES)]
    assert view.download_dialog is None


def test_a_lesson_left_out_says_so() -> None:
    row = replace(sized_course().lessons[0], files_here=False)
    assert describe_lesson(row).endswith(
        f", pictures and media ({data_size(2 * MB)}) not downloaded"
    )


def test_the_store_gives_the_page_its_sizes_and_the_shell_keeps_the_choice(
    qtbot: QtBot, tmp_path: Path
) -> None:
    guest, _recovery = ProfileDirectory(tmp_path / "guest").open_guest()
    import_sample_course(guest)
    package = load_package(SAMPLE_COURSE_DIR).package
    assert package is not None
    course_id = str(package.id)
    detail = store_reads.course_detail(guest, course_id)
    sizes = download_size(guest, course_id)
    assert detail.download_bytes == sizes.total > 0
    assert detail.download_remaining == 0  # imported: every file is here
    assert {row.id: row.download_bytes for row in detail.lessons if row.download_bytes} == (
        sizes.per_lesson
    )
    runner = TaskRunner()
    shell = LearnerShell(guest, runner, confirm=False)
    qtbot.addWidget(shell.window)
    shell.download(course_id, FileChoice(TEXT_ONLY))
    qtbot.waitUntil(lambda: chosen_file_lessons(guest, course_id) == frozenset(), timeout=10_000)
    runner.wait_for_done()
    left_out = store_reads.course_detail(guest, course_id)
    assert not any(row.files_here for row in left_out.lessons)
    shell.download(course_id)  # "Retry": as chosen before
    runner.wait_for_done()
    assert chosen_file_lessons(guest, course_id) == frozenset()
    guest.close()
