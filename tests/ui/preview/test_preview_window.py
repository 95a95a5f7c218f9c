from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.lesson.recorder import PreviewRecorder
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.preview.window import SIDE_MIN_WIDTH, PreviewWindow
from desktop.ui.theme import RESOURCES, Theme


@pytest.fixture
def package(tmp_path: Path) -> Path:
    folder = tmp_path / "course"
    shutil.copytree(RESOURCES / "sample-course", folder)
    return folder


@pytest.fixture
def preview(qtbot: QtBot, package: Path) -> Iterator[PreviewWindow]:
    runner = TaskRunner()
    with qtbot.waitSignal(runner.busy_changed):
        window = PreviewWindow(package, runner, reload_ms=50)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.result is not None, timeout=10_000)
    yield window
    runner.wait_for_done()


def test_preview_shows_the_package_with_the_learners_widgets(preview: PreviewWindow) -> None:
    assert preview.result is not None
    assert preview.result.ok
    assert preview.lessons_model.rowCount() == 5
    assert preview.lesson.title.text() == "What happens when you open a page"
    assert isinstance(preview.lesson.recorder, PreviewRecorder)
    assert preview.lesson.preview_label.isVisibleTo(preview)
    assert not preview.lesson.activity.is_active  # preview time is never counted


def test_saving_a_lesson_reloads_it_and_keeps_the_scroll_position(
    preview: PreviewWindow, package: Path, qtbot: QtBot
) -> None:
    preview.resize(1100, 420)
    bar = preview.lesson.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 40)
    bar.setValue(40)
    lesson_file = package / "01-what-happens.md"
    text = lesson_file.read_text(encoding="utf-8")
    with qtbot.waitSignal(preview.reloaded, timeout=3000):
        lesson_file.write_text(text + "\n\nA sentence the author just added.\n", encoding="utf-8")
    assert "just added" in preview.lesson.browser.toPlainText()
    qtbot.waitUntil(lambda: bar.value() == 40)


def test_a_broken_file_shows_the_parsers_messages_in_place(
    preview: PreviewWindow, package: Path, qtbot: QtBot
) -> None:
    lesson_file = package / "02-urls.md"
    good = lesson_file.read_text(encoding="utf-8")
    with qtbot.waitSignal(preview.reloaded, timeout=3000):
        lesson_file.write_text(good.replace("order = 2", 'order = "two"'), encoding="utf-8")
    assert preview.result is not None
    assert not preview.result.ok
    assert "02-urls.md" in preview.problems.text()
    assert preview.lesson.problems.isVisibleTo(preview)
    assert "02-urls.md" in preview.lesson.problems.text()
    with qtbot.waitSignal(preview.reloaded, timeout=3000):
        lesson_file.write_text(good, encoding="utf-8")
    assert preview.result is not None
    assert preview.result.ok
    assert preview.lesson.browser.isVisibleTo(preview)


def test_the_preview_fits_a_1024_by_640_laptop_with_a_readable_lesson_list(
    preview: PreviewWindow, qtbot: QtBot, qapp: QApplication
) -> None:
    """In the app's own style, every page it can show (lesson and quiz) fits
    beside the lesson list on a small laptop's screen."""
    theme = Theme(qapp, dark=False)
    try:
        preview.resize(1280, 800)  # as it opens
        qtbot.wait(50)  # the style sheet's sizes reach the layouts
        preview.resize(1024, 640)
        qtbot.wait(50)
        assert preview.minimumSizeHint().width() <= 1024
        side = preview.lessons.parentWidget()
        assert side is not None
        assert side.width() >= SIDE_MIN_WIDTH  # titles are readable, not cut to a letter
    finally:
        theme.setParent(None)
        qapp.setStyleSheet("")
