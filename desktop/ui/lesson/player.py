"""The player above a lesson's text: video and sound (Qt Multimedia), PDF (pdf_view).

Opened from a media card (``media_cards``).  Video and sound have play and
pause, a position slider, speed (0.75× to 2×), volume, captions when the
course gives a WebVTT file, and keys: Space or K plays and pauses, ←/→ (or
J/L) go 5 seconds back and on, ↑/↓ change the volume, < and > the speed,
C shows or hides captions, Home goes to the start and Esc closes.  The
player starts where the learner stopped, and reports how much was watched
and where (``watching.Watched``) every few seconds of playback, on pause
and on close, through ``progressed``; while it plays it keeps the lesson's
study clock from counting the learner idle (``playing`` is true), and the
clock itself still counts only while the window is active.

Qt Multimedia is loaded when the first file is played: a computer whose
system lacks what it needs (PulseAudio's client library on Linux) still
reads lessons, and the player says why it cannot play.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from desktop.course_package.media import Cue, cue_at, read_cues
from desktop.ui.lesson.media_cards import clock_text
from desktop.ui.lesson.watching import Watched, media_key
from desktop.ui.viewdata import MediaView
from desktop.ui.widgets.announce import announce

log = logging.getLogger(__name__)

SPEEDS = (0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
SEEK_SECONDS = 5
VOLUME_STEP = 10
#: how often progress is saved while playing
SAVE_EVERY_MS = 5000
VIDEO_HEIGHT = 360


def _multimedia() -> tuple[Any, Any, Any] | str:
    """(QMediaPlayer, QAudioOutput, QVideoWidget), or why they cannot load."""
    try:
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        from PySide6.QtMultimediaWidgets import QVideoWidget
    except ImportError as error:
        log.warning("Qt Multimedia could not be loaded: %s", error)
        return str(error)
    return QMediaPlayer, QAudioOutput, QVideoWidget


class MediaPlayer(QFrame):
    """Plays one video or sound of the lesson at a time."""

    progressed = Signal(str, dict)  # section key, its entry (watching.Watched.entry)
    playing_changed = Signal(bool)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaPlayer")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._warm = False  # Qt Multimedia loaded (or tried) by warm_up
        self.item: MediaView | None = None
        self.watched: Watched | None = None
        self.cues: list[Cue] = []
        self.playing = False
        self._player: Any = None
        self._audio: Any = None
        self._video: Any = None
        self._seeking = False
        self._closing = False  # close_player's own pause is not announced
        self._saved: dict[str, Any] | None = None  # the entry reported last
        self._resume_ms = 0
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.hide()
        self.video_area = QVBoxLayout()
        self.caption = QLabel(self)
        self.caption.setObjectName("caption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setAccessibleName(self.tr("Captions"))
        # named by its text, "Play" or "Pause": what Space does now
        self.play = QPushButton(self.tr("Play"), self)
        # in whole seconds, said in words too ("0:03 of 0:08"): a screen reader
        # hears the place once a second while playing, not every few milliseconds
        self.position = QSlider(Qt.Orientation.Horizontal, self)
        self.position.setAccessibleName(self.tr("Position"))
        self.position.setRange(0, 0)
        self.time = QLabel(self)
        self.speed = QComboBox(self)
        self.speed.setAccessibleName(self.tr("Speed"))
        # on Linux a combo box is named by its label (its own name is its value)
        self.speed_label = QLabel(self.tr("Speed"), self)
        self.speed_label.setBuddy(self.speed)
        for value in SPEEDS:
            # 0.75 → "0.75×", 1.0 → "1×", in the locale's digits and decimal sign
            rate = QLocale().toString(value, "g", 3)
            self.speed.addItem(self.tr("{rate}×").format(rate=rate), value)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setRange(0, 100)
        self.volume.setValue(80)
        self.volume.setMaximumWidth(100)
        self.volume_label = QLabel(self.tr("Volume"), self)
        self.volume_label.setBuddy(self.volume)
        self.captions = QCheckBox(self.tr("&Captions"), self)
        self.captions.setChecked(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the player"))
        self._save_timer = QTimer(self)
        self._save_timer.setInterval(SAVE_EVERY_MS)
        self._build_layout()
        self._show_time(0, 0)
        self.play.clicked.connect(self.toggle)
        self.position.sliderMoved.connect(self.on_slider_moved)
        self.position.sliderPressed.connect(self.on_slider_pressed)
        self.position.sliderReleased.connect(self.on_slider_released)
        self.speed.currentIndexChanged.connect(self.on_speed_changed)
        self.volume.valueChanged.connect(self.on_volume_changed)
        self.captions.toggled.connect(self.on_captions_toggled)
        self.close_button.clicked.connect(self.close_player)
        self._save_timer.timeout.connect(self.save)
        for child in (self.play, self.position, self.speed, self.volume, self.captions):
            child.installEventFilter(self)  # the player's keys work wherever its focus is

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.close_button)
        controls = QHBoxLayout()
        controls.addWidget(self.play)
        controls.addWidget(self.position, 1)
        controls.addWidget(self.time)
        controls.addWidget(self.speed_label)
        controls.addWidget(self.speed)
        controls.addWidget(self.volume_label)
        controls.addWidget(self.volume)
        controls.addWidget(self.captions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addLayout(self.video_area)
        layout.addWidget(self.caption)
        layout.addLayout(controls)

    # opening ------------------------------------------------------------------
    def warm_up(self) -> None:
        """Load Qt Multimedia now, while the learner reads: the first loading
        holds the GUI thread for 20-30 ms (its libraries, the FFmpeg plugin's
        symbols), which on the first click on Play added up to a stall past
        50 ms (benchmarks/ui_media_responsiveness.py)."""
        if not self._warm:
            self._warm = True
            _multimedia()

    def open(self, item: MediaView) -> bool:
        """Load ``item`` (paused at its last position); False when it cannot play."""
        self.close_player(quiet=True)
        self.item = item
        self.title.setText(item.title)
        self.setAccessibleName(item.title)
        self._show_time(0, 0)
        self.watched = Watched(float(item.duration_seconds or 0), item.progress)
        self._saved = None
        self.cues = _cues(item.captions)
        self.captions.setVisible(bool(self.cues))
        self.caption.setVisible(bool(self.cues) and self.captions.isChecked())
        self.caption.setText("")
        self.show()
        if item.file is None:
            return self._cannot(
                self.tr("This file is not downloaded yet: download the course first.")
            )
        loaded = _multimedia()
        if isinstance(loaded, str):
            return self._cannot(
                self.tr(
                    "Video and sound cannot play on this computer: "
                    "Qt Multimedia could not load ({error})."
                ).format(error=loaded)
            )
        self._make_player(*loaded, video=item.kind == "video")
        self._resume_ms = int(self.watched.resume_at() * 1000)  # once the file is loaded
        self._player.setSource(QUrl.fromLocalFile(str(Path(item.file))))
        log.info("media opened: %s (%s)", item.path, item.kind)
        self._set_controls_enabled(True)
        self.setFocus()
        return True

    def _cannot(self, sentence: str) -> bool:
        log.info("media not played: %s", sentence)
        self.message.setText(sentence)
        self.message.show()
        self._set_controls_enabled(False)
        return False

    def _set_controls_enabled(self, enabled: bool) -> None:
        for widget in (self.play, self.position, self.speed, self.volume, self.captions):
            widget.setEnabled(enabled)
        if enabled:
            self.message.hide()

    def _make_player(self, player_type: Any, audio_type: Any, video_type: Any, video: bool) -> None:
        self._player = player_type(self)
        self._audio = audio_type(self)
        self._audio.setVolume(self.volume.value() / 100)
        self._player.setAudioOutput(self._audio)
        self._player.setPlaybackRate(float(self.speed.currentData()))
        if video:
            self._video = video_type(self)
            self._video.setMinimumHeight(VIDEO_HEIGHT // 2)
            self._video.setMaximumHeight(VIDEO_HEIGHT)
            self._video.setAccessibleName(self.item.title if self.item else self.tr("Video"))
            self.video_area.addWidget(self._video)
            self._player.setVideoOutput(self._video)
        self._player.positionChanged.connect(self.on_position_changed)
        self._player.durationChanged.connect(self.on_duration_changed)
        self._player.playbackStateChanged.connect(self.on_state_changed)
        self._player.errorOccurred.connect(self.on_error)
        self._player.mediaStatusChanged.connect(self.on_media_status)

    # playing ------------------------------------------------------------------
    def position_ms(self) -> int:
        """Where playback is, in milliseconds (the position bar counts whole seconds)."""
        return int(self._player.position()) if self._player is not None else 0

    def duration_ms(self) -> int:
        return int(self._player.duration()) if self._player is not None else 0

    def toggle(self) -> None:
        if self._player is None:
            return
        if self.playing:
            self._player.pause()
        else:
            self._resume()
            self._player.play()

    def seek_by(self, seconds: float) -> None:
        if self._player is None:
            return
        target = max(0, self._player.position() + int(seconds * 1000))
        if self._player.duration() > 0:
            target = min(target, self._player.duration())
        self._seek_to(target)

    def _seek_to(self, milliseconds: int) -> None:
        self._resume_ms = 0  # the learner chose where to be
        if self.watched is not None:
            self.watched.moved(milliseconds / 1000)
        self._player.setPosition(milliseconds)

    def close_player(self, *, quiet: bool = False) -> None:
        """Stop, save where the learner was, and hide (``quiet``: no ``closed``)."""
        if self._player is not None:
            self._closing = True
            self._player.pause()
            self.save()
            self._player.stop()
            self._player.setSource(QUrl())
            self._player.deleteLater()
            self._player = None
            self._closing = False
        if self._video is not None:
            self.video_area.removeWidget(self._video)
            self._video.deleteLater()
            self._video = None
        self._set_playing(False)
        self.item = None
        self.hide()
        if not quiet:
            self.closed.emit()

    def save(self) -> None:
        """Report the progress of what is open (the lesson records it)."""
        if self.item is None or self.watched is None or self._player is None:
            return
        if self.watched.position <= 0 and not self.watched.parts:
            return  # opened and never played: nothing to record
        entry = self.watched.entry()
        if entry != self._saved:  # a pause then a close: one record
            self._saved = entry
            self.progressed.emit(media_key(self.item.path), entry)

    def _set_playing(self, playing: bool) -> None:
        if playing == self.playing:
            return
        self.playing = playing
        self.play.setText(self.tr("Pause") if playing else self.tr("Play"))
        path = self.item.path if self.item else ""
        if playing:
            log.info("media playing: %s", path)
            self._save_timer.start()
        else:
            at = self._player.position() / 1000 if self._player is not None else 0.0
            log.info("media paused: %s at %.1f s", path, at)
            self._save_timer.stop()
        self.playing_changed.emit(playing)

    # the player's signals -----------------------------------------------------------
    def on_position_changed(self, milliseconds: int) -> None:
        seconds = milliseconds / 1000
        if self.watched is not None and self.playing:
            self.watched.played(seconds)
        if self._resume_ms and not self.playing:
            return  # still showing where the first play will start
        if not self._seeking:
            self.position.setValue(milliseconds // 1000)
        duration = self._player.duration() / 1000 if self._player is not None else 0
        self._show_time(int(seconds), int(duration))
        self.caption.setText(cue_at(self.cues, seconds))

    def on_duration_changed(self, milliseconds: int) -> None:
        self.position.setRange(0, max(0, milliseconds) // 1000)
        self._show_time(self.position.value(), self.position.maximum())
        if self.watched is not None and milliseconds > 0:
            self.watched.set_duration(milliseconds / 1000)
        self._show_resume()

    def on_state_changed(self, state: object) -> None:
        player = self._player
        playing = player is not None and state == type(player).PlaybackState.PlayingState
        if self.watched is not None and player is not None:
            if playing:
                self.watched.started(player.position() / 1000)
            else:
                if player.mediaStatus() == type(player).MediaStatus.EndOfMedia:
                    self.watched.ended()
                self.watched.paused()
                self.save()
        if playing != self.playing and not self._closing:
            announce(self.play, self.tr("Playing") if playing else self.tr("Paused"))
        self._set_playing(playing)

    def on_media_status(self, status: object) -> None:
        player = self._player
        if player is not None and status == type(player).MediaStatus.LoadedMedia:
            self._show_resume()

    def _show_resume(self) -> None:
        """Where playing will start, shown once the length is known (it is
        applied at the first play: a seek before that is lost)."""
        if self._resume_ms and self.position.maximum() > 0:
            self.position.setValue(self._resume_ms // 1000)
            self.on_slider_moved(self._resume_ms // 1000)

    def _resume(self) -> None:
        if self._player is not None and self._resume_ms:
            self._player.setPosition(self._resume_ms)
            if self.watched is not None:
                self.watched.moved(self._resume_ms / 1000)
        self._resume_ms = 0

    def on_error(self, _error: object, text: str = "") -> None:
        detail = text or (self._player.errorString() if self._player is not None else "")
        log.warning("media could not be played: %s", detail)
        self._cannot(self.tr("This file could not be played ({error}).").format(error=detail))

    # controls -----------------------------------------------------------------
    def on_slider_pressed(self) -> None:
        self._seeking = True

    def on_slider_released(self) -> None:
        self._seeking = False
        if self._player is not None:
            self._seek_to(self.position.value() * 1000)

    def on_slider_moved(self, seconds: int) -> None:
        self._show_time(seconds, self.position.maximum())

    def _show_time(self, position: int, duration: int) -> None:
        """ "1:05 / 4:30" on the screen, "1:05 of 4:30" to a screen reader (the time
        label's name and the position slider's description), in seconds; only a new
        second changes them."""
        shown = self.tr("{position} / {duration}").format(
            position=clock_text(position), duration=clock_text(duration)
        )
        if shown == self.time.text():
            return
        self.time.setText(shown)
        words = self.tr("{position} of {duration}").format(
            position=clock_text(position), duration=clock_text(duration)
        )
        self.time.setAccessibleName(words)
        self.position.setAccessibleDescription(words)

    def on_speed_changed(self, _index: int) -> None:
        if self._player is not None:
            self._player.setPlaybackRate(float(self.speed.currentData()))

    def on_volume_changed(self, value: int) -> None:
        if self._audio is not None:
            self._audio.setVolume(value / 100)

    def on_captions_toggled(self, shown: bool) -> None:
        self.caption.setVisible(shown and bool(self.cues))

    # keys ---------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.captions and event.key() == Qt.Key.Key_Space:
                return False  # Space ticks the box that has the focus
            return self.handle_key(event)
        return False

    def handle_key(self, event: QKeyEvent) -> bool:
        """The player's keys; True when ``event`` was one of them."""
        key = Qt.Key(event.key())
        if self.isRightToLeft():  # the position bar runs from the right: arrows follow it
            key = _MIRRORED.get(key, key)
        action = _KEYS.get(key)
        if action is None:
            return False
        action(self)
        return True

    def step_speed(self, step: int) -> None:
        self.speed.setCurrentIndex(max(0, min(len(SPEEDS) - 1, self.speed.currentIndex() + step)))

    def step_volume(self, step: int) -> None:
        self.volume.setValue(self.volume.value() + step)


_KEYS: dict[Qt.Key, Callable[[MediaPlayer], object]] = {
    Qt.Key.Key_Space: MediaPlayer.toggle,
    Qt.Key.Key_K: MediaPlayer.toggle,
    Qt.Key.Key_MediaPlay: MediaPlayer.toggle,
    Qt.Key.Key_Left: lambda p: p.seek_by(-SEEK_SECONDS),
    Qt.Key.Key_J: lambda p: p.seek_by(-SEEK_SECONDS),
    Qt.Key.Key_Right: lambda p: p.seek_by(SEEK_SECONDS),
    Qt.Key.Key_L: lambda p: p.seek_by(SEEK_SECONDS),
    Qt.Key.Key_Up: lambda p: p.step_volume(VOLUME_STEP),
    Qt.Key.Key_Down: lambda p: p.step_volume(-VOLUME_STEP),
    Qt.Key.Key_Less: lambda p: p.step_speed(-1),
    Qt.Key.Key_Comma: lambda p: p.step_speed(-1),
    Qt.Key.Key_Greater: lambda p: p.step_speed(1),
    Qt.Key.Key_Period: lambda p: p.step_speed(1),
    Qt.Key.Key_C: lambda p: p.captions.toggle(),
    Qt.Key.Key_Home: lambda p: p._seek_to(0) if p._player is not None else None,
    Qt.Key.Key_Escape: MediaPlayer.close_player,
}


_MIRRORED = {Qt.Key.Key_Left: Qt.Key.Key_Right, Qt.Key.Key_Right: Qt.Key.Key_Left}


def _cues(text: str | None) -> list[Cue]:
    return read_cues(text) if text else []
