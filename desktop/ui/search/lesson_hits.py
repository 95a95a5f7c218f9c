"""The list of lesson search hits, shown by the catalogue and the course page.

Each hit names its lesson (and course, in the catalogue) and the section it
was found in, with a snippet in which the matched words stand out.  The
snippet is the author's text: it is escaped before the marks the store put
around each match (``HIT_START``/``HIT_END``) become the highlight, so a
lesson's ``<`` or ``&`` is shown as written.  Enter, a double click or a
click on a hit emits ``hit_opened`` (lesson id, section key).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.store.reads import HIT_END, HIT_START, LessonHit
from desktop.ui.theme import LIGHT, Colors

HitRole = Qt.ItemDataRole.UserRole + 1
MAX_LIST_HEIGHT = 200  # about five hits; more scroll


def snippet_html(snippet: str, accent: str) -> str:
    """The snippet as rich text, each match in bold and in the accent colour."""
    escaped = html.escape(" ".join(snippet.split()), quote=False)
    return escaped.replace(HIT_START, f'<b style="color:{accent}">').replace(HIT_END, "</b>")


def snippet_text(snippet: str) -> str:
    return " ".join(snippet.replace(HIT_START, "").replace(HIT_END, "").split())


class LessonHits(QWidget):
    hit_opened = Signal(str, str)  # lesson id, section key

    def __init__(self, parent: QWidget | None = None, *, with_course: bool = True) -> None:
        super().__init__(parent)
        self.with_course = with_course
        self.colors = LIGHT
        self.query = ""
        self.hits: list[LessonHit] = []
        self.heading = QLabel(self)
        self.heading.setObjectName("sectionTitle")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget(self)
        self.list.setObjectName("lessonHits")
        self.list.setAccessibleName(self.tr("Found in downloaded lessons"))
        self.list.setWordWrap(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self.list.itemActivated.connect(self.on_list_item_activated)
        self.list.itemClicked.connect(self.on_list_item_activated)
        self.hide()

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self.show_hits(self.query, self.hits)

    def show_hits(self, query: str, hits: list[LessonHit]) -> None:
        """Show ``hits`` for ``query``; with no query the list hides, with no hit
        it says so (the course page) or hides (the catalogue, where the
        courses found are the answer)."""
        self.query, self.hits = query, hits
        self.list.clear()
        if not query.strip() or (not hits and self.with_course):
            self.hide()
            return
        if not hits:
            self.heading.setText(
                self.tr("No downloaded lesson of this course mentions “{words}”.").format(
                    words=query
                )
            )
            self.list.hide()
            self.show()
            return
        self.heading.setText(self.tr("Found in downloaded lessons: %Ln section(s)", "", len(hits)))
        height = 2 * self.list.frameWidth()
        for hit in hits:
            height += self._add(hit)
        self.list.setFixedHeight(min(height, MAX_LIST_HEIGHT))  # no empty rows below the hits
        self.list.show()
        self.show()

    def _add(self, hit: LessonHit) -> int:
        place = [hit.course_title] if self.with_course else []
        place.append(hit.lesson_title)
        if hit.section_title:
            place.append(hit.section_title)
        where = " › ".join(place)
        label = QLabel(self.list)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(False)  # two lines: its size hint is then its true size
        label.setContentsMargins(6, 4, 6, 4)
        label.setText(
            f"<b>{html.escape(where, quote=False)}</b><br>"
            f'<span style="color:{self.colors.muted}">'
            f"{snippet_html(hit.snippet, self.colors.accent)}</span>"
        )
        item = QListWidgetItem(self.list)
        item.setData(HitRole, (hit.lesson_id, hit.section_key))
        spoken = self.tr("{place}: {snippet}").format(
            place=where, snippet=snippet_text(hit.snippet)
        )
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        item.setSizeHint(label.sizeHint())
        self.list.setItemWidget(item, label)
        return int(label.sizeHint().height())

    def on_list_item_activated(self, item: QListWidgetItem) -> None:
        lesson_id, section_key = item.data(HitRole)
        self.hit_opened.emit(str(lesson_id), str(section_key))
