"""Save a PNG of each Lantern screen, drawn with sample data, to docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--dark | --contrast]
        [--size WxH] [--language ar] [--text-scale 2]

Uses the offscreen platform, so it runs without a display.  ``--size 1024x640``
draws only the whole-window screens (``WINDOW_SCREENS``) at that size, saved
as ``<name>-1024x640[-dark].png``: how the window looks on a small laptop and
on a large screen.  ``--language es|ar`` draws them in a shipped language
(``-ar.png``; Arabic mirrors the window) and ``--text-scale 2`` at 200 % text
(``-200.png``), as Settings and Ctrl+= set it.  Every set in docs/screenshots/:

    for dark in "" --dark --contrast; do
      .venv/bin/python scripts/screenshots.py $dark
      for size in 1024x640 1600x1000; do
        .venv/bin/python scripts/screenshots.py $dark --size $size
      done
    done
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QWidget

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    colours = parser.add_mutually_exclusive_group()
    colours.add_argument("--dark", action="store_true", help="draw the dark palette")
    colours.add_argument(
        "--contrast", action="store_true", help="draw the high-contrast palette (-contrast.png)"
    )
    parser.add_argument("--only", default="", help="comma-separated screen names")
    parser.add_argument("--size", default="", help="WxH: the whole-window screens at this size")
    parser.add_argument("--language", default="", help="a shipped language's code: es, ar")
    parser.add_argument("--text-scale", type=float, default=1.0, help="2 is 200 %% text")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    from desktop.ui import i18n
    from desktop.ui.theme import Theme
    from tests.samples.screens_demo import WINDOW_SCREENS, build_demo_screens
    from tools import translations

    translations.release()
    i18n.install(app, args.language or i18n.SOURCE.code)
    theme = Theme(app, dark=args.dark)
    if args.contrast or args.text_scale != 1.0:
        theme.set_appearance("contrast" if args.contrast else theme.scheme, args.text_scale)
    OUT.mkdir(parents=True, exist_ok=True)
    suffix = "-dark" if args.dark else "-contrast" if args.contrast else ""
    suffix += f"-{args.language}" if args.language else ""
    suffix += f"-{round(args.text_scale * 100)}" if args.text_scale != 1.0 else ""
    wanted = {name for name in args.only.split(",") if name}
    size = None
    if args.size:
        width, _, height = args.size.partition("x")
        size = (int(width), int(height))
        suffix = f"-{width}x{height}{suffix}"
        wanted = (wanted or set(WINDOW_SCREENS)) & set(WINDOW_SCREENS)
    screens: dict[str, Callable[[], QWidget]] = build_demo_screens(theme)
    for name, build in screens.items():
        if wanted and name not in wanted:
            continue
        widget = build()
        if size is not None:
            widget.resize(*size)
        widget.show()
        settle_until = time.monotonic() + (1.5 if size is not None else 0.3)
        while time.monotonic() < settle_until:  # layouts, timers, pages read on workers
            app.processEvents()
            time.sleep(0.02)  # noqa: TID251 - deliberate: a script letting worker threads report
        path = OUT / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path.relative_to(OUT.parents[1]))
        widget.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
