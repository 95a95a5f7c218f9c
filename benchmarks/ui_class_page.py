"""The teacher's Class page of a large class (issue #17: a course with 500 learners
× 40 lessons opens from the local store with no GUI stall of 50 ms or more).

    .venv/bin/python benchmarks/ui_class_page.py [--learners 500] [--lessons 40] [--profile]

Set-up, timed but not measured for stalls: a teacher's store on a temporary
laptop holding three courses they teach — one with no class yet (the page
opens on it, first by title), a class of ``--learners`` × ``--lessons`` and
a class of one learner in one lesson — written as a catalogue pull and the
teaching scope's pages write them (``benchmarks/class_world.py``).

Then the real window: ``LearnerShell`` over that store with a ``TaskRunner``,
as ``desktop/app/root.py`` composes it (garbage collection on the GUI thread,
the GUI thread favoured for the GIL, long-lived objects frozen).  The
heartbeat is ``benchmarks/ui_media_responsiveness.py``'s: a 5 ms timer on
the GUI thread; the longest gap between its ticks minus 5 ms is the longest
stall.  Each scenario runs from the action until the learners' table (or
the selected learner's lessons) has painted what it brought, plus
``TAIL_S`` for the re-fits and repaints that follow:

1. **floor**: the course list's small class chosen — the shell reads it on
   its read thread (``operations.reads.class_page``) and the page shows it on
   the GUI thread, painted.  The same path as 2 on a class of 1 × 1.
2. **open**: the large class chosen in the course list, the same way.
3. **return**: back from the catalogue, the click on the sidebar's Class
   entry (the class already shown: the page is painted again).
4. **refresh**: a sync brought new rows (``--news`` learners moved on a
   lesson): the shell's refresh after a sync re-reads and re-shows the class,
   a learner selected (they stay selected).
5. **switch learner**: ``SWITCHES`` learners selected one after the other;
   their lessons show below.
6. **sort**: the learners sorted by "Last active" (a header click).

The read's own time on the worker (``operations.reads.class_page`` of each
class, alone on a read thread, the median of three) is printed too.
``--profile`` prints where the GUI thread spent the "open" scenario
(cProfile, the GUI thread only).

Not a test: nothing asserts; ``tests/e2e/test_ui_class_page_benchmark_runs.py``
runs it at a small size.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import logging
import os
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks.class_world import ClassWorld, build_class, sync_news
from benchmarks.classroom_burst import load_average
from benchmarks.ui_media_responsiveness import TARGET_S, BenchError, Heartbeat, run_until
from desktop.store.db.learner_store import LearnerStore
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.models import Course
from desktop.store.replica.content import CatalogueContent, upsert_catalogue
from desktop.ui.operations import reads as store_reads
from desktop.ui.operations.changes import Changes
from desktop.ui.operations.tasks import TaskRunner, favour_gui_thread
from desktop.ui.pages.class_page import ClassPage
from desktop.ui.shell.heap import MainThreadCollector, freeze_long_lived
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.shell.pyside_workarounds import TrueRefGuard
from desktop.ui.theme import Theme
from desktop.ui.viewdata import ClassPageData

TEACHER = "5a000000-0000-4000-8000-0000000000b7"
EMPTY_COURSE = "c0000000-0000-4000-8000-0000000000e0"
TAIL_S = 0.25  # after the paint: the tables' re-fit (a 0 ms timer) and its repaint
SWITCHES = 10
READS = 3


# -- the store ----------------------------------------------------------------
class Laptop:
    """The teacher's store with its three courses; the seconds the set-up took."""

    def __init__(self, folder: Path, *, learners: int, lessons: int) -> None:
        self.store, _recovery = ProfileDirectory(folder).open_learner(TEACHER)
        now = datetime.now(UTC)
        started = time.perf_counter()
        empty = Course(
            id=EMPTY_COURSE,
            title="A new course",  # first by title: the page opens on it
            instructor_id=TEACHER,
            is_published=True,
            created_at=now,
            updated_at=now,
        )
        upsert_catalogue(self.store, CatalogueContent(courses=[empty]))
        self.large: ClassWorld = build_class(
            self.store,
            serial=1,
            title="Programming for everyone",
            learners=learners,
            lessons=lessons,
            now=now,
        )
        self.small: ClassWorld = build_class(
            self.store, serial=2, title="Small group", learners=1, lessons=1, now=now
        )
        self.built_s = time.perf_counter() - started

    def close(self) -> None:
        self.store.close()


# -- the window ---------------------------------------------------------------
class Painted(QObject):
    """Watches the Class page's tables paint: which ``ClassPageData`` the learners'
    table painted, and how many times the selected learner's lessons did."""

    def __init__(self, page: ClassPage) -> None:
        super().__init__(page)
        self.page = page
        self.learners: list[ClassPageData | None] = []
        self.cells = 0
        self._learners_view = page.learners_table.viewport()
        self._learners_view.installEventFilter(self)
        page.cells_table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if watched is self._learners_view:
                self.learners.append(self.page.data)
            else:
                self.cells += 1
        return False

    def shows(self, course_id: str, before: ClassPageData | None) -> Callable[[], bool]:
        """True once the page holds a new read of ``course_id`` and has painted it."""

        def done() -> bool:
            data = self.page.data
            view = data.view if data is not None else None
            return (
                data is not before
                and view is not None
                and view.course_id == course_id
                and any(seen is data for seen in self.learners)
            )

        return done


class Window:
    """The learner shell over the teacher's store, as desktop/app/root.py composes it."""

    def __init__(self, store: LearnerStore) -> None:
        app = QApplication.instance() or QApplication(sys.argv)
        assert isinstance(app, QApplication)
        self.app = app
        TrueRefGuard(app)
        self.collector = MainThreadCollector(app)  # GC on the GUI thread only
        favour_gui_thread()
        self.theme = Theme(app)
        self.runner = TaskRunner()
        self.shell = LearnerShell(store, self.runner, self.theme, confirm=False)
        self.page = self.shell.class_page
        self.painted = Painted(self.page)
        self.shell.window.resize(1280, 860)
        self.shell.window.show()
        QTest.qWaitForWindowExposed(self.shell.window)
        self.settle("the window's first reads")
        self.shell.window.show_page("class")  # its widgets' first paint: start-up, not measured
        self.settle("the Class page's first paint")
        freeze_long_lived()  # as the app does once a learner's window is shown

    def settle(self, what: str) -> None:
        run_until(lambda: not self.runner.running, 60, what)
        self.shell.window.repaint()  # what just arrived is painted now, not in the measurement
        self.app.processEvents()

    def close(self) -> None:
        self.runner.wait_for_done()
        self.shell.lesson.leave()
        self.shell.window.close()
        self.shell.window.deleteLater()
        self.collector.stop()
        self.theme.setParent(None)
        self.app.processEvents()
        self.app.setStyleSheet("")  # a test's later windows start from Qt's defaults


def wait(seconds: float) -> None:
    """The event loop runs ``seconds`` more (the heartbeat keeps beating)."""
    until = time.perf_counter() + seconds
    run_until(lambda: time.perf_counter() >= until, seconds + 5, "the tail")


@contextmanager
def profiled(enabled: bool, what: str) -> Iterator[None]:
    """cProfile on this (the GUI) thread only; its top entries printed after."""
    if not enabled:
        yield
        return
    profile = cProfile.Profile()
    profile.enable()
    try:
        yield
    finally:
        profile.disable()
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(25)
        print(f"profile of the GUI thread {what} (by own time):")
        print(out.getvalue())


# -- the scenarios ------------------------------------------------------------
def measure(
    what: str, act: Callable[[], None], done: Callable[[], bool], *, profile: bool = False
) -> dict[str, float]:
    heartbeat = Heartbeat()
    with profiled(profile, what), heartbeat.running() as collections:
        act()
        run_until(done, 120, what)
        wait(TAIL_S)
    print(f"{what}: shown and painted in {heartbeat.seconds - TAIL_S:.3f} s")
    return heartbeat.report(f"while {what}", collections)


def choose(
    window: Window, world: ClassWorld, what: str, *, profile: bool = False
) -> dict[str, float]:
    """The teacher picks ``world``'s course in the page's course list."""
    page = window.page
    choice = page.course_choice
    index = choice.findData(world.course_id)
    if index < 0:
        raise BenchError(f"the course list has no {world.course_id}")

    def pick() -> None:
        choice.setCurrentIndex(index)
        choice.activated.emit(index)  # what a click on the entry emits

    done = window.painted.shows(world.course_id, page.data)
    figures = measure(what, pick, done, profile=profile)
    window.settle(what)
    return figures


def go_back(window: Window) -> dict[str, float]:
    """From the catalogue, the click on the sidebar's Class entry."""
    shell = window.shell
    shell.window.show_page("catalogue")
    window.settle("the catalogue")
    before = len(window.painted.learners)

    def click() -> None:
        shell.window.show_page("class")

    figures = measure(
        "returning to the Class page from the catalogue",
        click,
        lambda: len(window.painted.learners) > before,
    )
    window.settle("the Class page again")
    return figures


def refresh(window: Window, world: ClassWorld, news: int) -> dict[str, float]:
    """A sync brought new rows: the shell's refresh re-reads and re-shows the class."""
    page = window.page
    chosen = world.learner_ids[len(world.learner_ids) // 2]
    if not page.select_learner(chosen):
        raise BenchError("the learner to keep selected is not on the page")
    window.settle("a learner selected")
    written = sync_news(
        window.shell.store, world, datetime.now(UTC) + timedelta(minutes=1), learners=news
    )
    done = window.painted.shows(world.course_id, page.data)
    figures = measure(
        f"re-showing the class after a sync brought {written:,} rows",
        lambda: window.shell.refresh(Changes(teaching=True)),  # what on_synced does
        done,
    )
    window.settle("the refreshed class")
    learner = page.selected_learner()
    if learner is None or learner.user_id != chosen:
        raise BenchError("the selected learner did not stay selected after the refresh")
    return figures


def switch_learners(window: Window) -> dict[str, float]:
    """``SWITCHES`` learners selected one after the other, each one's lessons painted."""
    table = window.page.learners_table
    rows = window.page.learners_proxy.rowCount()
    heartbeat = Heartbeat()
    with heartbeat.running() as collections:
        for k in range(SWITCHES):
            before = window.painted.cells
            table.selectRow((k * 37 + 5) % rows)  # here and there in the list
            run_until(lambda: window.painted.cells > before, 30, "the learner's lessons")  # noqa: B023 - run now
        wait(TAIL_S)
    print(
        f"switching the selected learner: {SWITCHES} learners' lessons shown and painted "
        f"in {heartbeat.seconds - TAIL_S:.3f} s"
    )
    return heartbeat.report(f"while switching the selected learner {SWITCHES} times", collections)


def sort_learners(window: Window) -> dict[str, float]:
    """The learners sorted by "Last active", most recent first (a header click)."""
    table = window.page.learners_table
    before = len(window.painted.learners)
    figures = measure(
        'sorting the learners by "Last active"',
        lambda: table.sortByColumn(4, Qt.SortOrder.DescendingOrder),
        lambda: len(window.painted.learners) > before,
    )
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    window.settle("sorted by name again")
    return figures


def read_times(window: Window, world: ClassWorld) -> list[float]:
    """``operations.reads.class_page`` of ``world``'s course alone on a read thread."""
    store = window.shell.store
    took: list[float] = []

    def timed() -> float:
        started = time.perf_counter()
        store_reads.class_page(store, world.course_id)
        return time.perf_counter() - started

    for n in range(READS):
        window.runner.submit(timed, on_success=took.append)
        run_until(lambda: len(took) > n, 120, "the read on the worker")  # noqa: B023 - run now
    return took


def ratio(figure: float, floor: float) -> str:
    return f"{figure / floor:.1f}x the floor" if floor > 0 else "no ratio (a floor of 0 ms)"


def run(
    work: Path, *, learners: int, lessons: int, news: int = 50, profile: bool = False
) -> dict[str, float]:
    """Every scenario on a class of ``learners`` × ``lessons``; their figures."""
    laptop = Laptop(work / "laptop", learners=learners, lessons=lessons)
    large = laptop.large
    print(
        f"built the teacher's store in {laptop.built_s:.1f} s: {learners:,} learners "
        f"({len(large.learner_ids):,} still enrolled) x {lessons} lessons, "
        f"{large.rows:,} class rows pulled"
    )
    window = Window(laptop.store)
    try:
        small_reads = read_times(window, laptop.small)
        large_reads = read_times(window, large)
        read_ms = statistics.median(large_reads) * 1000
        print(
            f"the read on the worker (operations.reads.class_page, median of {READS}): "
            f"{read_ms:.1f} ms for {learners:,} x {lessons}; "
            f"{statistics.median(small_reads) * 1000:.1f} ms for 1 x 1"
        )
        floor = choose(window, laptop.small, "opening the class of 1 learner x 1 lesson (floor)")
        opened = choose(
            window, large, f"opening the class of {learners:,} x {lessons}", profile=profile
        )
        back = go_back(window)
        refreshed = refresh(window, large, news)
        switched = switch_learners(window)
        sorted_ = sort_learners(window)
    finally:
        window.close()
        laptop.close()
    base = floor["longest_stall_ms"]
    summary = (
        ("open", opened),
        ("return", back),
        ("refresh", refreshed),
        ("switch learner", switched),
        ("sort", sorted_),
    )
    print(f"floor: the longest stall opening the 1 x 1 class, {base:.1f} ms")
    for name, figures in summary:
        longest = figures["longest_stall_ms"]
        met = "met" if longest < TARGET_S * 1000 else "NOT met"
        print(
            f"{name}: longest stall {longest:.1f} ms (target < {TARGET_S * 1000:.0f} ms: {met}), "
            f"p99 gap {figures['p99_gap_ms']:.1f} ms; {ratio(longest, base)}"
        )
    return {
        "read_ms": read_ms,
        "floor_longest_stall_ms": base,
        **{
            f"{name.replace(' ', '_')}_{key}": value
            for name, f in summary
            for key, value in f.items()
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--learners", type=int, default=500)
    parser.add_argument("--lessons", type=int, default=40)
    parser.add_argument("--news", type=int, default=50, help="learners a later sync moved on")
    parser.add_argument("--profile", action="store_true", help="profile the GUI thread's open")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    print(f"load average at start: {load_average()}")
    with tempfile.TemporaryDirectory(prefix="lantern-ui-class-") as tmp:
        run(
            Path(tmp),
            learners=args.learners,
            lessons=args.lessons,
            news=args.news,
            profile=args.profile,
        )
    print(f"load average at end: {load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
