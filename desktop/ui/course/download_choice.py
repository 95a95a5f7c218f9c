"""What a course's download brings: everything, text only, or some lessons' files.

The sizes come from the course's file manifest (pulled with the catalogue), so
the learner sees what a download costs before it starts: the whole course,
each lesson, and the total of what is ticked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store.models import ALL_FILES, SOME_LESSONS, TEXT_ONLY
from desktop.ui import i18n
from desktop.ui.viewdata import CourseDetail, FileChoice
from desktop.ui.widgets.radio_group import one_tab_stop
from desktop.ui.widgets.sizes import data_size

LessonIdRole = Qt.ItemDataRole.UserRole + 1


class DownloadChoiceDialog(QDialog):
    def __init__(self, course: CourseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Download for offline"))
        self.course = course
        total = course.download_bytes or 0
        intro = QLabel(
            self.tr(
                "“{course}”: every lesson's text and quizzes come in any case. "
                "Choose which pictures and media to keep on this computer too."
            ).format(course=course.title),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.everything = QRadioButton(
            self.tr("&Everything ({size} of pictures and media)").format(size=data_size(total))
        )
        self.text_only = QRadioButton(self.tr("&Text only: no pictures or media"))
        self.some = QRadioButton(
            self.tr("&Only the pictures and media of the lessons ticked below")
        )
        self.group = QButtonGroup(self)
        for button in (self.everything, self.text_only, self.some):
            self.group.addButton(button)
        self.everything.setChecked(True)
        one_tab_stop([self.everything, self.text_only, self.some])
        self.lessons = QListWidget(self)
        self.lessons.setAccessibleName(self.tr("Lessons whose pictures and media to download"))
        for row in sorted(course.lessons, key=lambda r: r.position):
            size = data_size(row.download_bytes) if row.download_bytes else self.tr("no files")
            words = self.tr("{number}. {lesson} — {size}").format(
                number=i18n.number(row.position), lesson=row.title, size=size
            )
            item = QListWidgetItem(words, self.lessons)
            item.setData(LessonIdRole, row.id)
            item.setData(Qt.ItemDataRole.UserRole + 2, row.download_bytes)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.summary = QLabel(self)
        self.summary.setObjectName("muted")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Download"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for widget in (self.everything, self.text_only, self.some, self.lessons):
            layout.addWidget(widget)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.group.buttonToggled.connect(self.on_choice_changed)
        self.lessons.itemChanged.connect(self.on_choice_changed)
        self.on_choice_changed()

    def choice(self) -> FileChoice:
        if self.text_only.isChecked():
            return FileChoice(TEXT_ONLY)
        if self.some.isChecked():
            return FileChoice(SOME_LESSONS, tuple(self._ticked()))
        return FileChoice(ALL_FILES)

    def planned_bytes(self) -> int:
        """What the chosen files take (a file two ticked lessons share counts
        in both rows but is downloaded once, so this may overstate it a little)."""
        if self.text_only.isChecked():
            return 0
        if self.some.isChecked():
            return sum(
                int(self.lessons.item(i).data(Qt.ItemDataRole.UserRole + 2) or 0)
                for i in range(self.lessons.count())
                if self.lessons.item(i).checkState() == Qt.CheckState.Checked
            )
        return self.course.download_bytes or 0

    def _ticked(self) -> list[str]:
        return [
            str(self.lessons.item(i).data(LessonIdRole))
            for i in range(self.lessons.count())
            if self.lessons.item(i).checkState() == Qt.CheckState.Checked
        ]

    def on_choice_changed(self, *_args: object) -> None:
        self.lessons.setEnabled(self.some.isChecked())
        planned = self.planned_bytes()
        if self.text_only.isChecked() or planned == 0:
            self.summary.setText(self.tr("Pictures and media to download: none."))
        else:
            self.summary.setText(
                self.tr("Pictures and media to download: up to {size}.").format(
                    size=data_size(planned)
                )
            )
