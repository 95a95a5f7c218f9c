"""Each screen built with sample data, for ``scripts/screenshots.py``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.ui.catalogue_view import CatalogueView
from desktop.ui.course_view import CourseView
from desktop.ui.lesson_view import LessonView
from desktop.ui.recorder import PreviewRecorder
from desktop.ui.sample_catalogue import ListCatalogue, sample_courses
from desktop.ui.sample_content import sample_course, sample_lesson
from desktop.ui.theme import Theme


def build_demo_screens(theme: Theme) -> dict[str, Callable[[], QWidget]]:
    def catalogue() -> QWidget:
        view = CatalogueView(ListCatalogue(sample_courses(10_000)))
        view.set_colors(theme.colors)
        view.resize(1000, 720)
        return view

    def course() -> QWidget:
        view = CourseView()
        view.set_colors(theme.colors)
        view.show_course(sample_course())
        view.resize(1000, 900)
        return view

    def lesson() -> QWidget:
        view = LessonView(PreviewRecorder())
        view.preview_label.hide()  # the screenshot shows the learner's view
        view.set_colors(theme.colors)
        view.show_lesson(sample_lesson())
        view.resize(1100, 800)
        return view

    return {"catalogue": catalogue, "course": course, "lesson": lesson}
