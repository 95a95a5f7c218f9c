"""Delivering saved work: files another learner's laptop saved, sent by this
Lantern under its own signed-in account (``public.deliver_work``).

Every chunk of every file goes in each device's seq order, whatever order
the files were given in.  A device's chunks stop at its first refusal (a
later chunk would only meet a gap); the other files go on.  Being offline
or the server being unavailable stops the whole delivery: delivering the
same files again later is safe (applied once, by device and seq).

Returns codes and counts only; the command line and the UI word them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.protocol.work import SavedWork, in_delivery_order
from desktop.sync.errors import RequestRejected

if TYPE_CHECKING:
    from desktop.sync.engine import CycleReport, SyncEngine

# The server's refusals of saved work (public.deliver_work's hints).
REFUSALS = frozenset(
    {
        "bundle_malformed",
        "bundle_version",
        "bundle_unknown_device",
        "bundle_tampered",
        "bundle_other_server",
        "bundle_conflict",
        "sequence_gap",
    }
)


@dataclass
class FileDelivery:
    """What became of one file's work."""

    work: SavedWork
    applied: int = 0
    already_there: int = 0  # delivered before, or sent by the learner's laptop itself
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (seq, reason)
    refusal: str | None = None  # a REFUSALS code, or "refused" with the server's message
    message: str | None = None  # the server's own words for an unlisted refusal, if any

    @property
    def delivered(self) -> bool:
        return self.refusal is None


def deliver(engine: SyncEngine, report: CycleReport, works: list[SavedWork]) -> list[FileDelivery]:
    """Deliver every chunk of ``works``; one :class:`FileDelivery` per file.

    ``OfflineError``, ``ServerError`` and ``NeedsSignIn`` propagate: what was
    delivered before stays delivered, and the same files can be given again.
    """
    outcomes = [FileDelivery(work) for work in works]
    owner = {id(chunk): outcome for outcome in outcomes for chunk in outcome.work.chunks}
    stopped: set[str] = set()  # devices whose chunks stop at a refusal
    for chunk in in_delivery_order(works):
        outcome = owner[id(chunk)]
        if chunk.device_id in stopped or outcome.refusal is not None:
            continue
        try:
            answer = engine.deliver(report, chunk)
        except RequestRejected as exc:
            outcome.refusal = exc.hint if exc.hint in REFUSALS else "refused"
            outcome.message = exc.detail or None  # the server's own words
            stopped.add(chunk.device_id)
            continue
        _count(outcome, answer)
    return outcomes


def _count(outcome: FileDelivery, answer: dict[str, object]) -> None:
    before = answer.get("sent_before")
    outcome.already_there += before if isinstance(before, int) else 0
    results = answer.get("results")
    for result in results if isinstance(results, list) else []:
        if not isinstance(result, dict):
            continue
        status = result.get("status")
        if status == "applied":
            outcome.applied += 1
        elif status == "duplicate":
            outcome.already_there += 1
        elif status == "rejected":
            outcome.rejected.append((int(result.get("seq") or 0), str(result.get("reason") or "")))
