"""``lantern sync``, ``lantern status --json`` and ``lantern download COURSE``.

Exit codes: 0 done; 1 failed (the message says why); 2 usage or set-up
problem; 3 offline (the work is kept and will sync later); 4 the learner
must sign in again.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from desktop.cli.common import EXIT_SIGN_IN, CommandError, Context, add_common, context

if TYPE_CHECKING:
    from desktop.sync.engine import CycleReport

EXIT_OFFLINE = 3


def register(subparsers: Any) -> None:
    sync = subparsers.add_parser("sync", help="send waiting work and fetch updates now")
    add_common(sync)
    sync.set_defaults(func=run_sync)
    status = subparsers.add_parser("status", help="what is waiting to sync, and when it last did")
    add_common(status)
    status.add_argument("--json", action="store_true", help="machine-readable output")
    status.set_defaults(func=run_status)
    download = subparsers.add_parser("download", help="download a course for offline study")
    add_common(download)
    download.add_argument("course", metavar="COURSE", help="the course id or (part of) its title")
    download.set_defaults(func=run_download)


def _engine(ctx: Context) -> Any:
    from desktop.account.session import AuthSession
    from desktop.sync.engine import SyncEngine

    learner = ctx.learner()
    auth = AuthSession(ctx.server(), ctx.vault)
    store = ctx.open_store(learner.user_id)
    auth.restore(learner.user_id)
    return SyncEngine(store, auth, on_progress=lambda stage, _f, text: print(f"  {text}"))


def _fail(exc: Exception) -> int:
    from desktop.sync.engine import WrongAccount
    from desktop.sync.errors import NeedsSignIn, OfflineError

    if isinstance(exc, CommandError):
        print(exc, file=sys.stderr)
        return exc.code
    if isinstance(exc, OfflineError):
        print(f"{exc} Your work is saved and will sync when you reconnect.", file=sys.stderr)
        return EXIT_OFFLINE
    if isinstance(exc, NeedsSignIn | WrongAccount):
        print(f"{exc} (lantern login --email …)", file=sys.stderr)
        return EXIT_SIGN_IN
    print(f"Sync failed: {exc}", file=sys.stderr)
    return 1


def run_sync(args: argparse.Namespace) -> int:
    from desktop.sync.errors import SyncError

    try:
        engine = _engine(context(args))
    except CommandError as exc:
        return _fail(exc)
    try:
        report = engine.run_cycle()
    except SyncError as exc:
        return _fail(exc)
    finally:
        engine.store.close()
    print(summary(report))
    return 0


def summary(report: CycleReport) -> str:
    """What ``lantern sync`` says after a cycle."""
    lines = [
        f"Up to date: sent {report.pushed} change(s)"
        + (f", {report.rejected} refused by the server" if report.rejected else "")
        + f"; received {report.pulled_rows} update(s) in {report.requests} request(s)."
    ]
    if report.resent:
        lines.append(
            f"The server had lost {report.resent} change(s) it had already accepted "
            "(restored from a backup?); they were sent again."
        )
    if report.unrecoverable:
        lines.append(
            f"{report.unrecoverable} change(s) the server lost are no longer on this "
            "computer and could not be sent again."
        )
    return "\n".join(lines)


def run_status(args: argparse.Namespace) -> int:
    from desktop.account.session import AuthSession
    from desktop.store.sync_status import store_status

    try:
        ctx = context(args)
        learner = ctx.learner()
        settings = ctx.server()
    except CommandError as exc:
        return _fail(exc)
    if ctx.profiles.locks.is_locked(learner.user_id):
        # signed out here: their store stays shut, even for reading
        data: dict[str, Any] = {
            "learner": {"user_id": learner.user_id, "email": learner.email},
            "server": settings.normalized_url,
            "state": "signed_out",
        }
        print(
            json.dumps(data, indent=2)
            if args.json
            else f"{learner.email} on {settings.normalized_url}: signed out on this computer "
            f"(lantern login --email {learner.email})"
        )
        return 0
    store = ctx.open_store(learner.user_id)
    try:
        status = store_status(store)
    finally:
        store.close()
    signed_in = AuthSession(settings, ctx.vault).restore(learner.user_id) is not None
    state = (
        "needs_sign_in"
        if not signed_in
        else "error"
        if status.last_error
        else "pending"
        if status.pending
        else "never_synced"
        if status.last_sync_at is None
        else "up_to_date"
    )
    data = {
        "learner": {"user_id": learner.user_id, "email": learner.email},
        "server": settings.normalized_url,
        "state": state,
        **status.to_json(),
    }
    if args.json:
        print(json.dumps(data, indent=2))
    else:
        print(f"{learner.email} on {settings.normalized_url}: {state.replace('_', ' ')}")
        print(f"  waiting: {status.pending}, refused: {status.rejected}, sent: {status.sent}")
        print(
            f"  last sync: {data['last_sync_at'] or 'never'}"
            + (f" (last error: {status.last_error})" if status.last_error else "")
        )
    return 0


def _find_course(store: Any, wanted: str) -> str:
    from desktop.store.catalogue import CatalogueQuery, search_courses
    from desktop.store.models import Course

    with store.db.read() as session:
        if session.get(Course, wanted) is not None:
            return wanted
    matches = search_courses(store, CatalogueQuery(text=wanted, limit=6)).courses
    if not matches:
        raise CommandError(
            f"No course matches “{wanted}”; run lantern sync first to fetch the catalogue.", code=1
        )
    if len(matches) > 1:
        names = "; ".join(f"{c.title} ({c.id})" for c in matches)
        raise CommandError(f"“{wanted}” matches several courses: {names}", code=1)
    return str(matches[0].id)


def run_download(args: argparse.Namespace) -> int:
    from desktop.sync.download import CourseDownloader
    from desktop.sync.errors import SyncError

    try:
        engine = _engine(context(args))
    except CommandError as exc:
        return _fail(exc)
    try:
        course_id = _find_course(engine.store, args.course)
        report = CourseDownloader(
            engine, on_progress=lambda done, total, text: print(f"  [{done}/{total}] {text}")
        ).download(course_id)
    except (SyncError, CommandError) as exc:
        return _fail(exc)
    finally:
        engine.store.close()
    print(
        f"Available offline: {report.rows} item(s), {report.images_fetched} image(s) "
        f"downloaded ({report.images_cached_before} already here)."
    )
    if report.missing_images:
        print(f"  {len(report.missing_images)} image(s) are missing on the server.")
    return 0
