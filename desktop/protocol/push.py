"""``sync_push``: the ops a device sends, and the typed answer.

Request: ``sync_push(device_id, ops)`` with each op as :meth:`PendingOp.wire`
gives it.  Answer (``public.sync_push``)::

    {"last_seq": 12, "results": [{"seq": 12, "op_id": "...", "status": "applied"},
                                 {"seq": 13, "status": "rejected", "reason": "..."}]}

:func:`parse_push_reply` turns the answer into a :class:`PushReply` or raises
``MalformedReply`` naming the field, before the store sees any of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, cast

from desktop.protocol.errors import MalformedReply

Status = Literal["applied", "duplicate", "rejected"]
STATUSES: frozenset[str] = frozenset({"applied", "duplicate", "rejected"})
REFUSED = "refused by the server"  # the reason of a rejection that gave none


@dataclass(frozen=True)
class PendingOp:
    """One element of ``sync_push``'s ``ops`` array."""

    seq: int  # wire seq
    op_id: str
    kind: str
    hlc: str
    payload: dict[str, Any]

    def wire(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "op_id": self.op_id,
            "kind": self.kind,
            "hlc": self.hlc,
            "payload": self.payload,
        }


@dataclass(frozen=True)
class PushResult:
    seq: int
    status: Status
    reason: str | None = None


@dataclass(frozen=True)
class PushReply:
    last_seq: int  # every seq up to it is settled (applied, duplicate or rejected)
    results: tuple[PushResult, ...] = ()

    @property
    def rejected(self) -> list[tuple[int, str]]:
        """(seq, reason) of each op the server refused for good."""
        return [(r.seq, r.reason or REFUSED) for r in self.results if r.status == "rejected"]

    def duplicates(self) -> frozenset[int]:
        """Seqs the server had already applied (an earlier answer was lost)."""
        return frozenset(r.seq for r in self.results if r.status == "duplicate")


def parse_push_reply(reply: Any) -> PushReply:
    if not isinstance(reply, Mapping):
        raise MalformedReply(f"push reply is {type(reply).__name__}, not an object")
    last_seq = _seq(reply.get("last_seq"), "last_seq")
    results = reply.get("results", [])
    if not isinstance(results, list):
        raise MalformedReply("push reply: results is not a list")
    return PushReply(last_seq, tuple(_result(r, i) for i, r in enumerate(results)))


def _result(result: Any, index: int) -> PushResult:
    where = f"results[{index}]"
    if not isinstance(result, Mapping):
        raise MalformedReply(f"push reply: {where} is not an object")
    seq = _seq(result.get("seq"), f"{where}.seq")
    status = result.get("status")
    if status not in STATUSES:
        raise MalformedReply(f"push reply: {where}.status is {str(status)[:40]!r}")
    reason = result.get("reason")
    if reason is not None and not isinstance(reason, str):
        raise MalformedReply(f"push reply: {where}.reason is not text")
    return PushResult(seq, cast(Status, status), reason)


def _seq(value: Any, name: str) -> int:
    # bool is an int in Python; a JSON true is not a sequence number
    if type(value) is not int or value < 0:
        raise MalformedReply(f"push reply: {name} is not a non-negative integer")
    return value
