"""“Save my work to a file” and “Deliver saved work”: the shell's side.

Saving asks where (``ask_save_path``), runs on the task runner and says in
the status bar what was saved, or why nothing was.  Delivering asks for the
files (``ask_files``), runs on the runner with the signed-in session and
shows one line per file (``tell``).  Both dialogs and the report are
attributes, so tests answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from desktop.account.session import AuthSession
from desktop.protocol.work import SUFFIX, SavedWork
from desktop.store.db import LearnerStore
from desktop.store.replica import NotReadyToSave
from desktop.ui import i18n
from desktop.ui.operations import saved_work
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.errors import describe_error

MESSAGE_MS = 20_000


class SavedWorkFlow(QObject):
    def __init__(self, store: LearnerStore, runner: TaskRunner, window: QMainWindow) -> None:
        super().__init__(window)
        self.store = store
        self.runner = runner
        self.window = window
        self.session: AuthSession | None = None  # set once a learner is signed in
        self.learner_name = ""
        self.server_url = ""
        self.ask_save_path: Callable[[str], Path | None] = self._ask_save_path
        self.ask_files: Callable[[], list[Path]] = self._ask_files
        self.tell: Callable[[str, str], None] = self._tell
        self.working_offline: Callable[[], bool] = lambda: False  # the shell's switch

    # saving -------------------------------------------------------------------
    def save(self) -> None:
        """Save the learner's waiting work to a file they choose."""
        stem = "".join(c if c.isalnum() else "-" for c in self.learner_name).strip("-")
        path = self.ask_save_path(f"{stem or 'my'}-work{SUFFIX}")
        if path is None:
            return

        def saved(work: SavedWork) -> None:
            self._say(
                self.tr(
                    "Saved %Ln change(s) to {path}. [It stays|They stay] waiting here until the "
                    "server has [it|them]; deliver the file from a Lantern that is online.",
                    "",
                    work.ops,
                ).format(path=path)
            )

        self.runner.submit(
            lambda: saved_work.save_to(
                self.store, path, server_url=self.server_url, learner_name=self.learner_name
            ),
            on_success=saved,
            on_failure=lambda exc: self._say(self._not_saved(exc, path)),
            write=True,
            receiver=self.window,
        )

    def _not_saved(self, exc: Exception, path: Path) -> str:
        if isinstance(exc, NotReadyToSave):
            return {
                "guest": self.tr("Guest work stays on this computer and is never sent."),
                "key_not_registered": self.tr(
                    "Your work cannot be saved to a file yet: this computer has not been online "
                    "since you signed in here. Connect once and sync, then save again."
                ),
                "nothing_waiting": self.tr(
                    "Nothing is waiting to be sent: there is no work to save."
                ),
            }.get(exc.code, str(exc))
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return self.tr("Could not save your work to {path}: {reason}").format(
            path=path, reason=reason
        )

    # delivering ---------------------------------------------------------------
    def deliver(self) -> None:
        """Deliver files of work saved on other computers, with this account."""
        session = self.session
        if session is None:
            self.tell(self.tr("Deliver saved work"), self.tr("Sign in to deliver saved work."))
            return
        if self.working_offline():
            self.tell(
                self.tr("Deliver saved work"),
                self.tr(
                    "You chose to work offline: switch it off (File ▸ Work offline) to deliver."
                ),
            )
            return
        paths = self.ask_files()
        if not paths:
            return
        self._say(self.tr("Delivering saved work…"))
        self.runner.submit(
            lambda: saved_work.deliver_files(self.store, session, paths),
            on_success=self._delivered,
            on_failure=self._not_delivered,
            receiver=self.window,
        )

    def _delivered(self, files: list[saved_work.DeliveredFile]) -> None:
        lines = [
            self.tr("{file}: {outcome}").format(file=item.path.name, outcome=self._line(item))
            for item in files
        ]
        self.window.statusBar().clearMessage()
        self.tell(self.tr("Deliver saved work"), "\n".join(lines))

    def _line(self, item: saved_work.DeliveredFile) -> str:
        result = item.outcome
        if result is None:
            return self.tr("not delivered: {why}.").format(why=item.unreadable)
        who = result.work.learner_name or result.work.learner_id
        if result.refusal is not None:
            return self.tr("work of {who} not delivered: {why}.").format(
                who=who, why=self._refusal(result.refusal, result.message)
            )
        return self._delivered_line(who, result.applied, result.already_there, result.rejected)

    def _delivered_line(
        self, who: str, applied: int, already: int, rejected: list[tuple[int, str]]
    ) -> str:
        """One whole sentence per case, so a translator may order its parts."""
        changes = self.tr("%Ln change(s)", "", applied)
        if not already and not rejected:
            return self.tr("work of {who} delivered: {changes} applied.").format(
                who=who, changes=changes
            )
        if not rejected:
            return self.tr(
                "work of {who} delivered: {changes} applied, {already} already on the server."
            ).format(who=who, changes=changes, already=i18n.number(already))
        refused, reason = i18n.number(len(rejected)), rejected[0][1]
        if not already:
            return self.tr(
                "work of {who} delivered: {changes} applied, {refused} refused by the server "
                "(first: {reason})."
            ).format(who=who, changes=changes, refused=refused, reason=reason)
        return self.tr(
            "work of {who} delivered: {changes} applied, {already} already on the server, "
            "{refused} refused by the server (first: {reason})."
        ).format(
            who=who,
            changes=changes,
            already=i18n.number(already),
            refused=refused,
            reason=reason,
        )

    def _refusal(self, code: str, message: str | None) -> str:
        words = {
            "bundle_malformed": self.tr("this is not saved Lantern work"),
            "bundle_version": self.tr("it was saved by a newer Lantern; update this one"),
            "bundle_unknown_device": self.tr("the server does not know the computer that saved it"),
            "bundle_tampered": self.tr(
                "it was changed after it was saved; nothing in it was applied"
            ),
            "bundle_other_server": self.tr("it was saved for another server"),
            "bundle_conflict": self.tr(
                "that computer already sent other work; it keeps this work and sends it itself"
            ),
            "sequence_gap": self.tr(
                "earlier work from the same computer is missing; deliver that file first"
            ),
        }
        return words.get(code, message or self.tr("the server refused it"))

    def _not_delivered(self, exc: Exception) -> None:
        self.window.statusBar().clearMessage()
        self.tell(
            self.tr("Deliver saved work"),
            self.tr("{problem} The files are kept: deliver them again later.").format(
                problem=describe_error(exc)
            ),
        )

    # dialogs ------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, MESSAGE_MS)

    def _ask_save_path(self, suggested: str) -> Path | None:
        start = Path.home() / suggested
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save my work to a file"),
            str(start),
            self.tr("Saved Lantern work (*{suffix})").format(suffix=SUFFIX),
        )
        return Path(chosen) if chosen else None

    def _ask_files(self) -> list[Path]:
        chosen, _filter = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Deliver saved work"),
            str(Path.home()),
            self.tr("Saved Lantern work (*{suffix})").format(suffix=SUFFIX),
        )
        return [Path(name) for name in chosen]

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.window)
        box.open()  # not modal to the event loop: the window keeps painting
