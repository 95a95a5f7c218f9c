"""Instructor preview: a course package folder shown exactly as learners will see it.

The lesson and quiz pages are the learner's own widgets with a
:class:`PreviewRecorder`, so nothing read or answered here is recorded,
synced or counted.  A file watcher reloads the package within a second of a
save, keeping the reading position; the parser's problems (file, line)
replace a lesson that cannot be read.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QModelIndex, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.course_package import CoursePackage, LoadResult, load_package
from desktop.course_package import Lesson as PackageLesson
from desktop.course_package.images import package_path, scheme
from desktop.ui.course.lesson_list import LessonListModel, LessonRole, LessonRowDelegate
from desktop.ui.i18n import translate, voice
from desktop.ui.lesson.recorder import PreviewRecorder
from desktop.ui.lesson.view import LessonView
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.quiz.view import QuizView
from desktop.ui.shell.errors import describe_error
from desktop.ui.viewdata import LessonContent, LessonRow, QuizData, QuizOption, QuizQuestion
from desktop.ui.words.package import problem_text

log = logging.getLogger(__name__)


def resolve_in_package(folder: Path, ref: str) -> Path | None:
    """The file an image reference names inside the package ``folder``, or
    None: an absolute path (``/etc/…``), ``..``, an address with a scheme or
    a link out of the folder never reaches the instructor's other files."""
    path = package_path(ref) if scheme(ref) is None else None
    if path is None:
        return None
    root = folder.resolve()
    candidate = (root / path).resolve()
    if root not in candidate.parents or not candidate.is_file():
        return None
    return candidate


def lesson_rows(package: CoursePackage) -> list[LessonRow]:
    return [
        LessonRow(
            str(lesson.id),
            lesson.title,
            lesson.order,
            lesson.duration_minutes or 10,
            has_quiz=bool(lesson.questions),
        )
        for lesson in package.lessons
    ]


def lesson_content(lesson: PackageLesson, course_id: str) -> LessonContent:
    return LessonContent(
        str(lesson.id),
        course_id,
        lesson.title,
        lesson.body_markdown,
        has_quiz=bool(lesson.questions),
    )


def quiz_data(lesson: PackageLesson) -> QuizData:
    questions = tuple(
        QuizQuestion(
            str(q.id),
            1,
            q.kind.value,
            q.prompt,
            tuple(QuizOption(o.id, o.text) for o in q.options),
            q.points,
            q.scoring.value,
            q.case_sensitive,
        )
        for q in lesson.questions
    )
    keys = {str(q.id): list(q.correct) for q in lesson.questions}
    assessed = lesson.quiz_mode.value == "assessed"
    return QuizData(
        str(lesson.id),
        translate("window", "Quiz: {lesson}").format(lesson=lesson.title),
        lesson.quiz_mode.value,
        questions,
        keys,  # the author sees keys even for assessed quizzes
        explanations={str(q.id): q.explanation for q in lesson.questions if q.explanation},
        max_attempts=lesson.quiz_rules.attempts if assessed else None,
        grading=lesson.quiz_rules.grading.value,
    )


SIDE_MIN_WIDTH = 240  # "3  Reading a URL" and its "8 min · Quiz" line


class PreviewWindow(QMainWindow):
    reloaded = Signal(object)  # LoadResult
    publish_requested = Signal(str)  # the package folder

    def __init__(
        self,
        folder: Path,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        reload_ms: int = 300,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.runner = runner
        self.result: LoadResult | None = None
        self.current_lesson: str | None = None  # lesson file, stable across edits
        self.setWindowTitle(self.tr("Preview — {folder}").format(folder=folder.name))
        self.resize(1200, 780)
        recorder = PreviewRecorder()
        self.lessons_model = LessonListModel(self)
        self.lessons = QListView(self)
        self.lessons.setAccessibleName(self.tr("Lessons in this package"))
        self.lessons.setModel(self.lessons_model)
        self.lessons.setItemDelegate(LessonRowDelegate(self.lessons))
        self.problems = QLabel(self)
        self.problems.setObjectName("errorText")
        self.problems.setWordWrap(True)
        self.lesson = LessonView(recorder, resolve_image=self._resolve_image)
        self.quiz = QuizView(recorder)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.lesson)
        self.pages.addWidget(self.quiz)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.lessons, 1)
        side_layout.addWidget(self.problems)
        # The lesson list keeps a readable width on a 1024 px screen; the page
        # beside it takes what is left (and all of what a larger window adds).
        side.setMinimumWidth(SIDE_MIN_WIDTH)
        splitter = QSplitter(self)
        splitter.addWidget(side)
        splitter.addWidget(self.pages)
        splitter.setCollapsible(0, False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        self.setCentralWidget(splitter)
        toolbar = QToolBar(self.tr("Preview"), self)
        reload_action = toolbar.addAction(self.tr("Reload"))
        reload_action.setShortcut(QKeySequence("F5"))
        reload_action.triggered.connect(self.reload)
        publish = toolbar.addAction(self.tr("Publish to server…"))
        publish.triggered.connect(lambda: self.publish_requested.emit(str(self.folder)))
        self.addToolBar(toolbar)
        self.watcher = QFileSystemWatcher(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(reload_ms)
        self._debounce.timeout.connect(self.reload)
        self.watcher.fileChanged.connect(self.on_watcher_changed)
        self.watcher.directoryChanged.connect(self.on_watcher_changed)
        self.lessons.activated.connect(self.on_lessons_activated)
        self.lessons.clicked.connect(self.on_lessons_activated)
        self.lesson.quiz_requested.connect(self.on_lesson_quiz_requested)
        self.quiz.back_to_lesson.connect(lambda _id: self.pages.setCurrentWidget(self.lesson))
        self.reload()

    def _watch_everything(self) -> None:
        """Editors often save by replacing the file, which drops it from the watcher."""
        paths = [str(self.folder)] + [str(p) for p in self.folder.rglob("*")]
        watched = set(self.watcher.files()) | set(self.watcher.directories())
        missing = [p for p in paths if p not in watched]
        if missing:
            self.watcher.addPaths(missing)

    def reload(self) -> None:
        folder = self.folder
        self.runner.submit(
            lambda: load_package(folder),
            on_success=self._show_result,
            on_failure=lambda exc: self.problems.setText(describe_error(exc)),
            receiver=self,
        )

    def _show_result(self, result: LoadResult) -> None:
        self.result = result
        self._watch_everything()
        messages = [problem_text(p, voice()) for p in result.problems]
        self.problems.setText("\n".join(messages))
        self.problems.setVisible(bool(messages))
        package = result.package
        if package is None:
            title = self.tr("{folder} could not be read").format(folder=self.folder.name)
            self.lesson.show_problems(title, messages)
            self.pages.setCurrentWidget(self.lesson)
        else:
            self.lessons_model.set_lessons(lesson_rows(package))
            current = next(
                (ls for ls in package.lessons if ls.file == self.current_lesson),
                package.lessons[0] if package.lessons else None,
            )
            if current is not None:
                self._show_lesson(package, current)
        self.reloaded.emit(result)

    def _show_lesson(self, package: CoursePackage, lesson: PackageLesson) -> None:
        same = self.current_lesson == lesson.file
        self.current_lesson = lesson.file
        self.lesson.show_lesson(lesson_content(lesson, str(package.id)), keep_scroll=same)
        if self.pages.currentWidget() is self.quiz and same and lesson.questions:
            self.quiz.show_quiz(quiz_data(lesson))

    def _resolve_image(self, ref: str) -> Path | None:
        return resolve_in_package(self.folder, ref)

    def _package_lesson(self, lesson_id: str) -> PackageLesson | None:
        package = self.result.package if self.result else None
        if package is None:
            return None
        return next((ls for ls in package.lessons if str(ls.id) == lesson_id), None)

    # slots ----------------------------------------------------------------------
    def on_watcher_changed(self, _path: str) -> None:
        self._debounce.start()

    def on_lessons_activated(self, index: QModelIndex) -> None:
        row = index.data(LessonRole)
        lesson = self._package_lesson(row.id) if isinstance(row, LessonRow) else None
        if lesson is not None and self.result and self.result.package:
            self.pages.setCurrentWidget(self.lesson)
            self._show_lesson(self.result.package, lesson)

    def on_lesson_quiz_requested(self, lesson_id: str) -> None:
        lesson = self._package_lesson(lesson_id)
        if lesson is not None and lesson.questions:
            self.quiz.show_quiz(quiz_data(lesson))
            self.pages.setCurrentWidget(self.quiz)
