"""The self-test's steps (see :mod:`desktop.selftest`): the app as a guest would use it.

Lantern starts through the app's own composition root (:class:`desktop.app.Lantern`):
the loading window, the modules imported on a worker thread, the sync
service, the network-reachability hook and the sign-in flow — so the frozen
app exercises the same imports, plugins and data files a learner's start
does.  Only the data directory is a temporary one and the token vault a file
in it (a guest never needs tokens, and the test must not touch the learner's
keyring).

Before the first step the self-test makes the Qt application and installs the
language the app will (``LANTERN_LANGUAGE``, else the system's: the temporary
data folder has no choice saved), so every sentence it prints — each translated
when it is made — reads in that language, as do the app's own texts it checks.
"""

from __future__ import annotations

import os
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
from desktop.selftest.report import Reporter, SelfTestFailed, start_step, wait_until
from desktop.store.db import ProfileDirectory
from desktop.store.models import LessonProgress, QuizAttempt
from desktop.store.reads import is_completed
from desktop.ui import i18n
from desktop.ui.catalogue.model import CourseRole
from desktop.ui.course.lesson_list import LessonRole
from desktop.ui.i18n import translate
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
    raise SelfTestFailed(
        translate("selftest", "bundle", "the self-test's step that checks the app's files"),
        translate("selftest", "the sample course has no lesson with a practice quiz"),
    )


class SelfTest:
    def __init__(self, data_dir: Path, reporter: Reporter) -> None:
        self.data_dir = data_dir
        self.r = reporter
        self.recorded = Recorded()

    def run(self) -> None:
        app = self.qt_application()
        with self.r.step_named(
            translate("selftest", "bundle", "the self-test's step that checks the app's files")
        ):
            package, lesson = self.check_bundle()
        with self.r.step_named(start_step()):
            lantern = Lantern(
                self.check_qt(app),
                data_dir=self.data_dir,
                vault=FileVault(self.data_dir / "tokens.json"),
            )
            lantern.start()
            wait_until(
                self.r,
                lambda: lantern.flow is not None or lantern.failure is not None,
                translate(
                    "selftest",
                    "the app to compose its parts",
                    "read after: gave up after 30 s waiting for …",
                ),
            )
            self.r.check(
                lantern.failure is None,
                translate("selftest", "the app did not start: {error}").format(
                    error=repr(lantern.failure)
                ),
            )
            assert lantern.flow is not None
            flow = lantern.flow
        try:
            with self.r.step_named(
                translate("selftest", "guest", "the self-test's step that starts as a guest")
            ):
                shell = self.study_as_guest(flow)
            with self.r.step_named(
                translate(
                    "selftest", "catalogue", "the self-test's step that opens the course catalogue"
                )
            ):
                self.open_course(shell, package)
            with self.r.step_named(
                translate("selftest", "lesson", "the self-test's step that studies a lesson")
            ):
                self.study_lesson(shell, lesson)
            with self.r.step_named(
                translate("selftest", "quiz", "the self-test's step that takes a quiz")
            ):
                self.take_quiz(shell, lesson)
            with self.r.step_named(
                translate(
                    "selftest", "media", "the self-test's step that plays a video and opens a PDF"
                )
            ):
                self.watch_and_read(shell, package)
        finally:
            lantern.shutdown()  # saves the lesson page, waits for writes, closes the store
        with self.r.step_named(
            translate(
                "selftest", "read back", "the self-test's step that reads what was saved again"
            )
        ):
            self.read_back(lesson)

    # steps ----------------------------------------------------------------------
    def check_bundle(self) -> tuple[CoursePackage, PackageLesson]:
        loaded = load_sample_course()
        self.r.check(
            loaded.package is not None,
            translate("selftest", "the sample course in {folder} does not load: {problems}").format(
                folder=SAMPLE_COURSE_DIR,
                problems="; ".join(problem_text(p) for p in loaded.problems[:3]),
            ),
        )
        assert loaded.package is not None
        for path in (STYLESHEET, RESOURCES / "icons" / "lantern.png"):
            self.r.check(
                path.is_file() and path.stat().st_size > 0,
                translate("selftest", "{path} is missing").format(path=path),
            )
        for language in i18n.SHIPPED:  # each compiled catalogue loads
            if language == i18n.SOURCE:
                continue
            catalogue = i18n.catalogue_path(language)
            self.r.check(
                QTranslator().load(str(catalogue)),
                translate("selftest", "{path} does not load").format(path=catalogue),
            )
        # the sample course's fenced code (http, html) and the commonest languages
        missing = [name for name in ("http", "html", "python") if not can_highlight(name)]
        self.r.check(
            not missing,
            translate("selftest", "no code highlighting for {languages} (Pygments)").format(
                languages=", ".join(missing)
            ),
        )
        formula = Formula("\\frac{1}{2}", True, 11.0, "#000000", 1.0)
        self.r.check(
            draw(formula) is not None,
            translate("selftest", "formulas cannot be drawn (ziamath, QtSvg)"),
        )
        self.r.check(
            formula_problem(formula.tex) is None,
            translate("selftest", "formulas cannot be read (latex2mathml)"),
        )
        # Builds an SDK client (supabase, httpx, pydantic …) without any request.
        vault = FileVault(self.data_dir / "tokens.json")
        AuthSession(ServerSettings("http://127.0.0.1:9", OFFLINE_KEY), vault)
        from desktop.ui.shell.help import version

        self.r.say(
            translate(
                "selftest", "self-test: info  Lantern {version}, resources in {folder}"
            ).format(version=version(), folder=RESOURCES)
        )
        if keyring_usable():
            self.r.say(
                translate("selftest", "self-test: info  tokens would be kept in the system keyring")
            )
        else:
            self.r.say(
                translate(
                    "selftest",
                    "self-test: info  tokens would be kept in the private file (no usable keyring)",
                )
            )
        return loaded.package, practice_lesson(loaded.package)

    def qt_application(self) -> QApplication:
        """The Qt application, in the language the app will install (before any sentence)."""
        existing = QApplication.instance()
        if isinstance(existing, QApplication):
            app = existing
        else:
            app = QApplication(sys.argv[:1] or ["lantern"])
        app.setApplicationName("Lantern")  # untranslated: the name folders are found by
        # as Lantern.start() will: the temporary data folder has no language saved
        i18n.install(app, os.environ.get("LANTERN_LANGUAGE") or i18n.SYSTEM)
        return app

    def check_qt(self, app: QApplication) -> QApplication:
        formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
        missing = [f for f in IMAGE_FORMATS if f not in formats]
        self.r.check(
            not missing,
            translate(
                "selftest", "Qt cannot read {formats} images (image format plugins missing)"
            ).format(formats=", ".join(missing)),
        )
        icon = QIcon(str(RESOURCES / "icons" / "lantern.png"))
        self.r.check(not icon.isNull(), translate("selftest", "the app icon does not load"))
        self.r.say(
            translate(
                "selftest", "self-test: info  Qt platform {platform}, image formats {formats}"
            ).format(platform=QGuiApplication.platformName(), formats=", ".join(IMAGE_FORMATS))
        )
        return app

    def study_as_guest(self, flow: AppFlow) -> LearnerShell:
        wait_until(
            self.r,
            lambda: flow.dialog is not None and flow.dialog.isVisible(),
            translate(
                "selftest", "the first-run dialog", "read after: gave up after 30 s waiting for …"
            ),
        )
        assert flow.dialog is not None
        flow.dialog.guest.click()
        wait_until(
            self.r,
            lambda: flow.shell is not None and flow.shell.window.isVisible(),
            translate(
                "selftest", "the guest's window", "read after: gave up after 30 s waiting for …"
            ),
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

        wait_until(
            self.r,
            lambda: row() is not None,
            translate(
                "selftest",
                "“{title}” in the catalogue",
                "read after: gave up after 30 s waiting for …",
            ).format(title=package.title),
        )
        shell.catalogue.on_list_activated(model.index(row() or 0))
        wait_until(
            self.r,
            lambda: (
                shell.window.current_page == "course"
                and shell.course.course is not None
                and shell.course.course.id == course_id
            ),
            translate(
                "selftest", "the course page", "read after: gave up after 30 s waiting for …"
            ),
        )

    def study_lesson(self, shell: LearnerShell, lesson: PackageLesson) -> None:
        lesson_id = str(lesson.id)
        lessons = shell.course.lessons_model
        rows = [
            r
            for r in range(lessons.rowCount())
            if getattr(lessons.index(r).data(LessonRole), "id", None) == lesson_id
        ]
        self.r.check(
            bool(rows),
            translate("selftest", "“{title}” is not listed on the course page").format(
                title=lesson.title
            ),
        )
        shell.course.on_lessons_activated(lessons.index(rows[0]))
        view = shell.lesson
        wait_until(
            self.r,
            lambda: (
                shell.window.current_page == "lesson"
                and view.lesson is not None
                and view.lesson.id == lesson_id
            ),
            translate(
                "selftest", "the lesson page", "read after: gave up after 30 s waiting for …"
            ),
        )
        self.recorded.started = time.monotonic()
        self.r.check(
            view.contents.count() > 0, translate("selftest", "the lesson shows no sections")
        )
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
            translate(
                "selftest",
                "the first section's progress in the store",
                "read after: gave up after 30 s waiting for …",
            ),
        )
        wait_until(
            self.r,
            lambda: view.activity.seconds >= 1.0,
            translate(
                "selftest",
                "one second of counted study time (is the window active?)",
                "read after: gave up after 30 s waiting for …",
            ),
        )
        view.complete.click()
        wait_until(
            self.r,
            lambda: _stored_completed(shell),
            translate(
                "selftest",
                "the completed lesson in the store",
                "read after: gave up after 30 s waiting for …",
            ),
        )

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
            translate("selftest", "the quiz page", "read after: gave up after 30 s waiting for …"),
        )
        assert view.quiz is not None
        self.r.check(
            view.quiz.mode == "practice" and view.quiz.answer_keys is not None,
            translate(
                "selftest", "the practice quiz cannot be graded offline (answer key missing)"
            ),
        )
        self.r.check(
            len(view.questions) == len(lesson.questions),
            translate(
                "selftest",
                "%Ln question(s) shown, the course has {expected}",
                "",
                len(view.questions),
            ).format(expected=len(lesson.questions)),
        )
        correct = {str(q.id): q for q in lesson.questions}
        for widget in view.questions:
            question = correct[widget.question.id]
            right = list(question.correct)
            widget.set_answer(right if question.kind == "multiple_choice" else right[0])
        view.attempt_submitted.connect(self.recorded.attempts.append)
        self.recorded.answers = view.answers()
        view.submit.click()
        self.r.check(
            len(self.recorded.attempts) == 1,
            translate("selftest", "submitting recorded no attempt"),
        )
        points = sum(q.points for q in lesson.questions)
        summary = self.recorded.attempts[0]
        self.r.check(
            (summary.score, summary.max_score, summary.passed) == (points, points, True),
            translate("selftest", "all answers right but graded {score}/{max_score}").format(
                score=summary.score, max_score=summary.max_score
            ),
        )
        from desktop.ui.quiz.attempts import describe_grade

        # the app's own words for full marks, in the language installed (any reward follows)
        self.r.check(
            describe_grade(points, points, True, 0) in view.result.text(),
            translate("selftest", "the result line says “{text}”").format(text=view.result.text()),
        )
        wait_until(
            self.r,
            lambda: shell.runner.running == 0,
            translate(
                "selftest",
                "the attempt to be saved",
                "read after: gave up after 30 s waiting for …",
            ),
        )

    def watch_and_read(self, shell: LearnerShell, package: CoursePackage) -> None:
        """The sample's video plays (Qt Multimedia and its FFmpeg plugin are in
        the bundle) and its PDF is drawn (PDFium); what was watched is stored."""
        lesson = next(
            (each for each in package.lessons if any(m.kind == "video" for m in each.media)), None
        )
        self.r.check(lesson is not None, translate("selftest", "the sample course has no video"))
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
            translate(
                "selftest",
                "the lesson with the video",
                "read after: gave up after 30 s waiting for …",
            ),
        )
        assert view.lesson is not None
        by_kind = {item.kind: item for item in view.lesson.media}
        self.r.check(
            by_kind.get("video") is not None and by_kind["video"].file is not None,
            translate("selftest", "the sample video is not in the guest's files"),
        )
        self._open_card(view, by_kind["video"].index)
        player = view.player
        wait_until(
            self.r,
            lambda: player.position.maximum() > 0,
            translate(
                "selftest", "the video to load", "read after: gave up after 30 s waiting for …"
            ),
        )
        self.r.check(
            not player.message.isVisible(),
            translate("selftest", "the video cannot play: {reason}").format(
                reason=player.message.text()
            ),
        )
        player.toggle()
        wait_until(
            self.r,
            lambda: player.position_ms() >= 1000,
            translate(
                "selftest",
                "one second of the video playing",
                "read after: gave up after 30 s waiting for …",
            ),
        )
        player.toggle()
        key = f"media:{by_kind['video'].path}"
        wait_until(
            self.r,
            lambda: (_stored_sections(shell).get(key) or 0) > 0,
            translate(
                "selftest",
                "what was watched, in the store",
                "read after: gave up after 30 s waiting for …",
            ),
        )
        if "document" in by_kind:
            self._open_card(view, by_kind["document"].index)
            wait_until(
                self.r,
                lambda: view.pdf.count > 0,
                translate(
                    "selftest",
                    "the PDF's first page drawn",
                    "read after: gave up after 30 s waiting for …",
                ),
            )
            view.pdf.close_view()

    def _open_card(self, view: Any, index: int) -> None:
        hrefs = [href for href, i in view.browser.media_links.items() if i == index]
        self.r.check(bool(hrefs), translate("selftest", "the lesson shows no card for its media"))
        view.browser.anchorClicked.emit(hrefs[0])

    def read_back(self, lesson: PackageLesson) -> None:
        from sqlmodel import select

        store, recovery = ProfileDirectory(self.data_dir).open_guest()
        try:
            self.r.check(
                recovery is None,
                translate("selftest", "the guest database was damaged: {recovery}").format(
                    recovery=recovery
                ),
            )
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
        self.r.check(progress is not None, translate("selftest", "no progress row for the lesson"))
        assert progress is not None
        self.check_progress(progress)
        self.check_attempt(attempts)

    def check_progress(self, progress: LessonProgress) -> None:
        percents = {k: _percent(v) for k, v in progress.section_progress.items()}
        self.r.check(
            all(percents.get(k) == 100 for k in self.recorded.sections),
            translate(
                "selftest", "sections read back as {percents}, expected 100% for {sections}"
            ).format(percents=percents, sections=self.recorded.sections),
        )
        self.r.check(is_completed(progress), translate("selftest", "the lesson is not completed"))
        elapsed = time.monotonic() - self.recorded.started
        self.r.check(
            1 <= progress.time_spent_seconds <= elapsed + 1,
            translate(
                "selftest", "time spent read back as {stored} s after {elapsed} s on the page"
            ).format(stored=progress.time_spent_seconds, elapsed=f"{elapsed:.0f}"),
        )

    def check_attempt(self, attempts: list[QuizAttempt]) -> None:
        self.r.check(
            len(attempts) == 1,
            translate("selftest", "%Ln quiz attempt(s) stored, expected 1", "", len(attempts)),
        )
        stored, shown = attempts[0], self.recorded.attempts[0]
        self.r.check(
            stored.id == shown.id,
            translate("selftest", "the stored attempt has another id than the one shown"),
        )
        self.r.check(
            stored.answers == self.recorded.answers,
            translate("selftest", "answers read back as {answers}").format(answers=stored.answers),
        )
        self.r.check(
            (stored.local_score, stored.local_max_score, stored.local_is_passed)
            == (shown.score, shown.max_score, True),
            translate(
                "selftest",
                "stored grade {stored_score}/{stored_max} differs from the grade shown "
                "{score}/{max_score}",
            ).format(
                stored_score=stored.local_score,
                stored_max=stored.local_max_score,
                score=shown.score,
                max_score=shown.max_score,
            ),
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
