"""Builds the main window for one learner's store and wires every page to it.

Reads run on the task runner's read threads and come back to the page;
writes go through :class:`LearnerOps`; the runner's ``changes_made`` refreshes
only the pages whose data changed.  Sync and downloads are injected hooks, so
the same shell runs before the sync service exists and in tests.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.store import replica
from desktop.store.db import LearnerStore
from desktop.sync.states import SyncState, SyncStatus, Why
from desktop.ui.catalogue.store_source import StoreCatalogue
from desktop.ui.catalogue.view import CatalogueView
from desktop.ui.course.view import CourseView
from desktop.ui.dashboard.view import DashboardView
from desktop.ui.i18n import translate
from desktop.ui.lesson.view import LessonView
from desktop.ui.operations import downloads
from desktop.ui.operations import reads as store_reads
from desktop.ui.operations.changes import Changes
from desktop.ui.operations.learner import LearnerOps
from desktop.ui.operations.sync_bridge import SyncBridge, SyncControls
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.pages.class_page import ClassPage
from desktop.ui.pages.notifications import NotificationsView
from desktop.ui.pages.pending import PendingView
from desktop.ui.pages.settings import SettingsView
from desktop.ui.quiz.view import QuizView
from desktop.ui.shell.errors import describe_error
from desktop.ui.shell.files_progress import FilesBoard
from desktop.ui.shell.main_window import NAV_TITLES, MainWindow
from desktop.ui.shell.saved_work_flow import SavedWorkFlow
from desktop.ui.theme import RESOURCES, Colors, Theme
from desktop.ui.viewdata import ClassPageData, CourseDetail, FileChoice
from desktop.ui.widgets import wording
from desktop.ui.widgets.sizes import data_size

log = logging.getLogger(__name__)
T = TypeVar("T")


def space_warning(space: replica.DownloadSpace) -> str:
    free = data_size(space.free)
    if not space.needed:
        return translate(
            "learner_shell",
            "This download's size is not known yet; this computer has {free} free, which "
            "would leave too little for the computer itself. Settings › Storage shows what "
            "each downloaded course takes and can remove one. Download anyway?",
        ).format(free=free)
    return translate(
        "learner_shell",
        "This download needs about {needed}; this computer has {free} free, which would "
        "leave too little for the computer itself. Settings › Storage shows what each "
        "downloaded course takes and can remove one. Download anyway?",
    ).format(needed=data_size(space.needed), free=free)


class LearnerShell(QObject):
    # The learner paused, resumed or stopped a course's files (stored): the
    # background fetch starts again on what is left to fetch.
    files_changed = Signal()
    # A sync finished downloading a course's text: its files can come now.
    files_wanted = Signal()

    def __init__(
        self,
        store: LearnerStore,
        runner: TaskRunner,
        theme: Theme | None = None,
        *,
        idle_after: float = 300.0,
        confirm: bool = True,
        sync: SyncControls | None = None,
        bridge: SyncBridge | None = None,
        window: MainWindow | None = None,
    ) -> None:
        """``window``: one already shown by ``desktop.ui.shell.window_first`` while the
        store opened; its placeholder pages are replaced by the real ones.

        The shell is a child of its window: when the window is deleted (the
        learner switches), the shell goes with it and so do its connections to
        the runner and the sync bridge, which outlive every learner."""
        window = window or MainWindow(icon=QIcon(str(RESOURCES / "icons" / "lantern.png")))
        super().__init__(window)
        self.store = store
        self.runner = runner
        self.sync = sync
        self.offline = False
        self.window = window
        self.ops = LearnerOps(store, runner, on_error=self.show_error, receiver=self.window)
        self.catalogue = CatalogueView(StoreCatalogue(store), runner=runner)
        self.course = CourseView(confirm=confirm)
        self.files = FilesBoard(self.course, window.files_status)
        self.lesson = LessonView(self.ops, resolve_image=self._resolve_image, idle_after=idle_after)
        self.quiz = QuizView(self.ops)
        self.dashboard = DashboardView()
        self.notifications = NotificationsView()
        self.pending = PendingView()
        self.pending.set_guest(store.user_id is None)  # a guest's work is never synced
        self.settings = SettingsView(confirm=confirm)
        self.class_page = ClassPage()  # a teacher's: its entry shows once a class is here
        w = self.window
        pages: tuple[tuple[str, QWidget], ...] = (
            ("catalogue", self.catalogue),
            ("dashboard", self.dashboard),
            ("notifications", self.notifications),
            ("pending", self.pending),
            ("settings", self.settings),
        )
        for key, page in pages:  # replaces the placeholders of a window shown early
            w.add_page(key, NAV_TITLES[key], page)
        hidden: tuple[tuple[str, str, QWidget], ...] = (
            ("course", self.tr("Course"), self.course),
            ("lesson", self.tr("Lesson"), self.lesson),
            ("quiz", self.tr("Quiz"), self.quiz),
        )
        for key, title, page in hidden:
            w.add_page(key, title, page, in_nav=False)
        # the sidebar entry of a teacher's Class page
        w.add_page("class", self.tr("Class"), self.class_page, before="settings")
        w.set_nav_shown("class", False)
        self.confirm = confirm
        # asked before a download that would not fit: the warning → download anyway?
        self.download_anyway: Callable[[str], bool] = self._ask_download_anyway
        # where "Export to CSV…" saves a class (its suggested name → a path; None: cancelled)
        self.ask_csv_path: Callable[[str], Path | None] = self._ask_csv_path
        # "Save my work to a file…" and "Deliver saved work…" (app_flow gives it the session)
        self.saved_work = SavedWorkFlow(store, runner, window)
        self.saved_work.working_offline = lambda: self.offline
        self.keep_free = replica.RESERVE  # bytes a download must leave free on the disk
        self._readiness_wanted = False
        self._last_sync_news: tuple[object, ...] = ()
        self.last_readiness: downloads.Readiness | None = None
        self._connect()
        if bridge is not None:
            bridge.state_changed.connect(self.on_sync_state)
            bridge.pulled.connect(self.on_scopes_pulled)
            bridge.synced.connect(self.on_synced)
        self.theme = theme
        if theme is not None:
            theme.changed.connect(self.on_theme_changed)
            self.on_theme_changed(theme.colors)
        self.refresh(Changes(dashboard=True, notifications=True, outbox=True, teaching=True))

    def _connect(self) -> None:
        w = self.window
        self.catalogue.course_activated.connect(self.open_course)
        self.dashboard.course_opened.connect(self.open_course)
        self.course.enroll_requested.connect(self.ops.set_enrolled)
        self.course.review_submitted.connect(self.ops.rate)
        self.course.lesson_opened.connect(self.open_lesson)
        self.course.section_opened.connect(self.open_hit)
        self.course.lesson_search_requested.connect(self.on_course_lesson_search_requested)
        self.catalogue.lesson_opened.connect(self.open_hit)
        self.catalogue.lesson_search_requested.connect(self.on_catalogue_lesson_search_requested)
        self.lesson.quiz_requested.connect(self.open_quiz)
        self.lesson.lesson_requested.connect(self.open_lesson)
        self.lesson.course_requested.connect(self.open_course)
        self.quiz.back_to_lesson.connect(self.open_lesson)
        self.quiz.lesson_requested.connect(self.open_lesson)
        self.quiz.course_requested.connect(self.open_course)
        self.notifications.mark_read_requested.connect(self.on_notifications_mark_read_requested)
        self.notifications.unread_changed.connect(lambda n: w.set_nav_badge("notifications", n))
        self.runner.changes_made.connect(self.refresh)
        self.runner.changes_made.connect(self.on_runner_changes_made)
        w.page_shown.connect(self.on_window_page_shown)
        w.find_requested.connect(self.catalogue.focus_search)
        w.work_offline_toggled.connect(self.on_window_work_offline_toggled)
        w.sync_requested.connect(self.on_window_sync_requested)
        w.get_ready_requested.connect(self.on_window_get_ready_requested)
        self.catalogue.download_requested.connect(self.download)
        self.course.download_requested.connect(self.download)
        self.course.cancel_download_requested.connect(self.cancel_download)
        self.course.files_pause_requested.connect(self.pause_files)
        self.course.files_cancel_requested.connect(self.cancel_files)
        self.settings.storage.remove_requested.connect(self.remove_download)
        self.class_page.course_chosen.connect(self.show_class)
        self.class_page.export_requested.connect(self.export_class)
        self.pending.save_requested.connect(self.saved_work.save)
        w.save_work_requested.connect(self.saved_work.save)
        w.deliver_work_requested.connect(self.saved_work.deliver)

    # reading --------------------------------------------------------------------
    def _read(self, fn: Callable[[LearnerStore], T], then: Callable[[T], None]) -> None:
        store = self.store

        def run() -> T:
            return fn(store)

        # every page lives in the window: once it is closed and deleted, a late
        # result has nowhere to go (see desktop/ui/operations/tasks.py)
        self.runner.submit(run, on_success=then, on_failure=self.show_error, receiver=self.window)

    def open_course(self, course_id: str) -> None:
        def shown(detail: Any) -> None:
            self.course.show_course(detail)
            self.window.show_page("course")
            self.course.focus_next_lesson()  # Enter opens it
            log.info("course shown: %s", course_id)

        self._read(lambda s: store_reads.course_detail(s, course_id), shown)

    def open_lesson(self, lesson_id: str, section_key: str = "") -> None:
        """Show the lesson; at section ``section_key`` when given (a search hit)."""

        def shown(content: Any) -> None:
            self.lesson.show_lesson(content)
            self.window.show_page("lesson")
            # the keyboard in the lesson's text: a screen reader reads it, Tab goes to
            # its first link (the focus was on the course page's list, now hidden)
            self.lesson.browser.setFocus(Qt.FocusReason.OtherFocusReason)
            if section_key:
                self.lesson.go_to_section(section_key)
            log.info(
                "lesson shown: %s (%s)",
                lesson_id,
                "with its text" if content.body_markdown else "text not downloaded",
            )

        self.ops.open_lesson(lesson_id)
        self._read(lambda s: store_reads.lesson_content(s, lesson_id), shown)

    def open_hit(self, lesson_id: str, section_key: str) -> None:
        """A lesson search hit: the lesson at its section, unless it is locked
        (then its course page says what to complete first, as its list does)."""

        def checked(detail: CourseDetail | None) -> None:
            row = next((r for r in detail.lessons if r.id == lesson_id), None) if detail else None
            if detail is None or row is None or not row.is_locked:
                self.open_lesson(lesson_id, section_key)
                return
            self.course.show_course(detail)
            self.window.show_page("course")
            self.course.explain_locked(row)

        self._read(lambda s: store_reads.course_of_lesson(s, lesson_id), checked)

    def on_catalogue_lesson_search_requested(self, words: str) -> None:
        if not words:
            self.catalogue.show_lesson_hits(words, [])
            return
        self._read(
            lambda s: store_reads.lesson_hits(s, words, limit=20),
            lambda hits: self.catalogue.show_lesson_hits(words, hits),
        )

    def on_course_lesson_search_requested(self, course_id: str, words: str) -> None:
        self._read(
            lambda s: store_reads.lesson_hits(s, words, course_id=course_id),
            lambda hits: self.course.show_lesson_hits(course_id, words, hits),
        )

    def open_quiz(self, lesson_id: str) -> None:
        def shown(data: Any) -> None:
            self.quiz.show_quiz(data)
            self.window.show_page("quiz")

        self._read(lambda s: store_reads.quiz_data(s, lesson_id), shown)

    def refresh(self, changes: Changes) -> None:
        """Re-read only what ``changes`` says moved (Anki's operation_did_execute)."""
        self.catalogue.apply_changes(changes)
        course = self.course.course
        if course is not None and (changes.progress or changes.enrollment or changes.catalogue):
            self._read(lambda s: store_reads.course_detail(s, course.id), self.course.show_course)
        if changes.dashboard or changes.quiz:
            self._read(store_reads.dashboard_data, self.dashboard.show_dashboard)
        if changes.quiz and self.quiz.quiz is not None:
            lesson_id = self.quiz.quiz.lesson_id
            self._read(lambda s: store_reads.quiz_data(s, lesson_id), self.quiz.update_quiz)
        if changes.notifications and changes.initiator is not self.notifications:
            self._read(store_reads.notifications, self.notifications.show_notifications)
        if (changes.teaching or changes.catalogue) and self.store.user_id is not None:
            self.show_class()
        if changes.outbox:
            self._read(store_reads.pending_changes, self.pending.show_changes)
            if self.sync is None:  # without a sync service the store is the only truth
                self._read(replica.store_status, self._show_store_status)

    def show_class(self, course_id: str = "") -> None:
        """Read the Class page of ``course_id`` (else the one shown, else the first taught)."""
        chosen = course_id or self.class_page.course_id
        self._read(lambda s: store_reads.class_page(s, chosen), self._show_class)

    def _show_class(self, data: ClassPageData) -> None:
        self.class_page.show_class(data)
        self.window.set_nav_shown("class", bool(data.courses))
        if not data.courses and self.window.current_page == "class":
            self.window.show_page("catalogue")  # the class is gone from this computer

    def export_class(self, course_id: str) -> None:
        """Save the class of ``course_id`` as a CSV file where the teacher chooses."""
        view = self.class_page.view
        title = view.title if view is not None else "class"
        path = self.ask_csv_path(f"{title} - class.csv".replace("/", "-"))
        if path is None:
            return

        def saved(rows: int) -> None:
            self.window.statusBar().showMessage(
                self.tr("Saved the class (%Ln row(s)) to {path}", "", rows).format(path=path),
                15_000,
            )

        def failed(exc: Exception) -> None:
            reason = (
                exc.strerror if isinstance(exc, OSError) and exc.strerror else describe_error(exc)
            )
            self.window.statusBar().showMessage(
                self.tr("Could not save the class to {path}: {reason}").format(
                    path=path, reason=reason
                ),
                15_000,
            )

        self.runner.submit(
            lambda: store_reads.export_class(self.store, course_id, path),
            on_success=saved,
            on_failure=failed,
            receiver=self.window,
        )

    def _ask_csv_path(self, suggested: str) -> Path | None:
        folder = Path.home() / "Documents"  # untranslated: the folder's name on disk
        start = folder if folder.is_dir() else Path.home()
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export the class to a CSV file"),
            str(start / suggested),
            self.tr("CSV files (*.csv)"),
        )
        return Path(chosen) if chosen else None

    def _show_store_status(self, status: replica.StoreStatus) -> None:
        pending = status.pending
        if self.offline:
            state = SyncState(SyncStatus.OFFLINE, pending=pending, why=Why.CHOSEN)
        elif pending:
            state = SyncState(SyncStatus.PENDING, pending=pending, last_sync_at=status.last_sync_at)
        else:
            state = SyncState(SyncStatus.UP_TO_DATE, last_sync_at=status.last_sync_at)
        self.window.sync_status.show_status(state)
        self._show_pending_badge(pending)

    def _show_pending_badge(self, pending: int) -> None:
        """ "Pending changes (3)": work that will be sent.  A guest's work never is, so
        a guest sees no count (the status bar says the work stays on this laptop)."""
        self.window.set_nav_badge("pending", pending if self.store.user_id is not None else 0)

    def _resolve_image(self, ref: str) -> Path | None:
        """Looked up in what the lesson's read found in the image cache (no I/O here)."""
        lesson = self.lesson.lesson
        path = lesson.images.get(ref) if lesson is not None else None
        return Path(path) if path else None

    # sync and downloads ---------------------------------------------------------
    def _write(
        self, fn: Callable[[LearnerStore], Changes], then: Callable[[Changes], None] | None = None
    ) -> None:
        store = self.store
        self.runner.submit(
            lambda: fn(store),
            on_success=then,
            on_failure=self.show_error,
            write=True,
            receiver=self.window,
        )

    def download(self, course_id: str, choice: FileChoice | None = None) -> None:
        """Start a download (of the files ``choice`` names; None: as chosen
        before, else all); first, when it would not fit the free space, ask."""

        def checked(space: replica.DownloadSpace) -> None:
            if not space.fits and not self.download_anyway(space_warning(space)):
                return
            self._write(
                lambda s: downloads.start_download(s, course_id, choice),
                lambda _c: self.on_window_sync_requested(),
            )

        keep_free = self.keep_free
        lessons = choice.lessons_counted() if choice is not None else None
        self._read(
            lambda s: replica.download_space(s, course_id, reserve=keep_free, lessons=lessons),
            checked,
        )

    def _ask_download_anyway(self, warning: str) -> bool:
        """The learner's answer to a space warning (tests give theirs instead)."""
        if not self.confirm:
            return False
        answer = QMessageBox.warning(
            self.window,
            self.tr("Not enough space"),
            warning,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove_download(self, course_id: str) -> None:
        def removed(_changes: Changes) -> None:
            self.show_storage()

        self._write(lambda s: downloads.remove_download(s, course_id), removed)

    def show_storage(self) -> None:
        self._read(replica.storage_report, self.settings.storage.show_report)

    def cancel_download(self, course_id: str) -> None:
        self._write(lambda s: downloads.cancel_download(s, course_id))

    def pause_files(self, course_id: str, paused: bool) -> None:
        self._write(
            lambda s: downloads.pause_files(s, course_id, paused),
            lambda _c: self.files_changed.emit(),
        )

    def cancel_files(self, course_id: str) -> None:
        self._write(
            lambda s: downloads.cancel_files(s, course_id), lambda _c: self.files_changed.emit()
        )

    def on_sync_state(self, state: SyncState) -> None:
        news = (state.status, state.stage, state.progress, state.pending)
        if news != self._last_sync_news:  # a page arrived, or the state moved
            self._last_sync_news = news
            self.course.note_sync_news()
        self.window.sync_status.show_status(state)
        self.quiz.set_sync_state(state)
        self._show_pending_badge(state.pending)

    def on_scopes_pulled(self, scopes: frozenset[str]) -> None:
        """Courses whose scope the cycle pulled to the end are downloaded; a class
        pulled again is as of now, even when none of its rows moved."""
        if any(replica.is_teaching(scope) for scope in scopes):
            self.show_class()

        def finished(changes: Changes) -> None:
            if changes.catalogue:  # a course became available offline
                self.files_wanted.emit()

        self._write(lambda store: downloads.finish_downloads(store, scopes), finished)

    def on_synced(self, changes: Changes) -> None:
        self.refresh(changes)
        if self._readiness_wanted:
            self._readiness_wanted = False
            self._check_readiness()

    def _check_readiness(self) -> None:
        # readiness first marks finished downloads available: a write, so it runs
        # on the one write thread, never beside it on a read thread
        store = self.store
        self.runner.submit(
            lambda: downloads.readiness(store),
            on_success=self._show_readiness,
            on_failure=self.show_error,
            write=True,
            receiver=self.window,
        )

    def _show_readiness(self, readiness: downloads.Readiness) -> None:
        self.last_readiness = readiness
        box = QMessageBox.information if readiness.ready else QMessageBox.warning
        words = wording.readiness(readiness)
        if self.confirm:
            box(self.window, self.tr("Get ready for offline"), words)
        self.window.statusBar().showMessage(words, 15_000)

    # slots ----------------------------------------------------------------------
    def on_notifications_mark_read_requested(self, ids: list[str]) -> None:
        # the page shows them read already: its own reload would be redundant
        self.ops.mark_notifications_read(ids, initiator=self.notifications)

    def on_runner_changes_made(self, changes: Changes) -> None:
        if changes.outbox and self.sync is not None:
            self.sync.notify_local_change()

    def on_window_sync_requested(self) -> None:
        if self.sync is not None:
            self.sync.sync_now()
        else:
            self.window.statusBar().showMessage(
                self.tr(
                    "Sync is not connected in this window; your work is saved on this computer."
                ),
                8000,
            )

    def on_window_get_ready_requested(self) -> None:
        def requested(_changes: Changes) -> None:
            if self.sync is not None and self.store.user_id is not None:  # guests never sync
                self._readiness_wanted = True  # answered after the next cycle
                self.sync.sync_now()
            else:
                self._check_readiness()

        self._write(downloads.request_all_downloads, requested)

    def show_error(self, exc: Exception) -> None:
        self.window.statusBar().showMessage(describe_error(exc), 10_000)

    def on_window_page_shown(self, key: str) -> None:
        if key != "lesson":
            self.lesson.leave()  # stop the clock, save reading progress
        if key == "settings":
            self.show_storage()  # measured afresh each time: downloads move on

    def on_window_work_offline_toggled(self, offline: bool) -> None:
        self.offline = offline
        if self.sync is not None:
            self.sync.set_offline(offline)
        else:
            self.refresh(Changes(outbox=True))

    def on_theme_changed(self, colors: Colors) -> None:
        if self.theme is not None:  # re-rendered by set_colors below
            self.lesson.browser.text_scale = self.theme.text_scale
        pages = (self.catalogue, self.course, self.lesson, self.dashboard, self.pending)
        for page in (*pages, self.class_page):
            page.set_colors(colors)
