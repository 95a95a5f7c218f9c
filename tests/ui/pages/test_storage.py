"""Settings › Storage: sizes per course, removing a download, the space warning."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlmodel import select

from desktop.store.actions import learning
from desktop.store.db.learner_store import LearnerStore
from desktop.store.models import CourseDownload, LessonProgress
from desktop.store.models.local import DOWNLOADING, REMOVED
from desktop.store.replica import default_files_dir, image_key, storage_report
from desktop.store.replica.content import mark_available_offline, record_cached_image
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.widgets.sizes import data_size
from tests.ui.helpers import activate
from tests.ui.store_content import COURSE, L1, T0


def _download(store: LearnerStore) -> Path:
    folder = default_files_dir(store) / COURSE / "images"
    folder.mkdir(parents=True)
    image = folder / "files.png"
    image.write_bytes(b"\x89PNG" + b"x" * 250_000)
    record_cached_image(store, COURSE, image_key(COURSE, "images/files.png"), str(image), 250_004)
    mark_available_offline(store, COURSE, content_updated_at=T0)
    return image


def _open_settings(qtbot: QtBot, shell: LearnerShell) -> None:
    shell.window.show_page("settings")
    storage = shell.settings.storage
    qtbot.waitUntil(lambda: storage.report is not None)


def test_settings_show_each_downloaded_course_with_its_size(
    store: LearnerStore, shell: LearnerShell, qtbot: QtBot
) -> None:
    _download(store)
    _open_settings(qtbot, shell)
    storage = shell.settings.storage
    qtbot.waitUntil(lambda: storage.table.rowCount() == 1)
    report = storage_report(store)
    (course,) = report.courses
    assert course.file_bytes == 250_004
    title, size = storage.table.item(0, 0), storage.table.item(0, 1)
    assert title is not None
    assert size is not None
    assert title.text() == "Introduction to Python"
    assert size.text() == data_size(course.total)
    assert size.toolTip().endswith("(1 file)")  # a plural that reads right
    assert data_size(course.total) == QLocale().formattedDataSize(
        course.total, 1, QLocale.DataSizeFormat.DataSizeSIFormat
    )
    # the free space moves as other programs write; the words around it do not
    assert storage.summary.text().startswith(
        f"1 downloaded course uses {data_size(report.total)} of this computer; "
    )
    assert storage.summary.text().endswith(" free on its disk.")


def test_removing_a_download_frees_its_files_and_keeps_progress(
    store: LearnerStore, shell: LearnerShell, qtbot: QtBot
) -> None:
    image = _download(store)
    learning.enroll(store, COURSE)
    learning.complete_lesson(store, L1)
    _open_settings(qtbot, shell)
    storage = shell.settings.storage
    qtbot.waitUntil(lambda: storage.table.rowCount() == 1)
    qtbot.mouseClick(storage.remove_button(COURSE), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: storage.table.rowCount() == 0 and storage.empty.isVisible())
    assert storage.empty.text() == "No course is downloaded to this computer."
    assert not image.exists()
    with store.db.read() as session:
        download = session.get(CourseDownload, COURSE)
        progress = session.exec(select(LessonProgress)).all()
    assert download is not None
    assert download.state == REMOVED
    assert [(p.lesson_id, p.completion_percentage) for p in progress] == [(L1, 100)]


def test_a_download_that_would_not_fit_asks_first(
    store: LearnerStore, shell: LearnerShell, qtbot: QtBot
) -> None:
    asked: list[str] = []
    answer = {"yes": False}

    def download_anyway(warning: str) -> bool:
        asked.append(warning)
        return answer["yes"]

    shell.download_anyway = download_anyway
    shell.keep_free = 1 << 62  # no disk has that much: this download never fits
    shell.download(COURSE)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "this computer has" in asked[0]
    assert "free" in asked[0]
    assert "Settings › Storage" in asked[0]
    shell.runner.wait_for_done()
    with store.db.read() as session:
        assert session.get(CourseDownload, COURSE) is None  # the learner said no
    answer["yes"] = True
    shell.download(COURSE)
    qtbot.waitUntil(lambda: len(asked) == 2)

    def started() -> bool:
        with store.db.read() as session:
            row = session.get(CourseDownload, COURSE)
        return row is not None and row.state == DOWNLOADING

    qtbot.waitUntil(started)


def test_a_download_that_fits_starts_without_a_question(
    store: LearnerStore, shell: LearnerShell, qtbot: QtBot
) -> None:
    asked: list[str] = []

    def download_anyway(warning: str) -> bool:
        asked.append(warning)
        return False

    shell.download_anyway = download_anyway
    shell.keep_free = 0
    shell.download(COURSE)

    def started() -> bool:
        with store.db.read() as session:
            row = session.get(CourseDownload, COURSE)
        return row is not None and row.state == DOWNLOADING

    qtbot.waitUntil(started)
    assert asked == []


def test_tab_leaves_the_storage_table_and_its_summary_is_read(
    store: LearnerStore, shell: LearnerShell, qtbot: QtBot
) -> None:
    """Orca's step 52: Tab, Shift+Tab and Ctrl+Tab cycled inside the table for ever;
    the summary's sizes were hidden behind the name "Storage used"."""
    _download(store)
    activate(qtbot, shell.window)
    qtbot.keyClick(shell.window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    settings = shell.settings
    storage = settings.storage
    qtbot.waitUntil(lambda: storage.table.rowCount() == 1)
    summary = QAccessible.queryAccessibleInterface(storage.summary)
    assert summary.text(QAccessible.Text.Name) == storage.summary.text()
    assert not storage.table.tabKeyNavigation()
    remove = storage.remove_button(COURSE)
    remove.setFocus()
    qtbot.keyClick(remove, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is settings.open_folder  # out, to the next group
    qtbot.keyClick(settings.open_folder, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is remove
    qtbot.keyClick(remove, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is settings.opt_out  # out, to the group above
