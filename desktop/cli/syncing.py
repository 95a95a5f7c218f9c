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
import re
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.cli.common import (
    EXIT_SIGN_IN,
    CommandError,
    Context,
    add_common,
    context,
    describe_error,
)
from desktop.cli.messages import translate

if TYPE_CHECKING:
    from desktop.store.db import KnownLearner
    from desktop.sync.download import DownloadError, DownloadProgress, FilesProgress
    from desktop.sync.engine import CycleReport, SyncEngine
    from desktop.sync.states import SyncProgress

EXIT_FAILED = 1
EXIT_OFFLINE = 3
EXIT_UNAVAILABLE = 5
DEFAULT_TIMEOUT = 300.0


def register(subparsers: Any) -> None:
    sync = subparsers.add_parser(
        "sync", help=translate("cli.sync", "send waiting work and fetch updates now")
    )
    add_common(sync)
    sync.add_argument(
        "--json", action="store_true", help=translate("cli.sync", "machine-readable output")
    )
    sync.add_argument(
        "--until-done",
        action="store_true",
        help=translate(
            "cli.sync", "when offline or the server is unavailable, keep retrying with back-off"
        ),
    )
    sync.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="S",
        help=translate(
            "cli.sync", "with --until-done: give up after S seconds (default {seconds})"
        ).format(seconds=f"{DEFAULT_TIMEOUT:.0f}"),
    )
    sync.set_defaults(func=run_sync)
    status = subparsers.add_parser(
        "status", help=translate("cli.sync", "what is waiting to sync, and when it last did")
    )
    add_common(status)
    status.add_argument(
        "--json", action="store_true", help=translate("cli.sync", "machine-readable output")
    )
    status.add_argument(
        "--all",
        action="store_true",
        help=translate("cli.sync", "every learner on this computer, not only one"),
    )
    status.set_defaults(func=run_status)
    download = subparsers.add_parser(
        "download", help=translate("cli.sync", "download a course for offline study")
    )
    add_common(download)
    download.add_argument(
        "course",
        metavar="COURSE",
        help=translate("cli.sync", "the course id or (part of) its title"),
    )
    download.set_defaults(func=run_download)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli.sync", "“{text}” is not a number of seconds").format(text=text)
        ) from None
    if not 0 <= value <= 86_400:
        raise argparse.ArgumentTypeError(
            translate("cli.sync", "the timeout must be between 0 and 86400 seconds")
        )
    return value


def _engine(ctx: Context, on_progress: Callable[[str], None] | None = None) -> SyncEngine:
    from desktop.account.session import AuthSession
    from desktop.sync.engine import SyncEngine

    learner = ctx.learner()
    auth = AuthSession(ctx.server(), ctx.vault)
    store = ctx.open_store(learner.user_id)
    auth.restore(learner.user_id)
    say = on_progress or (lambda text: None)
    return SyncEngine(store, auth, on_progress=lambda progress: say(progress_line(progress)))


def progress_line(progress: SyncProgress) -> str:
    """What ``lantern sync`` prints as a cycle goes, by its stage and counts."""
    from desktop.sync.states import Stage

    if progress.stage is Stage.AUTHENTICATE:
        return translate("cli.sync", "Signing in…")
    if progress.stage is Stage.PUSH:
        return translate("cli.sync", "Sending %Ln change(s)…", "", progress.changes)
    if progress.stage is Stage.PULL:
        # the scope's own name: "catalogue", "learner", "course:<id>"
        return translate("cli.sync", "Updating {scope}…").format(scope=progress.scope or "")
    return translate("cli.sync", "Up to date")


def download_line(progress: DownloadProgress) -> str:
    """What ``lantern download`` prints at each step: ``[done/total]`` and the step."""
    from desktop.sync.download import DownloadStep

    if progress.step is DownloadStep.LESSONS:
        step = translate("cli.sync", "Downloading lessons…")
    elif progress.step is DownloadStep.IMAGES:
        step = translate("cli.sync", "Downloading images ({image}/{images})…").format(
            image=progress.image, images=progress.images
        )
    else:
        step = translate("cli.sync", "Available offline")
    return f"[{progress.done}/{progress.total}] {step}"


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


def problem(exc: BaseException) -> str:
    """The sentence for what stopped a sync or a download (a sync error's code, worded)."""
    from desktop.sync.download import DownloadError

    if isinstance(exc, DownloadError):
        return download_problem(exc)
    return describe_error(exc)


def download_problem(exc: DownloadError) -> str:
    """A download's own failures (desktop.sync.download's codes); others as sync errors."""
    from desktop.sync.download import REASON_COURSE_NOT_HERE, DownloadCancelled

    if isinstance(exc, DownloadCancelled):
        return translate(
            "cli.sync",
            "Download stopped: {done} of {total} images are on this computer; "
            "download again to go on.",
        ).format(done=exc.images_done, total=exc.images_total)
    if exc.reason == REASON_COURSE_NOT_HERE:
        return translate(
            "cli.sync", "That course is not in the catalogue on this computer; sync first."
        )
    return describe_error(exc)


def _sentence(state: str, exc: BaseException) -> str:
    if isinstance(exc, CommandError):
        return str(exc)
    error = problem(exc)
    if state == "offline":
        return translate(
            "cli.sync", "{error} Your work is saved and will sync when you reconnect."
        ).format(error=error)
    if state == "server_unavailable":
        return translate(
            "cli.sync", "{error} Your work is saved; try again later (or use --until-done)."
        ).format(error=error)
    if state == "needs_sign_in":
        return translate("cli.sync", "{error} (lantern login --email …)").format(error=error)
    return translate("cli.sync", "Sync failed: {error}").format(error=error)


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
        say(
            translate("cli.sync", "{error} Trying again in {seconds} s.").format(
                error=problem(run.error), seconds=f"{delay:.0f}"
            )
        )
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
        "error": None if run.error is None else problem(run.error),
    }


def summary(report: CycleReport | SyncRun) -> str:
    """What ``lantern sync`` says after a cycle (or a run of them)."""
    if isinstance(report, SyncRun):
        sent, received, requests = report.sent, report.received, report.requests
    else:
        sent, received, requests = report.pushed, report.pulled_rows, report.requests
    counts = {
        "sent": translate("cli.sync", "%Ln change(s)", "", sent),
        "received": translate("cli.sync", "%Ln update(s)", "", received),
        "requests": translate("cli.sync", "%Ln request(s)", "", requests),
        "refused": report.rejected,
    }
    said = (
        translate(
            "cli.sync",
            "Up to date: sent {sent}, {refused} refused by the server; "
            "received {received} in {requests}.",
        )
        if report.rejected
        else translate("cli.sync", "Up to date: sent {sent}; received {received} in {requests}.")
    )
    lines = [said.format(**counts)]
    if report.resent:
        lines.append(
            translate(
                "cli.sync",
                "The server had lost %Ln change(s) it had already accepted "
                "(restored from a backup?); [it was|they were] sent again.",
                "",
                report.resent,
            )
        )
    if report.unrecoverable:
        lines.append(
            translate(
                "cli.sync",
                "%Ln change(s) the server lost [is|are] no longer on this computer "
                "and could not be sent again.",
                "",
                report.unrecoverable,
            )
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
        print(translate("cli.sync", "Nobody has signed in on this computer yet."))
    else:
        for entry in entries:
            print(_status_lines(entry, settings.normalized_url))
    if args.all and not args.json:
        print(_all_waiting([e["pending"] for e in entries]))
    return 0


def _all_waiting(counts: list[int | None]) -> str:
    """What ``status --all`` says last: can this computer be handed back?"""
    waiting = sum(c or 0 for c in counts)
    if waiting:
        return translate("cli.sync", "%Ln change(s) still waiting to be sent.", "", waiting)
    if None in counts:
        return translate(
            "cli.sync",
            "Some learners signed out before Lantern counted their unsent work; "
            "sign them in once to check.",
        )
    return translate("cli.sync", "Everything is sent: this computer can be handed back.")


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
        said = (
            translate(
                "cli.sync",
                "{email} on {server}: signed out on this computer, unknown number of "
                "changes waiting (lantern login --email {email})",
            )
            if waiting is None
            else translate(
                "cli.sync",
                "{email} on {server}: signed out on this computer, %Ln change(s) "
                "waiting (lantern login --email {email})",
                "",
                waiting,
            )
        )
        return said.format(email=email, server=server)
    when = entry["last_sync_at"] or translate("cli.sync", "never", "the last sync")
    last = (
        translate("cli.sync", "last sync: {when} (last error: {error})")
        if entry["last_error"]
        else translate("cli.sync", "last sync: {when}")
    )
    lines = [
        translate("cli.sync", "{email} on {server}: {state}").format(
            email=email, server=server, state=state_words(state)
        ),
        "  "
        + translate("cli.sync", "waiting: {waiting}, refused: {refused}, sent: {sent}").format(
            waiting=entry["pending"], refused=entry["rejected"], sent=entry["sent"]
        ),
        "  " + last.format(when=when, error=last_error_words(entry)),
    ]
    return "\n".join(lines)


def last_error_words(entry: dict[str, Any]) -> str:
    """The last cycle's failure as ``lantern status`` stored it, worded: its code
    with its data, or (an older Lantern's) sentence as it was stored."""
    stored = entry.get("last_error") or ""
    if not re.fullmatch(r"[a-z][a-z0-9_]*", stored):
        return str(stored)  # not a code: the words an older Lantern kept
    from desktop.sync.errors import SyncError

    return describe_error(
        SyncError(
            reason=stored,
            detail=entry.get("last_error_detail") or "",
            status=entry.get("last_error_status"),
        )
    )


def state_words(state: str) -> str:
    """A learner's sync ``state`` code in words (``--json`` keeps the code)."""
    words = {
        "up_to_date": translate("cli.sync", "up to date", "a learner's sync state"),
        "pending": translate("cli.sync", "pending", "a learner's sync state"),
        "never_synced": translate("cli.sync", "never synced", "a learner's sync state"),
        "needs_sign_in": translate("cli.sync", "needs sign in", "a learner's sync state"),
        "error": translate("cli.sync", "error", "a learner's sync state"),
    }
    return words.get(state, state.replace("_", " "))


def _find_course(store: Any, wanted: str) -> str:
    from desktop.store.models import Course
    from desktop.store.reads import CatalogueQuery, search_courses

    with store.db.read() as session:
        if session.get(Course, wanted) is not None:
            return wanted
    matches = search_courses(store, CatalogueQuery(text=wanted, limit=6)).courses
    if not matches:
        raise CommandError(
            translate(
                "cli.sync",
                "No course matches “{wanted}”; run lantern sync first to fetch the catalogue.",
            ).format(wanted=wanted),
            code=1,
        )
    if len(matches) > 1:
        names = "; ".join(f"{c.title} ({c.id})" for c in matches)
        raise CommandError(
            translate("cli.sync", "“{wanted}” matches several courses: {courses}").format(
                wanted=wanted, courses=names
            ),
            code=1,
        )
    return str(matches[0].id)


def megabytes(count: int) -> str:
    return translate("cli.sync", "{number} MB").format(number=f"{count / 1e6:,.1f}")


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
        done, total = megabytes(progress.bytes_done), megabytes(progress.bytes_total)
        rate = (progress.bytes_done - self._first) / max(now - self._started, 1e-9)
        if rate > 0 and not whole:
            left = (progress.bytes_total - progress.bytes_done) / rate
            line = translate(
                "cli.sync", "files: {done} of {total}, {rate}/s, about {seconds} s left"
            ).format(
                done=done, total=total, rate=megabytes(round(rate)), seconds=max(1, round(left))
            )
        else:
            line = translate("cli.sync", "files: {done} of {total}").format(done=done, total=total)
        print(f"  {line}", flush=True)


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
            on_progress=lambda progress: print(f"  {download_line(progress)}"),
            on_files=FilesLines(),
        ).download(course_id)
    except (SyncError, CommandError) as exc:
        return _fail(exc)
    except KeyboardInterrupt:  # Ctrl+C: every file that arrived is whole; the next run goes on
        print(
            translate(
                "cli.sync", "Download stopped. What arrived is kept; run the same command to go on."
            ),
            file=sys.stderr,
        )
        return 130
    finally:
        engine.store.close()
    print(
        translate(
            "cli.sync", "Available offline: {items}, {images} downloaded ({cached} already here)."
        ).format(
            items=translate("cli.sync", "%Ln item(s)", "", report.rows),
            images=translate("cli.sync", "%Ln image(s)", "", report.images_fetched),
            cached=report.images_cached_before,
        )
    )
    if report.missing_images:
        missing = translate(
            "cli.sync",
            "%Ln image(s) [is|are] missing on the server.",
            "",
            len(report.missing_images),
        )
        print(f"  {missing}")
    return 0
