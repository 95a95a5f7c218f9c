"""``lantern import FOLDER|ZIP``: put a course package into a local store, for
a classroom without internet (issue #5).  The guest's store by default, or a
learner's with ``--user``; the package is checked first and a package with
any problem imports nothing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from desktop.cli.common import describe_error
from desktop.cli.messages import translate
from desktop.course_package import load_package


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "import",
        help=translate(
            "cli.import", "import a course package (a folder or a zip) for offline study"
        ),
    )
    command.add_argument("package", type=Path, metavar="FOLDER|ZIP")
    command.add_argument(
        "--user",
        metavar="USER_ID",
        help=translate("cli.import", "the learner whose store receives it (default: the guest)"),
    )
    command.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help=translate("cli.import", "Lantern's data folder (default: the usual place)"),
    )
    command.set_defaults(func=run_import)


def _import_error(exc: Exception) -> str:
    """Why an import stopped: a store's error, a package's media file that
    could not be read (its phrase), or an ``OSError``'s own words."""
    from desktop.course_package.source import MediaReadError
    from desktop.store.errors import StoreError

    if isinstance(exc, StoreError):
        return describe_error(exc)
    if isinstance(exc, MediaReadError):
        from desktop.cli.messages import voice
        from desktop.ui.words.package import phrase_text

        return phrase_text(exc.what, voice())
    return str(exc)


def run_import(args: argparse.Namespace, out: TextIO | None = None) -> int:
    from desktop.cli.error_words import describe_damage
    from desktop.store.db import ProfileDirectory
    from desktop.store.errors import StoreError
    from desktop.store.replica import import_package

    out = out or sys.stdout
    result = load_package(args.package)
    if result.package is None:
        from desktop.cli.messages import voice
        from desktop.ui.words.package import problem_text

        for problem in result.problems:
            print(problem_text(problem, voice()), file=out)
        said = translate(
            "cli.import",
            "Nothing was imported: fix the %Ln problem(s) above.",
            "",
            len(result.problems),
        )
        print(f"\n{said}", file=out)
        return 1
    profiles = ProfileDirectory(args.data_dir)
    try:
        store, recovery = profiles.open_learner(args.user) if args.user else profiles.open_guest()
    except StoreError as exc:
        print(
            translate("cli.import", "Could not open the local store: {error}").format(
                error=describe_error(exc)
            ),
            file=out,
        )
        return 1
    try:
        if recovery is not None:
            print(
                translate(
                    "cli.import",
                    "Note: the local database was damaged ({reason}); it was moved to "
                    "{path} and a new one started.",
                ).format(
                    reason=describe_damage(recovery.reason, recovery.detail),
                    path=recovery.moved_to,
                ),
                file=out,
            )
        report = import_package(store, result.package)
    except (StoreError, OSError) as exc:
        error = _import_error(exc)
        print(
            translate("cli.import", "Nothing was imported: {error}").format(error=error), file=out
        )
        return 1
    finally:
        store.db.close()
    said = (
        translate(
            "cli.import",
            "Imported “{title}” for {who}: {lessons}, {questions}, {files} "
            "(pictures, video, sound, PDF); {removed}.",
        )
        if report.lessons_removed
        else translate(
            "cli.import",
            "Imported “{title}” for {who}: {lessons}, {questions}, {files} "
            "(pictures, video, sound, PDF).",
        )
    )
    print(
        said.format(
            title=report.title,
            who=(
                translate("cli.import", "learner {user}").format(user=args.user)
                if args.user
                else translate("cli.import", "the guest")
            ),
            lessons=translate("cli.import", "%Ln lesson(s)", "", report.lessons),
            questions=translate("cli.import", "%Ln question(s)", "", report.questions),
            files=translate("cli.import", "%Ln file(s)", "", report.images),
            removed=translate(
                "cli.import", "%Ln old lesson(s) removed", "", report.lessons_removed
            ),
        ),
        file=out,
    )
    return 0
