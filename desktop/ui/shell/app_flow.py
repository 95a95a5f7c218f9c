"""Who is studying: the sign-in dialog first, then that learner's window; switch and sign out.

One learner's store is open at a time; switching learners closes the window,
saves what the lesson page was counting, and closes that store before the
next one opens (shared laptops: work never goes under the wrong account).
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from desktop.account.profile_settings import send_leaderboard_visibility
from desktop.account.session import AuthSession
from desktop.store import replica
from desktop.store.db import LearnerStore
from desktop.store.replica import record_leaderboard_visibility, shown_on_leaderboard
from desktop.sync.download import FilesProgress, download_missing_pictures
from desktop.sync.engine import SyncEngine
from desktop.sync.errors import OfflineError
from desktop.sync.quiz_feedback import attempt_feedback
from desktop.ui import i18n
from desktop.ui.operations.changes import Changes
from desktop.ui.operations.sync_bridge import SyncBridge, SyncControls
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.preview.flow import PreviewFlow
from desktop.ui.shell.accounts import Accounts, Opened
from desktop.ui.shell.demo_server import DemoServer, DemoServerProcess
from desktop.ui.shell.errors import describe_error
from desktop.ui.shell.files_progress import FilesRelay
from desktop.ui.shell.heap import freeze_long_lived
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.sign_in import SignInDialog
from desktop.ui.shell.window_memory import WindowMemory
from desktop.ui.theme import Theme
from desktop.ui.viewdata import LearnerProfile, SettingsData

log = logging.getLogger(__name__)


class AppFlow(QObject):
    def __init__(
        self,
        app: QApplication,
        theme: Theme,
        runner: TaskRunner,
        accounts: Accounts,
        *,
        sync: SyncControls | None = None,
        bridge: SyncBridge | None = None,
        demo: DemoServerProcess | None = None,
        confirm: bool = True,
        window: MainWindow | None = None,
        memory: WindowMemory | None = None,
        setup: str | None = None,
    ) -> None:
        """``window``: a main window already shown while the app loaded
        (``desktop.ui.shell.window_first``); the first learner's pages fill it."""
        super().__init__(app)
        self.early_window = window
        self.memory = memory  # the window's size, position and last page
        self.sync = sync
        self.bridge = bridge
        self.demo = demo
        self.confirm = confirm  # False in tests: questions are answered "yes"
        self.app = app
        self.theme = theme
        self.runner = runner
        self.accounts = accounts
        self.shell: LearnerShell | None = None
        self.opened: Opened | None = None
        self.dialog: SignInDialog | None = None
        self.previews = PreviewFlow(runner, self)
        self.setup = setup  # a setup code or lantern:// link the app was opened with
        self._fetching_pictures = False
        self._files_cancel = threading.Event()  # stops the fetch under way
        self._files_again = False  # fetch again once the one under way stops
        self.files_relay = FilesRelay(self)
        self.files_relay.reported.connect(self.on_files_reported)
        if bridge is not None:
            bridge.synced.connect(self.on_bridge_synced)

    def start(self) -> None:
        # the demo signs its learner in by itself: no empty sign-in form meanwhile,
        # only what is happening; the dialog appears if that fails
        self.show_sign_in(shown=self.demo is None)
        if self.setup and self.dialog is not None and self.demo is None:
            self.dialog.use_setup_code(self.setup)
        if self.demo is not None and self.dialog is not None:
            self._demo_busy(
                self.tr(
                    "Starting the local demo server… (the first start builds its "
                    "database, which takes a little while)"
                )
            )
            self.runner.submit(
                self.demo.start,
                on_success=self.on_demo_started,
                on_failure=lambda exc: self._demo_failed(
                    self.tr("The demo server did not start: {reason}").format(reason=exc)
                ),
                receiver=self.dialog,
            )

    def _demo_busy(self, text: str) -> None:
        if self.dialog is not None:
            self.dialog.show_busy(text)
        if self.early_window is not None:
            self.early_window.statusBar().showMessage(text)

    def _demo_failed(self, message: str) -> None:
        """The demo could not sign in by itself: the dialog, with why."""
        if self.early_window is not None:
            self.early_window.statusBar().showMessage(self.tr("Sign in to open your courses."))
        if self.dialog is not None:
            self.dialog.show()
            self.dialog.show_error(message)

    def open_setup_link(self, text: str) -> None:
        """A ``lantern://`` link opened while Lantern runs (macOS sends it as an event):
        the server choice, filled in and checked."""
        if self.dialog is None or not self.dialog.isVisible():
            self.show_sign_in()
        if self.dialog is not None:
            self.dialog.use_setup_code(text)

    def on_demo_started(self, server: DemoServer) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        dialog.server_label.setText(
            self.tr("Server: {address}").format(address=server.settings.normalized_url)
        )
        dialog.show_server_chosen(True)
        self._demo_busy(self.tr("Signing in the demo learner…"))
        self.runner.submit(
            lambda: self.accounts.sign_in_demo(server),
            on_success=dialog.on_profile_opened,
            on_failure=lambda exc: self._demo_failed(
                self.tr("The demo learner could not sign in: {problem}").format(
                    problem=describe_error(exc)
                )
            ),
            receiver=dialog,
        )

    def show_sign_in(self, *, shown: bool = True) -> None:
        server = self.accounts.server()
        self.dialog = SignInDialog(
            self.accounts, self.runner, current_server=server.normalized_url if server else ""
        )
        self.dialog.signed_in.connect(self.on_dialog_signed_in)
        self.dialog.rejected.connect(self.on_dialog_rejected)
        if not shown:
            return
        self.dialog.show()
        if self.early_window is not None:
            self.early_window.statusBar().showMessage(self.tr("Sign in to open your courses."))

    def on_dialog_rejected(self) -> None:
        if self.shell is None:
            if self.early_window is not None:
                self.early_window.close()
            self.app.quit()  # closed the first-run dialog: nothing to show

    def on_dialog_signed_in(self, _profile: LearnerProfile) -> None:
        opened = self.accounts.opened
        if opened is None:
            return
        self.close_learner()
        self.opened = opened
        window, self.early_window = self.early_window, None
        self.shell = LearnerShell(
            opened.store,
            self.runner,
            self.theme,
            sync=self.sync,
            bridge=self.bridge,
            confirm=self.confirm,
            window=window,
        )
        if window is not None:
            window.statusBar().clearMessage()
        if self.sync is not None:
            sync = self.sync  # bind reads the outbox: not on the GUI thread
            self.runner.submit(lambda: sync.bind(opened.store, opened.session), write=True)
        if self.memory is not None:
            self._remember_window(self.shell, fresh=window is None)
        window = self.shell.window
        window.setWindowTitle(self.tr("Lantern — {name}").format(name=opened.profile.full_name))
        flow = self.shell.saved_work
        flow.session = None if opened.profile.is_guest else opened.session
        flow.learner_name = opened.profile.full_name
        flow.server_url = opened.profile.server_url
        window.actions_.save_work.setEnabled(not opened.profile.is_guest)
        window.switch_learner_requested.connect(self.on_window_switch_learner_requested)
        self.shell.files_changed.connect(self.on_shell_files_changed)
        self.shell.files_wanted.connect(self.on_shell_files_wanted)
        # the menu's Sign out asks the same question as the settings page (unsent work)
        window.sign_out_requested.connect(self.shell.settings.on_sign_out_clicked)
        window.actions_.sign_out.setEnabled(not opened.profile.is_guest)
        window.open_package_requested.connect(lambda: self.previews.ask_and_open(window))
        self.previews.session = opened.session
        settings = self.shell.settings
        settings.sign_out_requested.connect(self.on_settings_sign_out_requested)
        settings.change_server_requested.connect(self.on_window_switch_learner_requested)
        settings.open_data_folder_requested.connect(self.on_settings_open_data_folder_requested)
        settings.clear_data_requested.connect(self.on_settings_clear_data_requested)
        settings.leaderboard_opt_out_changed.connect(self.on_settings_leaderboard_opt_out_changed)
        self.shell.quiz.feedback_requested.connect(self.on_quiz_feedback_requested)
        settings.appearance_changed.connect(self.on_settings_appearance_changed)
        settings.show_appearance(self.theme.scheme, self.theme.text_scale)
        settings.language_chosen.connect(self.on_settings_language_chosen)
        settings.show_language(self.memory.language() if self.memory is not None else i18n.SYSTEM)
        actions = window.actions_
        for action, steps in (
            (actions.text_bigger, 1),
            (actions.text_smaller, -1),
            (actions.text_reset, 0),
        ):
            action.triggered.connect(lambda _=False, n=steps: self.on_text_step(n))
        settings.pin_requested.connect(self.on_settings_pin_requested)
        settings.pin_removal_requested.connect(self.on_settings_pin_removal_requested)
        if self.demo is not None:
            demo = self.demo
            window.sync_status.demo_stopped = lambda: demo.stopped
        if opened.profile.is_guest:
            window.sync_status.show_guest()
            settings.opt_out.setEnabled(False)
            settings.opt_out.setToolTip(self.tr("Guests are not on the leaderboard."))
        self.runner.submit(self._settings_data, on_success=settings.show_settings)
        window.show()
        freeze_long_lived()  # start-up's objects never make a full collection stall a sync

    def _remember_window(self, shell: LearnerShell, *, fresh: bool) -> None:
        memory = self.memory
        assert memory is not None
        window = shell.window
        if fresh:  # a later learner's new window; the first one was restored before it showed
            memory.restore_geometry(window)
        page = memory.last_page()
        if page is not None:
            window.show_page(page, remember=False)
        window.closing.connect(lambda: memory.remember(window))

    def _settings_data(self) -> SettingsData:
        opened = self.opened
        assert opened is not None
        server = self.accounts.server()
        status = replica.store_status(opened.store)
        has_pin = not opened.profile.is_guest and self.accounts.locks.has_pin(
            opened.profile.user_id
        )
        learner = LearnerProfile(
            opened.profile.user_id,
            opened.profile.username,
            opened.profile.full_name,
            opened.profile.server_url,
            opened.profile.is_guest,
            status.pending,
            has_pin=has_pin,
        )
        return SettingsData(
            server.normalized_url if server else "",
            server.anon_key if server else "",
            learner,
            str(self.accounts.profiles.data_dir),
            leaderboard_opt_out=not shown_on_leaderboard(opened.store),
            quick_pin=self.accounts.quick_pin,
        )

    def on_bridge_synced(self, _changes: object = None) -> None:
        """After a sync: catalogue covers, and downloaded lessons' pictures and
        media not here yet, fetched off the GUI thread (see ``fetch_files``)."""
        self.fetch_files()

    def fetch_files(self, *, restart: bool = False) -> None:
        """Fetch the files not here yet off the GUI thread; each downloaded
        course's bytes go to its page and the status bar as they arrive, and
        the cards are redrawn when some arrived.  Asked while a fetch runs
        (another sync, a course's text just downloaded), it runs once more when
        that one ends; with ``restart`` (the learner paused, resumed or stopped
        a course's files) the one under way stops between two pieces first."""
        if self._fetching_pictures:
            self._files_again = True  # once more when it ends: there may be more to fetch
            if restart:  # a pause, resume or stop: now, between two pieces
                self._files_cancel.set()
            return
        opened, shell = self.opened, self.shell
        if (
            opened is None
            or shell is None
            or shell.offline
            or opened.session is None
            or opened.store.user_id is None
        ):
            return
        self._start_files_fetch(shell, opened.store, opened.session)

    def _start_files_fetch(
        self, shell: LearnerShell, store: LearnerStore, session: AuthSession
    ) -> None:
        self._fetching_pictures, self._files_again = True, False
        cancel = self._files_cancel = threading.Event()

        def report(progress: FilesProgress) -> None:  # on the worker thread
            self.files_relay.report((shell, progress))

        def ended() -> None:
            self._fetching_pictures = False
            if self._files_again and self.shell is shell:
                self.fetch_files()

        def done(fetched: int) -> None:
            if fetched and self.shell is shell:
                shell.refresh(Changes(catalogue=True))
            ended()

        def failed(exc: Exception) -> None:
            log.info("pictures not fetched: %s", type(exc).__name__)
            ended()

        self.runner.submit(
            lambda: download_missing_pictures(
                SyncEngine(store, session), cancel=cancel, on_files=report
            ),
            on_success=done,
            on_failure=failed,
        )

    def on_files_reported(self, news: tuple[LearnerShell, FilesProgress]) -> None:
        shell, progress = news
        if shell is self.shell:  # not a report for a learner who has left
            shell.files.show(progress)

    def on_shell_files_changed(self) -> None:
        self.fetch_files(restart=True)

    def on_shell_files_wanted(self) -> None:
        self.fetch_files()

    def on_settings_leaderboard_opt_out_changed(self, opted_out: bool) -> None:
        """Asked of the server as the learner (online only), then mirrored locally."""
        opened, shell = self.opened, self.shell
        if opened is None or shell is None:
            return
        settings = shell.settings
        if shell.offline or opened.session is None or opened.store.user_id is None:
            settings.show_opt_out_result(not opted_out, self._offline_opt_out())
            return
        session, store, user_id = opened.session, opened.store, opened.store.user_id
        visible = not opted_out

        def sent(_none: None) -> None:  # the server has it: mirror it on the write thread
            self.runner.submit(
                lambda: record_leaderboard_visibility(store, visible),
                on_success=recorded,
                on_failure=failed,
                write=True,
                receiver=settings,
            )

        def recorded(_none: None) -> None:
            settings.show_opt_out_result(
                opted_out,
                self.tr("You're off the leaderboard.")
                if opted_out
                else self.tr("You're back on the leaderboard."),
            )
            shell.refresh(Changes(dashboard=True))

        def failed(exc: Exception) -> None:
            offline = isinstance(exc, OfflineError)
            message = self._offline_opt_out() if offline else describe_error(exc)
            settings.show_opt_out_result(not opted_out, message)

        # once the learner's window is gone (and its store closed) nothing is
        # mirrored here; the next pull brings the server's value
        self.runner.submit(
            lambda: send_leaderboard_visibility(session, user_id, visible),
            on_success=sent,
            on_failure=failed,
            receiver=settings,
        )

    def _offline_opt_out(self) -> str:
        return self.tr("You're offline — change this when you're back online.")

    def on_settings_pin_requested(self, pin: str) -> None:
        """Keep a verifier of the learner's new PIN (scrypt: on the task runner)."""
        opened, shell = self.opened, self.shell
        if opened is None or shell is None:
            return
        settings, user_id = shell.settings, opened.profile.user_id
        had_pin = not settings.remove_pin.isHidden()
        self.runner.submit(
            lambda: self.accounts.set_pin(user_id, pin),
            on_success=lambda _none: settings.show_pin_state(
                True,
                self.tr("PIN saved. After you sign out, it opens your courses on this computer."),
            ),
            on_failure=lambda exc: settings.show_pin_state(
                had_pin,
                self.tr("The PIN was not saved: {problem}").format(problem=describe_error(exc)),
            ),
            receiver=settings,
        )

    def on_settings_pin_removal_requested(self) -> None:
        opened, shell = self.opened, self.shell
        if opened is None or shell is None:
            return
        settings, user_id = shell.settings, opened.profile.user_id
        self.runner.submit(
            lambda: self.accounts.clear_pin(user_id),
            on_success=lambda _none: settings.show_pin_state(
                False, self.tr("PIN removed. Your password opens your courses after you sign out.")
            ),
            on_failure=lambda exc: settings.show_pin_state(
                True,
                self.tr("The PIN was not removed: {problem}").format(problem=describe_error(exc)),
            ),
            receiver=settings,
        )

    def on_settings_language_chosen(self, code: str) -> None:
        """Kept for the next start: the whole window is built in one language."""
        if self.memory is not None:
            self.memory.remember_language(code)

    def on_settings_appearance_changed(self, scheme: str, text_scale: float) -> None:
        self.theme.set_appearance(scheme, text_scale)
        if self.memory is not None:
            self.memory.remember_appearance(self.theme.scheme, self.theme.text_scale)

    def on_text_step(self, steps: int) -> None:
        self.theme.step_text(steps)
        if self.shell is not None:
            self.shell.settings.show_appearance(self.theme.scheme, self.theme.text_scale)
        if self.memory is not None:
            self.memory.remember_appearance(self.theme.scheme, self.theme.text_scale)

    def on_quiz_feedback_requested(self, attempt_id: str) -> None:
        """Which answers were right: asked of the server as the learner (online only)."""
        opened, shell = self.opened, self.shell
        if opened is None or shell is None:
            return
        quiz = shell.quiz
        offline = self.tr("You're offline — connect to see which answers were right.")
        if shell.offline or opened.session is None:
            quiz.show_verdict_problem(offline)
            return
        session = opened.session

        def failed(exc: Exception) -> None:
            quiz.show_verdict_problem(
                offline if isinstance(exc, OfflineError) else describe_error(exc)
            )

        self.runner.submit(
            lambda: attempt_feedback(session, attempt_id),
            on_success=lambda f: quiz.show_verdict_result(f.verdicts, f.points, f.explanations),
            on_failure=failed,
            receiver=quiz,
        )

    def close_learner(self) -> None:
        self.previews.session = None
        if self.sync is not None:
            self.sync.bind(None, None)  # never sync one learner's store under another's account
        if self.shell is not None:
            self.shell.lesson.leave()
            self.shell.window.close()
            self.shell.window.deleteLater()
            self.shell = None
        self._files_cancel.set()  # a long video stops between two pieces, kept as its .part
        self._files_again = False
        self.runner.wait_for_done()  # the lesson's last writes land in the right store
        if self.opened is not None:
            self.opened.store.close()
            self.opened = None

    def on_window_switch_learner_requested(self) -> None:
        self.show_sign_in()

    def on_settings_sign_out_requested(self) -> None:
        opened = self.opened
        if opened is not None and not opened.profile.is_guest:
            user_id, session = opened.profile.user_id, opened.session
            # locks the learner on this computer first, then ends the session;
            # close_learner waits for it, so the dialog lists them signed out
            self.runner.submit(
                lambda: self.accounts.sign_out(user_id, session), on_failure=self.on_sign_out_failed
            )
        self.close_learner()
        self.show_sign_in()

    def on_sign_out_failed(self, exc: Exception) -> None:
        log.warning("sign-out did not finish: %s", exc)
        if self.dialog is not None:
            self.dialog.refresh_learners()
            self.dialog.show_error(
                self.tr("Signing out did not finish: {problem}").format(problem=describe_error(exc))
            )

    def on_settings_clear_data_requested(self) -> None:
        """Delete this learner's local database (the settings page asked first)."""
        opened = self.opened
        if opened is None:
            return
        profiles = self.accounts.profiles
        path = (
            profiles.guest_db_path()
            if opened.profile.is_guest
            else profiles.learner_db_path(opened.profile.user_id)
        )
        self.close_learner()
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        if not opened.profile.is_guest:
            profiles.forget(opened.profile.user_id)
            # their password and PIN verifiers go with their data
            self.accounts.locks.path(opened.profile.user_id).unlink(missing_ok=True)
        log.info("local data cleared for one learner")
        self.show_sign_in()

    def on_settings_open_data_folder_requested(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.accounts.profiles.data_dir)))

    def shutdown(self) -> None:
        self.close_learner()
