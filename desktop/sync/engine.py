"""One sync cycle: authenticate, push the outbox until empty, pull every scope.

The steps follow ``docs/sync-protocol.md`` and sync-design.md ("Cycle"):

* **Authenticate** — a fresh access token for the learner who owns the store.
  A store is only ever synced with its own learner's session: work queued by
  learner A is never sent while B is signed in (``WrongAccount``).
* **Push** — batches of ≤ 250 ops / 512 KB.  The answer is recorded in one
  local transaction (``Outbox.record_push``); a rejected op is shown, never
  retried.  A copied or restored database (the server knows seqs this file
  never issued) takes a new device id and pushes again from seq 1.  A
  server restored from a backup (it lost ops it had acknowledged, so it
  refuses the next push with ``sequence_gap``) gets those ops again: they are
  queued again before the pending ones and sent under a new device id
  (``Outbox.requeue_lost``).
* **Pull** — each scope page by page; a page and its cursor are written in one
  transaction (``apply_page``), pending local ops are replayed on top.
  ``reset_required`` drops the scope and pulls it from zero.  Scopes are
  recomputed after each pass, so a course enrolled on another device arrives
  in the same cycle.  A page whose rows need a parent from a later page is
  held and applied with that page (``held_pages``).

A 401 (expired token mid-cycle) refreshes the token once and retries.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from desktop.account.session import AuthSession
from desktop.protocol import (
    LEADERBOARD,
    PendingOp,
    PulledPage,
    PushReply,
    SyncChanges,
    TimeSpent,
    parse_push_reply,
)
from desktop.protocol.work import Chunk, parse_device_state, parse_registered
from desktop.store.db import LearnerStore
from desktop.store.errors import StoreWriteFailed
from desktop.store.models import SyncCursor
from desktop.store.replica import (
    CLASS_TABLE_NAMES,
    CONTENT_TABLE_NAMES,
    LEARNER,
    LEARNER_TABLE_NAMES,
    InvalidRow,
    Outbox,
    apply_page,
    chunks_to_settle,
    course_of,
    cursor_of,
    forget_class,
    forget_key_registration,
    is_teaching,
    key_to_register,
    record_delivered,
    record_key_registered,
    record_sync_result,
    replace_leaderboard,
    reset_scope,
    scopes_to_pull,
)
from desktop.sync.errors import (
    REASON_FAILED,
    REASON_NOT_SIGNED_IN,
    InvalidReply,
    NeedsSignIn,
    RequestRejected,
    SyncError,
    classify,
)
from desktop.sync.held_pages import MAX_HELD_ROWS, merge_pages, missing_parent, page_rows
from desktop.sync.states import Stage, SyncProgress

log = logging.getLogger(__name__)

PUSH_LIMIT = 250
# Rows asked per pull page; the server caps a course scope's pages at 1000
# (lesson bodies) and others at 5000: fewer round trips for a new device.
PULL_LIMIT = 5000
MAX_RESETS_PER_SCOPE = 2
MAX_SCOPE_PASSES = 3
# A last pull page whose rows lack a parent above the server's horizon is
# asked for again (held_pages.py), this often and this far apart, before the
# cycle fails and the next one starts over from the saved cursor.
MAX_PARENT_WAITS = 40
PARENT_WAIT_S = 0.25
LEADERBOARD_SIZE = 10  # rows the dashboard shows

ProgressCallback = Callable[[SyncProgress], None]  # where the cycle is; the caller words it

# The engine's own codes (SyncError.reason), worded with the others
# (desktop/ui/shell/errors.py, desktop/cli/common.py):
REASON_GUEST = "guest_never_synced"  # a guest's store: its work stays here, never synced
REASON_OTHER_LEARNER = "wrong_learner"  # the store is another learner's: kept for them
REASON_NOTHING_SETTLED = "nothing_settled"  # the server settled no change of a batch
REASON_RESET_LOOP = "reset_loop"  # the server keeps asking to pull a scope again; detail: it


class WrongAccount(SyncError):
    """The store belongs to another learner than the signed-in one (or to a guest)."""

    default_reason = REASON_OTHER_LEARNER


@dataclass
class CycleReport:
    pushed: int = 0
    rejected: int = 0
    pulled_rows: int = 0
    deleted_rows: int = 0
    requests: int = 0
    scopes: list[str] = field(default_factory=list)
    device_id_changed: bool = False
    delivered: int = 0  # ops someone else delivered from a saved file, settled here
    resent: int = 0  # acknowledged ops sent again because the server lost them
    unrecoverable: int = 0  # lost ops no longer in the outbox (see requeue_lost)
    changed: SyncChanges = field(default_factory=SyncChanges)  # what the views refresh on


class SyncEngine:
    """Runs cycles for one learner's store with that learner's session."""

    def __init__(
        self,
        store: LearnerStore,
        auth: AuthSession,
        *,
        push_limit: int = PUSH_LIMIT,
        pull_limit: int = PULL_LIMIT,
        on_progress: ProgressCallback | None = None,
        wait_for_parents: Callable[[float], None] | None = None,
    ) -> None:
        self.store = store
        self.auth = auth
        self.outbox = Outbox(store.db, store.user_id)
        self.push_limit = push_limit
        self.pull_limit = pull_limit
        self._on_progress = on_progress or (lambda progress: None)
        self._wait_for_parents = wait_for_parents or _pause
        self._client: Any = None

    # -- plumbing ------------------------------------------------------------
    def check_account(self) -> None:
        identity = self.auth.identity
        if self.store.user_id is None:
            raise WrongAccount(
                "Guest work stays on this computer and is never synced.", reason=REASON_GUEST
            )
        if identity is None:
            raise NeedsSignIn("Please sign in to sync.", reason=REASON_NOT_SIGNED_IN)
        if identity.user_id != self.store.user_id:
            raise WrongAccount(
                "This work belongs to another learner; it is kept for them "
                "and will sync when they sign in.",
                reason=REASON_OTHER_LEARNER,
            )

    def _rpc(self, report: CycleReport, name: str, params: dict[str, Any]) -> Any:
        return self._request(report, lambda client: client.rpc(name, params))

    def _request(self, report: CycleReport, build: Callable[[Any], Any]) -> Any:
        """Run the request ``build(client)`` makes; its ``data``, or a classified error."""
        for attempt in (1, 2):
            if self._client is None:
                self._client = self.auth.client()
            report.requests += 1
            try:
                return build(self._client).execute().data
            except Exception as exc:
                error = classify(exc)
                if isinstance(error, NeedsSignIn) and attempt == 1:
                    # The access token expired mid-cycle: refresh once, retry.
                    self.auth.access_token(force_refresh=True)
                    self._client = None
                    continue
                raise error from exc
        raise AssertionError("unreachable")

    # -- the cycle -----------------------------------------------------------
    def run_cycle(self) -> CycleReport:
        report = CycleReport()
        try:
            self.check_account()
            self._on_progress(SyncProgress(Stage.AUTHENTICATE))
            self._client = self.auth.client()
            self._register_key(report)
            self.push(report)
            self._pull(report)
            self._refresh_leaderboard(report)
        except Exception as exc:
            error = classify(exc)
            record_failure(self.store, error)
            raise error from exc
        record_sync_result(self.store)
        self._on_progress(SyncProgress(Stage.DONE, 1.0))
        return report

    def push(self, report: CycleReport) -> None:
        if not report.device_id_changed:
            self._catch_server_restore(report)
            self._settle_delivered(report)
        total = max(1, self.outbox.counts().pending)
        while batch := self.outbox.pending(limit=self.push_limit):
            self._on_progress(
                SyncProgress(Stage.PUSH, min(1.0, report.pushed / total), changes=len(batch))
            )
            reply = self._send_batch(report, batch)
            if reply is None or self._took_new_device_for(report, reply):
                continue  # the same work goes again, under what this device now is
            self._settle(report, reply, batch)

    def _register_key(self, report: CycleReport) -> None:
        """Give the server this device's key (once per device id), so work saved
        to a file later, offline, can be delivered by another Lantern."""
        wanted = key_to_register(self.store.db)
        if wanted is None:
            return
        try:
            raw = self._rpc(
                report, "register_device_key", {"device_id": wanted.device_id, "key": wanted.key}
            )
        except RequestRejected as exc:
            # Not a reason to stop syncing: the push meets the same refusal
            # (another learner's device) and handles it; saving waits.
            log.warning("the server did not take this device's key: %s", exc)
            return
        record_key_registered(self.store.db, wanted.device_id, wanted.key, parse_registered(raw))

    def _settle_delivered(self, report: CycleReport) -> None:
        """Work this laptop saved to a file may have been delivered by another
        Lantern: take the server's answers for it instead of sending it again."""
        after = chunks_to_settle(self.store.db)
        while after is not None:
            state = parse_device_state(
                self._rpc(
                    report,
                    "sync_device_state",
                    {"device_id": self.store.device_id, "after_seq": after - 1},
                )
            )
            if not state.delivered:
                return
            # Their time may be in rows an earlier pull brought: the learner's
            # rows are read again, the cursor cleared before the answers land.
            self._repull_learner_rows()
            settled = record_delivered(self.store.db, state.delivered)
            report.pushed += settled.acknowledged
            report.rejected += settled.rejected
            report.delivered += settled.acknowledged + settled.rejected
            if settled.acknowledged or settled.rejected:
                report.changed |= SyncChanges(LEARNER_TABLE_NAMES, outbox=True)
            if settled.chunks == 0:
                return
            after = chunks_to_settle(self.store.db)

    def deliver(self, report: CycleReport, chunk: Chunk) -> dict[str, Any]:
        """Send one chunk of someone's saved work (``public.deliver_work``);
        the server's answer, or ``RequestRejected`` with its reason."""
        reply = self._rpc(report, "deliver_work", {"chunk": chunk.payload, "mac": chunk.mac})
        if not isinstance(reply, dict):
            raise InvalidReply(
                "The server sent something Lantern did not understand (deliver_work).",
                detail="deliver_work answered no object",
            )
        return reply

    def _send_batch(self, report: CycleReport, batch: list[PendingOp]) -> PushReply | None:
        """The server's answer to ``batch``, parsed (a malformed one stops here,
        nothing written); None when the refusal made this device take a new id
        or queue lost work again, so the batch is to be sent again."""
        try:
            raw = self._rpc(
                report,
                "sync_push",
                {"device_id": self.store.device_id, "ops": [op.wire() for op in batch]},
            )
        except RequestRejected as exc:
            if report.device_id_changed:
                raise
            if "device_sequence_conflict" in _hint(exc):
                self._new_device(report)
                return None
            server_last = _gap_last_seq(exc)
            if server_last is None:
                raise
            self._recover_lost_ops(report, server_last)
            return None
        return parse_push_reply(raw)

    def _took_new_device_for(self, report: CycleReport, reply: PushReply) -> bool:
        """True if ``reply`` shows this database is a copy, and it now has its own id."""
        if not self.outbox.looks_copied(reply.last_seq):
            return False
        if not report.device_id_changed:
            self._new_device(report)
            return True
        # Under a brand-new device id the server cannot hold seqs this
        # file never issued; believing it would mark unsent work sent.
        detail = (
            f"it acknowledged change {reply.last_seq} of a device "
            f"that has issued {self.outbox.highest_wire_seq()}"
        )
        raise InvalidReply(
            f"The server sent something Lantern did not understand ({detail}).", detail=detail
        )

    def _settle(self, report: CycleReport, reply: PushReply, batch: list[PendingOp]) -> None:
        """Record the server's answer to ``batch`` in the outbox and the report."""
        if _replayed_time(reply, batch):
            self._repull_learner_rows()
        outcome = self.outbox.record_push(reply)
        report.pushed += outcome.acknowledged
        report.rejected += outcome.rejected
        if outcome.acknowledged or outcome.rejected:
            # a rejected op is undone: the learner's rows are rebuilt without it
            undone = LEARNER_TABLE_NAMES if outcome.rejected else frozenset()
            report.changed |= SyncChanges(undone, outbox=True)
        # a rejected op is answered too (it leaves the queue): only a reply
        # that settles nothing would send the same batch round again
        if outcome.acknowledged == 0 and outcome.rejected == 0:
            raise SyncError(
                "The server did not accept any change; will try again later.",
                reason=REASON_NOTHING_SETTLED,
            )

    def _repull_learner_rows(self) -> None:
        """Pull the learner's rows from zero in this cycle's pull.

        A time increment acknowledged as a duplicate was committed by an
        earlier push whose answer was lost.  The acknowledgement moves it
        into the local server total; if a pull since then already brought
        the server row that includes it, it would be counted twice on this
        device.  Only the server's row can say which, so it is read again
        (the cursor is cleared before the acknowledgement is recorded: a
        crash in between costs a re-read, never a wrong total).
        """
        with self.store.write() as session:
            cursor = session.get(SyncCursor, LEARNER)
            if cursor is not None and cursor.cursor is not None:
                cursor.cursor = None
                session.add(cursor)

    def _catch_server_restore(self, report: CycleReport) -> None:
        """With nothing to send, still ask whether the server kept what it
        acknowledged: after a restore from a backup the next pull would
        otherwise show the learner their older progress until their next
        local change made a push meet the gap.  A read of the device's own
        row (no lock, no write on the server); skipped for a device that has
        never sent anything."""
        issued = self.outbox.settled_wire_seq()
        if not issued:  # something is waiting (its push meets any gap), or nothing was sent
            return
        rows = self._request(
            report,
            lambda client: (
                client.table("sync_devices")
                .select("last_seq")
                .eq("device_id", self.store.device_id)
            ),
        )
        if not isinstance(rows, list) or any(
            not isinstance(r, dict) or not isinstance(r.get("last_seq"), int) for r in rows
        ):
            raise InvalidReply(
                "The server sent something Lantern did not understand (its record of this device).",
                detail="its record of this device",
            )
        server_last = int(rows[0]["last_seq"]) if rows else 0
        if server_last < issued:
            self._recover_lost_ops(report, server_last)

    def _recover_lost_ops(self, report: CycleReport, server_last_seq: int) -> None:
        """The server lost ops it had acknowledged (restored from a backup)."""
        issued = self.outbox.highest_wire_seq()
        if not 0 <= server_last_seq < issued:
            detail = f"it expects change {server_last_seq + 1} of a device that has issued {issued}"
            raise InvalidReply(
                f"The server sent something Lantern did not understand ({detail}).", detail=detail
            )
        requeued = self.outbox.requeue_lost(server_last_seq)
        forget_key_registration(self.store.db)  # a restored server: the key again too
        log.warning(
            "the server holds this device's changes only up to %d (restored from a "
            "backup?): sending %d acknowledged change(s) again with %d pending",
            server_last_seq,
            requeued.resent,
            requeued.pending,
        )
        self._take_new_device_id(report)
        report.resent += requeued.resent
        report.unrecoverable += requeued.missing
        report.changed |= SyncChanges(LEARNER_TABLE_NAMES, outbox=True)  # rows rebuilt too

    def _new_device(self, report: CycleReport) -> None:
        log.warning("this database looks copied or restored; taking a new device id")
        self._take_new_device_id(report)

    def _take_new_device_id(self, report: CycleReport) -> None:
        self.store.regenerate_device_id()
        report.device_id_changed = True

    def _refresh_leaderboard(self, report: CycleReport) -> None:
        """Keep the server's current leaderboard for the dashboard (and offline).

        Not a sync scope: it is everyone's standing, computed by the server
        (get_leaderboard), so it is fetched whole each cycle.  A refusal or a
        malformed answer keeps the previous board and does not fail the
        cycle: the learner's own work has already been sent and received.
        """
        try:
            rows = self._rpc(report, "get_leaderboard", {"limit_count": LEADERBOARD_SIZE})
            if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
                raise InvalidReply("The leaderboard the server sent is not a list of rows.")
            replace_leaderboard(self.store, rows)
            report.changed |= SyncChanges(frozenset({LEADERBOARD}))
        except (SyncError, InvalidRow) as exc:
            if isinstance(exc, NeedsSignIn):
                raise
            log.warning("leaderboard not refreshed: %s", exc)

    def _pull(self, report: CycleReport) -> None:
        done: set[str] = set()
        for _ in range(MAX_SCOPE_PASSES):
            scopes = [s for s in scopes_to_pull(self.store) if s not in done]
            if not scopes:
                return
            for index, scope in enumerate(scopes):
                self._on_progress(SyncProgress(Stage.PULL, index / len(scopes), scope=scope))
                if is_teaching(scope):
                    self._pull_class(report, scope)
                else:
                    self.pull_scope(report, scope)
                done.add(scope)
                report.scopes.append(scope)

    def _pull_class(self, report: CycleReport, scope: str) -> None:
        """A teaching scope; refused (no longer the course's teacher): drop the class."""
        try:
            self.pull_scope(report, scope)
        except RequestRejected as exc:
            if exc.code != "42501":
                raise
            log.info("%s refused (%s): its class rows are dropped", scope, exc.hint)
            forget_class(self.store, course_of(scope))
            report.changed |= SyncChanges.pulled(scope, CLASS_TABLE_NAMES)

    def pull_scope(self, report: CycleReport, scope: str) -> None:
        """Pull ``scope`` page by page until the server has nothing more.

        While a page is written to the local store, the next one is already
        being asked for (its cursor comes with the page): the server's query
        and the transfer overlap the SQLite writes instead of waiting for
        them.  Nothing is kept from a page before it is applied (its cursor
        is saved with it), so a failure or a crash at any point costs at most
        a re-read.
        """
        cursor = cursor_of(self.store, scope)
        state = _ScopePull()
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="lantern-pull") as ahead:
            next_page: Future[PulledPage] | None = None
            while True:
                page = (
                    next_page.result()
                    if next_page is not None
                    else self._fetch_page(report, scope, cursor)
                )
                next_page = None
                if page.reset_required:
                    self._start_scope_again(report, scope, state)
                    cursor = None
                    continue
                if page.has_more:
                    next_page = ahead.submit(self._fetch_page, report, scope, page.cursor)
                if state.held is not None:
                    page = merge_pages(state.held, page)
                applied = self._apply_or_hold(report, scope, page, state)
                cursor = page.cursor
                if applied and not page.has_more:
                    return

    def _start_scope_again(self, report: CycleReport, scope: str, state: _ScopePull) -> None:
        """The server asked for ``scope`` from the start: drop its rows and cursor."""
        state.resets += 1
        if state.resets > MAX_RESETS_PER_SCOPE:
            raise SyncError(
                f"The server keeps asking to start {scope} again.",
                reason=REASON_RESET_LOOP,
                detail=scope,
            )
        reset_scope(self.store, scope)
        if scope == LEARNER:
            # Often a restored or replaced server: give it this device's key again.
            forget_key_registration(self.store.db)
        dropped = (
            LEARNER_TABLE_NAMES
            if scope == LEARNER
            else CLASS_TABLE_NAMES
            if is_teaching(scope)
            else CONTENT_TABLE_NAMES
        )
        report.changed |= SyncChanges.pulled(scope, dropped)
        state.held = None

    def _apply_or_hold(
        self, report: CycleReport, scope: str, page: PulledPage, state: _ScopePull
    ) -> bool:
        """Write ``page``; True if written, False if its rows wait for a parent."""
        try:
            applied = apply_page(self.store, page)
        except StoreWriteFailed as exc:
            if not self._hold(scope, page, state, exc):
                raise
            return False
        state.held = None
        report.pulled_rows += applied.rows
        report.deleted_rows += applied.deleted
        report.changed |= SyncChanges.pulled(scope, applied.tables)
        return True

    def _hold(self, scope: str, page: PulledPage, state: _ScopePull, exc: StoreWriteFailed) -> bool:
        """Keep ``page`` for the next one if its rows only lack a parent (held_pages.py)."""
        if not (missing_parent(exc) and page_rows(page) < MAX_HELD_ROWS):
            return False
        if not page.has_more:
            # The parent's latest change is at or above the server's
            # horizon: a transaction older than it (another learner's
            # push) is still running.  It comes once that ends.
            state.parent_waits += 1
            if state.parent_waits > MAX_PARENT_WAITS:
                return False
            log.info("%s: the last page's rows wait for a parent; asking again", scope)
            self._wait_for_parents(PARENT_WAIT_S)
        else:
            log.info("%s: a page's rows wait for parents in a later page", scope)
        state.held = page
        return True

    def _fetch_page(self, report: CycleReport, scope: str, cursor: str | None) -> PulledPage:
        reply = self._rpc(
            report, "sync_pull", {"scope": scope, "cursor": cursor, "page_limit": self.pull_limit}
        )
        return PulledPage.from_wire(scope, reply)


@dataclass
class _ScopePull:
    """What one scope's pull keeps between its pages."""

    resets: int = 0
    parent_waits: int = 0
    held: PulledPage | None = None  # rows waiting for a parent (held_pages.py)


def record_failure(store: LearnerStore, error: SyncError) -> None:
    """Keep a failed cycle's code and data for ``lantern status`` (worded when shown);
    an error raised with only a sentence keeps the sentence as its detail."""
    detail = error.detail or (str(error) if error.reason == REASON_FAILED else "")
    record_sync_result(store, error=error.reason, detail=detail, status=error.status)


def _pause(seconds: float) -> None:
    time.sleep(seconds)  # noqa: TID251 - deliberate: the engine runs off the GUI thread


def _replayed_time(reply: PushReply, batch: list[PendingOp]) -> bool:
    """True if the server answered "duplicate" to a time increment of ``batch``."""
    duplicates = reply.duplicates()
    return any(op.seq in duplicates for op in batch if op.kind == TimeSpent.KIND)


def _gap_last_seq(exc: RequestRejected) -> int | None:
    """The server's last_seq from a ``sequence_gap`` refusal (None if not one)."""
    cause = exc.__cause__
    if getattr(cause, "hint", None) != "sequence_gap":
        return None
    try:
        detail = json.loads(str(getattr(cause, "details", None) or ""))
    except ValueError:
        return None  # a gap inside the batch: no last_seq, a client bug
    last_seq = detail.get("last_seq") if isinstance(detail, dict) else None
    return last_seq if isinstance(last_seq, int) and not isinstance(last_seq, bool) else None


def _hint(exc: RequestRejected) -> str:
    cause = exc.__cause__
    return " ".join(str(getattr(cause, name, "") or "") for name in ("hint", "details", "message"))
