"""Video, audio, PDF and captions in a package: their types and contents (issue #16).

A lesson shows a media file through a ``media`` block (``media_blocks``);
the file itself is judged here, by its first bytes and not by its name,
as images are (``file_rules``): a text file renamed ``.mp4`` or a WebM
named ``.mp4`` is refused with a sentence saying so.  Where the container
says how long it plays (MP4's ``mvhd`` box, an Ogg stream's last granule
position) the length is read, so ``lantern check`` can compare it with the
duration the author wrote.

Pure: the bytes come through a ``Readable`` (a file on disk, a zip member,
bytes in memory: ``source.MediaFile``), read at most a few kilobytes at a
time, never the whole of a large video.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Protocol

from desktop.course_package.problems import Phrase

VIDEO_TYPES = {".mp4": "video/mp4", ".m4v": "video/mp4", ".webm": "video/webm"}
AUDIO_TYPES = {
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".ogg": "audio/ogg",
    ".oga": "audio/ogg",
    ".opus": "audio/ogg",
}
DOCUMENT_TYPES = {".pdf": "application/pdf"}
CAPTION_TYPES = {".vtt": "text/vtt"}
#: the large files a lesson plays or shows: read lazily, never held in memory
MEDIA_TYPES = {**VIDEO_TYPES, **AUDIO_TYPES, **DOCUMENT_TYPES}

#: the most a captions file may hold: text, read into memory like a lesson
MAX_CAPTION_BYTES = 2 * 1024 * 1024
_HEAD = 4096


class Readable(Protocol):
    """Random access to a file's bytes."""

    @property
    def size(self) -> int: ...

    def read_at(self, offset: int, length: int) -> bytes: ...


def media_type(path: str) -> str | None:
    """The content type of a media file (video, audio, PDF) by its name."""
    return MEDIA_TYPES.get(PurePosixPath(path).suffix.lower())


def is_media(path: str) -> bool:
    return media_type(path) is not None


def kind_of(content_type: str) -> str:
    """``video``, ``audio`` or ``document``."""
    if content_type.startswith("video/"):
        return "video"
    if content_type.startswith("audio/"):
        return "audio"
    return "document"


def content_problem(content_type: str, file: Readable) -> Phrase | None:
    """None when ``file`` holds what ``content_type`` says; else why not."""
    if file.size == 0:
        return Phrase.of("media.empty")
    head = file.read_at(0, _HEAD)
    found = sniff(head)
    if found == content_type or (found, content_type) in _COMPATIBLE:
        return None
    wanted = _NAMES[content_type]
    if found is None:
        return Phrase.of("media.wrong_content", kind=wanted)
    return Phrase.of("media.wrong_extension", named=wanted, found=_NAMES[found])


# How a problem names each type ("an MP4 video").
_NAMES = {
    "video/mp4": Phrase.of("media.an_mp4_video"),
    "video/webm": Phrase.of("media.a_webm_video"),
    "audio/mpeg": Phrase.of("media.an_mp3_sound"),
    "audio/mp4": Phrase.of("media.an_m4a_sound"),
    "audio/ogg": Phrase.of("media.an_ogg_sound"),
    "application/pdf": Phrase.of("media.a_pdf_document"),
}
# One container, two names: an .m4a is an MP4 file holding sound only, and an
# audio-only MP4 is often named .mp4.
_COMPATIBLE = {("video/mp4", "audio/mp4"), ("audio/mp4", "video/mp4")}
_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P "}


def sniff(head: bytes) -> str | None:
    """The media type the first bytes of a file show, if any."""
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return "audio/mp4" if head[8:12] in _AUDIO_BRANDS else "video/mp4"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm" if b"webm" in head[:64] else None  # Matroska holds more than WebM
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith(b"ID3") or (len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "audio/mpeg"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    return None


def duration_seconds(content_type: str, file: Readable) -> float | None:
    """How long the file plays, when its container says so cheaply; else None."""
    try:
        if content_type in ("video/mp4", "audio/mp4"):
            return _mp4_duration(file)
        if content_type == "audio/ogg":
            return _ogg_duration(file)
        if content_type == "audio/mpeg":
            return _mp3_duration(file)
        if content_type == "video/webm":
            return _webm_duration(file.read_at(0, _WEBM_HEAD))
    except (struct.error, ValueError, ZeroDivisionError):
        return None
    return None


def _mp4_duration(file: Readable) -> float | None:
    moov = _find_box(file, 0, file.size, b"moov")
    if moov is None:
        return None
    mvhd = _find_box(file, moov[0], moov[1], b"mvhd")
    if mvhd is None:
        return None
    body = file.read_at(mvhd[0], 32)
    version = body[0]
    if version == 1:
        timescale, length = struct.unpack(">IQ", body[20:32])
    else:
        timescale, length = struct.unpack(">II", body[12:20])
    return length / timescale if timescale else None


_MAX_BOXES = 10_000  # a hostile file of tiny boxes must not keep the checker busy


def _find_box(file: Readable, start: int, end: int, name: bytes) -> tuple[int, int] | None:
    """(body start, body end) of the first box ``name`` between ``start`` and ``end``."""
    position = start
    for _ in range(_MAX_BOXES):
        if position + 8 > end:
            return None
        header = file.read_at(position, 16)
        size, kind = struct.unpack(">I4s", header[:8])
        body = position + 8
        if size == 1:
            (size,) = struct.unpack(">Q", header[8:16])
            body = position + 16
        elif size == 0:
            size = end - position
        if size < body - position:
            return None
        if kind == name:
            return body, min(position + size, end)
        position += size
    return None


def _ogg_duration(file: Readable) -> float | None:
    head = file.read_at(0, 256)
    rate: int | None = None
    pre_skip = 0
    packet = head[27 + head[26] : 27 + head[26] + 32] if len(head) > 27 else b""
    if packet.startswith(b"\x01vorbis"):
        (rate,) = struct.unpack("<I", packet[12:16])
    elif packet.startswith(b"OpusHead"):
        rate = 48_000  # Opus granule positions always count 48 kHz samples
        (pre_skip,) = struct.unpack("<H", packet[10:12])
    if not rate:
        return None
    tail_start = max(0, file.size - 65_536)
    tail = file.read_at(tail_start, file.size - tail_start)
    last = tail.rfind(b"OggS")
    if last < 0 or last + 14 > len(tail):
        return None
    (granule,) = struct.unpack("<q", tail[last + 6 : last + 14])
    return max(0, granule - pre_skip) / rate if granule >= 0 else None


# MPEG audio frame headers (ISO 11172-3 / 13818-3): bit rates in kbit/s by
# (MPEG-1?, layer) and index, sample rates by version and index.
_MP3_BITRATES = {
    (True, 1): (0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 3): (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 1): (0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_MP3_RATES = {3: (44_100, 48_000, 32_000), 2: (22_050, 24_000, 16_000), 0: (11_025, 12_000, 8_000)}
_MP3_SEARCH = 64 * 1024  # how far past the tags the first frame may start


@dataclass(frozen=True)
class _Mp3Frame:
    offset: int
    mpeg1: bool
    layer: int
    bitrate: int  # bit/s
    rate: int  # samples/s
    mono: bool
    padding: int

    @property
    def length(self) -> int:
        """The frame's bytes, header included."""
        if self.layer == 1:
            return (12 * self.bitrate // self.rate + self.padding) * 4
        per_sample = 144 if self.mpeg1 or self.layer == 2 else 72
        return per_sample * self.bitrate // self.rate + self.padding

    @property
    def samples(self) -> int:
        if self.layer == 1:
            return 384
        return 1152 if self.mpeg1 or self.layer == 2 else 576


def _mp3_header(data: bytes, at: int) -> _Mp3Frame | None:
    if at + 4 > len(data) or data[at] != 0xFF or data[at + 1] & 0xE0 != 0xE0:
        return None
    version, layer_bits = (data[at + 1] >> 3) & 3, (data[at + 1] >> 1) & 3
    rate_index, bitrate_index = (data[at + 2] >> 2) & 3, data[at + 2] >> 4
    if version == 1 or layer_bits == 0 or rate_index == 3 or bitrate_index in (0, 15):
        return None  # reserved values, or a free-format bit rate nobody uses
    layer, mpeg1 = 4 - layer_bits, version == 3
    table = _MP3_BITRATES[(mpeg1, layer if mpeg1 else min(layer, 2))]
    return _Mp3Frame(
        at, mpeg1, layer, table[bitrate_index] * 1000, _MP3_RATES[version][rate_index],
        data[at + 3] >> 6 == 3, (data[at + 2] >> 1) & 1,
    )  # fmt: skip


def _first_mp3_frame(data: bytes) -> _Mp3Frame | None:
    """The first frame header that another header follows where its length
    says (so two bytes that merely look like a header are passed over)."""
    for at in range(len(data) - 3):
        frame = _mp3_header(data, at)
        if frame is None:
            continue
        after = at + frame.length
        if after + 4 > len(data) or _mp3_header(data, after) is not None:
            return frame
    return None


def _mp3_duration(file: Readable) -> float | None:
    """From a Xing/Info or VBRI header's frame count when the first frame has
    one (variable bit rate), else from the audio's size at the first frame's
    bit rate (constant bit rate); ID3v2 tags before and an ID3v1 tag after
    are left out."""
    start = 0
    head = file.read_at(0, 10)
    if head.startswith(b"ID3") and len(head) == 10:
        size = head[6:10]
        if any(byte & 0x80 for byte in size):
            return None
        start = 10 + (size[0] << 21 | size[1] << 14 | size[2] << 7 | size[3])
    data = file.read_at(start, _MP3_SEARCH)
    frame = _first_mp3_frame(data)
    if frame is None:
        return None
    frames = _mp3_frame_count(data, frame)
    if frames is not None:
        return frames * frame.samples / frame.rate
    end = file.size - (128 if file.read_at(max(0, file.size - 128), 3) == b"TAG" else 0)
    audio = end - start - frame.offset
    return audio * 8 / frame.bitrate if audio > 0 else None


def _mp3_frame_count(data: bytes, frame: _Mp3Frame) -> int | None:
    """The frame count a VBR header in the first frame gives, if it has one."""
    if frame.layer != 3:
        return None
    side = (32 if not frame.mono else 17) if frame.mpeg1 else (17 if not frame.mono else 9)
    xing = frame.offset + 4 + side
    if data[xing : xing + 4] in (b"Xing", b"Info"):
        (flags,) = struct.unpack(">I", data[xing + 4 : xing + 8])
        if flags & 1:
            (count,) = struct.unpack(">I", data[xing + 8 : xing + 12])
            return int(count) or None
        return None
    vbri = frame.offset + 4 + 32
    if data[vbri : vbri + 4] == b"VBRI":
        (count,) = struct.unpack(">I", data[vbri + 14 : vbri + 18])
        return int(count) or None
    return None


# WebM (Matroska, EBML): the Segment's Info element, near the start, holds
# TimecodeScale (ns per tick, default 1 ms) and Duration (ticks, a float).
_WEBM_HEAD = 64 * 1024
_EBML, _SEGMENT, _INFO = 0x1A45DFA3, 0x18538067, 0x1549A966
_TIMECODE_SCALE, _DURATION = 0x2AD7B1, 0x4489


def _vint(data: bytes, at: int, *, keep_marker: bool) -> tuple[int, int] | None:
    """(value, bytes used) of the EBML variable-length integer at ``at``; an
    element ID keeps its marker bit, a size does not (all ones: unknown, -1)."""
    if at >= len(data) or data[at] == 0:
        return None
    length = 8 - data[at].bit_length() + 1
    if at + length > len(data) or (keep_marker and length > 4):
        return None
    value = int.from_bytes(data[at : at + length], "big")
    if keep_marker:
        return value, length
    value &= (1 << (7 * length)) - 1
    return (-1 if value == (1 << (7 * length)) - 1 else value), length


def _ebml_children(data: bytes, start: int, end: int) -> list[tuple[int, int, int]]:
    """(id, payload start, payload end) of the elements between ``start`` and
    ``end`` (an element of unknown size runs to ``end``); at most 64."""
    found: list[tuple[int, int, int]] = []
    at = start
    while at < end and len(found) < 64:
        element = _vint(data, at, keep_marker=True)
        size = _vint(data, at + element[1], keep_marker=False) if element else None
        if element is None or size is None:
            break
        body = at + element[1] + size[1]
        stop = end if size[0] < 0 else min(end, body + size[0])
        found.append((element[0], body, stop))
        at = stop
    return found


def _webm_duration(data: bytes) -> float | None:
    top = dict((ident, (a, b)) for ident, a, b in _ebml_children(data, 0, len(data)))
    if _EBML not in top or _SEGMENT not in top:
        return None
    segment = {ident: (a, b) for ident, a, b in _ebml_children(data, *top[_SEGMENT])}
    if _INFO not in segment:
        return None
    info = {ident: data[a:b] for ident, a, b in _ebml_children(data, *segment[_INFO])}
    raw = info.get(_DURATION, b"")
    if len(raw) not in (4, 8):
        return None
    (ticks,) = struct.unpack(">f" if len(raw) == 4 else ">d", raw)
    scale = int.from_bytes(info.get(_TIMECODE_SCALE, b""), "big") or 1_000_000
    seconds = ticks * scale / 1e9
    return seconds if seconds >= 0 and seconds == seconds and seconds < 1e9 else None


def caption_problem(text: str) -> tuple[int | None, Phrase] | None:
    """(line, why) when a WebVTT file would show no captions or wrong ones; else None."""
    lines = text.lstrip("\ufeff").split("\n")
    first = lines[0].rstrip("\r")
    if not (first == "WEBVTT" or first.startswith(("WEBVTT ", "WEBVTT\t"))):
        return 1, Phrase.of("captions.not_webvtt")
    cues = 0
    for number, line in enumerate(lines, start=1):
        if "-->" not in line:
            continue
        start, _, rest = line.partition("-->")
        end = rest.strip().split(" ", 1)[0]
        times = (_cue_time(start.strip()), _cue_time(end))
        if times[0] is None or times[1] is None:
            return number, Phrase.of("captions.bad_times")
        if times[1] < times[0]:
            return number, Phrase.of("captions.ends_before_start")
        cues += 1
    if not cues:
        return None, Phrase.of("captions.none")
    return None


@dataclass(frozen=True)
class Cue:
    start: float  # seconds
    end: float
    text: str  # its lines, joined with newlines; tags such as <v Name> removed


_TAG = re.compile(r"<[^>]*>")


def read_cues(text: str) -> list[Cue]:
    """The captions of a WebVTT file, in order; cues that do not parse are skipped."""
    cues: list[Cue] = []
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if "-->" not in line:
            continue
        start_text, _, rest = line.partition("-->")
        start, end = _cue_time(start_text.strip()), _cue_time(rest.strip().split(" ", 1)[0])
        body: list[str] = []
        while index < len(lines) and lines[index].strip():
            body.append(_TAG.sub("", lines[index]).strip())
            index += 1
        if start is not None and end is not None and end >= start:
            cues.append(Cue(start, end, "\n".join(body)))
    return cues


def cue_at(cues: list[Cue], seconds: float) -> str:
    """The text shown at ``seconds`` (overlapping cues one under the other)."""
    return "\n".join(cue.text for cue in cues if cue.start <= seconds < cue.end)


def _cue_time(text: str) -> float | None:
    parts = text.split(":")
    if len(parts) not in (2, 3) or "." not in parts[-1]:
        return None
    seconds, _, millis = parts[-1].partition(".")
    numbers = [*parts[:-1], seconds]
    if not all(p.isascii() and p.isdigit() for p in [*numbers, millis]) or len(millis) != 3:
        return None
    if len(seconds) != 2 or int(seconds) > 59 or (len(parts) == 3 and int(parts[1]) > 59):
        return None
    value = 0.0
    for part in numbers:
        value = value * 60 + int(part)
    return value + int(millis) / 1000
