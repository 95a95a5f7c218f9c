"""Video, sound, PDF and captions in a package: the format and ``lantern check`` (issue #16)."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop.course_package import Limits, load_files, load_package, load_zip_bytes
from desktop.course_package.manifest import file_manifest
from desktop.course_package.media import caption_problem, duration_seconds
from desktop.course_package.media_blocks import clock, fences
from desktop.course_package.source import MediaFile, MediaReadError
from desktop.ui.words.package import phrase_text, problem_text
from tests.course_package.packages import FIRST, TINY_PNG, tiny_package
from tests.samples import media_files

BLOCK = """\
```media
file = "media/talk.mp4"
title = "How a request travels"
poster = "images/cover.png"
captions = "media/talk.vtt"
```
"""


def with_media(body: str, files: dict[str, bytes | str | None] | None = None) -> dict[str, bytes]:
    """The tiny package whose first lesson ends with ``body``, plus ``files``."""
    return tiny_package(
        {
            "first.md": FIRST + "\nThe talk:\n\n" + body,
            "media/talk.mp4": media_files.video(),
            "media/talk.vtt": media_files.CAPTIONS,
            **(files or {}),
        }
    )


def problems_of(files: dict[str, bytes]) -> list[str]:
    result = load_files(files)
    assert not result.ok
    return [problem_text(problem) for problem in result.problems]


FIRST_BLOCK_LINE = FIRST.count("\n") + 4  # the line of the opening fence in first.md


def test_each_kind_of_media_loads_with_its_duration_and_files() -> None:
    body = (
        BLOCK
        + '\n```media\nfile = "media/clip.webm"\ntitle = "The same in WebM"\n'
        + 'duration = "0:01"\n```\n'
        + '\n```media\nfile = "media/tone.ogg"\ntitle = "A tone"\n```\n'
        + '\n```media\nfile = "media/tone.mp3"\ntitle = "A tone in MP3"\n```\n'
        + '\n```media\nfile = "media/tone.m4a"\ntitle = "A tone in M4A"\n```\n'
        + '\n```media\nfile = "media/sheet.pdf"\ntitle = "Status codes"\n```\n'
    )
    files = with_media(
        body,
        {
            "media/clip.webm": media_files.video("webm", seconds=1.0),
            "media/tone.ogg": media_files.audio("ogg"),
            "media/tone.mp3": media_files.audio("mp3"),
            "media/tone.m4a": media_files.audio("m4a"),
            "media/sheet.pdf": media_files.pdf(2),
        },
    )
    result = load_files(files)
    assert result.ok, result.problems
    assert result.package is not None
    lesson = result.package.lesson("first")
    shown = [(m.index, m.path, m.kind, m.content_type, m.duration_seconds) for m in lesson.media]
    assert shown == [
        (0, "media/talk.mp4", "video", "video/mp4", 2),  # read from the MP4's mvhd box
        (1, "media/clip.webm", "video", "video/webm", 1),  # as written
        (2, "media/tone.ogg", "audio", "audio/ogg", 2),  # 1.5 s from the Ogg granule, rounded
        (3, "media/tone.mp3", "audio", "audio/mpeg", 2),  # 1.5 s from its Info header
        (4, "media/tone.m4a", "audio", "audio/mp4", 2),
        (5, "media/sheet.pdf", "document", "application/pdf", None),
    ]
    talk = lesson.media[0]
    assert (talk.title, talk.poster, talk.captions) == (
        "How a request travels",
        "images/cover.png",
        "media/talk.vtt",
    )
    # The manifest lists every file with its real size and hash, and the
    # lesson as a user of the video, its poster and its captions.
    manifest = {entry.path: entry for entry in file_manifest(result.package)}
    for path in ("media/talk.mp4", "media/talk.vtt", "media/sheet.pdf", "media/tone.mp3"):
        assert manifest[path].size_bytes == len(files[path])
        assert manifest[path].sha256 == hashlib.sha256(files[path]).hexdigest()
        assert manifest[path].lesson_ids == (str(lesson.id),)
    assert manifest["media/talk.vtt"].content_type == "text/vtt"
    assert manifest["images/cover.png"].lesson_ids == (str(lesson.id),)
    assert result.package.total_size == sum(len(data) for data in files.values())


@pytest.mark.parametrize(
    ("block", "extra", "expected"),
    [
        pytest.param(
            '```media\ntitle = "No file"\n```\n',
            {},
            [
                "first.md:{0}: the media block names no file: add a line like "
                'file = "media/talk.mp4".'
            ],
            id="no-file",
        ),
        pytest.param(
            '```media\nfile = "media/talk.mp4"\n```\n',
            {},
            [
                'first.md:{0}: the media block has no title: add a line like title = "What the '
                'video shows" (learners who cannot see or hear it read the title).'
            ],
            id="no-title",
        ),
        pytest.param(
            '```media\nfile = "media/gone.mp4"\ntitle = "Gone"\n```\n',
            {},
            ["first.md:{1}: media file 'media/gone.mp4' is not in the package."],
            id="missing",
        ),
        pytest.param(
            '```media\nfile = "../talk.mp4"\ntitle = "Out"\n```\n',
            {},
            [
                "first.md:{1}: media file '../talk.mp4' is not a file of the package; use a path "
                "relative to the package folder, like media/talk.mp4."
            ],
            id="outside",
        ),
        pytest.param(
            '```media\nfile = "https://example.com/talk.mp4"\ntitle = "Web"\n```\n',
            {},
            [
                "first.md:{1}: media file 'https://example.com/talk.mp4' is not a file of the "
                "package; use a path relative to the package folder, like media/talk.mp4."
            ],
            id="web-address",
        ),
        pytest.param(
            '```media\nfile = "media/talk.vtt"\ntitle = "Wrong"\n```\n',
            {},
            [
                "first.md:{1}: 'media/talk.vtt' is not a video, sound or PDF file Lantern can "
                "show (use .m4a, .m4v, .mp3, .mp4, .oga, .ogg, .opus, .pdf, .webm)."
            ],
            id="not-media",
        ),
        pytest.param(
            '```media\nfile = "media/talk.mp4"\ntitle = "T"\nlength = 3\n```\n',
            {},
            [
                "first.md:{3}: the media block has an unknown setting 'length' (known: captions, "
                "duration, file, poster, title)."
            ],
            id="unknown-key",
        ),
        pytest.param(
            '```media\nfile = "media/talk.mp4"\ntitle = "T"\nduration = "2:75"\n```\n',
            {},
            [
                "first.md:{3}: 'duration' of the media block must be like \"2:05\" "
                '(minutes:seconds), "1:02:05" (hours:minutes:seconds) or a whole number of '
                "seconds, from 1 second to 24 hours."
            ],
            id="bad-duration",
        ),
        pytest.param(
            '```media\nfile = "media/talk.mp4"\ntitle = "T"\nduration = "1:30"\n```\n',
            {},
            [
                "first.md:{3}: 'duration' says 1:30 but media/talk.mp4 plays for 0:02; correct "
                "it, or leave it out (Lantern reads it from the file)."
            ],
            id="duration-wrong",
        ),
        pytest.param(
            '```media\nfile = "media/tone.ogg"\ntitle = "T"\nposter = "images/cover.png"\n```\n',
            {"media/tone.ogg": media_files.audio("ogg")},
            ["first.md:{3}: 'poster' is for a video; leave it out here."],
            id="poster-on-sound",
        ),
        pytest.param(
            '```media\nfile = "media/a.pdf"\ntitle = "T"\ncaptions = "media/talk.vtt"\n'
            "duration = 3\n```\n",
            {"media/a.pdf": media_files.pdf()},
            [
                "first.md:{3}: 'captions' are for a video or a sound; leave them out here.",
                "first.md:{4}: a PDF has no 'duration'; leave it out.",
            ],
            id="pdf-extras",
        ),
        pytest.param(
            '```media\nfile = "media/talk.mp4"\ntitle = "T"\ncaptions = "images/cover.png"\n```\n',
            {},
            ["first.md:{3}: captions 'images/cover.png' must be a WebVTT file (.vtt)."],
            id="captions-not-vtt",
        ),
        pytest.param(
            '```media\nfile = "media/talk.mp4"\ntitle = "T"\nposter = "media/talk.vtt"\n```\n',
            {},
            [
                "first.md:{3}: 'media/talk.vtt' is not an image Lantern can show (use .png, .jpg, "
                ".jpeg, .gif, .webp or .svg)."
            ],
            id="poster-not-image",
        ),
        pytest.param(
            '```media\nfile = "media/talk.mp4"\ntitle = [1]\n```\n',
            {},
            ["first.md:{2}: 'title' of the media block must be non-empty text."],
            id="title-not-text",
        ),
        pytest.param(
            '```media\nfile = "media/talk.mp4\ntitle = "T"\n```\n',
            {},
            ["first.md:{1}: the media block is not valid TOML: Illegal character '\\n'."],
            id="bad-toml",
        ),
    ],
)
def test_media_block_mistakes_name_the_line(
    block: str, extra: dict[str, bytes], expected: list[str]
) -> None:
    lines = [FIRST_BLOCK_LINE + n for n in range(5)]
    found = problems_of(with_media(block, dict(extra)))
    assert found == [message.format(*lines) for message in expected]


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        (
            "media/talk.mp4",
            b"just some notes\n",
            "is not an MP4 video: its content does not "
            "start like one (perhaps it was renamed, or only partly copied).",
        ),
        (
            "media/talk.mp4",
            media_files.video("webm"),
            "is named as an MP4 video but holds a WebM video; give it the right extension.",
        ),
        ("media/talk.mp4", b"", "is empty (0 bytes)."),
        (
            "media/talk.mp4",
            media_files.pdf(),
            "is named as an MP4 video but holds a PDF document; give it the right extension.",
        ),
    ],
)
def test_media_files_are_judged_by_content(name: str, data: bytes, expected: str) -> None:
    assert problems_of(with_media(BLOCK, {name: data})) == [f"{name}: {expected}"]


def test_an_audio_only_mp4_may_be_named_m4a_and_the_other_way_round() -> None:
    block = '```media\nfile = "media/tone.mp4"\ntitle = "Tone"\n```\n'
    result = load_files(with_media(block, {"media/tone.mp4": media_files.audio("m4a")}))
    assert result.ok, result.problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n", None),
        ("WEBVTT - with a header\r\n\r\n01:00:00.000 --> 01:00:01.500 align:start\r\nHi\r\n", None),
        ("\ufeffWEBVTT\n\n00:00.000 --> 00:01.000\nHi\n", None),
        (
            "1\n00:00:00,000 --> 00:00:01,000\nHi\n",
            (1, "is not a WebVTT file: its first line must be 'WEBVTT'."),
        ),
        (
            "WEBVTT\n\n00:00,000 --> 00:01.000\nHi\n",
            (
                3,
                "a cue's times are not like 00:01.000 "
                "--> 00:04.500 (minutes:seconds.milliseconds, or "
                "hours:minutes:seconds.milliseconds).",
            ),
        ),
        ("WEBVTT\n\n00:02.000 --> 00:01.000\nHi\n", (3, "a cue ends before it starts.")),
        (
            "WEBVTT\n\n00:61.000 --> 00:62.000\nHi\n",
            (
                3,
                "a cue's times are not like 00:01.000 "
                "--> 00:04.500 (minutes:seconds.milliseconds, or "
                "hours:minutes:seconds.milliseconds).",
            ),
        ),
        ("WEBVTT\n", (None, "holds no captions (no line with '-->').")),
    ],
)
def test_captions_are_checked(text: str, expected: tuple[int | None, str] | None) -> None:
    found = caption_problem(text)
    assert (None if found is None else (found[0], phrase_text(found[1]))) == expected


def test_bad_captions_name_their_file_and_line() -> None:
    files = with_media(BLOCK, {"media/talk.vtt": "WEBVTT\n\n00:00.000 --> 0:01\nHi\n"})
    assert problems_of(files) == [
        "media/talk.vtt:3: a cue's times are not like 00:01.000 --> 00:04.500 "
        "(minutes:seconds.milliseconds, or hours:minutes:seconds.milliseconds)."
    ]
    files = with_media(BLOCK, {"media/talk.vtt": b"WEBVTT\n\n\xff\n"})
    assert problems_of(files) == [
        "media/talk.vtt:3: is not UTF-8 text; save the captions as UTF-8."
    ]


def test_a_fence_inside_code_or_of_another_language_is_not_media() -> None:
    body = (
        '````markdown\n```media\nfile = "media/gone.mp4"\n```\n````\n\n'
        '~~~toml\nfile = "media/gone.mp4"\n~~~\n'
    )
    result = load_files(with_media(body))
    assert result.ok, result.problems
    assert result.package is not None
    assert result.package.lesson("first").media == ()
    assert [(f.open, f.close, f.info) for f in fences(body)] == [(0, 4, "markdown"), (6, 8, "toml")]


def test_an_unclosed_media_fence_is_read_to_the_end() -> None:
    found = problems_of(with_media('```media\nfile = "media/gone.mp4"\ntitle = "T"\n'))
    assert found == [
        f"first.md:{FIRST_BLOCK_LINE + 1}: media file 'media/gone.mp4' is not in the package."
    ]


def test_media_size_limits_are_their_own(tmp_path: Path) -> None:
    folder = tmp_path / "course"
    for name, data in with_media(BLOCK).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    size = (folder / "media/talk.mp4").stat().st_size
    # A video beyond max_file_bytes (the images' limit) is fine within max_media_bytes.
    assert load_package(folder, limits=Limits(max_file_bytes=1000, max_media_bytes=size)).ok
    result = load_package(folder, limits=Limits(max_media_bytes=size - 1))
    assert [problem_text(p) for p in result.problems] == [
        f"first.md:{FIRST_BLOCK_LINE + 1}: media file 'media/talk.mp4' is not in the package.",
        f"media/talk.mp4: is {size:,} bytes; a video, sound or PDF file may be at most "
        f"{size - 1:,} bytes.",
    ]
    result = load_package(folder, limits=Limits(max_media_total_bytes=size - 1))
    assert any("the package is too large" in phrase_text(p.what) for p in result.problems)


def test_media_in_a_folder_is_read_lazily_and_checked_when_read(tmp_path: Path) -> None:
    folder = tmp_path / "course"
    for name, data in with_media(BLOCK).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    result = load_package(folder)
    assert result.package is not None
    (asset,) = [a for a in result.package.assets if a.path == "media/talk.mp4"]
    assert asset.data == b""  # not held in memory
    assert asset.media is not None
    assert b"".join(asset.chunks()) == media_files.video()
    # Changed after the check: reading it says so rather than handing on other bytes.
    (folder / "media/talk.mp4").write_bytes(media_files.video()[:100])
    with pytest.raises(MediaReadError) as changed:
        b"".join(asset.chunks())
    assert "is 100 bytes now, not the" in phrase_text(changed.value.what)
    (folder / "media/talk.mp4").unlink()
    with pytest.raises(MediaReadError) as gone:
        b"".join(asset.chunks())
    assert "could not be read" in phrase_text(gone.value.what)


@pytest.mark.parametrize("prefix", ["", "course/"])
@pytest.mark.parametrize("compression", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_media_in_a_zip_is_read_from_the_zip(tmp_path: Path, prefix: str, compression: int) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in with_media(BLOCK).items():
            archive.writestr(prefix + name, data)
    (tmp_path / "course.zip").write_bytes(buffer.getvalue())
    for result in (load_package(tmp_path / "course.zip"), load_zip_bytes(buffer.getvalue())):
        assert result.package is not None, result.problems
        (video,) = result.package.lesson("first").media
        assert video.duration_seconds == 2  # probed inside the zip member
        (asset,) = [a for a in result.package.assets if a.path == "media/talk.mp4"]
        assert asset.sha256() == hashlib.sha256(media_files.video()).hexdigest()


def test_a_lesson_may_hold_only_so_many_media_blocks() -> None:
    block = '```media\nfile = "media/talk.mp4"\ntitle = "T"\n```\n'
    found = problems_of(with_media(block * 51))
    assert found == [
        f"first.md:{FIRST_BLOCK_LINE + 50 * 4}: the lesson has more than 50 media blocks; "
        "split it into several lessons."
    ]


def test_a_poster_outside_the_package_or_missing_is_reported() -> None:
    block = BLOCK.replace("images/cover.png", "images/none.png")
    assert problems_of(with_media(block)) == [
        f"first.md:{FIRST_BLOCK_LINE + 3}: poster 'images/none.png' is not in the package."
    ]
    assert load_files(with_media(BLOCK, {"images/cover.png": TINY_PNG})).ok


class _Bytes:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.size = len(data)

    def read_at(self, offset: int, length: int) -> bytes:
        return self.data[offset : offset + length]


@given(
    st.binary(max_size=300),
    st.sampled_from(["video/mp4", "audio/mp4", "audio/ogg", "audio/mpeg", "video/webm"]),
)
@example(bytes.fromhex("1a45dfa3808018538067ff"), "video/webm")  # a segment of unknown size, empty
@example(bytes.fromhex("1a45dfa380801853806701ffffffffffffff1549a9668844890000"), "video/webm")
@example(b"ID3\x04\x00\x00\x00\x00\x00\x05" + b"\xff\xfb\x90\x00", "audio/mpeg")  # cut short
@example(b"\xff\xfb\x90\x00" * 3, "audio/mpeg")  # headers with no audio between
@example(b"\x00\x00\x00\x01moov" + b"\x00" * 8, "video/mp4")  # a 64-bit size of 0
@example(b"\x00\x00\x00\x08moov", "video/mp4")  # a moov holding nothing
@example(b"OggS" + b"\x00" * 22 + b"\x00" + b"OpusHead", "audio/ogg")  # header cut short
def test_reading_a_duration_never_fails_on_damaged_files(data: bytes, kind: str) -> None:
    found = duration_seconds(kind, _Bytes(data))
    assert found is None or found >= 0


def _without_the_vbr_frame(mp3: bytes) -> bytes:
    """The MP3 with its first frame (the Info header) cut out: a plain
    constant-bit-rate file, whose length comes from its size."""
    start = 10 + int.from_bytes(mp3[6:10], "big") if mp3.startswith(b"ID3") else 0
    first = mp3.index(b"\xff", start)
    bitrate_index, rate = mp3[first + 2] >> 4, 44_100
    kbit = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)[bitrate_index]
    length = 144 * kbit * 1000 // rate + ((mp3[first + 2] >> 1) & 1)
    assert b"Info" in mp3[first : first + length] or b"Xing" in mp3[first : first + length]
    return mp3[:first] + mp3[first + length :]


def test_an_mp3_gives_its_length_from_its_vbr_header_or_its_size() -> None:
    mp3 = media_files.audio("mp3", seconds=3.0)
    assert duration_seconds("audio/mpeg", _Bytes(mp3)) == pytest.approx(3.0, abs=0.06)
    plain = _without_the_vbr_frame(mp3)
    assert duration_seconds("audio/mpeg", _Bytes(plain)) == pytest.approx(3.0, abs=0.15)
    tagged = plain + b"TAG" + b"\x00" * 125  # an ID3v1 tag at the end is not sound
    assert duration_seconds("audio/mpeg", _Bytes(tagged)) == duration_seconds(
        "audio/mpeg", _Bytes(plain)
    )
    # an ID3v2 size that is not syncsafe: the tag's length cannot be trusted
    assert duration_seconds("audio/mpeg", _Bytes(b"ID3\x04\x00\x00\x80\x00\x00\x00" + mp3)) is None


def test_a_webm_gives_its_length_from_its_segment_info() -> None:
    webm = media_files.video("webm", seconds=2.0)
    assert duration_seconds("video/webm", _Bytes(webm)) == pytest.approx(2.0, abs=0.05)
    assert duration_seconds("video/webm", _Bytes(webm[:60])) is None  # cut before its Info
    info = webm.index(bytes.fromhex("4489"))
    no_length = webm[:info] + b"\xec" + webm[info + 2 :]  # Duration renamed to a Void element
    assert duration_seconds("video/webm", _Bytes(no_length)) is None


def test_a_lesson_with_an_mp3_and_a_wrong_duration_is_told_its_real_length() -> None:
    block = '```media\nfile = "media/talk.mp3"\ntitle = "T"\nduration = "0:40"\n```\n'
    result = load_files(with_media(block, {"media/talk.mp3": media_files.audio("mp3", 3.0)}))
    assert [phrase_text(p.what).split(" but ")[0] for p in result.problems] == [
        "'duration' says 0:40"
    ]


@given(st.integers(min_value=1, max_value=24 * 3600))
def test_clock_reads_back(seconds: int) -> None:
    block = f'```media\nfile = "media/talk.mp4"\ntitle = "T"\nduration = "{clock(seconds)}"\n```\n'
    result = load_files(with_media(block, {"media/talk.mp4": media_files.audio("m4a")}))
    if abs(seconds - 1.5) > 2:
        assert [phrase_text(p.what).split(" but ")[0] for p in result.problems] == [
            f"'duration' says {clock(seconds)}"
        ]
    else:
        assert result.ok


def test_media_file_from_bytes_reads_what_it_holds() -> None:
    file = MediaFile.from_bytes("media/a.pdf", media_files.pdf())
    with file.open() as reader:
        assert reader.read_at(0, 5) == b"%PDF-"
        assert reader.read_at(file.size - 6, 100) == b"%%EOF\n"
    assert file.read_all() == media_files.pdf()
