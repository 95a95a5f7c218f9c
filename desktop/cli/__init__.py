"""The ``lantern`` command: the app with no arguments, tools as subcommands.

Each subcommand lives in its own module under ``desktop.cli`` and exposes
``register(subparsers)``, which adds its parser and sets ``func`` to a
callable taking the parsed arguments and returning an exit code.  Adding a
command means adding a module and a line to ``COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

COMMAND_MODULES = [
    "desktop.cli.gui",
    "desktop.cli.check",
    "desktop.cli.publish",
    "desktop.cli.import_course",
    "desktop.cli.account",
    "desktop.cli.syncing",
    "desktop.cli.selftest",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lantern",
        description="Lantern: study courses offline and sync your progress when you are online.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["--self-test"]:  # the packaged app's spelling: `Lantern --self-test`
        arguments[0] = "self-test"
    args = parser.parse_args(arguments)
    if args.command is None:
        args = parser.parse_args(["gui"])
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
