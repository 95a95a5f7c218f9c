"""The self-test's steps (see :mod:`desktop.selftest`): the app as a guest would use it.

Lantern starts through the app's own composition root (:class:`desktop.app.Lantern`):
the loading window, the modules imported on a worker thread, the sync
service, the network-reachability hook and the sign-in flow — so the frozen
app exercises the same imports, plugins and data files a learner's start
does.  Only the data directory is a temporary one and the token vault a file
in it (a guest never needs tokens, and the test must not touch the learner's
keyring).
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon, QImageReader, QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.account.session import AuthSession
from desktop.account.settings import ServerSettings
from desktop.account.vault import FileVault, keyring_usable
from desktop.app import Lantern
from desktop.course_package.math_spans import formula_problem
from desktop.course_package.model import CoursePackage
from desktop.course_package.model import Lesson as PackageLesson
from desktop.course_package.sample import SAMPLE_COURSE_DIR, load_sample_course
from desktop.selftest.report import Reporter, SelfTestFailed, wait_until
from desktop.store.db import ProfileDirectory
from desktop.store.models import LessonProgress, QuizAttempt
from desktop.store.reads import is_completed
from desktop.ui import i18n
from desktop.ui.catalogue.model import CourseRole
from desktop.ui.course.lesson_list import LessonRole
from desktop.ui.lesson.code_blocks import can_highlight
from desktop.ui.lesson.math_images import Formula, draw
from desktop.ui.shell.app_flow import AppFlow
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.theme import RESOURCES, STYLESHEET
from desktop.ui.viewdata import QuizAttemptSummary
from desktop.ui.words.package import problem_text

# Image types a course package may use (desktop/course_package/images.py).
IMAGE_FORMATS = ("png", "jpeg", "gif", "webp", "svg")
# Shaped like an anon key; only used to build an SDK client, never sent anywhere.
OFFLINE_KEY = "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.c2VsZi10ZXN0LW9ubHk"


@dataclass
class Recorded:
    """What the widgets did, to compare with what a fresh connection reads."""

    sections: list[str] = field(default_factory=list)
    attempts: list[QuizAttemptSummary] = field(default_factory=list)
    answers: dict[str, dict[str, object]] = field(default_factory=dict)
    started: float = 0.0


def practice_lesson(package: CoursePackage) -> PackageLesson:
    """The first lesson with a practice quiz: its answer key travels with the course."""
    for lesson in package.lessons:
        if lesson.quiz_mode == "practice" and lesson.questions:
            return lesson
    raise SelfTestFailed("bundle", "the sample course has no lesson with a practice quiz")


class SelfTest:
    def __init__(self, data_dir: Path, reporter: Reporter) -> None:
        self.data_dir = data_dir
        self.r = reporter
        self.recorded = Recorded()

    def run(self) -> None:
        with self.r.step_named("bundle"):
            package, lesson = self.check_bundle()
        with self.r.step_named("start"):
            lantern = Lantern(
                self.start_qt(),
                data_dir=self.data_dir,
                vault=FileVault(self.data_dir / "tokens.json"),
            )
            lantern.start()
            wait_until(
                self.r,
                lambda: lantern.flow is not None or lantern.failure is not None,
                "the app to compose its parts",
            )
            self.r.check(lantern.failure is None, f"the app did not start: {lantern.failure!r}")
            assert lantern.flow is not None
            flow = lantern.flow
        try:
            with self.r.step_named("guest"):
                shell = self.study_as_guest(flow)
            with self.r.step_named("catalogue"):
                self.open_course(shell, package)
            with self.r.step_named("lesson"):
                self.study_lesson(shell, lesson)
            with self.r.step_named("quiz"):
                self.take_quiz(shell, lesson)
            with self.r.step_named("media"):
                self.watch_and_read(shell, package)
        finally:
            lantern.shutdown()  # saves the lesson page, waits for writes, closes the store
        with self.r.step_named("read back"):
            self.read_back(lesson)

    # steps ----------------------------------------------------------------------
    def check_bundle(self) -> tuple[CoursePackage, PackageLesson]:
        loaded = load_sample_course()
        self.r.check(
            loaded.package is not None,
            f"the sample course in {SAMPLE_COURSE_DIR} does not load: "
            + "; ".join(problem_text(p) for p in loaded.problems[:3]),
        )
        assert loaded.package is not None
        for path in (STYLESHEET, RESOURCES / "icons" / "lantern.png"):
            self.r.check(path.is_file() and path.stat().st_size > 0, f"{path} is missing")
        for language in i18n.SHIPPED:  # each compiled catalogue loads
            if language == i18n.SOURCE:
                continue
            catalogue = i18n.catalogue_path(language)
            self.r.check(QTranslator().load(str(catalogue)), f"{catalogue} does not load")
        # the sample course's fenced code (http, html) and the commonest languages
        missing = [name for name in ("http", "html", "python") if not can_highlight(name)]
        self.r.check(not missing, f"no code highlighting for {', '.join(missing)} (Pygments)")
        formula = Formula("\\frac{1}{2}", True, 11.0, "#000000", 1.0)
        self.r.check(draw(formula) is not None, "formulas cannot be drawn (ziamath, QtSvg)")
        self.r.check(formula_problem(formula.tex) is None, "formulas cannot be read (latex2mathml)")
        # Builds an SDK client (supabase, httpx, pydantic …) without any request.
        vault = FileVault(self.data_dir / "tokens.json")
        AuthSession(ServerSettings("http://127.0.0.1:9", OFFLINE_KEY), vault)
        from desktop.ui.shell.help import version

        self.r.say(f"self-test: info  Lantern {version()}, resources in {RESOURCES}")
        where = "system keyring" if keyring_usable() else "private file (no usable keyring)"
        self.r.say(f"self-test: info  tokens would be kept in the {where}")
        return loaded.package, practice_lesson(loaded.package)

    def start_qt(self) -> QApplication:
        existing = QApplication.instance()
        if isinstance(existing, QApplication):
            app = existing
        else:
            app = QApplication(sys.argv[:1] or ["lantern"])
        app.setApplicationName("Lantern")
        formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
        missing = [f for f in IMAGE_FORMATS if f not in formats]
        self.r.check(
            not missing,
            f"Qt cannot read {', '.join(missing)} images (image format plugins missing)",
        )
        icon = QIcon(str(RESOURCES / "icons" / "lantern.png"))
        self.r.check(not icon.isNull(), "the app icon does not load")
        self.r.say(
            f"self-test: info  Qt platform {QGuiApplication.platformName()}, "
            f"image formats {', '.join(IMAGE_FORMATS)}"
        )
        return app

    def study_as_guest(self, flow: AppFlow) -> LearnerShell:
        wait_until(
            self.r,
            lambda: flow.dialog is not None and flow.dialog.isVisible(),
            "the first-run dialog",
        )
        assert flow.dialog is not None
        flow.dialog.guest.click()
        wait_until(
            self.r,
            lambda: flow.shell is not None and flow.shell.window.isVisible(),
            "the guest's window",
        )
        assert flow.shell is not None
        return flow.shell

    def open_course(self, shell: LearnerShell, package: CoursePackage) -> None:
        model = shell.catalogue.model
        course_id = str(package.id)

        def row() -> int | None:  # cards may still be loading: a row can be empty for now
            return next(
                (
                    r
                    for r in range(model.rowCount())
                    if getattr(model.index(r).data(CourseRole), "id", None) == course_id
                ),
                None,
            )

        wait_until(self.r, lambda: row() is not None, f"“{package.title}” in the catalogue")
        shell.catalogue.on_list_activated(model.index(row() or 0))
        wait_until(
            self.r,
            lambda: (
                shell.window.current_page == "course"
                and shell.course.course is not None
                and shell.course.course.id == course_id
            ),
            "the course page",
        )

    def study_lesson(self, shell: LearnerShell, lesson: PackageLesson) -> None:
        lesson_id = str(lesson.id)
        lessons = shell.course.lessons_model
        rows = [
            r
            for r in range(lessons.rowCount())
            if getattr(lessons.index(r).data(LessonRole), "id", None) == lesson_id
        ]
        self.r.check(bool(rows), f"“{lesson.title}” is not listed on the course page")
        shell.course.on_lessons_activated(lessons.index(rows[0]))
        view = shell.lesson
        wait_until(
            self.r,
            lambda: (
                shell.window.current_page == "lesson"
                and view.lesson is not None
                and view.lesson.id == lesson_id
            ),
            "the lesson page",
        )
        self.recorded.started = time.monotonic()
        self.r.check(view.contents.count() > 0, "the lesson shows no sections")
        self.recorded.sections = [
            str(view.contents.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(view.contents.count())
        ]
        shell.window.activateWindow()
        QApplication.sendEvent(
            view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
        )
        view.contents.setCurrentRow(0)
        view.mark_read.click()
        first = self.recorded.sections[0]
        # the section tracker's own flush timer saves it, as while reading
        wait_until(
            self.r,
            lambda: _stored_sections(shell).get(first) == 100,
            "the first section's progress in the store",
        )
        wait_until(
            self.r,
            lambda: view.activity.seconds >= 1.0,
            "one second of counted study time (is the window active?)",
        )
        view.complete.click()
        wait_until(self.r, lambda: _stored_completed(shell), "the completed lesson in the store")

    def take_quiz(self, shell: LearnerShell, lesson: PackageLesson) -> None:
        view = shell.quiz
        shell.lesson.quiz.click()
        wait_until(
            self.r,
            lambda: (
                shell.window.current_page == "quiz"
                and view.quiz is not None
                and view.quiz.lesson_id == str(lesson.id)
            ),
            "the quiz page",
        )
        assert view.quiz is not None
        self.r.check(
            view.quiz.mode == "practice" and view.quiz.answer_keys is not None,
            "the practice quiz cannot be graded offline (answer key missing)",
        )
        self.r.check(
            len(view.questions) == len(lesson.questions),
            f"{len(view.questions)} questions shown, the course has {len(lesson.questions)}",
        )
        correct = {str(q.id): q for q in lesson.questions}
        for widget in view.questions:
            question = correct[widget.question.id]
            right = list(question.correct)
            widget.set_answer(right if question.kind == "multiple_choice" else right[0])
        view.attempt_submitted.connect(self.recorded.attempts.append)
        self.recorded.answers = view.answers()
        view.submit.click()
        self.r.check(len(self.recorded.attempts) == 1, "submitting recorded no attempt")
        points = sum(q.points for q in lesson.questions)
        summary = self.recorded.attempts[0]
        self.r.check(
            (summary.score, summary.max_score, summary.passed) == (points, points, True),
            f"all answers right but graded {summary.score}/{summary.max_score}",
        )
        self.r.check(
            f"{points} of {points} points" in view.result.text(),
            f"the result line says “{view.result.text()}”",
        )
        wait_until(self.r, lambda: shell.runner.running == 0, "the attempt to be saved")

    def watch_and_read(self, shell: LearnerShell, package: CoursePackage) -> None:
        """The sample's video plays (Qt Multimedia and its FFmpeg plugin are in
        the bundle) and its PDF is drawn (PDFium); what was watched is stored."""
        lesson = next(
            (each for each in package.lessons if any(m.kind == "video" for m in each.media)), None
        )
        self.r.check(lesson is not None, "the sample course has no video")
        assert lesson is not None
        shell.open_lesson(str(lesson.id))
        view = shell.lesson
        wait_until(
            self.r,
            lambda: (
                view.lesson is not None
                and view.lesson.id == str(lesson.id)
                and bool(view.lesson.media)
            ),
            "the lesson with the video",
        )
        assert view.lesson is not None
        by_kind = {item.kind: item for item in view.lesson.media}
        self.r.check(
            by_kind.get("video") is not None and by_kind["video"].file is not None,
            "the sample video is not in the guest's files",
        )
        self._open_card(view, by_kind["video"].index)
        player = view.player
        wait_until(self.r, lambda: player.position.maximum() > 0, "the video to load")
        self.r.check(
            not player.message.isVisible(), f"the video cannot play: {player.message.text()}"
        )
        player.toggle()
        wait_until(self.r, lambda: player.position_ms() >= 1000, "one second of the video playing")
        player.toggle()
        key = f"media:{by_kind['video'].path}"
        wait_until(
            self.r,
            lambda: (_stored_sections(shell).get(key) or 0) > 0,
            "what was watched, in the store",
        )
        if "document" in by_kind:
            self._open_card(view, by_kind["document"].index)
            wait_until(self.r, lambda: view.pdf.count > 0, "the PDF's first page drawn")
            view.pdf.close_view()

    def _open_card(self, view: Any, index: int) -> None:
        hrefs = [href for href, i in view.browser.media_links.items() if i == index]
        self.r.check(bool(hrefs), "the lesson shows no card for its media")
        view.browser.anchorClicked.emit(hrefs[0])

    def read_back(self, lesson: PackageLesson) -> None:
        from sqlmodel import select

        store, recovery = ProfileDirectory(self.data_dir).open_guest()
        try:
            self.r.check(recovery is None, f"the guest database was damaged: {recovery}")
            with store.db.read() as session:
                progress = session.exec(
                    select(LessonProgress).where(
                        LessonProgress.user_id == store.owner,
                        LessonProgress.lesson_id == str(lesson.id),
                    )
                ).first()
                attempts = list(
                    session.exec(select(QuizAttempt).where(QuizAttempt.lesson_id == str(lesson.id)))
                )
        finally:
            store.close()
        self.r.check(progress is not None, "no progress row for the lesson")
        assert progress is not None
        self.check_progress(progress)
        self.check_attempt(attempts)

    def check_progress(self, progress: LessonProgress) -> None:
        percents = {k: _percent(v) for k, v in progress.section_progress.items()}
        self.r.check(
            all(percents.get(k) == 100 for k in self.recorded.sections),
            f"sections read back as {percents}, expected 100% for {self.recorded.sections}",
        )
        self.r.check(is_completed(progress), "the lesson is not completed")
        elapsed = time.monotonic() - self.recorded.started
        self.r.check(
            1 <= progress.time_spent_seconds <= elapsed + 1,
            f"time spent read back as {progress.time_spent_seconds} s "
            f"after {elapsed:.0f} s on the page",
        )

    def check_attempt(self, attempts: list[QuizAttempt]) -> None:
        self.r.check(len(attempts) == 1, f"{len(attempts)} quiz attempts stored, expected 1")
        stored, shown = attempts[0], self.recorded.attempts[0]
        self.r.check(stored.id == shown.id, "the stored attempt has another id than the one shown")
        self.r.check(
            stored.answers == self.recorded.answers, f"answers read back as {stored.answers}"
        )
        self.r.check(
            (stored.local_score, stored.local_max_score, stored.local_is_passed)
            == (shown.score, shown.max_score, True),
            f"stored grade {stored.local_score}/{stored.local_max_score} differs "
            f"from the grade shown {shown.score}/{shown.max_score}",
        )


def _stored_progress(shell: LearnerShell) -> LessonProgress | None:
    from sqlmodel import select

    lesson = shell.lesson.lesson
    if lesson is None:
        return None
    with shell.store.db.read() as session:
        return session.exec(
            select(LessonProgress).where(
                LessonProgress.user_id == shell.store.owner, LessonProgress.lesson_id == lesson.id
            )
        ).first()


def _stored_completed(shell: LearnerShell) -> bool:
    progress = _stored_progress(shell)
    return progress is not None and is_completed(progress)


def _stored_sections(shell: LearnerShell) -> dict[str, int | None]:
    progress = _stored_progress(shell)
    if progress is None:
        return {}
    return {k: _percent(v) for k, v in progress.section_progress.items()}


def _percent(entry: Any) -> int | None:
    return entry.get("percent") if isinstance(entry, dict) else None
