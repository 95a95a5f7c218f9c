"""The outbox: ops waiting for ``sync_push``, in order, per device.

Wire seqs: the server sees ``seq = outbox.seq - sync_state.seq_base`` so a
database that got a new device id starts again at 1.  Every method here
speaks wire seqs.  Only the store's own learner's rows are ever returned by
``pending`` (a guest database returns nothing: guest work is never pushed).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select as sa_select
from sqlalchemy import text
from sqlmodel import Session, col, func, select

from desktop.protocol.ops import Op, TimeSpent, decode
from desktop.protocol.push import PendingOp, PushReply
from desktop.store.models import LessonProgress, OutboxRow, SyncCursor, SyncState
from desktop.store.models.local import PENDING, REJECTED, SENT
from desktop.store.replica import replay

log = logging.getLogger(__name__)

MAX_OPS = 250
MAX_BYTES = 512 * 1024
LEARNER_SCOPE = "learner"


@dataclass(frozen=True)
class OutboxCounts:
    pending: int
    sent: int
    rejected: int


def enqueue(session: Session, op: Op, *, user_id: str | None, now: datetime) -> OutboxRow:
    row = OutboxRow(
        op_id=op.op_id,
        kind=op.KIND,
        payload=op.payload(),
        hlc=op.hlc,
        created_at=now,
        user_id=user_id,
        target=op.target(),
    )
    session.add(row)
    session.flush()  # assigns seq; a duplicate op_id fails here, inside the transaction
    return row


def first_pending_seq(session: Session) -> int:
    """Local seq of the oldest pending op, or the next seq to be issued."""
    oldest = session.exec(select(func.min(OutboxRow.seq)).where(OutboxRow.state == PENDING)).one()
    if oldest is not None:
        return int(oldest)
    return last_issued_seq(session) + 1


def last_issued_seq(session: Session) -> int:
    """Local seq of the newest outbox row ever issued (autoincrement never reuses)."""
    issued = session.execute(text("select seq from sqlite_sequence where name = 'outbox'")).scalar()
    return int(issued or 0)


def _base(session: Session) -> int:
    state = session.get(SyncState, 1)
    return state.seq_base if state is not None else 0


def pending_rows(session: Session, user_id: str | None) -> list[OutboxRow]:
    owner = OutboxRow.user_id == user_id if user_id else col(OutboxRow.user_id).is_(None)
    return list(
        session.exec(
            select(OutboxRow).where(OutboxRow.state == PENDING, owner).order_by(col(OutboxRow.seq))
        )
    )


def pending_ops(session: Session, user_id: str | None) -> list[Op]:
    return [decode(r.kind, r.op_id, r.hlc, r.payload) for r in pending_rows(session, user_id)]


# {"seq": , "op_id": "", "kind": "", "hlc": "", "payload": } as json.dumps writes it.
_ENVELOPE = len(json.dumps(PendingOp(0, "", "", "", {}).wire())) - len("0") - len("{}")


def wire_size(op: PendingOp, payload_size: int) -> int:
    """Bytes of ``json.dumps(op.wire())`` given its payload's: exact while the
    op id, kind and clock are plain ASCII, as this client writes them."""
    return _ENVELOPE + len(str(op.seq)) + len(op.op_id) + len(op.kind) + len(op.hlc) + payload_size


class Outbox:
    """Outbox operations the sync engine and the UI call."""

    def __init__(self, db: Any, user_id: str | None) -> None:
        self._db = db
        self._user_id = user_id

    def pending(self, limit: int = MAX_OPS, max_bytes: int = MAX_BYTES) -> list[PendingOp]:
        """The next batch to push, oldest first: at most ``limit`` ops and about
        ``max_bytes`` of JSON (always at least one op, however large)."""
        if self._user_id is None:
            return []
        out: list[PendingOp] = []
        size = 0
        with self._db.read() as session:
            base = _base(session)
            # Columns, not ORM objects: a 250-op batch in a few milliseconds.
            # The payload's JSON text is stored as json.dumps wrote it (ASCII),
            # so SQLite's length() is its size on the wire: no re-encoding.
            query = (
                sa_select(
                    col(OutboxRow.seq),
                    col(OutboxRow.op_id),
                    col(OutboxRow.kind),
                    col(OutboxRow.hlc),
                    col(OutboxRow.payload),
                    func.length(col(OutboxRow.payload)),
                )
                .where(col(OutboxRow.state) == PENDING, col(OutboxRow.user_id) == self._user_id)
                .order_by(col(OutboxRow.seq))
                .limit(limit)
            )
            for seq, op_id, kind, hlc, payload, payload_size in session.execute(query):
                op = PendingOp(int(seq) - base, op_id, kind, hlc, payload)
                size += wire_size(op, int(payload_size))
                if out and size > max_bytes:
                    break
                out.append(op)
        return out

    def mark_acknowledged(self, up_to_seq: int) -> int:
        """The server holds every op up to ``up_to_seq``: mark them sent.

        Acknowledged time increments move into the server total, so the
        total the learner sees stays the same until the next pull.
        """
        with self._db.transaction() as session:
            return _acknowledge(session, up_to_seq)

    def mark_rejected(self, seq: int, reason: str) -> None:
        """The server refused the op for good: never retried, shown to the learner."""
        with self._db.transaction() as session:
            _reject(session, self._user_id, seq, reason)

    def record_push(self, reply: PushReply) -> PushOutcome:
        """Apply a ``sync_push`` answer in one transaction: rejections, then the ack.

        ``reply`` was checked by ``desktop.protocol.parse_push_reply``.
        """
        rejected = reply.rejected
        with self._db.transaction() as session:
            for seq, reason in rejected:
                _reject(session, self._user_id, seq, reason)
            acknowledged = _acknowledge(session, reply.last_seq)
        return PushOutcome(reply.last_seq, acknowledged, len(rejected))

    def highest_wire_seq(self) -> int:
        """The last seq this device has issued (0 if none)."""
        with self._db.read() as session:
            return last_issued_seq(session) - _base(session)

    def settled_wire_seq(self) -> int | None:
        """The last seq issued when nothing is waiting to be sent, else None
        (one read, so a change made meanwhile cannot slip between the two)."""
        with self._db.read() as session:
            waiting = session.execute(
                text("select count(*) from outbox where state = 'pending' and user_id = :user"),
                {"user": self._user_id},
            ).scalar()
            if waiting:
                return None
            return last_issued_seq(session) - _base(session)

    def looks_copied(self, server_last_seq: int) -> bool:
        """The server saw a seq this database never issued: it is a copy of
        another device (or a restored backup) and needs a new device id."""
        return server_last_seq > self.highest_wire_seq()

    def requeue_lost(self, server_last_seq: int) -> Requeued:
        """The server forgot this device's ops after ``server_last_seq``: queue them again.

        A server restored from a backup holds fewer of this device's ops
        than it acknowledged, and ``sync_push`` refuses the next push
        (``sequence_gap``) for ever.  In one transaction the acknowledged
        ops after ``server_last_seq`` become pending again, before the
        pending ones, in their original order, and the learner's scope will
        be read again in full.  The engine then takes a new device id
        (``LearnerStore.regenerate_device_id``), so the server sees them as
        seqs 1, 2, … of a device it never had: nothing the restore left
        behind can be mistaken for them.  Re-sending is safe because every
        op kind merges idempotently by its own identity (time ledger by op
        id, quiz attempts insert-once, completion/sections/read flags by
        max, enrollment and rating by hybrid clock).

        Rejected ops stay rejected (never retried); if one sits among the
        re-queued ops, those are renumbered after the newest seq so the wire
        seqs have no hole.  A crash between this and the new device id is
        harmless: the next push meets the gap again and repeats both steps.
        """
        with self._db.transaction() as session:
            base = _base(session)
            # Under seq_base > 0 a server that forgot the current device may
            # have forgotten earlier ids of this database too: send them all.
            bound = base + server_last_seq if server_last_seq > 0 else 0
            owner = {"bound": bound, "user": self._user_id}
            lost = [
                int(seq)
                for (seq,) in session.execute(
                    text(
                        "select seq from outbox where state = 'sent' and user_id = :user "
                        "and seq > :bound order by seq"
                    ),
                    owner,
                )
            ]
            waiting = [
                int(seq)
                for (seq,) in session.execute(
                    text(
                        "select seq from outbox where state = 'pending' and user_id = :user "
                        "order by seq"
                    ),
                    owner,
                )
            ]
            issued = last_issued_seq(session)
            # Seqs since the current device id are contiguous (below it a
            # renumbering leaves holes): any hole there is a pruned row.
            floor = max(bound, base)
            kept = session.execute(
                text("select count(*) from outbox where seq > :floor"), {"floor": floor}
            ).scalar()
            missing = max(0, issued - floor - int(kept or 0))
            session.execute(
                text(
                    "update outbox set state = 'pending', attempts = 0, last_error = null "
                    "where state = 'sent' and user_id = :user and seq > :bound"
                ),
                owner,
            )
            order = lost + waiting
            if order and order != list(range(order[0], order[0] + len(order))):
                _renumber(session, order, issued)
            # The restored server has no tombstones for rows it made after
            # its backup (a notification, a badge): drop every learner row,
            # keep what the queued ops say, and read the server's rows again
            # in full (as for a reset or a rejected op).
            replay.rebuild_learner_rows(
                session, self._user_id or "", pending_ops(session, self._user_id)
            )
            cursor = session.get(SyncCursor, LEARNER_SCOPE)
            if cursor is not None:
                cursor.cursor = None
                session.add(cursor)
        if missing:
            log.warning("%d change(s) the server lost are no longer in the outbox", missing)
        return Requeued(resent=len(lost), pending=len(waiting), missing=missing)

    def record_failure(self, error: str) -> None:
        """A push of the pending batch failed (network, 5xx): count and keep it."""
        with self._db.transaction() as session:
            for row in pending_rows(session, self._user_id)[:MAX_OPS]:
                row.attempts += 1
                row.last_error = error
                session.add(row)

    def counts(self) -> OutboxCounts:
        with self._db.read() as session:
            rows = session.exec(
                select(OutboxRow.state, func.count())
                .where(
                    OutboxRow.user_id == self._user_id
                    if self._user_id
                    else col(OutboxRow.user_id).is_(None)
                )
                .group_by(col(OutboxRow.state))
            ).all()
        by_state = dict(rows)
        return OutboxCounts(
            by_state.get(PENDING, 0), by_state.get(SENT, 0), by_state.get(REJECTED, 0)
        )


@dataclass(frozen=True)
class PushOutcome:
    last_seq: int
    acknowledged: int  # ops that left the queue (sent or rejected)
    rejected: int


@dataclass(frozen=True)
class Requeued:
    resent: int  # acknowledged ops the server lost, queued again
    pending: int  # ops that were waiting anyway
    missing: int  # ops the server lost that are gone from the outbox (cannot be re-sent)


def _renumber(session: Session, seqs: list[int], issued: int) -> None:
    """Move the rows ``seqs`` (in that order) to fresh seqs after ``issued``."""
    for offset, seq in enumerate(seqs, start=1):
        session.execute(
            text("update outbox set seq = :new where seq = :old"),
            {"new": issued + offset, "old": seq},
        )
    session.execute(
        text("update sqlite_sequence set seq = :top where name = 'outbox'"),
        {"top": issued + len(seqs)},
    )


def _acknowledge(session: Session, up_to_seq: int) -> int:
    # Set-based: one statement per table, not one ORM round trip per op
    # (a 250-op batch is acknowledged in about a millisecond).
    bound = {"last": up_to_seq + _base(session)}
    # The acknowledged time increments move into each lesson's server total.
    session.execute(
        text(
            "with moved as (select json_extract(payload, '$.lesson_id') as lesson, "
            "sum(json_extract(payload, '$.seconds')) as seconds from outbox "
            "where state = 'pending' and seq <= :last and kind = 'progress.time' group by 1) "
            "update lesson_progress set server_time_spent_seconds = "
            "server_time_spent_seconds + moved.seconds from moved "
            "where lesson_progress.lesson_id = moved.lesson"
        ),
        bound,
    )
    result = session.execute(
        text("update outbox set state = 'sent' where state = 'pending' and seq <= :last"), bound
    )
    session.execute(
        text("update sync_state set last_seq_acknowledged = max(last_seq_acknowledged, :acked)"),
        {"acked": up_to_seq},
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def _reject(session: Session, user_id: str | None, seq: int, reason: str) -> None:
    """A rejected time increment leaves the shown total; any other rejected op
    is undone by rebuilding the learner's rows from the remaining pending ops
    and pulling them again in full."""
    row = session.get(OutboxRow, seq + _base(session))
    if row is None or row.state != PENDING:
        return
    row.state, row.last_error = REJECTED, reason
    session.add(row)
    session.flush()
    log.warning("op %s (%s) rejected by the server: %s", row.op_id, row.kind, reason)
    if row.kind == TimeSpent.KIND:
        _shift_time(session, row, into_server=False)
        return
    replay.rebuild_learner_rows(session, user_id or "", pending_ops(session, user_id))
    cursor = session.get(SyncCursor, LEARNER_SCOPE)
    if cursor is not None:
        cursor.cursor = None
        session.add(cursor)


def _shift_time(session: Session, row: OutboxRow, *, into_server: bool) -> None:
    progress = session.exec(
        select(LessonProgress).where(LessonProgress.lesson_id == row.payload["lesson_id"])
    ).first()
    if progress is None:
        return
    seconds = int(row.payload["seconds"])
    if into_server:
        progress.server_time_spent_seconds += seconds
    else:
        progress.time_spent_seconds = max(0, progress.time_spent_seconds - seconds)
    session.add(progress)
