"""Course thumbnails, scaled once and kept in ``QPixmapCache``.

A course without a downloaded image gets a generated tile (a colour picked
from its title and its initials) so the catalogue never shows a hole.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPixmap,
    QPixmapCache,
)

_TILE_HUES = (25, 200, 145, 265, 340, 45, 180, 220)


def thumbnail(path: str | None, title: str, size: QSize, *, radius: float = 8.0) -> QPixmap:
    key = f"lantern-thumb:{path or ''}:{title}:{size.width()}x{size.height()}"
    cached = QPixmap()
    if QPixmapCache.find(key, cached):
        return cached
    pixmap = _load(path, size) if path else None
    if pixmap is None:
        pixmap = _placeholder(title, size)
    pixmap = _rounded(pixmap, radius)
    QPixmapCache.insert(key, pixmap)
    return pixmap


def _load(path: str, size: QSize) -> QPixmap | None:
    if not Path(path).is_file():
        return None
    image = QPixmap(path)
    if image.isNull():
        return None  # unreadable file: the placeholder is shown instead
    scaled = image.scaled(
        size,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    x = (scaled.width() - size.width()) // 2
    y = (scaled.height() - size.height()) // 2
    return scaled.copy(x, y, size.width(), size.height())


def _placeholder(title: str, size: QSize) -> QPixmap:
    digest = hashlib.sha1(title.encode("utf-8"), usedforsecurity=False).digest()
    hue = _TILE_HUES[digest[0] % len(_TILE_HUES)]
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    gradient = QLinearGradient(0, 0, size.width(), size.height())
    gradient.setColorAt(0, QColor.fromHsl(hue, 150, 120))
    gradient.setColorAt(1, QColor.fromHsl((hue + 30) % 360, 160, 80))
    painter.fillRect(pixmap.rect(), gradient)
    words = [w for w in title.split() if w[:1].isalnum()]
    initials = "".join(w[0] for w in words[:2]).upper() or "?"
    font = QFont()
    font.setPixelSize(max(10, size.height() // 3))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(255, 255, 255, 230))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, initials)
    painter.end()
    return pixmap


def _rounded(source: QPixmap, radius: float) -> QPixmap:
    result = QPixmap(source.size())
    result.fill(Qt.GlobalColor.transparent)
    painter = QPainter(result)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addRoundedRect(QRectF(result.rect()), radius, radius)
    painter.setClipPath(path)
    painter.drawPixmap(0, 0, source)
    painter.end()
    return result
