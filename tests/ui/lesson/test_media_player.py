"""Video, sound and PDF in the lesson: cards, the player, the PDF view, progress (issue #16).

Real short files (tests/samples/media_files.py) played by Qt Multimedia's
FFmpeg backend and drawn by PDFium, on a real QApplication.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.lesson.view import LessonView
from desktop.ui.viewdata import LessonContent, MediaView
from tests.samples import media_files
from tests.samples.sample_content import sample_lesson
from tests.ui.helpers import MULTIMEDIA_NOISE, OFFSCREEN_NOISE, activate
from tests.ui.lesson.speech import listen
from tests.ui.recording import ListRecorder

Relation = QAccessible.RelationFlag

BODY = """\
# Watching

Before the talk.

```media
file = "media/talk.mp4"
title = "How a request travels"
duration = "0:03"
captions = "media/talk.vtt"
```

## Reading

```media
file = "media/codes.pdf"
title = "Status codes"
```

```media
file = "media/tone.ogg"
title = "A tone"
```

After the talk.
"""


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    made = {
        "talk.mp4": media_files.video(seconds=3.0),
        "codes.pdf": media_files.pdf(3),
        "tone.ogg": media_files.audio("ogg", seconds=1.0),
    }
    for name, data in made.items():
        (tmp_path / name).write_bytes(data)
    return {name: str(tmp_path / name) for name in made}


def lesson_with_media(files: dict[str, str], **progress: dict[str, object]) -> LessonContent:
    return replace(
        sample_lesson(),
        title="Watching",
        body_markdown=BODY,
        section_progress={},
        media=(
            MediaView(
                0,
                "media/talk.mp4",
                "How a request travels",
                "video",
                3,
                files["talk.mp4"],
                None,
                media_files.CAPTIONS,
                progress.get("talk", {}),
            ),
            MediaView(
                1,
                "media/codes.pdf",
                "Status codes",
                "document",
                None,
                files["codes.pdf"],
                progress=progress.get("codes", {}),
            ),
            MediaView(2, "media/tone.ogg", "A tone", "audio", None, None),
        ),
    )


def _view(qtbot: QtBot, recorder: ListRecorder, lesson: LessonContent) -> LessonView:
    view = LessonView(recorder, flush_ms=10)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    activate(qtbot, view)
    view.show_lesson(lesson)
    return view


def _click_card(view: LessonView, index: int) -> None:
    (href,) = [h for h, i in view.browser.media_links.items() if i == index]
    view.browser.anchorClicked.emit(href)


def test_media_blocks_show_as_cards_never_as_toml(qtbot: QtBot, files: dict[str, str]) -> None:
    view = _view(qtbot, ListRecorder(), lesson_with_media(files))
    text = view.browser.document().toPlainText()
    assert "▶ Play: How a request travels · video · 0:03" in text
    assert "▶ Open: Status codes · PDF" in text
    assert "A tone · sound · not downloaded yet" in text
    assert "file =" not in text
    assert "```" not in text
    assert "Before the talk." in text
    assert "After the talk." in text
    # The cards' links are the reader's own: an author's link to a lookalike does nothing.
    view.browser.anchorClicked.emit("lantern-media-0000:0")
    assert view.player.isHidden()


def test_the_player_plays_records_what_was_watched_and_shows_captions(
    qtbot: QtBot, files: dict[str, str]
) -> None:
    recorder = ListRecorder()
    view = _view(qtbot, recorder, lesson_with_media(files))
    _click_card(view, 0)
    player = view.player
    assert player.isVisible()
    assert player.title.text() == "How a request travels"
    assert player.captions.isVisible()
    qtbot.waitUntil(lambda: player.position.maximum() == 3, timeout=10_000)
    player.toggle()
    qtbot.waitUntil(lambda: player.playing, timeout=10_000)
    qtbot.waitUntil(lambda: player.caption.text() == "The browser asks.", timeout=10_000)
    assert view.activity._watching  # playing keeps the study clock from going idle
    qtbot.waitUntil(lambda: not player.playing, timeout=15_000)  # played to the end
    assert not view.activity._watching
    (lesson_id, key, entry) = recorder.media[-1]
    assert (lesson_id, key) == (view.lesson.id if view.lesson else "", "media:media/talk.mp4")
    assert entry["percent"] == 100
    assert entry["position"] == pytest.approx(3.0, abs=0.2)
    assert entry["watched"] == "f" * 25
    records = len(recorder.media)
    view.leave()  # closing after the end records nothing new
    assert len(recorder.media) == records


def test_the_player_starts_where_the_learner_stopped(qtbot: QtBot, files: dict[str, str]) -> None:
    stopped = {"percent": 40, "position": 1.5, "watched": "ff"}
    view = _view(qtbot, ListRecorder(), lesson_with_media(files, talk=stopped))
    assert "watched 40 %" in view.browser.document().toPlainText()
    _click_card(view, 0)
    player = view.player
    qtbot.waitUntil(lambda: player.position.value() == 1, timeout=10_000)
    assert player.time.text() == "0:01 / 0:03"
    player.toggle()
    qtbot.waitUntil(lambda: player._player.position() >= 1400, timeout=10_000)
    assert player.watched is not None
    assert player.watched.percent == 40


def test_keys_control_the_player(qtbot: QtBot, files: dict[str, str]) -> None:
    recorder = ListRecorder()
    view = _view(qtbot, recorder, lesson_with_media(files))
    _click_card(view, 0)
    player = view.player
    qtbot.waitUntil(lambda: player.position.maximum() == 3, timeout=10_000)
    qtbot.keyClick(player, Qt.Key.Key_Right)  # 5 s on, held at the end
    qtbot.waitUntil(lambda: player._player.position() == 3000, timeout=5_000)
    qtbot.keyClick(player, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: player._player.position() == 0, timeout=5_000)
    qtbot.keyClick(player, Qt.Key.Key_Down)
    assert player.volume.value() == 70
    assert player._audio.volume() == pytest.approx(0.7)
    qtbot.keyClick(player, Qt.Key.Key_Greater)
    qtbot.keyClick(player, Qt.Key.Key_Greater)
    assert player._player.playbackRate() == 1.5
    qtbot.keyClick(player.speed, Qt.Key.Key_Less)  # keys work from the controls too
    assert player._player.playbackRate() == 1.25
    qtbot.keyClick(player, Qt.Key.Key_C)
    assert not player.captions.isChecked()
    assert player.caption.isHidden()
    qtbot.keyClick(player, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.playing, timeout=10_000)
    qtbot.waitUntil(lambda: player._player.position() > 300, timeout=10_000)
    qtbot.keyClick(player, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: not player.playing, timeout=10_000)
    qtbot.keyClick(player, Qt.Key.Key_Escape)
    assert player.isHidden()
    assert recorder.media  # the pause, or the close, saved where it was


def test_in_a_right_to_left_window_left_seeks_forward(qtbot: QtBot, files: dict[str, str]) -> None:
    """The position bar runs from the right there, so Left moves on along it."""
    view = _view(qtbot, ListRecorder(), lesson_with_media(files))
    _click_card(view, 0)
    player = view.player
    player.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: player.position.maximum() == 3, timeout=10_000)
    qtbot.keyClick(player, Qt.Key.Key_Left)  # 5 s on, held at the end
    qtbot.waitUntil(lambda: player._player.position() == 3000, timeout=5_000)
    qtbot.keyClick(player, Qt.Key.Key_Right)  # back to the start
    qtbot.waitUntil(lambda: player._player.position() == 0, timeout=5_000)
    qtbot.keyClick(player, Qt.Key.Key_Escape)


def test_a_file_not_downloaded_does_not_play(qtbot: QtBot, files: dict[str, str]) -> None:
    view = _view(qtbot, ListRecorder(), lesson_with_media(files))
    item = view.lesson.media[2] if view.lesson else None
    assert item is not None
    assert not view.player.open(item)
    assert view.player.message.text() == (
        "This file is not downloaded yet: download the course first."
    )
    assert not view.player.play.isEnabled()


@pytest.mark.qt_log_ignore("Could not open media", OFFSCREEN_NOISE, *MULTIMEDIA_NOISE)
def test_a_damaged_file_says_so(qtbot: QtBot, files: dict[str, str], tmp_path: Path) -> None:
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(media_files.video()[:200])
    lesson = lesson_with_media(files)
    item = replace(lesson.media[0], file=str(broken))
    view = _view(qtbot, ListRecorder(), replace(lesson, media=(item, *lesson.media[1:])))
    _click_card(view, 0)
    qtbot.waitUntil(lambda: view.player.message.isVisible(), timeout=10_000)
    assert view.player.message.text().startswith("This file could not be played (")


def test_the_pdf_view_turns_pages_zooms_and_records_pages_seen(
    qtbot: QtBot, files: dict[str, str]
) -> None:
    recorder = ListRecorder()
    view = _view(qtbot, recorder, lesson_with_media(files))
    _click_card(view, 1)
    pdf = view.pdf
    assert pdf.isVisible()
    assert view.player.isHidden()
    assert QAccessible.queryAccessibleInterface(pdf).text(QAccessible.Text.Name) == "Status codes"
    qtbot.waitUntil(lambda: pdf.page_label.text() == "Page 1 of 3", timeout=10_000)
    first = pdf.sheet.pixmap().size()
    assert not pdf.previous.isEnabled()
    qtbot.keyClick(pdf, Qt.Key.Key_Plus)
    qtbot.waitUntil(lambda: pdf.sheet.pixmap().width() > first.width(), timeout=10_000)
    assert pdf.zoom_label.text() == "125 %"
    qtbot.keyClick(pdf, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: recorder.media[-1][2]["position"] == 1, timeout=10_000)
    assert pdf.page_label.text() == "Page 2 of 3"
    (_lesson, key, entry) = recorder.media[-1]
    assert key == "media:media/codes.pdf"
    assert entry["percent"] == 67  # parts 0–66 of 100: pages 1 and 2 of 3
    qtbot.keyClick(pdf, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: recorder.media[-1][2]["percent"] == 100, timeout=10_000)
    assert pdf.page_label.text() == "Page 3 of 3"
    assert not pdf.next.isEnabled()
    qtbot.keyClick(pdf, Qt.Key.Key_Escape)
    assert pdf.isHidden()


def test_the_pdf_opens_at_the_page_the_learner_was_on(qtbot: QtBot, files: dict[str, str]) -> None:
    view = _view(
        qtbot, ListRecorder(), lesson_with_media(files, codes={"percent": 66, "position": 2})
    )
    _click_card(view, 1)
    qtbot.waitUntil(lambda: view.pdf.page_label.text() == "Page 3 of 3", timeout=10_000)


def test_a_damaged_pdf_says_so(qtbot: QtBot, files: dict[str, str], tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nnot really\n")
    lesson = lesson_with_media(files)
    item = replace(lesson.media[1], file=str(broken))
    view = _view(qtbot, ListRecorder(), replace(lesson, media=(lesson.media[0], item)))
    _click_card(view, 1)
    qtbot.waitUntil(lambda: view.pdf.message.isVisible(), timeout=10_000)
    assert view.pdf.message.text().startswith("This PDF could not be shown (")


def test_a_poster_shows_on_the_card(qtbot: QtBot, files: dict[str, str], tmp_path: Path) -> None:
    from tests.course_package.packages import TINY_PNG

    poster = tmp_path / "poster.png"
    poster.write_bytes(TINY_PNG)
    lesson = lesson_with_media(files)
    item = replace(lesson.media[0], poster=str(poster))
    view = _view(qtbot, ListRecorder(), replace(lesson, media=(item, *lesson.media[1:])))
    (ref,) = view.browser.poster_files
    image = view.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, ref)
    assert image is not None
    assert not image.isNull()
    assert view.browser.missing_images == []


def test_qt_multimedia_loads_once_a_lesson_with_sound_or_video_is_shown(
    qtbot: QtBot, files: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not on the first click on Play: loading it held the GUI thread 20-30 ms."""
    loads: list[int] = []

    def loading() -> str:
        loads.append(1)
        return "not loaded in this test"

    monkeypatch.setattr("desktop.ui.lesson.player._multimedia", loading)
    text_only = _view(qtbot, ListRecorder(), replace(sample_lesson(), media=()))
    qtbot.wait(50)
    assert loads == []  # a lesson of text loads nothing
    pdf_only = lesson_with_media(files)
    pdf_only = replace(pdf_only, media=tuple(m for m in pdf_only.media if m.kind == "document"))
    text_only.show_lesson(pdf_only)
    qtbot.wait(50)
    assert loads == []  # PDFium draws PDFs: nothing of Qt Multimedia
    view = _view(qtbot, ListRecorder(), lesson_with_media(files))
    qtbot.waitUntil(lambda: loads == [1])
    view.show_lesson(replace(lesson_with_media(files), id="another"))
    qtbot.wait(50)
    assert loads == [1]  # once per player


def test_the_player_names_itself_and_its_controls_for_a_screen_reader(
    qtbot: QtBot, files: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    speech = listen(monkeypatch)
    view = _view(qtbot, ListRecorder(), lesson_with_media(files))
    _click_card(view, 0)
    player = view.player
    qtbot.waitUntil(lambda: player.position.maximum() == 3, timeout=10_000)

    def said(widget: QWidget, text: QAccessible.Text = QAccessible.Text.Name) -> str:
        return QAccessible.queryAccessibleInterface(widget).text(text)

    assert said(player) == "How a request travels"  # the panel: what it plays
    # On Linux a combo box's own name is its value ("1×"); its label names it.
    speed = QAccessible.queryAccessibleInterface(player.speed)
    assert said(player.speed, QAccessible.Text.Value) == "1×"
    labels = [i.text(QAccessible.Text.Name) for i, _ in speed.relations(Relation.Label)]
    assert labels == ["Speed"]
    assert said(player.time) == "0:00 of 0:03"  # the time label says its value
    assert said(player.position, QAccessible.Text.Value) == "0"  # seconds, not milliseconds
    assert said(player.position, QAccessible.Text.Description) == "0:00 of 0:03"
    assert said(player.play) == "Play"
    values: list[int] = []
    player.position.valueChanged.connect(values.append)
    player.toggle()
    qtbot.waitUntil(lambda: player.playing, timeout=10_000)
    assert said(player.play) == "Pause"  # the name says what the button does now
    assert speech.said[-1] == "Playing"
    qtbot.waitUntil(lambda: not player.playing, timeout=15_000)  # played to the end
    assert speech.said[-1] == "Paused"
    assert said(player.play) == "Play"
    # Once a second at most, while a screen reader heard each millisecond value before.
    assert values == sorted(set(values))
    assert len(values) <= 4
    assert said(player.position, QAccessible.Text.Description) == "0:03 of 0:03"
    assert said(player.time) == "0:03 of 0:03"


def test_tab_from_the_players_close_button_goes_back_to_the_text(
    qtbot: QtBot, files: dict[str, str]
) -> None:
    view = _view(qtbot, ListRecorder(), lesson_with_media(files))
    _click_card(view, 0)
    player = view.player
    qtbot.waitUntil(lambda: player.position.maximum() == 3, timeout=10_000)
    player.setFocus()  # (offscreen, the video's own window takes the focus as it shows)
    order = []
    for _ in range(7):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [
        player.play,
        player.position,
        player.speed,
        player.volume,
        player.captions,
        player.close_button,
        view.browser,  # the text under the player, before the sections beside it
    ]
    qtbot.keyClick(view.browser, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is player.close_button
