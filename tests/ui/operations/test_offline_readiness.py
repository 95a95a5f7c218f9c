from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from desktop.store.actions.learning import enroll
from desktop.store.db.learner_store import LearnerStore
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.models import TEXT_ONLY, LessonContent
from desktop.sync.states import SyncState, SyncStatus
from desktop.ui.catalogue.model import CourseRole
from desktop.ui.operations import downloads
from desktop.ui.operations.changes import Changes
from desktop.ui.operations.sync_bridge import EVERYTHING, SyncBridge
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.viewdata import FileChoice, OfflineState
from desktop.ui.widgets import wording
from desktop.ui.widgets.sizes import data_size
from tests.ui.store_content import COURSE, L3, T0


def test_readiness_names_what_is_missing_until_everything_is_here(store: LearnerStore) -> None:
    enroll(store, COURSE)
    downloads.request_all_downloads(store)
    first = downloads.readiness(store)
    assert not first.ready
    assert first.missing == ("Introduction to Python",)
    assert first.pending == 1
    assert "not downloaded yet: Introduction to Python" in wording.readiness(first)
    with store.db.transaction() as session:  # what the pull of the course scope brings
        session.add(
            LessonContent(lesson_id=L3, body_markdown="# Functions", created_at=T0, updated_at=T0)
        )
    second = downloads.readiness(store)
    assert second.missing == ()
    assert second.pending == 1
    assert "1 change still waiting" in wording.readiness(second)


def test_a_course_whose_scope_a_cycle_pulled_to_the_end_is_downloaded_without_every_body(
    store: LearnerStore,
) -> None:
    """L3 has no body on this laptop (say the teacher never wrote one): the
    pull of the course's scope ended, so there is nothing more to wait for."""
    enroll(store, COURSE)
    downloads.request_all_downloads(store)
    downloads.finish_downloads(store, frozenset({"catalogue", "learner"}))
    assert downloads.readiness(store).missing == ("Introduction to Python",)
    changed = downloads.finish_downloads(store, frozenset({f"course:{COURSE}"}))
    assert changed.catalogue
    assert downloads.readiness(store).missing == ()


def test_the_bridge_tells_which_scopes_a_cycle_pulled_before_it_says_synced(qtbot: QtBot) -> None:
    from desktop.sync.engine import CycleReport

    bridge = SyncBridge()
    seen: list[object] = []
    bridge.pulled.connect(seen.append)
    bridge.synced.connect(lambda changes: seen.append("synced"))
    worker = threading.Thread(
        target=bridge.on_report, args=(CycleReport(scopes=["catalogue", f"course:{COURSE}"]),)
    )
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == [frozenset({"catalogue", f"course:{COURSE}"}), "synced"]


class RecordingSync:
    """SyncControls that reports through a real SyncBridge from another thread."""

    def __init__(self, bridge: SyncBridge) -> None:
        self.bridge = bridge
        self.calls: list[str] = []

    def start(self) -> None: ...

    def stop(self, timeout: float = 10.0) -> None: ...

    def bind(self, store: object, auth: object) -> None:
        self.calls.append("bind")

    def sync_now(self) -> None:
        self.calls.append("sync_now")
        worker = threading.Thread(target=self._cycle)
        worker.start()
        worker.join()

    def _cycle(self) -> None:
        self.bridge.on_state(SyncState(SyncStatus.SYNCING, progress=0.5))
        self.bridge.on_report(object())

    def notify_local_change(self) -> None:
        self.calls.append("local_change")

    def set_offline(self, offline: bool) -> None:
        self.calls.append(f"offline={offline}")


def test_download_asks_for_a_sync_and_the_card_shows_progress(
    qtbot: QtBot, store: LearnerStore
) -> None:
    runner = TaskRunner()
    bridge = SyncBridge()
    sync = RecordingSync(bridge)
    shell = LearnerShell(store, runner, confirm=False, sync=sync, bridge=bridge)
    qtbot.addWidget(shell.window)
    with qtbot.waitSignal(bridge.state_changed):
        shell.catalogue.download_requested.emit(COURSE)
        qtbot.waitUntil(lambda: "sync_now" in sync.calls)
    assert shell.window.sync_status.state.status is SyncStatus.SYNCING
    model = shell.catalogue.model

    def state() -> OfflineState | None:
        cards = [model.index(r).data(CourseRole) for r in range(model.rowCount())]
        return next((c.offline_state for c in cards if c is not None and c.id == COURSE), None)

    qtbot.waitUntil(lambda: state() is OfflineState.DOWNLOADING)
    shell.window.actions_.work_offline.trigger()
    assert sync.calls[-1] == "offline=True"
    runner.wait_for_done()


def test_bridge_delivers_sync_reports_on_the_gui_thread(qtbot: QtBot) -> None:
    bridge = SyncBridge()
    seen: list[bool] = []
    bridge.synced.connect(
        lambda changes: seen.append(
            QThread.currentThread() is bridge.thread() and changes == EVERYTHING
        )
    )
    worker = threading.Thread(target=bridge.on_report, args=(object(),))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [True]
    assert bool(Changes(quiz=True))


def test_a_guest_with_the_sample_course_is_told_the_laptop_is_ready(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from desktop.store.replica.importer import import_sample_course

    guest, _recovery = ProfileDirectory(tmp_path / "guest").open_guest()
    import_sample_course(guest)
    runner = TaskRunner()
    bridge = SyncBridge()
    sync = RecordingSync(bridge)
    shell = LearnerShell(guest, runner, confirm=False, sync=sync, bridge=bridge)
    qtbot.addWidget(shell.window)
    shell.window.actions_.get_ready.trigger()
    qtbot.waitUntil(lambda: shell.last_readiness is not None, timeout=10_000)
    assert shell.last_readiness is not None
    assert shell.last_readiness.ready
    assert "ready to go offline" in shell.window.statusBar().currentMessage()
    assert "sync_now" not in sync.calls
    runner.wait_for_done()
    guest.close()


def test_get_ready_counts_the_pictures_and_media_the_learner_chose(tmp_path: Path) -> None:
    from desktop.course_package.sample import load_sample_course
    from desktop.store.replica import cached_image_path, image_key
    from desktop.store.replica.importer import import_sample_course

    guest, _recovery = ProfileDirectory(tmp_path / "guest").open_guest()
    import_sample_course(guest)
    package = load_sample_course().package
    assert package is not None
    course_id = str(package.id)
    enroll(guest, course_id)
    assert downloads.readiness(guest).ready
    local = cached_image_path(guest, image_key(course_id, "images/url-parts.png"))
    assert local is not None
    size = Path(local).stat().st_size
    Path(local).unlink()  # the file is gone from this laptop
    state = downloads.readiness(guest)
    assert (state.ready, state.missing, state.files_missing) == (False, (), (package.title,))
    assert state.bytes_to_fetch == size
    words = wording.readiness(state)
    assert f"pictures and media still arriving for: {package.title}" in words
    assert f"about {data_size(size)} of pictures and media to download" in words
    # Text only: the lessons' text is all the learner asked for, and it is here.
    downloads.start_download(guest, course_id, FileChoice(TEXT_ONLY))
    downloads.finish_downloads(guest, frozenset({f"course:{course_id}"}))
    assert downloads.readiness(guest).ready
    guest.close()
