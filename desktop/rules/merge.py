"""Merge rules for learner data (docs/sync-rules.md, sync-design "Merge rules").

Every function is pure and gives the same result whatever the order its
inputs arrive in (commutative, associative) and changes nothing when a value
is merged twice (idempotent) — except ``time_spent``, which is a sum on
purpose and gets its idempotence from op ids (``ledger_union``).

| data               | rule                                                   |
|--------------------|--------------------------------------------------------|
| completion %       | the greater                                            |
| completed_at       | the earliest non-null                                  |
| last_accessed      | the latest                                             |
| section progress   | per key: highest percent, other fields from later hlc  |
| time spent         | server total + increments the server has not seen      |
| quiz attempts      | union by client UUID; a server grade beats a local one |
| enrollment, rating | last writer wins by (hlc, device id)                   |
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

T = TypeVar("T")
Section = Mapping[str, Any]

PERCENT = "percent"
HLC = "hlc"


def completion(a: int, b: int) -> int:
    # Progress only grows: a stale device can never undo a completion.
    return max(a, b)


def earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    # The first time a lesson was completed stays the completion date.
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def latest(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


def merge_section(a: Section, b: Section) -> dict[str, Any]:
    """One section key: the highest percent; every other field from the later stamp."""
    winner, other = (a, b) if _section_order(a) >= _section_order(b) else (b, a)
    merged = dict(winner)
    merged[PERCENT] = max(_percent(a), _percent(b))
    if HLC in winner or HLC in other:
        merged[HLC] = max(str(a.get(HLC, "")), str(b.get(HLC, "")))
    return merged


def merge_sections(a: Mapping[str, Section], b: Mapping[str, Section]) -> dict[str, Any]:
    """``section_progress`` json: keys union, each key merged alone."""
    merged: dict[str, Any] = {key: dict(value) for key, value in a.items()}
    for key, value in b.items():
        merged[key] = merge_section(merged[key], value) if key in merged else dict(value)
    return merged


def _percent(section: Section) -> int:
    value = section.get(PERCENT, 0)
    return int(value) if isinstance(value, int | float) else 0


def _section_order(section: Section) -> tuple[str, str]:
    # The stamp decides; equal stamps (a replay) fall back to the content so
    # the choice never depends on argument order.  Percent is left out: it is
    # merged apart, and a merged section must tie-break like its winner did.
    fields = {k: v for k, v in section.items() if k != PERCENT}
    return (str(section.get(HLC, "")), json.dumps(fields, sort_keys=True, default=str))


def time_spent(server_total: int, unsent_increments: Iterable[int]) -> int:
    """What the learner sees: the server's total plus what it has not received yet."""
    return server_total + sum(unsent_increments)


def ledger_union(a: Mapping[str, int], b: Mapping[str, int]) -> dict[str, int]:
    """Increments keyed by op id: a replayed op is one entry, never two."""
    merged = dict(a)
    for op_id, seconds in b.items():
        merged.setdefault(op_id, seconds)
    return merged


def ledger_total(ledger: Mapping[str, int]) -> int:
    return sum(ledger.values())


@dataclass(frozen=True)
class Stamped(Generic[T]):
    """A value with the hlc of the write that set it (the hlc embeds the device id)."""

    value: T
    hlc: str


def later_write(stored: str | None, incoming: str) -> bool:
    """Whether a write stamped ``incoming`` replaces a row stamped ``stored``.

    Last writer wins by (hlc, device id): the hlc text sorts that way.  A row
    with no stamp always loses, and an equal stamp (the same op applied again)
    changes nothing — the server's ``where hlc is null or excluded.hlc > hlc``.
    """
    return stored is None or incoming > stored


def lww(a: Stamped[T], b: Stamped[T]) -> Stamped[T]:
    """Last writer wins by (hlc, device id); an exact tie keeps a stable choice."""
    if a.hlc != b.hlc:
        return b if later_write(a.hlc, b.hlc) else a
    return a if repr(a.value) >= repr(b.value) else b


GRADE_RANK = {"pending": 0, "local": 1, "server": 2}


@dataclass(frozen=True)
class AttemptGrade:
    """The grade of one attempt as far as a replica knows it."""

    attempt_id: str
    grading_state: str  # "pending" (assessed, offline), "local" (practice), "server"
    score: int | None
    max_score: int | None


def merge_attempt(a: AttemptGrade, b: AttemptGrade) -> AttemptGrade:
    # The server's grade is authoritative; among equals keep a stable choice.
    key_a = (GRADE_RANK.get(a.grading_state, -1), repr(a))
    key_b = (GRADE_RANK.get(b.grading_state, -1), repr(b))
    return a if key_a >= key_b else b


def union_attempts(
    a: Mapping[str, AttemptGrade], b: Mapping[str, AttemptGrade]
) -> dict[str, AttemptGrade]:
    """Attempts are insert-only: the union by client UUID."""
    merged = dict(a)
    for attempt_id, attempt in b.items():
        merged[attempt_id] = (
            merge_attempt(merged[attempt_id], attempt) if attempt_id in merged else attempt
        )
    return merged
