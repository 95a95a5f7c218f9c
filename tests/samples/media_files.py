"""Short real media files for tests, encoded with PyAV (FFmpeg's encoders).

Real files, not hand-made headers: the same bytes a camera or an audio
editor writes, so ``lantern check``, the downloader and the player meet
what instructors give them.  Each is a second or two, a few kilobytes.
"""

from __future__ import annotations

import functools
import io
import math
import struct

import av
from av.audio.stream import AudioStream
from av.video.stream import VideoStream


@functools.cache
def video(container: str = "mp4", seconds: float = 2.0, fps: int = 10) -> bytes:
    """A 64×48 video (H.264 in MP4, VP9 in WebM): a bar filling the frame left to right."""
    codec = {"mp4": "libx264", "webm": "libvpx-vp9"}[container]
    width, height = 64, 48
    buffer = io.BytesIO()
    with av.open(buffer, "w", format=container) as out:
        stream = out.add_stream(codec, rate=fps)
        assert isinstance(stream, VideoStream)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        frames = int(seconds * fps)
        for index in range(frames):
            frame = av.VideoFrame(width, height, "rgb24")
            edge = index * width // frames
            row = b"".join(b"\xc8\x60\x20" if x < edge else b"\x10\x10\x30" for x in range(width))
            pad = frame.planes[0].line_size - len(row)
            frame.planes[0].update((row + b"\x00" * pad) * height)
            frame.pts = index
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return buffer.getvalue()


@functools.cache
def audio(container: str = "ogg", seconds: float = 1.5) -> bytes:
    """A quiet 440 Hz tone (Opus in Ogg, MP3, AAC in M4A)."""
    codec, rate, muxer = {
        "ogg": ("libopus", 48_000, "ogg"),
        "mp3": ("libmp3lame", 44_100, "mp3"),
        "m4a": ("aac", 44_100, "ipod"),
    }[container]
    buffer = io.BytesIO()
    with av.open(buffer, "w", format=muxer) as out:
        stream = out.add_stream(codec, rate=rate)
        assert isinstance(stream, AudioStream)
        stream.layout = "mono"
        names = [each.name for each in stream.codec_context.codec.audio_formats or []]
        sample = "s16" if "s16" in names else "fltp"
        total, size = int(seconds * rate), 1152
        for start in range(0, total, size):
            count = min(size, total - start)
            values = [0.2 * math.sin(2 * math.pi * 440 * (start + i) / rate) for i in range(count)]
            if sample == "s16":
                data = struct.pack(f"<{count}h", *(int(v * 32767) for v in values))
            else:
                data = struct.pack(f"<{count}f", *values)
            frame = av.AudioFrame(format=sample, layout="mono", samples=count)
            frame.planes[0].update(data)
            frame.sample_rate, frame.pts = rate, start
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return buffer.getvalue()


def pdf(pages: int = 1) -> bytes:
    """A minimal valid PDF of blank pages (a cross-reference table with right offsets)."""
    kids = " ".join(f"{3 + n} 0 R" for n in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        *(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>" for _ in range(pages)),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    start = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{start}\n%%EOF\n".encode()
    )
    return bytes(out)


CAPTIONS = """\
WEBVTT

00:00.000 --> 00:01.000
The browser asks.

00:01.000 --> 00:02.000
The server answers.
"""
