"""Make the platform icon files from ``resources/icons/lantern.svg``.

    .venv/bin/python scripts/make_icons.py

Writes ``lantern.ico`` (Windows: one PNG-compressed image per size, the
format Windows Vista and later read) and ``lantern.icns`` (macOS: PNG
images under the ic07-ic10 types) next to the SVG, so PyInstaller gets a
native icon without Pillow.  Qt renders and encodes the images; the two
containers are simple enough to write here (Qt's own ICNS writer makes a
table of contents its reader then calls corrupt).  Re-run it when the SVG
changes and commit the results.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}  # PNG payloads


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # PySide6 stubs lack (QIODevice, str)
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG per size (a 256 px side is written as 0)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns_bytes(images: dict[int, bytes]) -> bytes:
    """An ICNS file holding one PNG per size (sizes must be in ICNS_TYPES)."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
        for size, png in sorted(images.items())
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    svg = ICONS / "lantern.svg"
    (ICONS / "lantern.ico").write_bytes(
        ico_bytes({size: png_bytes(render(svg, size)) for size in ICO_SIZES})
    )
    (ICONS / "lantern.icns").write_bytes(
        icns_bytes({size: png_bytes(render(svg, size)) for size in ICNS_TYPES})
    )
    del app
    print(f"wrote {ICONS / 'lantern.ico'} and {ICONS / 'lantern.icns'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
