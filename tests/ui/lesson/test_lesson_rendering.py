from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QFontInfo, QImage, QTextFormat
from pytestqt.qtbot import QtBot

from desktop.ui.lesson.browser import LessonBrowser
from desktop.ui.lesson.markdown_render import INTRO_KEY, split_sections
from desktop.ui.theme import LIGHT
from tests.samples.sample_content import LESSON_MARKDOWN


def test_sections_split_on_level_two_headings_outside_code_fences() -> None:
    markdown = (
        "# T\n\nIntro text.\n\n## A\nx\n```\n## not a heading\n```\n## Summary\ny\n## Summary\nz"
    )
    sections = split_sections(markdown)
    assert [s.key for s in sections] == [INTRO_KEY, "a", "summary", "summary-2"]
    assert "## not a heading" in sections[1].markdown


def test_title_only_preamble_is_not_a_section() -> None:
    assert [s.key for s in split_sections("# Title\n\n## Only\ntext")] == ["only"]


def test_code_blocks_render_monospace_on_a_tinted_background(qtbot: QtBot) -> None:
    browser = LessonBrowser(colors=LIGHT)
    qtbot.addWidget(browser)
    browser.show_markdown(LESSON_MARKDOWN)
    doc = browser.document()
    block = doc.begin()
    code_blocks = headings = 0
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.hasProperty(QTextFormat.Property.BlockCodeFence):
            code_blocks += 1
            assert fmt.background().color() == QColor(LIGHT.code_bg)
            font = block.begin().fragment().charFormat().font()
            # the shipped face, whatever fonts this machine has (#11)
            assert QFontInfo(font).family() == "DejaVu Sans Mono"
            assert QFontInfo(font).fixedPitch()
        if fmt.headingLevel() == 2:
            headings += 1
            size = block.begin().fragment().charFormat().fontPointSize()
            assert size > doc.defaultFont().pointSizeF()
        block = block.next()
    assert code_blocks >= 3
    assert headings == 3


def test_images_come_from_the_offline_cache_or_show_a_placeholder(
    qtbot: QtBot, tmp_path: Path
) -> None:
    cached = tmp_path / "loop.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(cached))
    asked: list[str] = []

    def resolve(ref: str) -> Path | None:
        asked.append(ref)
        return cached if ref == "images/loop.png" else None

    browser = LessonBrowser(resolve_image=resolve)
    qtbot.addWidget(browser)
    browser.resize(600, 400)
    browser.show_markdown("![loop](images/loop.png)\n\n![gone](images/gone.png)\n")
    browser.show()
    qtbot.waitUntil(lambda: len(asked) >= 2)
    assert browser.missing_images == ["images/gone.png"]


def test_lesson_lines_keep_a_comfortable_length_in_a_wide_window(qtbot: QtBot) -> None:
    from desktop.ui.lesson.browser import LessonBrowser

    browser = LessonBrowser()
    qtbot.addWidget(browser)
    browser.show_markdown("word " * 2000)
    browser.resize(1800, 700)
    browser.show()
    qtbot.waitExposed(browser)
    limit = browser.text_width_limit()
    qtbot.waitUntil(lambda: abs(browser.viewport().width() - limit) <= 2)
    margins = browser.viewportMargins()
    # centred, with white space on both sides
    assert abs(margins.left() - margins.right()) <= 1
    assert margins.left() > 300
    browser.resize(500, 700)  # narrower than a comfortable line: the text uses it all
    qtbot.waitUntil(lambda: browser.viewportMargins().left() == 0)
    assert browser.viewport().width() < limit


def test_lesson_text_wraps_inside_the_centred_column(qtbot: QtBot) -> None:
    """The centring margins narrow the column: the text is laid out at that width, not cut."""
    from desktop.ui.lesson.browser import LessonBrowser

    browser = LessonBrowser()
    qtbot.addWidget(browser)
    lesson = "# A lesson\n\n" + "word " * 400
    browser.show_markdown(lesson)
    browser.resize(1800, 700)
    browser.show()
    qtbot.waitExposed(browser)
    qtbot.waitUntil(lambda: browser.viewportMargins().left() > 300)
    column = browser.viewport().width()
    # the lines end inside the column (they used to run on, cut off at its edge)
    assert browser.document().textWidth() <= column
    assert browser.horizontalScrollBar().maximum() == 0
    browser.show_markdown(lesson)  # the next lesson in the same window
    assert browser.document().textWidth() <= column
    assert browser.horizontalScrollBar().maximum() == 0


def test_lines_wrap_inside_the_column_of_a_window_sized_before_it_shows(qtbot: QtBot) -> None:
    """A lesson opened in a window that was resized (restored, maximised) before it
    showed: the text is laid out for the centred column, not for the width before
    the margins, which ran past the column and cut the lines off."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from desktop.ui.lesson.browser import LessonBrowser

    window = QWidget()
    qtbot.addWidget(window)
    browser = LessonBrowser(window)
    QVBoxLayout(window).addWidget(browser)
    browser.show_markdown("A URL is the address of one thing on the Web. " * 40)
    window.resize(1800, 900)
    window.show()
    qtbot.waitExposed(window)
    limit = browser.text_width_limit()
    qtbot.waitUntil(lambda: abs(browser.viewport().width() - limit) <= 2)
    qtbot.waitUntil(lambda: browser.document().size().width() <= browser.viewport().width() + 1)
