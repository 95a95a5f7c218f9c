"""Draw the demo courses' pictures (``resources/demo-courses/*/images``).

    .venv/bin/python scripts/make_demo_covers.py

Each cover is 320×180: a two-colour gradient, a few shapes for the subject
and nothing else (the card shows the title beside it).  Drawn with Qt and
saved as PNG, a few kilobytes each; deterministic, so re-running it changes
nothing unless this script does.  Commit the results.
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPen

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo-courses"
W, H = 320, 180


def _pizza(p: QPainter, cx: float, cy: float, r: float, slices: int) -> None:
    p.setBrush(QColor("#f6c453"))
    p.setPen(QPen(QColor("#b45309"), 4))
    p.drawEllipse(QPointF(cx, cy), r, r)
    p.setPen(QPen(QColor("#b45309"), 3))
    for k in range(slices):
        a = 2 * math.pi * k / slices
        p.drawLine(QPointF(cx, cy), QPointF(cx + r * math.cos(a), cy + r * math.sin(a)))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#dc2626"))
    for k in range(slices):
        a = 2 * math.pi * (k + 0.5) / slices
        p.drawEllipse(QPointF(cx + r * 0.55 * math.cos(a), cy + r * 0.55 * math.sin(a)), 7, 7)


def fractions(p: QPainter) -> None:
    _pizza(p, 110, 90, 62, 4)
    p.setPen(QColor("#ffffff"))
    font = p.font()
    font.setPointSize(34)
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(190, 30, 110, 120), Qt.AlignmentFlag.AlignCenter, "¼")


def vegetables(p: QPainter) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#78350f"))
    p.drawRect(QRectF(0, 130, W, 50))
    for x in (60, 140, 220, 290):
        p.setPen(QPen(QColor("#166534"), 4))
        p.drawLine(QPointF(x, 130), QPointF(x, 85))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#22c55e"))
        p.drawEllipse(QPointF(x - 14, 88), 16, 8)
        p.drawEllipse(QPointF(x + 14, 98), 16, 8)
    p.setBrush(QColor("#fde047"))
    p.drawEllipse(QPointF(270, 38), 22, 22)


def spreadsheets(p: QPainter) -> None:
    p.setPen(QPen(QColor("#ffffff"), 3))
    p.drawLine(QPointF(40, 150), QPointF(290, 150))
    p.drawLine(QPointF(40, 150), QPointF(40, 25))
    p.setPen(Qt.PenStyle.NoPen)
    for i, h in enumerate((40, 75, 55, 100, 85)):
        p.setBrush(QColor("#fef3c7") if i != 3 else QColor("#f59e0b"))
        p.drawRect(QRectF(60 + i * 45, 150 - h, 30, h))


def networks(p: QPainter) -> None:
    nodes = [(60, 50), (150, 35), (250, 60), (90, 130), (200, 135), (280, 140)]
    p.setPen(QPen(QColor("#93c5fd"), 3))
    for a, b in ((0, 1), (1, 2), (0, 3), (1, 4), (3, 4), (2, 5), (4, 5), (1, 3)):
        p.drawLine(QPointF(*nodes[a]), QPointF(*nodes[b]))
    p.setPen(Qt.PenStyle.NoPen)
    for i, (x, y) in enumerate(nodes):
        p.setBrush(QColor("#f59e0b") if i == 4 else QColor("#e0f2fe"))
        p.drawEllipse(QPointF(x, y), 12, 12)


def first_aid(p: QPainter) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(QRectF(110, 40, 100, 100), 16, 16)
    p.setBrush(QColor("#dc2626"))
    p.drawRect(QRectF(148, 55, 24, 70))
    p.drawRect(QRectF(125, 78, 70, 24))


COVERS: dict[str, tuple[str, str, Callable[[QPainter], None]]] = {
    "fractions-in-the-kitchen": ("#fb923c", "#c2410c", fractions),
    "growing-vegetables": ("#7dd3fc", "#bae6fd", vegetables),
    "spreadsheets-for-data": ("#10b981", "#047857", spreadsheets),
    "networks-and-security": ("#1e3a8a", "#312e81", networks),
    "first-aid-basics": ("#f87171", "#b91c1c", first_aid),
}


def draw(top: str, bottom: str, subject: Callable[[QPainter], None]) -> QImage:
    image = QImage(W, H, QImage.Format.Format_RGB32)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    gradient = QLinearGradient(0, 0, 0, H)
    gradient.setColorAt(0, QColor(top))
    gradient.setColorAt(1, QColor(bottom))
    p.fillRect(image.rect(), gradient)
    subject(p)
    p.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv)
    for slug, (top, bottom, subject) in COVERS.items():
        target = DEMO / slug / "images" / "cover.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not draw(top, bottom, subject).save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(f"{target.relative_to(DEMO.parent.parent)}: {target.stat().st_size} bytes")
    pizza = DEMO / "fractions-in-the-kitchen" / "images" / "pizza.png"
    image = QImage(240, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    _pizza(p, 120, 120, 100, 4)
    p.end()
    image.save(str(pizza))
    print(f"{pizza.relative_to(DEMO.parent.parent)}: {pizza.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
