"""Each screen built with sample data, for ``scripts/screenshots.py``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.ui.catalogue_view import CatalogueView
from desktop.ui.course_view import CourseView
from desktop.ui.dashboard_view import DashboardView
from desktop.ui.lesson_view import LessonView
from desktop.ui.quiz_view import QuizView
from desktop.ui.recorder import PreviewRecorder
from desktop.ui.sample_catalogue import ListCatalogue, sample_courses
from desktop.ui.sample_content import (
    sample_course,
    sample_dashboard,
    sample_lesson,
    sample_quiz,
)
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

    def quiz() -> QWidget:
        view = QuizView(PreviewRecorder())
        view.show_quiz(sample_quiz())
        view.questions[0].set_answer("b")
        view.questions[1].set_answer(["a"])
        view.questions[2].set_answer("FileNotFoundError")
        view.on_submit_clicked()
        view.resize(1100, 860)
        return view

    def dashboard() -> QWidget:
        view = DashboardView()
        view.set_colors(theme.colors)
        view.show_dashboard(sample_dashboard())
        view.resize(1100, 1000)
        return view

    return {"catalogue": catalogue, "course": course, "lesson": lesson, "quiz": quiz,
            "dashboard": dashboard}
