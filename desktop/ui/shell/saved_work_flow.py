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
from desktop.protocol import work
from desktop.protocol.work import SUFFIX, SavedWork, SavedWorkError
from desktop.store.db import LearnerStore
from desktop.store.replica import NotReadyToSave
from desktop.ui import i18n
from desktop.ui.operations import saved_work
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.pages.pending import rejection_reason
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
        # the system's own words for a file that cannot be written; else the error's code
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else describe_error(exc)
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
            why = self.unreadable(item.unreadable) if item.unreadable is not None else ""
            return self.tr("not delivered: {why}.").format(why=why)
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
        refused, reason = i18n.number(len(rejected)), rejection_reason(rejected[0][1])
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

    def unreadable(self, problem: SavedWorkError | OSError) -> str:
        """Why a file could not be read as saved work (SavedWorkError's code, or the OS's
        words), as the end of "not delivered: …"."""
        if isinstance(problem, OSError):
            return problem.strerror or str(problem)  # the system's own words
        detail = problem.detail
        words = {
            work.DAMAGED: self.tr(
                "it is damaged or incomplete (unreadable at line {line}, column {column})"
            ),
            work.NOT_SAVED_WORK: self.tr("it is not a file of saved Lantern work"),
            work.NOT_TEXT: self.tr("it is not a file of saved Lantern work (not text)"),
            work.TOO_LARGE: self.tr("it is far too large to be saved Lantern work"),
            work.OTHER_VERSION: self.tr(
                "it was saved by another version of Lantern (format {version})"
            ),
            work.NO_WORK: self.tr("it holds no work (the field chunks is missing or empty)"),
            work.FIELD_MISSING: self.tr("the field {field} is missing"),
            work.CHUNK_NOT_OBJECT: self.tr("chunks[{index}] is not a chunk"),
            work.CHUNK_UNSIGNED: self.tr("chunks[{index}] lacks its payload or mac"),
            work.CHUNK_DAMAGED: self.tr("chunks[{index}].payload is damaged"),
            work.CHUNK_NO_OPS: self.tr("chunks[{index}].payload holds no numbered ops"),
            work.CHUNK_NO_DEVICE: self.tr("chunks[{index}].payload names no device"),
            work.MIXED_DEVICES: self.tr("its chunks come from different devices"),
            work.PART_MISSING: self.tr("part of it is missing (changes {first}–{last})"),
        }
        if problem.code not in words:
            return self.tr("it is not saved work this Lantern can read ({problem})").format(
                problem=problem
            )
        return words[problem.code].format(
            line=i18n.number(int(detail.get("line", 0))),
            column=i18n.number(int(detail.get("column", 0))),
            first=i18n.number(int(detail.get("first", 0))),
            last=i18n.number(int(detail.get("last", 0))),
            index=detail.get("index", ""),  # a place in the file's structure, as written there
            version=detail.get("version", ""),  # as written in the file
            field=detail.get("field", ""),  # the file's field name
        )

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
