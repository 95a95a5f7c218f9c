"""``lantern publish FOLDER|ZIP``: check a course package, then publish it
to the Supabase project as the signed-in instructor (issue #5).

The password comes from ``LANTERN_PASSWORD`` or a prompt, never from the
command line (it would end up in the shell history).
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from desktop.cli.common import describe_error
from desktop.cli.messages import translate, voice
from desktop.course_package import load_package
from desktop.course_package.problems import Phrase
from desktop.ui.words.package import problem_text
from desktop.ui.words.publish import publish_text, report_lines


def register(subparsers: Any) -> None:
    publish = subparsers.add_parser(
        "publish",
        help=translate("cli.publish", "publish a course package (a folder or a zip) to the server"),
    )
    publish.add_argument("package", type=Path, metavar="FOLDER|ZIP")
    publish.add_argument(
        "--email",
        default=os.environ.get("LANTERN_EMAIL"),
        help=translate("cli.publish", "the instructor's email (default: $LANTERN_EMAIL)"),
    )
    publish.add_argument(
        "--url",
        help=translate(
            "cli.publish",
            "the Supabase project URL (default: $SUPABASE_URL or the saved server settings)",
        ),
    )
    publish.add_argument("--anon-key", help=translate("cli.publish", "the project's anon key"))
    publish.add_argument(
        "--unpublish",
        action="store_true",
        help=translate(
            "cli.publish",
            "upload everything but leave the course unpublished "
            "(or take a published course off the catalogue)",
        ),
    )
    publish.add_argument(
        "--quiet", action="store_true", help=translate("cli.publish", "do not list each step")
    )
    publish.set_defaults(func=run_publish)


def upload_log_path(data_dir: Path, server_url: str) -> Path:
    """Where ``lantern publish`` keeps its unfinished large uploads, one file
    per server: an interrupted publish goes on from there the next time."""
    server = hashlib.sha256(server_url.encode("utf-8")).hexdigest()[:16]
    return data_dir / "publish" / f"uploads-{server}.json"


def run_publish(args: argparse.Namespace, out: TextIO | None = None) -> int:
    # Imported here: `lantern check` and the GUI start without the SDK.
    from desktop.account.session import make_client
    from desktop.account.settings import SettingsError, resolve_server
    from desktop.publish.course import Publisher
    from desktop.store.db import default_data_dir
    from desktop.sync.errors import REASON_NO_SESSION, SyncError, classify

    out = out or sys.stdout
    result = load_package(args.package)
    if result.package is None:
        for problem in result.problems:
            print(problem_text(problem, voice()), file=out)
        said = translate(
            "cli.publish",
            "Nothing was published: fix the %Ln problem(s) above (lantern check shows them too).",
            "",
            len(result.problems),
        )
        print(f"\n{said}", file=out)
        return 1
    try:
        settings = resolve_server(default_data_dir(), url=args.url, anon_key=args.anon_key)
    except SettingsError as exc:
        print(describe_error(exc), file=out)
        return 2
    if settings is None:
        print(
            translate(
                "cli.publish",
                "No server is set up: pass --url and --anon-key, or set SUPABASE_URL and "
                "SUPABASE_ANON_KEY.",
            ),
            file=out,
        )
        return 2
    if not args.email:
        print(
            translate(
                "cli.publish", "Give the instructor's email with --email (or LANTERN_EMAIL)."
            ),
            file=out,
        )
        return 2
    password = os.environ.get("LANTERN_PASSWORD") or getpass.getpass(
        translate("cli.publish", "Password: ")
    )
    try:
        response = make_client(settings).auth.sign_in_with_password(
            {"email": args.email, "password": password}
        )
        session = response.session
        if session is None or response.user is None:
            raise SyncError(
                "The server did not start a session.",  # untranslated: for logs
                reason=REASON_NO_SESSION,  # worded by describe_error
            )
        client = make_client(settings, session.access_token)
        step = None if args.quiet else (lambda what: _show_step(what, out))
        report = Publisher(
            client,
            str(response.user.id),
            before_write=step,
            upload_log=upload_log_path(default_data_dir(), settings.normalized_url),
        ).publish(result.package, publish=not args.unpublish)
    except Exception as exc:
        error = classify(exc)
        if error.reason == "unknown":  # not an SDK or network error: a bug, not a refusal
            raise
        print(
            translate("cli.publish", "Not published: {error}").format(error=describe_error(error)),
            file=out,
        )
        return 1
    for line in report_lines(report, voice()):
        print(line, file=out)
    return 0


def _show_step(what: Phrase, out: TextIO) -> None:
    """A write of the publish, as it is about to be made (the progress list)."""
    print(f"  {publish_text(what, voice())}", file=out)
