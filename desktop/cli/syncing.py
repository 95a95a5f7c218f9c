"""``lantern sync``, ``lantern status`` and ``lantern download COURSE``.

Exit codes, for classroom scripts (``lantern sync`` and ``download``):

* 0 — done (up to date; changes the server refused are reported, not a failure);
* 1 — a permanent failure: retrying the same thing will not help (the message says why);
* 2 — usage or set-up problem (no server set, nobody signed in, a bad option);
* 3 — offline: the server cannot be reached; the work is kept and syncs later;
* 4 — the learner must sign in again;
* 5 — the server is unavailable for now (busy, 5xx, not answering): try again later.

``--until-done`` retries 3 and 5 with back-off until the cycle completes or
``--timeout`` seconds have passed; ``--json`` prints one language-neutral
object (keys and ``state`` codes, no sentences but ``error``).
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.cli.common import EXIT_SIGN_IN, CommandError, Context, add_common, context

if TYPE_CHECKING:
    from desktop.store.db import KnownLearner
    from desktop.sync.download import FilesProgress
    from desktop.sync.engine import CycleReport, SyncEngine

EXIT_FAILED = 1
EXIT_OFFLINE = 3
EXIT_UNAVAILABLE = 5
DEFAULT_TIMEOUT = 300.0


def register(subparsers: Any) -> None:
    sync = subparsers.add_parser("sync", help="send waiting work and fetch updates now")
    add_common(sync)
    sync.add_argument("--json", action="store_true", help="machine-readable output")
    sync.add_argument(
        "--until-done",
        action="store_true",
        help="when offline or the server is unavailable, keep retrying with back-off",
    )
    sync.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="S",
        help=f"with --until-done: give up after S seconds (default {DEFAULT_TIMEOUT:.0f})",
    )
    sync.set_defaults(func=run_sync)
    status = subparsers.add_parser("status", help="what is waiting to sync, and when it last did")
    add_common(status)
    status.add_argument("--json", action="store_true", help="machine-readable output")
    status.add_argument(
        "--all", action="store_true", help="every learner on this laptop, not only one"
    )
    status.set_defaults(func=run_status)
    download = subparsers.add_parser("download", help="download a course for offline study")
    add_common(download)
    download.add_argument("course", metavar="COURSE", help="the course id or (part of) its title")
    download.set_defaults(func=run_download)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number of seconds") from None
    if not 0 <= value <= 86_400:
        raise argparse.ArgumentTypeError("the timeout must be between 0 and 86400 seconds")
    return value


def _engine(ctx: Context, on_progress: Callable[[str], None] | None = None) -> SyncEngine:
    from desktop.account.session import AuthSession
    from desktop.sync.engine import SyncEngine

    learner = ctx.learner()
    auth = AuthSession(ctx.server(), ctx.vault)
    store = ctx.open_store(learner.user_id)
    auth.restore(learner.user_id)
    say = on_progress or (lambda text: None)
    return SyncEngine(store, auth, on_progress=lambda stage, _f, text: say(text))


def outcome(exc: BaseException | None) -> tuple[str, int]:
    """The ``state`` code and exit code for how a command ended."""
    from desktop.sync.engine import WrongAccount
    from desktop.sync.errors import NeedsSignIn, OfflineError, ServerError

    if exc is None:
        return "up_to_date", 0
    if isinstance(exc, CommandError):
        return ("needs_sign_in" if exc.code == EXIT_SIGN_IN else "not_set_up"), exc.code
    if isinstance(exc, OfflineError):
        return "offline", EXIT_OFFLINE
    if isinstance(exc, ServerError):
        return "server_unavailable", EXIT_UNAVAILABLE
    if isinstance(exc, NeedsSignIn | WrongAccount):
        return "needs_sign_in", EXIT_SIGN_IN
    return "failed", EXIT_FAILED


def _fail(exc: Exception) -> int:
    state, code = outcome(exc)
    print(_sentence(state, exc), file=sys.stderr)
    return code


def _sentence(state: str, exc: BaseException) -> str:
    if state == "offline":
        return f"{exc} Your work is saved and will sync when you reconnect."
    if state == "server_unavailable":
        return f"{exc} Your work is saved; try again later (or use --until-done)."
    if state == "needs_sign_in" and not isinstance(exc, CommandError):
        return f"{exc} (lantern login --email …)"
    if isinstance(exc, CommandError):
        return str(exc)
    return f"Sync failed: {exc}"


@dataclass
class SyncRun:
    """What one ``lantern sync`` did over all its attempts."""

    attempts: int = 0
    sent: int = 0
    rejected: int = 0
    received: int = 0
    deleted: int = 0
    requests: int = 0
    resent: int = 0
    unrecoverable: int = 0
    error: BaseException | None = None
    waits: list[float] = field(default_factory=list)

    def add(self, report: CycleReport) -> None:
        self.sent += report.pushed
        self.rejected += report.rejected
        self.received += report.pulled_rows
        self.deleted += report.deleted_rows
        self.requests += report.requests
        self.resent += report.resent
        self.unrecoverable += report.unrecoverable


def sync_until_done(
    engine: SyncEngine,
    *,
    retry: bool,
    timeout: float,
    wait: Callable[[float], object] | None = None,
    say: Callable[[str], None] = lambda text: None,
) -> SyncRun:
    """Run cycles until one completes, a permanent failure, or ``timeout``.

    Without ``retry`` there is one attempt.  ``wait(seconds)`` pauses between
    attempts (an interruptible event wait by default)."""
    from desktop.sync.backoff import Backoff
    from desktop.sync.errors import SyncError

    pause = wait or threading.Event().wait
    backoff = Backoff(base=1.0, cap=60.0)
    deadline = time.monotonic() + timeout
    run = SyncRun()
    while True:
        run.attempts += 1
        try:
            run.add(engine.run_cycle())
        except SyncError as exc:
            run.error = exc
        else:
            run.error = None
            return run
        state, _ = outcome(run.error)
        if not retry or state not in ("offline", "server_unavailable"):
            return run
        delay = backoff.next_delay()
        if time.monotonic() + delay > deadline:
            return run
        say(f"{run.error} Trying again in {delay:.0f} s.")
        run.waits.append(delay)
        pause(delay)


def run_sync(args: argparse.Namespace) -> int:
    say: Callable[[str], None] = (
        (lambda text: None) if args.json else (lambda text: print(f"  {text}", flush=True))
    )
    try:
        ctx = context(args)
        engine = _engine(ctx, say)
    except CommandError as exc:
        if args.json:
            state, code = outcome(exc)
            print(json.dumps({"state": state, "exit_code": code, "error": str(exc)}, indent=2))
            return code
        return _fail(exc)
    try:
        run = sync_until_done(engine, retry=args.until_done, timeout=args.timeout, say=say)
        pending = engine.outbox.counts().pending
    finally:
        engine.store.close()
    state, code = outcome(run.error)
    if args.json:
        print(json.dumps(_sync_json(ctx, engine, run, state, code, pending), indent=2))
    elif run.error is not None:
        print(_sentence(state, run.error), file=sys.stderr)
    else:
        print(summary(run))
    return code


def _sync_json(
    ctx: Context, engine: SyncEngine, run: SyncRun, state: str, code: int, pending: int
) -> dict[str, Any]:
    return {
        "learner": {"user_id": engine.store.user_id},
        "server": ctx.server().normalized_url,
        "state": state,
        "exit_code": code,
        "attempts": run.attempts,
        "sent": run.sent,
        "rejected": run.rejected,
        "received": run.received,
        "deleted": run.deleted,
        "requests": run.requests,
        "resent": run.resent,
        "unrecoverable": run.unrecoverable,
        "pending": pending,
        "error": None if run.error is None else str(run.error),
    }


def summary(report: CycleReport | SyncRun) -> str:
    """What ``lantern sync`` says after a cycle (or a run of them)."""
    if isinstance(report, SyncRun):
        sent, received, requests = report.sent, report.received, report.requests
    else:
        sent, received, requests = report.pushed, report.pulled_rows, report.requests
    lines = [
        f"Up to date: sent {sent} change(s)"
        + (f", {report.rejected} refused by the server" if report.rejected else "")
        + f"; received {received} update(s) in {requests} request(s)."
    ]
    if report.resent:
        lines.append(
            f"The server had lost {report.resent} change(s) it had already accepted "
            "(restored from a backup?); they were sent again."
        )
    if report.unrecoverable:
        lines.append(
            f"{report.unrecoverable} change(s) the server lost are no longer on this "
            "laptop and could not be sent again."
        )
    return "\n".join(lines)


def run_status(args: argparse.Namespace) -> int:
    try:
        ctx = context(args)
        learners = ctx.profiles.known_learners() if args.all else [ctx.learner()]
        settings = ctx.server()
    except CommandError as exc:
        return _fail(exc)
    entries = [_learner_status(ctx, learner) for learner in learners]
    if args.json:
        data: Any = (
            {"server": settings.normalized_url, "learners": entries}
            if args.all
            else {**entries[0], "server": settings.normalized_url}
        )
        print(json.dumps(data, indent=2))
    elif args.all and not entries:
        print("Nobody has signed in on this laptop yet.")
    else:
        for entry in entries:
            print(_status_lines(entry, settings.normalized_url))
    if args.all and not args.json:
        counts = [e["pending"] for e in entries]
        waiting = sum(c or 0 for c in counts)
        print(
            f"{waiting} change(s) still waiting to be sent."
            if waiting
            else "Some learners signed out before Lantern counted their unsent work; "
            "sign them in once to check."
            if None in counts
            else "Everything is sent: this laptop can be handed back."
        )
    return 0


def _learner_status(ctx: Context, learner: KnownLearner) -> dict[str, Any]:
    """One learner's sync state, without unlocking anyone who signed out."""
    from desktop.account.session import AuthSession
    from desktop.store.replica import store_status

    who = {"user_id": learner.user_id, "email": learner.email}
    if ctx.profiles.locks.is_locked(learner.user_id):
        # signed out here: their store stays shut, even for reading; the lock
        # kept how much was unsent when they signed out (None: unknown)
        pending = ctx.profiles.locks.waiting_at_sign_out(learner.user_id)
        return {"learner": who, "state": "signed_out", "pending": pending}
    store = ctx.open_store(learner.user_id)
    try:
        status = store_status(store)
    finally:
        store.close()
    signed_in = AuthSession(ctx.server(), ctx.vault).restore(learner.user_id) is not None
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
    return {"learner": who, "state": state, **status.to_json()}


def _status_lines(entry: dict[str, Any], server: str) -> str:
    email, state = entry["learner"]["email"], entry["state"]
    if state == "signed_out":
        waiting = entry["pending"]
        count = "unknown number of" if waiting is None else str(waiting)
        return (
            f"{email} on {server}: signed out on this laptop, {count} change(s) "
            f"waiting (lantern login --email {email})"
        )
    lines = [
        f"{email} on {server}: {state.replace('_', ' ')}",
        f"  waiting: {entry['pending']}, refused: {entry['rejected']}, sent: {entry['sent']}",
        f"  last sync: {entry['last_sync_at'] or 'never'}"
        + (f" (last error: {entry['last_error']})" if entry["last_error"] else ""),
    ]
    return "\n".join(lines)


def _find_course(store: Any, wanted: str) -> str:
    from desktop.store.models import Course
    from desktop.store.reads import CatalogueQuery, search_courses

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


def megabytes(count: int) -> str:
    return f"{count / 1e6:,.1f} MB"


class FilesLines:
    """Prints a download's file bytes at most every ``every_s`` seconds, and
    once when they are all here (a line per picture would drown the output)."""

    def __init__(
        self, every_s: float = 2.0, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.every_s = every_s
        self._clock = clock
        self._started = self._last = clock()
        self._first: int | None = None  # bytes already here: not speed
        self._said_whole = False

    def __call__(self, progress: FilesProgress) -> None:
        now = self._clock()
        if self._first is None:
            self._first = progress.bytes_done
        whole = progress.bytes_done >= progress.bytes_total
        due = now - self._last >= self.every_s
        if not progress.bytes_total or self._said_whole or not (due or whole):
            return
        self._last, self._said_whole = now, whole
        line = f"  files: {megabytes(progress.bytes_done)} of {megabytes(progress.bytes_total)}"
        rate = (progress.bytes_done - self._first) / max(now - self._started, 1e-9)
        if rate > 0 and not whole:
            left = (progress.bytes_total - progress.bytes_done) / rate
            line += f", {megabytes(round(rate))}/s, about {max(1, round(left))} s left"
        print(line, flush=True)


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
            engine,
            on_progress=lambda done, total, text: print(f"  [{done}/{total}] {text}"),
            on_files=FilesLines(),
        ).download(course_id)
    except (SyncError, CommandError) as exc:
        return _fail(exc)
    except KeyboardInterrupt:  # Ctrl+C: every file that arrived is whole; the next run goes on
        print(
            "Download stopped. What arrived is kept; run the same command to go on.",
            file=sys.stderr,
        )
        return 130
    finally:
        engine.store.close()
    print(
        f"Available offline: {report.rows} item(s), {report.images_fetched} image(s) "
        f"downloaded ({report.images_cached_before} already here)."
    )
    if report.missing_images:
        print(f"  {len(report.missing_images)} image(s) are missing on the server.")
    return 0
