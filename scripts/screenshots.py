"""Save a PNG of each Lantern screen, drawn with sample data, to docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--dark]

Uses the offscreen platform, so it runs without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QWidget

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dark", action="store_true", help="draw the dark palette")
    parser.add_argument("--only", default="", help="comma-separated screen names")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    from desktop.ui.theme import Theme
    from tests.samples.screens_demo import build_demo_screens

    theme = Theme(app, dark=args.dark)
    OUT.mkdir(parents=True, exist_ok=True)
    suffix = "-dark" if args.dark else ""
    wanted = {name for name in args.only.split(",") if name}
    screens: dict[str, Callable[[], QWidget]] = build_demo_screens(theme)
    for name, build in screens.items():
        if wanted and name not in wanted:
            continue
        widget = build()
        widget.show()
        for _ in range(5):  # let layouts, timers and document loads settle
            app.processEvents()
        path = OUT / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path.relative_to(OUT.parents[1]))
        widget.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
