"""``lantern gui`` (the default) and ``lantern demo``: open the app window."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.messages import translate


def register(subparsers: Any) -> None:
    gui = subparsers.add_parser(
        "gui", help=translate("cli.gui", "open the Lantern window (the default)")
    )
    gui.add_argument(
        "--setup",
        metavar="CODE|LINK",
        default=None,
        help=translate(
            "cli.gui",
            "a school's setup code or lantern:// link, checked and saved in the first window",
        ),
    )
    gui.set_defaults(func=run_gui)
    demo = subparsers.add_parser(
        "demo",
        help=translate("cli.gui", "open Lantern against a local devserver with demo content"),
    )
    demo.add_argument(
        "--quit-after",
        type=float,
        default=None,
        metavar="SECONDS",
        help=translate("cli.gui", "close the window after this many seconds (for scripted checks)"),
    )
    demo.set_defaults(func=run_gui, demo=True)


def run_gui(args: argparse.Namespace) -> int:
    from desktop.app import run

    return run(
        quit_after=getattr(args, "quit_after", None),
        demo=getattr(args, "demo", False),
        setup=getattr(args, "setup", None),
    )
