"""The lesson reader: a ``QTextBrowser`` whose images come from the offline cache."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.ui.markdown_render import style_document
from desktop.ui.theme import LIGHT, Colors

log = logging.getLogger(__name__)

#: maps an image reference in a lesson ("images/loop.png") to a cached file, or None
ImageResolver = Callable[[str], Path | None]


def no_images(_ref: str) -> Path | None:
    return None


class LessonBrowser(QTextBrowser):
    def __init__(
        self, parent: QWidget | None = None, *, resolve_image: ImageResolver = no_images,
        colors: Colors = LIGHT,
    ) -> None:
        super().__init__(parent)
        self.resolve_image = resolve_image
        self.colors = colors
        self.setOpenExternalLinks(True)
        self.setAccessibleName("Lesson text")
        self.missing_images: list[str] = []

    def show_markdown(self, markdown: str) -> None:
        self.missing_images = []
        doc = self.document()
        doc.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        style_document(doc, self.colors)

    def loadResource(self, kind: int, name: QUrl | str, /) -> Any:  # Qt override
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return super().loadResource(kind, name)
        ref = name.toString() if isinstance(name, QUrl) else name
        path = self.resolve_image(ref)
        if path is not None and path.is_file():
            image = QImage(str(path))
            if not image.isNull():
                width = self.viewport().width() - 60
                if width > 0 and image.width() > width:
                    image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
                return image
            log.warning("lesson image unreadable: %s", path)
        self.missing_images.append(ref)
        return self._missing_image(ref)

    def _missing_image(self, ref: str) -> QImage:
        image = QImage(360, 90, QImage.Format.Format_ARGB32)
        image.fill(QColor(self.colors.alt_base))
        painter = QPainter(image)
        painter.setPen(QColor(self.colors.muted))
        painter.drawRect(image.rect().adjusted(0, 0, -1, -1))
        painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter,
                         f"Image not downloaded yet\n{Path(ref).name}")
        painter.end()
        return image
