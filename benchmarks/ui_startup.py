"""Start-up: time from launching the process to a shown, usable Lantern window with
5,000 cached courses, as a ratio to a process that shows a bare PySide6 window,
both launched in the same run (issue #6 target: ≤ 2×).

    .venv/bin/python benchmarks/ui_startup.py

"Shown, usable" means the main window is exposed with its navigation and
menus, switching sections works, and every section says what it is doing (the
catalogue either shows its cards or "Opening your courses…").  Each child
prints SHOWN at that moment and FILLED once the catalogue holds all 5,000
courses and has painted; the bare window prints READY.  The parent measures
wall time from launch, so interpreter start and imports count for all.  Two
Lantern paths are timed under the same definition: the old one (open the
store, build every page, then show) and the app's (``desktop.ui.shell.window_first``:
the window first, the store opened on a worker thread).  Medians of a few
runs; the offscreen platform is used.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COURSES = 5_000
RUNS = 5

BARE = """
import sys
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1180, 760)
window.show()
QTest.qWaitForWindowExposed(window)
app.processEvents()
print("READY", flush=True)
"""

# The old path, kept for comparison: open the store, build every page, then show.
EAGER = """
import sys
from pathlib import Path
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from desktop.store.db.profiles import ProfileDirectory
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.shell.pyside_workarounds import TrueRefGuard
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.theme import Theme
app = QApplication(sys.argv)
TrueRefGuard(app)
theme = Theme(app)
runner = TaskRunner()
store, _ = ProfileDirectory(Path(sys.argv[1])).open_guest()
shell = LearnerShell(store, runner, theme, confirm=False)
window = shell.window
window.show()
QTest.qWaitForWindowExposed(window)
app.processEvents()
window.show_page("dashboard")  # the navigation answers
window.show_page("catalogue")
app.processEvents()
print("SHOWN", flush=True)
assert shell.catalogue.model.rowCount() == int(sys.argv[2])
print("FILLED", flush=True)
runner.wait_for_done()
store.close()
"""

# What the app does (desktop.ui.shell.window_first): the shell first, the store on a thread.
WINDOW_FIRST = """
import sys
from pathlib import Path
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from desktop.ui.shell.pyside_workarounds import TrueRefGuard
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.theme import Theme
from desktop.ui.shell.window_first import LOADING_TEXT, fill_when_open, loading_window
from PySide6.QtCore import QEventLoop, QTimer
app = QApplication(sys.argv)
TrueRefGuard(app)
theme = Theme(app)
runner = TaskRunner()
window = loading_window()
window.show()
QTest.qWaitForWindowExposed(window)
app.processEvents()
window.show_page("dashboard")  # the navigation answers
window.show_page("catalogue")
app.processEvents()
assert window.statusBar().currentMessage() == LOADING_TEXT  # and says what is happening
assert "sqlmodel" not in sys.modules and "sqlalchemy" not in sys.modules
print("SHOWN", flush=True)

def open_store():
    from desktop.store.db.profiles import ProfileDirectory
    return ProfileDirectory(Path(sys.argv[1])).open_guest()[0]

def build(store, window):
    from desktop.ui.shell.learner_shell import LearnerShell
    return LearnerShell(store, runner, theme, confirm=False, window=window)

# a real event loop, as app.exec(): QTest.qWait polling keeps the GIL from the
# worker thread that imports and opens the store, tripling its time
loop = QEventLoop()
shells = []

def check():
    if shells and shells[0].catalogue.model.rowCount() == int(sys.argv[2]):
        loop.quit()

checker = QTimer()
checker.timeout.connect(check)
checker.start(5)
fill_when_open(window, runner, open_store, build, on_ready=shells.append)
loop.exec()
checker.stop()
app.processEvents()  # the first page of cards painted
print("FILLED", flush=True)
runner.wait_for_done()
shells[0].store.close()
"""


def seed_store(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from desktop.store.db.profiles import ProfileDirectory
    from desktop.store.models import Course
    from desktop.store.replica.content import CatalogueContent, upsert_catalogue

    when = datetime(2026, 1, 1, tzinfo=UTC)
    store, _recovery = ProfileDirectory(folder).open_guest()
    courses = [
        Course(
            id=f"c-{i:05d}",
            title=f"Course {i}: practical topic {i % 97}",
            description="A course",
            category=("Science", "Maths", "Design")[i % 3],
            instructor_name="Mei Chen",
            is_published=True,
            created_at=when,
            updated_at=when,
        )
        for i in range(COURSES)
    ]
    upsert_catalogue(store, CatalogueContent(courses=courses))
    store.close()
    return folder


def time_to_marks(code: str, *args: str) -> dict[str, float]:
    """Seconds from launch to each mark (SHOWN, FILLED, READY) the child prints."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
        text=True,
    )
    assert child.stdout is not None
    marks: dict[str, float] = {}
    for line in child.stdout:
        marks[line.strip()] = time.perf_counter() - started
    if child.wait(timeout=60) != 0 or not marks:
        raise RuntimeError(f"the child failed after {sorted(marks)}")
    return marks


def main() -> int:
    folder = seed_store(Path(tempfile.mkdtemp(prefix="lantern-bench-")))
    lantern_args = (str(folder), str(COURSES))
    time_to_marks(EAGER, *lantern_args)  # warm the OS file cache once
    runs: dict[str, list[dict[str, float]]] = {"bare": [], "eager": [], "window_first": []}
    for _ in range(RUNS):  # interleaved, so all see the same machine load
        runs["bare"].append(time_to_marks(BARE))
        runs["eager"].append(time_to_marks(EAGER, *lantern_args))
        runs["window_first"].append(time_to_marks(WINDOW_FIRST, *lantern_args))

    def median(kind: str, mark: str) -> float:
        return statistics.median(r[mark] for r in runs[kind])

    bare = median("bare", "READY")
    print(f"bare PySide6 window shown: {bare * 1000:6.0f} ms (median of {RUNS})")
    print(f"Lantern, {COURSES:,} cached courses      shown, usable      catalogue filled")
    paths = (("eager", "store first (old path)"), ("window_first", "window first (app)"))
    for kind, label in paths:
        shown, filled = median(kind, "SHOWN"), median(kind, "FILLED")
        print(
            f"  {label:<26} {shown * 1000:6.0f} ms ({shown / bare:.2f}×)"
            f"  {filled * 1000:6.0f} ms ({filled / bare:.2f}×)"
        )
    ratio = median("window_first", "SHOWN") / bare
    print(f"ratio, shown and usable: {ratio:.2f}× (target ≤ 2×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
