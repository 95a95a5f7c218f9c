"""GUI responsiveness while a course's large video downloads at full speed and
while a video plays (issue #16: the GUI thread's longest stall stays under 50 ms).

    .venv/bin/python benchmarks/ui_media_responsiveness.py [--video-mb 200] [--play-s 8]
        [--in-process-server]

The heartbeat is ``benchmarks/ui_responsiveness.py``'s: a 5 ms timer on the
GUI thread records the gap between its ticks; the longest gap minus the 5 ms
interval is the longest stall.  Garbage collections are timed alongside.

The devserver runs as the app's demo runs it, a child process
(``desktop.ui.shell.demo_server.DemoServerProcess``), so serving the file
does not compete with the app for its GIL; ``--in-process-server`` runs it
in this process instead (as ``tests/e2e/test_ui_media_benchmark_runs.py``
does, at a tiny size).  Set-up, not measured: the sample course with its
video grown by an MP4 ``free`` box (players skip it) to ``--video-mb`` MB,
published by the demo instructor (a video of 6 MiB or more goes through the
resumable TUS upload); a learner signed up through ``Accounts`` with the
course enrolled and its text downloaded, its files paused.  Then the real
window: ``AppFlow`` (with a running ``SyncService``) opens the learner's
``LearnerShell``, and the course page is shown.

1. **Downloading at full speed**: from the click on the course page's
   "Resume files" until the fetch's last report says the video is whole.
   The click goes, as the learner's would, through
   ``AppFlow.fetch_files`` to ``download_missing_pictures`` on a
   ``TaskRunner`` worker, its progress crossing to the GUI thread through
   ``FilesRelay`` into ``FilesBoard`` (the files row and the status bar).
2. **A video playing**: the lesson page with that video; from the click on
   its card (the player opens the file), Play, until ``--play-s`` seconds
   of it have played (at most the video's length).

Not a test: nothing asserts; ``tests/e2e/test_ui_media_benchmark_runs.py``
runs it at a tiny size.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import shutil
import statistics
import struct
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from supabase import create_client

from benchmarks.classroom_burst import load_average
from benchmarks.ui_responsiveness import HEARTBEAT_MS, GcPauses
from desktop.account.settings import ServerSettings
from desktop.account.vault import FileVault
from desktop.course_package import load_package
from desktop.course_package.model import CoursePackage
from desktop.course_package.sample import SAMPLE_COURSE_DIR
from desktop.publish.course import Publisher
from desktop.store import replica
from desktop.store.actions import learning
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.models import AVAILABLE_OFFLINE
from desktop.store.replica.content import download_state
from desktop.sync.download import FilesProgress
from desktop.sync.engine import SyncEngine
from desktop.sync.service import SyncService
from desktop.sync.states import SyncStatus
from desktop.ui.operations.sync_bridge import SyncBridge
from desktop.ui.operations.tasks import TaskRunner, favour_gui_thread
from desktop.ui.shell.accounts import Accounts
from desktop.ui.shell.app_flow import AppFlow
from desktop.ui.shell.demo_server import DemoServer, DemoServerProcess
from desktop.ui.shell.heap import MainThreadCollector
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.shell.pyside_workarounds import TrueRefGuard
from desktop.ui.theme import Theme
from devserver.server import DevServer

TARGET_S = 0.050
VIDEO = "media/request.mp4"  # the sample's video: 12 s, 640x360 H.264
MB = 1_000_000
FREE_BOX_HEADER = 8
PIECE = 1024 * 1024  # the padding is written a MiB at a time


class BenchError(RuntimeError):
    """The benchmark could not get where it measures."""


# -- the heartbeat ------------------------------------------------------------
class Heartbeat:
    """A 5 ms timer on the GUI thread and the gaps between its ticks."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self.slow: list[tuple[float, float]] = []  # (seconds since start, gap) over 50 ms
        self.started = self._last = 0.0
        self.seconds = 0.0
        self._timer = QTimer()
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        gap = now - self._last
        self.gaps.append(gap)
        if gap > TARGET_S:
            self.slow.append((now - self.started, gap))
        self._last = now

    @contextmanager
    def running(self) -> Iterator[GcPauses]:
        self.started = self._last = time.perf_counter()
        self._timer.start()
        try:
            with GcPauses() as collections:
                yield collections
        finally:
            self._timer.stop()
            self.seconds = time.perf_counter() - self.started

    def report(self, what: str, collections: GcPauses) -> dict[str, float]:
        """Prints the longest stall, the p99 gap and the heartbeats; the figures."""
        gaps = sorted(self.gaps) or [0.0]
        longest = max(0.0, gaps[-1] - HEARTBEAT_MS / 1000)
        p99 = gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))]
        met = "met" if longest < TARGET_S else "NOT met"
        print(
            f"{what}: longest GUI stall {longest * 1000:.1f} ms "
            f"(target < {TARGET_S * 1000:.0f} ms: {met}); p99 gap {p99 * 1000:.1f} ms, "
            f"median gap {statistics.median(gaps) * 1000:.1f} ms; "
            f"{len(self.gaps):,} heartbeats in {self.seconds:.1f} s"
        )
        print(f"  {collections.summary()}")
        if self.slow:
            print(
                "  gaps over 50 ms at: "
                + ", ".join(f"{t:.1f} s ({g * 1000:.0f} ms)" for t, g in self.slow[:10])
            )
        return {"longest_stall_ms": longest * 1000, "p99_gap_ms": p99 * 1000}


def run_until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    """Runs the GUI thread's event loop until ``condition`` (checked every 20 ms).

    An event loop, not ``QTest.qWait``: that sleeps between its rounds of
    events, which the heartbeat would count as stalls."""
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(20)

    def poll() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    check.timeout.connect(poll)
    check.start()
    if not condition():
        loop.exec()
    check.stop()
    if not condition():
        raise BenchError(f"gave up after {timeout_s:.0f} s waiting for {what}")


# -- set-up: the course, published; the learner, enrolled, text downloaded ----
def sample_with_large_video(folder: Path, video_bytes: int) -> tuple[CoursePackage, Path]:
    """A copy of the sample course under a new id, its video grown to about
    ``video_bytes`` by a ``free`` box: (the package, the video's file)."""
    shutil.copytree(SAMPLE_COURSE_DIR, folder)
    course_file = folder / "course.toml"
    new_id = str(uuid.uuid4())
    text = course_file.read_text(encoding="utf-8")
    text = re.sub(r'(?m)^id = ".*"$', f'id = "{new_id}"', text, count=1)
    text = re.sub(r'(?m)^slug = ".*"$', f'slug = "bench-{new_id[:8]}"', text, count=1)
    course_file.write_text(text, encoding="utf-8")
    video = folder / VIDEO
    padding = max(0, video_bytes - video.stat().st_size - FREE_BOX_HEADER)
    with video.open("ab") as handle:
        handle.write(struct.pack(">I4s", padding + FREE_BOX_HEADER, b"free"))
        zeros = bytes(PIECE)
        for left in range(padding, 0, -PIECE):
            handle.write(zeros[: min(PIECE, left)])
    result = load_package(folder)
    if result.package is None:
        raise BenchError(f"the sample course did not load: {result.problems}")
    return result.package, video


def publish(server: DemoServer, package: CoursePackage) -> float:
    """Published by the demo instructor; the seconds it took."""
    client = create_client(server.settings.url, server.settings.anon_key)
    answer = client.auth.sign_in_with_password(
        {"email": server.instructor_email, "password": server.instructor_password}
    )
    if answer.user is None:
        raise BenchError("the demo instructor could not sign in")
    started = time.perf_counter()
    Publisher(client, answer.user.id).publish(package)
    return time.perf_counter() - started


def learner_with_course(server: DemoServer, data_dir: Path, course_id: str) -> Accounts:
    """A learner signed up on this laptop (``accounts.opened``), enrolled in the
    course, its text downloaded and its files paused (so the sync after
    sign-in does not start fetching them before the measurement)."""
    accounts = Accounts(ProfileDirectory(data_dir), vault=FileVault(data_dir / "tokens.json"))
    accounts.use_server(server.settings.url, server.settings.anon_key)
    tag = uuid.uuid4().hex[:8]
    accounts.sign_up(f"media-{tag}@example.test", "media-password-9", f"media_{tag}", "Media")
    opened = accounts.opened
    assert opened is not None
    assert opened.session is not None
    engine = SyncEngine(opened.store, opened.session)
    engine.run_cycle()  # the catalogue, as after sign-in
    learning.enroll(opened.store, course_id)
    replica.start_download(opened.store, course_id)
    engine.run_cycle()  # pushes the enrollment, pulls the course's scope
    replica.finish_downloads(opened.store)
    state = download_state(opened.store, course_id).state
    if state != AVAILABLE_OFFLINE:
        raise BenchError(f"the course's text did not download (state {state!r})")
    replica.pause_files(opened.store, course_id, True)
    return accounts


# -- the window ---------------------------------------------------------------
class Window:
    """The app as ``desktop/app/root.py`` composes it, the learner signed in."""

    def __init__(self, accounts: Accounts) -> None:
        app = QApplication.instance() or QApplication(sys.argv)
        assert isinstance(app, QApplication)
        self.app = app
        TrueRefGuard(app)
        self.collector = MainThreadCollector(app)  # GC on the GUI thread only
        favour_gui_thread()
        self.runner = TaskRunner()
        bridge = SyncBridge()
        self.sync = SyncService(on_state=bridge.on_state, on_report=bridge.on_report)
        self.sync.start()
        self.flow = AppFlow(
            app, Theme(app), self.runner, accounts, sync=self.sync, bridge=bridge, confirm=False
        )
        opened = accounts.opened
        assert opened is not None
        self.flow.on_dialog_signed_in(opened.profile)  # what the sign-in dialog does
        assert self.flow.shell is not None
        self.shell: LearnerShell = self.flow.shell
        self.settle("the window's first sync and reads", 120)

    def settle(self, what: str, timeout_s: float = 60) -> None:
        """Until the sync is up to date and nothing runs in the background."""
        QTest.qWaitForWindowExposed(self.shell.window)

        def quiet() -> bool:
            state = self.shell.window.sync_status.state
            return (
                state.status is SyncStatus.UP_TO_DATE
                and state.pending == 0
                and not self.runner.running
                and not self.flow._fetching_pictures
            )

        run_until(quiet, timeout_s, what)
        self.shell.window.repaint()  # what just arrived is painted now, not in the measurement
        self.app.processEvents()

    def close(self) -> None:
        self.flow.shutdown()  # closes the window and the learner's store
        self.sync.stop()
        self.runner.wait_for_done()
        self.collector.stop()
        self.flow.theme.setParent(None)
        self.flow.setParent(None)
        self.app.setStyleSheet("")  # a test's later windows start from Qt's defaults


def show_course(window: Window, course_id: str) -> None:
    shell = window.shell
    shell.open_course(course_id)
    run_until(
        lambda: shell.window.current_page == "course" and shell.course.files.isVisible(),
        30,
        "the course page with its files row",
    )
    window.settle("the course page")
    if not shell.course.files.paused:
        raise BenchError("the course's files are not paused: the fetch would start unmeasured")


def measure_download(window: Window, course_id: str, video_bytes: int) -> dict[str, float]:
    """Scenario 1: from "Resume files" until the last report says the video is whole."""
    show_course(window, course_id)
    shell = window.shell
    reports: list[FilesProgress] = []

    def heard(news: tuple[LearnerShell, FilesProgress]) -> None:  # beside AppFlow's own slot
        reports.append(news[1])

    def whole() -> bool:
        last = reports[-1] if reports else None
        return last is not None and last.finished and last.bytes_done == last.bytes_total

    window.flow.files_relay.reported.connect(heard)
    heartbeat = Heartbeat()
    with heartbeat.running() as collections:
        shell.course.files.pause.click()  # Resume files
        run_until(whole, 600, "the video to arrive whole")
    took = heartbeat.seconds
    store = shell.store
    cached = replica.cached_image(store, replica.image_key(course_id, VIDEO))
    size = Path(cached.local_path).stat().st_size if cached is not None else 0
    if size != video_bytes:
        raise BenchError(f"the video arrived with {size:,} bytes, not {video_bytes:,}")
    rate = video_bytes / MB / took
    print(
        f"download: {video_bytes / MB:,.1f} MB in {took:.1f} s = {rate:.1f} MB/s; "
        f"{len(reports)} progress reports reached the GUI thread"
    )
    figures = heartbeat.report("while downloading", collections)
    window.settle("the course page after the download")
    return {**figures, "mb_per_s": rate}


def open_video_lesson(window: Window, package: CoursePackage) -> tuple[str, int]:
    """The lesson page with the video: (its card's link, its media index)."""
    lesson = next(each for each in package.lessons if any(m.path == VIDEO for m in each.media))
    shell = window.shell
    view = shell.lesson
    shell.open_lesson(str(lesson.id))
    run_until(
        lambda: view.lesson is not None and view.lesson.id == str(lesson.id),
        30,
        "the lesson with the video",
    )
    window.settle("the lesson page")
    assert view.lesson is not None
    item = next(m for m in view.lesson.media if m.path == VIDEO)
    if item.file is None:
        raise BenchError("the video is not in the learner's files")
    return next(h for h, i in view.browser.media_links.items() if i == item.index), item.index


def measure_opening(window: Window, href: str, what: str) -> dict[str, float]:
    """From the click on the video's card until the player has loaded the file."""
    view = window.shell.lesson
    player = view.player

    def loaded() -> bool:  # the player made for this opening knows the length
        made = player._player
        return player.message.isVisible() or (made is not None and made.duration() > 0)

    heartbeat = Heartbeat()
    with heartbeat.running() as collections:
        view.browser.anchorClicked.emit(href)  # the card's link: the player opens the file
        run_until(loaded, 30, "the video to load")
    if player.message.isVisible():
        raise BenchError(f"the video cannot play: {player.message.text()}")
    print(f"{what}: loaded in {heartbeat.seconds:.2f} s from the click on its card")
    return heartbeat.report(f"while {what}", collections)


def measure_playback(window: Window, package: CoursePackage, play_s: float) -> dict[str, float]:
    """Scenario 2: from Play until ``play_s`` s of the video have played; its
    opening before (the first in the run loads Qt Multimedia) and a second
    opening after are measured on their own."""
    heartbeat = Heartbeat()
    with heartbeat.running() as collections:  # the lesson page loads Qt Multimedia
        href, _index = open_video_lesson(window, package)
    shown = heartbeat.report(
        "while the lesson with the video opens (Qt Multimedia loads)", collections
    )
    first = measure_opening(window, href, "the video opens, the first time (its first player)")
    view = window.shell.lesson
    player = view.player
    played_ms = min(int(play_s * 1000), player.duration_ms() - 500)
    heartbeat = Heartbeat()
    with heartbeat.running() as collections:
        player.toggle()  # Play
        run_until(lambda: player.position_ms() >= played_ms, play_s + 30, "the playback")
        player.toggle()  # Pause
    print(
        f"playback: {played_ms / 1000:.1f} s of the {player.duration_ms() / 1000:.0f} s "
        f"video (640x360 H.264, 15 fps) in {heartbeat.seconds:.1f} s from Play"
    )
    figures = heartbeat.report("while the video plays", collections)
    view.close_media()
    window.settle("the lesson page, the player closed")
    again = measure_opening(window, href, "the video opens again")
    view.close_media()
    return {
        **figures,
        "played_s": played_ms / 1000,
        "lesson_open_longest_stall_ms": shown["longest_stall_ms"],
        "first_open_longest_stall_ms": first["longest_stall_ms"],
        "open_again_longest_stall_ms": again["longest_stall_ms"],
    }


def run(server: DemoServer, work: Path, *, video_mb: float, play_s: float) -> dict[str, float]:
    """Both scenarios against ``server``; their figures."""
    video_bytes = int(video_mb * MB)
    package, video = sample_with_large_video(work / "course", video_bytes)
    video_bytes = video.stat().st_size
    published_in = publish(server, package)
    print(f"published the sample with a {video_bytes / MB:,.1f} MB video in {published_in:.1f} s")
    video.unlink()  # the copy on the server is the one fetched
    accounts = learner_with_course(server, work / "laptop", str(package.id))
    window = Window(accounts)
    try:
        figures = measure_download(window, str(package.id), video_bytes)
        played = measure_playback(window, package, play_s)
    finally:
        window.close()
    figures.update({f"play_{key}": value for key, value in played.items()})
    return figures


def demo_server_of(server: DevServer) -> DemoServer:
    """An in-process devserver as the demo's child would describe itself."""
    instructor = next(a for a in server.demo_accounts if a.role == "instructor")
    learner = next(a for a in server.demo_accounts if a.role == "student")
    return DemoServer(
        ServerSettings(server.url, server.anon_key),
        learner.email,
        learner.password,
        instructor.email,
        instructor.password,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--video-mb", type=float, default=200.0, help="the video's size (MB)")
    parser.add_argument("--play-s", type=float, default=8.0, help="seconds of playback")
    parser.add_argument(
        "--in-process-server", action="store_true", help="run the devserver in this process"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    print(f"load average at start: {load_average()}")
    with tempfile.TemporaryDirectory(prefix="lantern-ui-media-") as tmp:
        work = Path(tmp)
        if args.in_process_server:
            with DevServer(data_dir=work / "server", bcrypt_rounds=4) as dev:
                run(demo_server_of(dev), work, video_mb=args.video_mb, play_s=args.play_s)
        else:
            child = DemoServerProcess(work / "devserver")
            try:
                run(child.start(), work, video_mb=args.video_mb, play_s=args.play_s)
            finally:
                child.stop()
    print(f"load average at end: {load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
