"""What one ``sync_pull`` reply holds, checked before anything is written.

The wire shape (``public.sync_pull``)::

    {"changes": [{"table": "lessons", "row": {...}}, ...],
     "tombstones": [{"table": "lessons", "id": "<row id>", "pk": {"id": "..."}}, ...],
     "next_cursor": "<opaque text>", "has_more": bool, "reset_required": bool}

``PulledPage.from_wire`` turns it into typed data or raises
``MalformedReply`` naming what is wrong, so a broken reply becomes a
clear sync error and never a half-applied page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.protocol.errors import MalformedReply


@dataclass(frozen=True)
class Tombstone:
    """A deleted row: ``pk`` (column → value) when given, else ``id``.

    Without ``pk``, composite keys are written "<question_id>,<version>".
    """

    table: str
    id: str
    pk: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class PulledPage:
    scope: str  # "catalogue", "course:<id>", "learner" (the server also calls it "me")
    changes: Mapping[str, Sequence[Mapping[str, Any]]] = field(default_factory=dict)
    tombstones: Sequence[Tombstone] = ()
    cursor: str | None = None
    has_more: bool = False
    reset_required: bool = False

    @classmethod
    def from_wire(cls, scope: str, reply: Any) -> PulledPage:
        if not isinstance(reply, Mapping):
            raise MalformedReply(f"pull reply is {type(reply).__name__}, not an object")
        changes: dict[str, list[Mapping[str, Any]]] = {}
        for entry in _list(reply, "changes"):
            # Fast path for what JSON decoding gives (plain dicts and str),
            # up to 1,000 entries a page: exact type checks instead of the
            # much slower ABC isinstance checks; anything else gets those.
            if type(entry) is dict:
                table, row = entry.get("table"), entry.get("row")
                if type(table) is str and type(row) is dict:
                    changes.setdefault(table, []).append(row)
                    continue
            table, row = _entry(entry, "row")
            if not isinstance(row, Mapping):
                raise MalformedReply(f"a {table} change has no row object")
            changes.setdefault(table, []).append(row)
        stones = []
        for entry in _list(reply, "tombstones"):
            table, row_id = _entry(entry, "id")
            pk = entry.get("pk")
            if pk is not None and not isinstance(pk, Mapping):
                raise MalformedReply(f"a {table} tombstone has a malformed pk")
            stones.append(Tombstone(table, str(row_id), pk))
        cursor = reply.get("next_cursor")
        if cursor is not None and not isinstance(cursor, str):
            raise MalformedReply("next_cursor is not text")
        flags = {name: reply.get(name, False) for name in ("has_more", "reset_required")}
        if not all(isinstance(v, bool) for v in flags.values()):
            raise MalformedReply("has_more / reset_required are not booleans")
        return cls(scope, changes, stones, cursor, flags["has_more"], flags["reset_required"])


def _list(reply: Mapping[str, Any], name: str) -> list[Any]:
    value = reply.get(name, [])
    if not isinstance(value, list):
        raise MalformedReply(f"{name} is not a list")
    return value


def _entry(entry: Any, field_name: str) -> tuple[str, Any]:
    if not isinstance(entry, Mapping) or not isinstance(entry.get("table"), str):
        raise MalformedReply(f"an entry lacks its table name: {str(entry)[:80]}")
    if field_name not in entry:
        raise MalformedReply(f"a {entry['table']} entry lacks {field_name!r}")
    return entry["table"], entry[field_name]
