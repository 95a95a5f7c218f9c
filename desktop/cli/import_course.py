"""``lantern import FOLDER|ZIP``: put a course package into a local store, for
a classroom without internet (issue #5).  The guest's store by default, or a
learner's with ``--user``; the package is checked first and a package with
any problem imports nothing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from desktop.course_package import load_package


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "import", help="import a course package (a folder or a zip) for offline study"
    )
    command.add_argument("package", type=Path, metavar="FOLDER|ZIP")
    command.add_argument(
        "--user", metavar="USER_ID", help="the learner whose store receives it (default: the guest)"
    )
    command.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="Lantern's data folder (default: the usual place)",
    )
    command.set_defaults(func=run_import)


def run_import(args: argparse.Namespace, out: TextIO | None = None) -> int:
    from desktop.store.db import ProfileDirectory
    from desktop.store.errors import StoreError
    from desktop.store.replica import import_package

    out = out or sys.stdout
    result = load_package(args.package)
    if result.package is None:
        for problem in result.problems:
            print(problem, file=out)
        print(f"\nNothing was imported: fix the {len(result.problems)} problem(s) above.", file=out)
        return 1
    profiles = ProfileDirectory(args.data_dir)
    try:
        store, recovery = profiles.open_learner(args.user) if args.user else profiles.open_guest()
    except StoreError as exc:
        print(f"Could not open the local store: {exc}", file=out)
        return 1
    try:
        if recovery is not None:
            print(
                f"Note: the local database was damaged ({recovery.reason}); it was moved to "
                f"{recovery.moved_to} and a new one started.",
                file=out,
            )
        report = import_package(store, result.package)
    except (StoreError, OSError) as exc:
        print(f"Nothing was imported: {exc}", file=out)
        return 1
    finally:
        store.db.close()
    who = f"learner {args.user}" if args.user else "the guest"
    print(
        f"Imported “{report.title}” for {who}: {report.lessons} lessons, "
        f"{report.questions} questions, {report.images} files (pictures, video, sound, PDF)"
        + (f"; {report.lessons_removed} old lessons removed." if report.lessons_removed else "."),
        file=out,
    )
    return 0
