"""Keep a learner's unsent work when their database file turned out corrupt.

``open_or_recover`` moves the bad file aside and starts a fresh one; the
catalogue and the learner's synced rows come back with the next pull, but
ops that never reached the server exist only in the bad file.  Often the
outbox pages are still readable (the damage is elsewhere), so we read what
we can and queue those ops again in the fresh database.

Replaying them is safe even under the fresh database's new device id: every
op is idempotent on the server by its own identity (time by op id, attempts
by attempt id, LWW by hlc, completion by max), never by device and seq.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.protocol.ops import decode
from desktop.store.columns import parse_time
from desktop.store.db.learner_store import LearnerStore
from desktop.store.errors import StoreError
from desktop.store.replica.outbox import enqueue
from desktop.store.replica.replay import apply as apply_locally

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SalvagedOp:
    op_id: str
    kind: str
    hlc: str
    payload: dict[str, Any]
    created_at: str


def read_pending_ops(path: Path, user_id: str | None) -> list[SalvagedOp]:
    """Pending outbox rows of ``user_id`` that can still be read from ``path``."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return []
    try:
        rows = conn.execute(
            "select op_id, kind, hlc, payload, created_at, user_id from outbox "
            "where state = 'pending' order by seq"
        ).fetchall()
    except sqlite3.Error as exc:
        log.warning("no unsent work could be read from %s: %s", path, exc)
        return []
    finally:
        conn.close()
    out = []
    for op_id, kind, hlc, payload, created_at, owner in rows:
        if owner != user_id:
            continue  # never move one learner's work into another's database
        try:
            out.append(
                SalvagedOp(str(op_id), str(kind), str(hlc), json.loads(payload), str(created_at))
            )
        except (TypeError, ValueError):
            log.warning("skipped an unreadable outbox row in %s", path)
    return out


def requeue(store: LearnerStore, ops: list[SalvagedOp]) -> int:
    """Apply and queue ``ops`` again in ``store``; returns how many were kept."""
    kept = 0
    with store.write() as session:
        for salvaged in ops:
            try:
                op = decode(salvaged.kind, salvaged.op_id, salvaged.hlc, salvaged.payload)
                store.observe(salvaged.hlc)
                apply_locally(session, store.owner, op)
                enqueue(session, op, user_id=store.user_id, now=parse_time(salvaged.created_at))
            except (StoreError, ValueError, TypeError) as exc:
                log.warning("could not keep salvaged op %s: %s", salvaged.op_id, exc)
                continue
            kept += 1
    return kept
