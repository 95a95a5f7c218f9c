"""Each screen built with sample data, for ``scripts/screenshots.py``."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from desktop.account.setup_code import make_setup_code
from desktop.course_package import load_package
from desktop.course_package.sample import load_sample_course
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.replica.importer import import_package, import_sample_course
from desktop.ui.catalogue.view import CatalogueView
from desktop.ui.course.lesson_list import LessonRole
from desktop.ui.course.view import CourseView
from desktop.ui.dashboard.view import DashboardView
from desktop.ui.lesson.recorder import PreviewRecorder
from desktop.ui.lesson.view import LessonView
from desktop.ui.operations import reads as store_reads
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.pages.class_page import ClassPage
from desktop.ui.pages.notifications import NotificationsView
from desktop.ui.pages.pending import PendingView
from desktop.ui.pages.settings import SettingsView
from desktop.ui.preview.window import PreviewWindow
from desktop.ui.quiz.view import QuizView
from desktop.ui.shell.demo_courses import demo_packages
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.shell.sign_in import SignInDialog
from desktop.ui.shell.window_first import loading_window
from desktop.ui.theme import RESOURCES, Theme
from desktop.ui.viewdata import ClassPageData, CompletedCourse, LearnerProfile, SettingsData
from tests.samples.sample_catalogue import ListCatalogue, sample_courses
from tests.samples.sample_class import BO, sample_class
from tests.samples.sample_content import (
    NOW,
    sample_course,
    sample_dashboard,
    sample_lesson,
    sample_notifications,
    sample_pending,
    sample_quiz,
)


def build_demo_screens(theme: Theme) -> dict[str, Callable[[], QWidget]]:
    """Every screen scripts/screenshots.py draws, by name, in ``theme``."""
    return {**_window_screens(theme), **_page_screens(theme), **_dialog_screens()}


def _window_screens(theme: Theme) -> dict[str, Callable[[], QWidget]]:
    """The whole window, as a guest with the demo catalogue sees it."""

    def main_window() -> QWidget:
        shell = _guest_shell(theme)
        shell.window.resize(1280, 800)
        return shell.window

    def main_course() -> QWidget:
        shell = _guest_shell(theme)
        shell.open_course(_sample_course_id(shell))
        _settle(shell.runner)
        shell.window.resize(1280, 800)
        return shell.window

    def main_lesson() -> QWidget:
        shell = _guest_shell(theme)
        shell.open_course(_sample_course_id(shell))
        _settle(shell.runner)
        lessons = shell.course.lessons_model
        shell.open_lesson(lessons.index(min(1, lessons.rowCount() - 1)).data(LessonRole).id)
        _settle(shell.runner)
        shell.window.resize(1280, 820)
        return shell.window

    def preview() -> QWidget:
        runner = TaskRunner()
        window = PreviewWindow(RESOURCES / "sample-course", runner)
        _settle(runner)
        window.resize(1280, 800)
        return window

    def loading() -> QWidget:
        window = loading_window()  # the first frame, before the store is open
        window.resize(1280, 800)
        return window

    return {
        "main": main_window,
        "main-course": main_course,
        "main-lesson": main_lesson,
        "preview": preview,
        "loading": loading,
    }


def _page_screens(theme: Theme) -> dict[str, Callable[[], QWidget]]:
    """Each page and dialog on its own, over sample content."""

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
        view.show_dashboard(replace(sample_dashboard(), completed=_COMPLETED))
        view.resize(1100, 1000)
        return view

    def notifications() -> QWidget:
        view = NotificationsView()
        view.show_notifications(sample_notifications())
        view.resize(900, 500)
        return view

    def pending() -> QWidget:
        view = PendingView()
        view.set_colors(theme.colors)
        view.show_changes(sample_pending())
        view.resize(900, 500)
        return view

    def settings() -> QWidget:
        view = SettingsView(confirm=False)
        view.show_settings(
            SettingsData(
                "http://127.0.0.1:54321",
                "eyJhbGciOiJIUzI1NiJ9.demo-anon-key.sig",
                LearnerProfile(
                    "u1", "sam", "Sam Learner", "http://127.0.0.1:54321", pending_changes=2
                ),
                "/home/sam/.local/share/Lantern",
            )
        )
        view.show_opt_out_result(True, "You're off the leaderboard.")
        view.show_appearance(theme.scheme, theme.text_scale)  # the colours drawn
        view.resize(900, 620)
        return view

    def class_page() -> QWidget:
        view = ClassPage()
        view.set_colors(theme.colors)
        view.show_class(_sample_class_page())
        view.select_learner(BO)  # the learner who needs help, lesson by lesson
        view.resize(1100, 880)
        return view

    return {
        "catalogue": catalogue,
        "course": course,
        "lesson": lesson,
        "quiz": quiz,
        "dashboard": dashboard,
        "notifications": notifications,
        "pending": pending,
        "settings": settings,
        "class-page": class_page,
    }


def _dialog_screens() -> dict[str, Callable[[], QWidget]]:
    """The sign-in dialog, on a laptop that knows its server and on a fresh one."""

    def signin() -> QWidget:
        dialog = SignInDialog(
            _DemoAccounts(), TaskRunner(), current_server="http://127.0.0.1:54321"
        )
        dialog.email.setText("sam@example.org")
        return dialog

    def signin_server() -> QWidget:
        dialog = SignInDialog(_DemoAccounts(), TaskRunner())  # a fresh laptop: no server yet
        key = "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.c2lnbmF0dXJlLW9mLWEtZGVtby1rZXk"
        dialog.setup_code.setText(make_setup_code("https://school.supabase.co", key).code())
        return dialog

    return {"signin": signin, "signin-server": signin_server}


# finished courses, so the dashboard's Completed section is in the picture
_COMPLETED = (
    CompletedCourse("course-web", "How the Web works", NOW - timedelta(days=4)),
    CompletedCourse("course-typing", "Touch typing in a week", NOW - timedelta(days=19)),
)


# the screens that are the whole window: scripts/screenshots.py --size draws them at a size
WINDOW_SCREENS = ("main", "main-course", "main-lesson", "loading", "preview")


def _sample_course_id(_shell: LearnerShell) -> str:
    package = load_sample_course().package
    assert package is not None
    return str(package.id)


def _settle(runner: TaskRunner) -> None:
    """Process events until every background op has reported back."""
    app = QApplication.instance()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if app is not None:
            app.processEvents()
        if runner.running == 0:
            break
        time.sleep(0.01)  # noqa: TID251 - deliberate: a script waiting for worker threads  # allowed-sleep


def _sample_class_page() -> ClassPageData:
    """A teacher's store holding tests/samples/sample_class.py's class, read as the shell would."""
    folder = Path(tempfile.mkdtemp(prefix="lantern-shots-"))
    store, _recovery = ProfileDirectory(folder).open_learner("5a000000-0000-4000-8000-000000000001")
    sample_class(store, datetime.now(UTC))
    try:
        return store_reads.class_page(store)
    finally:
        store.close()


def _guest_shell(theme: Theme) -> LearnerShell:
    """The real window over a throwaway guest store holding the bundled sample course."""
    folder = Path(tempfile.mkdtemp(prefix="lantern-shots-"))
    store, _recovery = ProfileDirectory(folder).open_guest()
    import_sample_course(store)
    for package_dir in demo_packages()[1:]:  # the demo catalogue, as `lantern demo` shows it
        loaded = load_package(package_dir)
        if loaded.package is not None:
            import_package(store, loaded.package)
    runner = TaskRunner()
    shell = LearnerShell(store, runner, theme, confirm=False)
    shell.window.sync_status.show_guest()  # as the app does for a guest (AppFlow)
    _settle(runner)
    return shell


class _DemoAccounts:
    """Learners listed in the sign-in screenshot; the buttons are never pressed."""

    def known_learners(self) -> list[LearnerProfile]:
        return [
            LearnerProfile("u1", "sam", "Sam Learner", "", pending_changes=2),
            LearnerProfile("u2", "ana", "Ana Lima", ""),
        ]

    def continue_as(self, user_id: str) -> LearnerProfile:
        raise NotImplementedError("screenshot only")

    def unlock(self, user_id: str, secret: str, *, pin: bool = False) -> LearnerProfile:
        raise NotImplementedError("screenshot only")

    def quick_pin_allowed(self) -> bool:
        return False

    def set_pin(self, user_id: str, pin: str) -> None:
        raise NotImplementedError("screenshot only")

    def sign_in(self, email: str, password: str) -> LearnerProfile:
        raise NotImplementedError("screenshot only")

    def send_password_reset(self, email: str) -> None:
        raise NotImplementedError("screenshot only")

    def reset_password(self, email: str, code: str, new_password: str) -> LearnerProfile:
        raise NotImplementedError("screenshot only")

    def sign_up(self, email: str, password: str, username: str, full_name: str) -> LearnerProfile:
        raise NotImplementedError("screenshot only")

    def study_as_guest(self) -> LearnerProfile:
        raise NotImplementedError("screenshot only")

    def use_server(self, url: str, anon_key: str) -> str:
        raise NotImplementedError("screenshot only")

    def use_local_server(self) -> str:
        raise NotImplementedError("screenshot only")
