"""The committed platform icons (scripts/make_icons.py) are what Windows and macOS read."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader

from scripts.make_icons import ICNS_TYPES, ICO_SIZES, ico_bytes

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def ico_entries(data: bytes) -> list[tuple[int, bytes]]:
    """(side in pixels, PNG bytes) of each image of an ICO file."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1), "not an icon file"
    entries = []
    for index in range(count):
        width, height, _colors, _zero, planes, bits, size, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert width == height
        assert (planes, bits) == (1, 32)
        entries.append((width or 256, data[offset : offset + size]))
    return entries


def png_side(png: bytes) -> int:
    assert png.startswith(PNG_SIGNATURE)
    width, height = struct.unpack_from(">II", png, 16)  # the IHDR chunk
    assert width == height
    return int(width)


def test_the_windows_icon_holds_every_size_as_a_png_of_that_size() -> None:
    entries = ico_entries((ICONS / "lantern.ico").read_bytes())
    assert [side for side, _ in entries] == list(ICO_SIZES)
    assert all(png_side(png) == side for side, png in entries)


def test_the_mac_icon_holds_each_size_under_its_type() -> None:
    data = (ICONS / "lantern.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack_from(">I", data, at + 4)[0]
        found[kind] = png_side(data[at + 8 : at + length])
        at += length
    assert found == {kind: size for size, kind in ICNS_TYPES.items()}


def test_qt_reads_every_image_of_both_icon_files(qapp: object) -> None:
    reader = QImageReader(str(ICONS / "lantern.ico"))
    assert reader.imageCount() == len(ICO_SIZES)
    if b"icns" not in QImageReader.supportedImageFormats():
        pytest.skip("this Qt has no ICNS reader")
    icns = QImageReader(str(ICONS / "lantern.icns"))
    assert icns.imageCount() == len(ICNS_TYPES)
    assert not QImage(str(ICONS / "lantern.icns")).isNull()


def test_a_256_pixel_side_is_written_as_zero_as_the_format_requires() -> None:
    data = ico_bytes({16: PNG_SIGNATURE + b"a", 256: PNG_SIGNATURE + b"b"})
    assert struct.unpack_from("<BB", data, 6) == (16, 16)
    assert struct.unpack_from("<BB", data, 22) == (0, 0)
    assert [side for side, _ in ico_entries(data)] == [16, 256]
