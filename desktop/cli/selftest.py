"""``lantern self-test`` (also ``lantern --self-test``, ``Lantern --self-test`` when packaged)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.messages import translate


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "self-test",
        help=translate(
            "cli.selftest",
            "start offscreen on a temporary profile, study the sample course as a guest, "
            "check that progress and a quiz attempt are saved, and exit (0 = it works)",
        ),
    )
    parser.add_argument(
        "--keep-data",
        action="store_true",
        help=translate("cli.selftest", "keep the temporary data folder for inspection"),
    )
    parser.add_argument(
        "--report",
        type=Path,
        default=None,
        metavar="FILE",
        help=translate(
            "cli.selftest", "also write the result to FILE (the Windows app has no console)"
        ),
    )
    parser.set_defaults(func=run_self_test)


def run_self_test(args: argparse.Namespace) -> int:
    from desktop.selftest import run_self_test as run

    return run(keep_data=args.keep_data, report=args.report)
