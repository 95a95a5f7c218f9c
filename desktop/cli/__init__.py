"""The ``lantern`` command: the app with no arguments, tools as subcommands.

Each subcommand lives in its own module under ``desktop.cli`` and exposes
``register(subparsers)``, which adds its parser and sets ``func`` to a
callable taking the parsed arguments and returning an exit code.  Adding a
command means adding a module and a line to ``COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Sequence

from desktop.cli.messages import translate

COMMAND_MODULES = [
    "desktop.cli.gui",
    "desktop.cli.check",
    "desktop.cli.publish",
    "desktop.cli.import_course",
    "desktop.cli.account",
    "desktop.cli.syncing",
    "desktop.cli.class_command",
    "desktop.cli.saved_work",
    "desktop.cli.selftest",
    "desktop.cli.setup",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lantern",
        description=translate(
            "cli", "Lantern: study courses offline and sync your progress when you are online."
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def spelled_out(arguments: Sequence[str]) -> list[str]:
    """The packaged app's and the desktop's spellings, as subcommands."""
    arguments = list(arguments)
    if arguments[:1] == ["--self-test"]:  # the packaged app's spelling: `Lantern --self-test`
        arguments[0] = "self-test"
    if arguments[:1] and arguments[0].lower().startswith("lantern:"):
        # the desktop opening a lantern:// link (`Lantern %u`): the app, setup filled in
        arguments = ["gui", "--setup", arguments[0], *arguments[1:]]
    return arguments


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = spelled_out(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(arguments)
    if args.command is None:
        args = parser.parse_args(["gui"])
    from desktop.cli.common import unusable_data
    from desktop.cli.messages import SOURCE, speaking
    from desktop.store.errors import StoreError

    as_json = getattr(args, "json", False)
    with speaking(SOURCE if as_json else None):  # --json is language-neutral: English
        try:
            code: int = args.func(args)
        except BrokenPipeError:  # `lantern check … | head`: the reader has gone, say nothing
            return _reader_gone()
        except (OSError, StoreError) as exc:  # a data folder or file that cannot be used
            message = unusable_data(exc)
            if as_json:
                print(json.dumps({"state": "failed", "exit_code": 1, "error": message}, indent=2))
            else:
                print(message, file=sys.stderr)
            return 1
    return code


def _reader_gone() -> int:
    """The pipe's reader closed early: further output (and Python's flush at exit)
    goes nowhere instead of raising again; 141 is a shell's status for SIGPIPE."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 141


if __name__ == "__main__":
    sys.exit(main())
