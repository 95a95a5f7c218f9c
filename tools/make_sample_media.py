"""Make the sample course's video, sound, captions and PDF (issue #16).

    .venv/bin/python tools/make_sample_media.py

Writes into resources/sample-course/media/:

* ``request.mp4`` — 12 s, 640×360, H.264: a request travelling from the
  browser to the server and the response coming back, drawn with Qt and
  encoded with PyAV (FFmpeg's encoders, the test extra ``av``); its poster
  ``images/request-poster.png`` is one of its frames;
* ``request.en.vtt`` — its captions;
* ``dial-up.ogg`` — 9 s of Opus: how a dial-up modem called the internet
  (dial tone, the number in DTMF, the answer tone, the carrier hiss);
* ``status-codes.pdf`` — a one-page sheet of common HTTP status codes,
  written with Qt's QPdfWriter.

Run again after changing this script; the files are committed, so building
or testing Lantern never needs PyAV or this script.
"""

from __future__ import annotations

import math
import os
import random
import struct
import sys
from pathlib import Path

import av
from av.audio.stream import AudioStream
from av.video.stream import VideoStream
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageSize,
    QPainter,
    QPdfWriter,
)

ROOT = Path(__file__).resolve().parents[1]
COURSE = ROOT / "resources" / "sample-course"
MEDIA = COURSE / "media"
WIDTH, HEIGHT, FPS, SECONDS = 640, 360, 15, 12

INK = QColor("#1f2933")
PAPER = QColor("#f7f4ed")
ACCENT = QColor("#c8601f")
CALM = QColor("#2f6f8f")


def _box(painter: QPainter, rect: QRectF, title: str, colour: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(rect, 14, 14)
    painter.setPen(QColor("white"))
    painter.setFont(QFont("DejaVu Sans", 20, QFont.Weight.Bold))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, title)


def frame(t: float) -> QImage:
    """The picture at ``t`` seconds: the request goes right, the response comes back."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB888)
    image.fill(PAPER)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    browser, server = QRectF(20, 120, 150, 110), QRectF(470, 120, 150, 110)
    _box(painter, browser, "Browser", CALM)
    _box(painter, server, "Server", INK)
    painter.setPen(INK)
    painter.setFont(QFont("DejaVu Sans", 15))
    painter.drawText(
        QRectF(0, 24, WIDTH, 40), Qt.AlignmentFlag.AlignCenter, "One request, one response"
    )
    painter.drawLine(QPointF(170, 175), QPointF(470, 175))
    going = min(max((t - 1.5) / 4.0, 0.0), 1.0)  # 1.5 s to 5.5 s: the request travels
    coming = min(max((t - 7.0) / 4.0, 0.0), 1.0)  # 7 s to 11 s: the response comes back
    if 0 < going < 1:
        _packet(painter, 180 + going * 140, "GET /index.html", ACCENT)
    elif going >= 1 and coming == 0:
        painter.drawText(
            QRectF(440, 240, 200, 40), Qt.AlignmentFlag.AlignCenter, "finding the page…"
        )
    if 0 < coming < 1:
        _packet(painter, 320 - coming * 140, "200 OK + HTML", ACCENT)
    if coming >= 1:
        painter.drawText(QRectF(0, 240, 190, 40), Qt.AlignmentFlag.AlignCenter, "shows the page")
    painter.end()
    return image


def _packet(painter: QPainter, x: float, label: str, colour: QColor) -> None:
    rect = QRectF(x, 150, 140, 50)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(rect, 8, 8)
    painter.setPen(QColor("white"))
    painter.setFont(QFont("DejaVu Sans Mono", 10, QFont.Weight.Bold))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)


def write_video(path: Path) -> None:
    with av.open(str(path), "w", format="mp4", options={"movflags": "+faststart"}) as out:
        stream = out.add_stream("libx264", rate=FPS, options={"crf": "30", "preset": "slow"})
        assert isinstance(stream, VideoStream)
        stream.width, stream.height, stream.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        for index in range(FPS * SECONDS):
            image = frame(index / FPS)
            rgb = av.VideoFrame(WIDTH, HEIGHT, "rgb24")
            plane = rgb.planes[0]
            rows = bytes(image.constBits())
            line = image.bytesPerLine()
            pad = plane.line_size - WIDTH * 3
            plane.update(
                b"".join(
                    rows[y * line : y * line + WIDTH * 3] + b"\x00" * pad for y in range(HEIGHT)
                )
            )
            rgb.pts = index
            for packet in stream.encode(rgb):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)


CAPTIONS = """\
WEBVTT

00:00.000 --> 00:01.500
The browser wants a page from the server.

00:01.500 --> 00:05.500
It sends a request: GET /index.html.

00:05.500 --> 00:07.000
The server finds the page.

00:07.000 --> 00:11.000
It answers: 200 OK, and the page's HTML.

00:11.000 --> 00:12.000
The browser shows the page.
"""


def _tone(rate: int, seconds: float, *freqs: float, level: float = 0.2) -> list[float]:
    count = int(rate * seconds)
    return [
        level * sum(math.sin(2 * math.pi * f * i / rate) for f in freqs) / len(freqs)
        for i in range(count)
    ]


_DTMF = {"5": (770, 1336), "1": (697, 1209), "2": (697, 1336), "0": (941, 1336), "8": (852, 1336)}


def dial_up(rate: int) -> list[float]:
    noise = random.Random(16)
    samples = _tone(rate, 1.5, 350, 440)  # the dial tone
    for digit in "5551208":
        samples += _tone(rate, 0.15, *_DTMF[digit]) + [0.0] * int(rate * 0.08)
    samples += [0.0] * int(rate * 0.6)
    samples += _tone(rate, 2.0, 2100, level=0.15)  # the answer tone
    samples += [
        0.12 * noise.uniform(-1, 1) + 0.05 * math.sin(2 * math.pi * 1800 * i / rate)
        for i in range(int(rate * 3.0))
    ]  # the two modems agree on a speed: the famous hiss
    return samples


def write_sound(path: Path) -> None:
    rate = 48_000
    samples = dial_up(rate)
    with av.open(str(path), "w", format="ogg") as out:
        stream = out.add_stream("libopus", rate=rate, options={"b": "24000"})
        assert isinstance(stream, AudioStream)
        stream.layout = "mono"
        size = 960
        for start in range(0, len(samples), size):
            chunk = samples[start : start + size]
            data = struct.pack(f"<{len(chunk)}h", *(int(v * 32767) for v in chunk))
            piece = av.AudioFrame(format="s16", layout="mono", samples=len(chunk))
            piece.planes[0].update(data)
            piece.sample_rate, piece.pts = rate, start
            for packet in stream.encode(piece):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)


CODES = [
    ("200 OK", "Here is what you asked for."),
    ("301 Moved Permanently", "It lives at another address now: go there."),
    ("304 Not Modified", "Your saved copy is still right."),
    ("400 Bad Request", "The request itself makes no sense."),
    ("401 Unauthorized", "Sign in first."),
    ("403 Forbidden", "You are signed in, but not allowed."),
    ("404 Not Found", "There is nothing at this address."),
    ("429 Too Many Requests", "Slow down and try again later."),
    ("500 Internal Server Error", "The server broke while answering."),
    ("503 Service Unavailable", "The server is too busy or down: try later."),
]


def write_pdf(path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(150)
    writer.setTitle("Common HTTP status codes")
    writer.setCreator("Lantern sample course")
    painter = QPainter(writer)
    margin = 120  # 0.8 inch at 150 dpi
    painter.translate(margin, margin)
    width = writer.width() - 2 * margin
    painter.setPen(INK)
    painter.setFont(QFont("DejaVu Sans", 22, QFont.Weight.Bold))
    painter.drawText(
        QRectF(0, 0, width, 120), Qt.AlignmentFlag.AlignLeft, "Common HTTP status codes"
    )
    painter.setFont(QFont("DejaVu Sans", 11))
    painter.drawText(
        QRectF(0, 110, width, 100),
        Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
        "2xx: it worked · 3xx: look elsewhere · 4xx: the request is wrong · 5xx: the server failed",
    )
    y = 240.0
    for code, meaning in CODES:
        painter.setFont(QFont("DejaVu Sans Mono", 13, QFont.Weight.Bold))
        painter.setPen(ACCENT if code[0] in "45" else CALM)
        painter.drawText(QRectF(0, y, width * 0.45, 60), Qt.AlignmentFlag.AlignLeft, code)
        painter.setFont(QFont("DejaVu Sans", 12))
        painter.setPen(INK)
        painter.drawText(
            QRectF(width * 0.45, y, width * 0.55, 60), Qt.AlignmentFlag.AlignLeft, meaning
        )
        y += 90
    painter.end()


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    MEDIA.mkdir(parents=True, exist_ok=True)
    write_video(MEDIA / "request.mp4")
    frame(8.5).save(str(COURSE / "images" / "request-poster.png"))
    (MEDIA / "request.en.vtt").write_text(CAPTIONS, encoding="utf-8")
    write_sound(MEDIA / "dial-up.ogg")
    write_pdf(MEDIA / "status-codes.pdf")
    for path in sorted(MEDIA.iterdir()):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size:,} bytes")
    sys.stdout.flush()
    del app
    # PySide leaks references to None and True over a long run and can crash
    # while the interpreter finalises (desktop/ui/shell/pyside_workarounds.py);
    # everything is written, so leave without finalising.
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
