"""Start-up: time from launching the process to a shown, usable Lantern window with
5,000 cached courses, as a ratio to a process that shows a bare PySide6 window,
both launched in the same run (issue #6 target: ≤ 2×).

    .venv/bin/python benchmarks/ui_startup.py

"Usable" means the window is exposed and the catalogue has painted its first
page of course cards.  Each child prints READY at that moment; the parent
measures wall time from launch to READY, so interpreter start and imports
count for both.  Medians of a few runs; the offscreen platform is used.
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

LANTERN = """
import sys
from pathlib import Path
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from desktop.store.profiles import ProfileDirectory
from desktop.ui.learner_shell import LearnerShell
from desktop.ui.pyside_workarounds import TrueRefGuard
from desktop.ui.tasks import TaskRunner
from desktop.ui.theme import Theme
app = QApplication(sys.argv)
TrueRefGuard(app)
theme = Theme(app)
runner = TaskRunner()
store, _ = ProfileDirectory(Path(sys.argv[1])).open_guest()
shell = LearnerShell(store, runner, theme, confirm=False)
shell.window.show()
QTest.qWaitForWindowExposed(shell.window)
app.processEvents()
assert shell.catalogue.model.rowCount() == int(sys.argv[2])
print("READY", flush=True)
runner.wait_for_done()
store.close()
"""


def seed_store(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from desktop.store.content import CatalogueContent, upsert_catalogue
    from desktop.store.models import Course
    from desktop.store.profiles import ProfileDirectory

    when = datetime(2026, 1, 1, tzinfo=UTC)
    store, _recovery = ProfileDirectory(folder).open_guest()
    courses = [Course(id=f"c-{i:05d}", title=f"Course {i}: practical topic {i % 97}",
                      description="A course", category=("Science", "Maths", "Design")[i % 3],
                      instructor_name="Mei Chen", is_published=True, created_at=when,
                      updated_at=when) for i in range(COURSES)]
    upsert_catalogue(store, CatalogueContent(courses=courses))
    store.close()
    return folder


def time_to_ready(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, env=env, cwd=ROOT, text=True)
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError("the child never became ready")
    child.wait(timeout=60)
    return elapsed


def main() -> int:
    folder = seed_store(Path(tempfile.mkdtemp(prefix="lantern-bench-")))
    time_to_ready(LANTERN, str(folder), str(COURSES))  # warm the OS file cache once
    bare, lantern = [], []
    for _ in range(RUNS):  # interleaved, so both see the same machine load
        bare.append(time_to_ready(BARE))
        lantern.append(time_to_ready(LANTERN, str(folder), str(COURSES)))
    b, lt = statistics.median(bare), statistics.median(lantern)
    print(f"bare PySide6 window shown:            {b * 1000:7.0f} ms (median of {RUNS})")
    print(f"Lantern window, {COURSES:,} cached courses: {lt * 1000:7.0f} ms (median of {RUNS})")
    print(f"ratio: {lt / b:.2f}× (target ≤ 2×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
