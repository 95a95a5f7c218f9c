"""Opening course packages for preview and publishing them as the signed-in instructor."""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.account.session import AuthSession
from desktop.course_package import load_package
from desktop.publish.course import Publisher
from desktop.publish.report import PublishReport
from desktop.ui.i18n import voice
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.preview.window import PreviewWindow
from desktop.ui.shell.errors import describe_error
from desktop.ui.words.package import problem_text
from desktop.ui.words.publish import report_lines

log = logging.getLogger(__name__)


class PreviewFlow(QObject):
    def __init__(
        self, runner: TaskRunner, parent: QObject | None = None, *, confirm: bool = True
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.confirm = confirm
        self.session: AuthSession | None = None  # set while an account is signed in
        self.windows: list[PreviewWindow] = []
        self.last_message = ""

    def ask_and_open(self, parent: QWidget | None) -> None:
        folder = QFileDialog.getExistingDirectory(
            parent, self.tr("Preview a course package folder")
        )
        if folder:
            self.open(Path(folder))

    def open(self, folder: Path) -> PreviewWindow:
        window = PreviewWindow(folder, self.runner)
        window.publish_requested.connect(self.on_preview_publish_requested)
        window.destroyed.connect(
            lambda *_: self.windows.remove(window) if window in self.windows else None
        )
        self.windows.append(window)
        window.show()
        return window

    def _tell(self, parent: QWidget | None, title: str, text: str, *, ok: bool) -> None:
        self.last_message = text
        if parent is not None and not shiboken6.isValid(parent):
            parent = None  # the preview closed while publishing: the report still matters
        if self.confirm:
            (QMessageBox.information if ok else QMessageBox.warning)(parent, title, text)

    def on_preview_publish_requested(self, folder: str) -> None:
        sender = self.sender()
        parent = sender if isinstance(sender, QWidget) else None
        session = self.session
        if session is None or session.identity is None:
            self._tell(
                parent,
                self.tr("Publish"),
                self.tr("Sign in with your instructor account to publish (File → Switch learner)."),
                ok=False,
            )
            return
        user_id = session.identity.user_id
        # translated here, on the GUI thread; the worker only fills it in
        fix_first = self.tr("Fix the problems shown in the preview first:\n{problems}")

        def publish() -> PublishReport:
            result = load_package(Path(folder))
            if result.package is None:
                problems = "\n".join(problem_text(p, voice()) for p in result.problems)
                raise ValueError(fix_first.format(problems=problems))
            return Publisher(session.client(), user_id).publish(result.package)

        def done(report: PublishReport) -> None:
            lines = report_lines(report, voice())
            self._tell(parent, self.tr("Published"), "\n".join(lines), ok=True)

        def failed(exc: Exception) -> None:
            self._tell(parent, self.tr("Not published"), describe_error(exc), ok=False)

        self.runner.submit(publish, on_success=done, on_failure=failed)
