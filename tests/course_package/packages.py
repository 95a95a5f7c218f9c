"""Small valid packages for tests to break one thing at a time."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Mapping


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


# A 1×1 white PNG, enough for "the image is there".
TINY_PNG = (
    b"\x89PNG\r\n\x1a\n"
    + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
    + _png_chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
    + _png_chunk(b"IEND", b"")
)

COURSE = """\
slug = "tiny"
title = "A tiny course"
difficulty = "beginner"
thumbnail = "images/cover.png"
"""

FIRST = """\
+++
title = "First"
order = 1
free_preview = true

[quiz]
mode = "practice"

[[quiz.questions]]
id = "q1"
kind = "single_choice"
prompt = "Pick a"
options = ["A", "B"]
correct = "a"
+++
# First

![Cover](images/cover.png)
"""

SECOND = """\
+++
title = "Second"
order = 2
prerequisites = ["first"]
+++
Second body.
"""

SECOND_QUIZ = """\
mode = "assessed"

[[questions]]
id = "many"
kind = "multiple_choice"
prompt = "Pick a and c"
options = ["A", "B", "C"]
correct = ["a", "c"]

[[questions]]
id = "word"
kind = "short_answer"
prompt = "Say hello"
accepted = ["hello"]
"""


def tiny_package(changes: Mapping[str, str | bytes | None] | None = None) -> dict[str, bytes]:
    """The tiny package, with files replaced (by text or bytes) or removed
    (by None)."""
    files = {
        "course.toml": COURSE.encode(),
        "first.md": FIRST.encode(),
        "second.md": SECOND.encode(),
        "second.quiz.toml": SECOND_QUIZ.encode(),
        "images/cover.png": TINY_PNG,
    }
    for name, value in (changes or {}).items():
        if value is None:
            files.pop(name, None)
        else:
            files[name] = value.encode() if isinstance(value, str) else value
    return files


def zipped(files: Mapping[str, bytes], *, prefix: str = "") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(prefix + name, data)
    return buffer.getvalue()
