"""Saved work: a learner's waiting ops in a file another Lantern delivers.

A file holds one device's pending ops (as ``sync_push`` takes them) in
chunks of at most :data:`MAX_CHUNK_OPS`.  Each chunk is JSON text signed
with the device's key (HMAC-SHA256); ``public.deliver_work(chunk, mac)``
checks the MAC over exactly that text and applies the ops under the key's
owner.  The file's header (learner name, server address, counts) is for the
deliverer's screen only: the server trusts nothing outside a signed chunk.
The design and its threat model: docs/sync-protocol.md, "Saved work".

Pure code: builds and reads text, no files, no network.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.protocol.errors import MalformedReply
from desktop.protocol.push import PushReply, parse_push_reply

FILE_KIND = "lantern-saved-work"
CHUNK_KIND = "lantern-work"
VERSION = 1
MAX_CHUNK_OPS = 250  # sync_push's limit per batch
MAX_CHUNK_BYTES = 480 * 1024  # under sync_push's 512 KB of ops, measured as jsonb prints them
KEY_BYTES = 32
SUFFIX = ".lantern-work"


# Why a file is not saved work this Lantern can deliver (SavedWorkError.code), and
# the data each comes with (SavedWorkError.detail).
DAMAGED = "damaged"  # not JSON, cut short: line, column (where reading stopped)
NOT_SAVED_WORK = "not_saved_work"  # JSON, but not of this kind
NOT_TEXT = "not_text"  # not UTF-8 text
TOO_LARGE = "too_large"  # far larger than saved work can be
OTHER_VERSION = "other_version"  # version: the file's format, as written in it
NO_WORK = "no_work"  # the field chunks is missing or empty
FIELD_MISSING = "field_missing"  # field: the missing field ("learner", "server.id"…)
CHUNK_NOT_OBJECT = "chunk_not_object"  # index: the chunk's place in chunks
CHUNK_UNSIGNED = "chunk_unsigned"  # index: a chunk without its payload or mac
CHUNK_DAMAGED = "chunk_damaged"  # index: a chunk whose payload is not JSON
CHUNK_NO_OPS = "chunk_no_ops"  # index: a chunk's payload holds no numbered ops
CHUNK_NO_DEVICE = "chunk_no_device"  # index: a chunk's payload names no device
MIXED_DEVICES = "mixed_devices"  # chunks of different devices in one file
PART_MISSING = "part_missing"  # first, last: the changes missing between two chunks
PROBLEMS = frozenset(
    {
        DAMAGED,
        NOT_SAVED_WORK,
        NOT_TEXT,
        TOO_LARGE,
        OTHER_VERSION,
        NO_WORK,
        FIELD_MISSING,
        CHUNK_NOT_OBJECT,
        CHUNK_UNSIGNED,
        CHUNK_DAMAGED,
        CHUNK_NO_OPS,
        CHUNK_NO_DEVICE,
        MIXED_DEVICES,
        PART_MISSING,
    }
)


class SavedWorkError(ValueError):
    """A file that is not saved work this Lantern can deliver.

    ``code`` says why (one of :data:`PROBLEMS`), ``detail`` holds its data; the
    app and the command line word them.  ``str()`` is the code and the data, for
    logs."""

    def __init__(self, code: str, **detail: int | str) -> None:
        data = ", ".join(f"{name}={value!r}" for name, value in detail.items())
        super().__init__(f"{code} ({data})" if data else code)
        self.code = code
        self.detail: dict[str, int | str] = detail


@dataclass(frozen=True)
class Chunk:
    """One signed chunk: ``payload`` is sent as it is, with ``mac``."""

    payload: str
    mac: str
    device_id: str
    first_seq: int
    last_seq: int
    ops: int


@dataclass(frozen=True)
class SavedWork:
    learner_id: str
    learner_name: str  # as the laptop knew it; shown to the deliverer, never trusted
    server_id: str
    server_url: str
    device_id: str
    saved_at: str
    chunks: tuple[Chunk, ...]

    @property
    def ops(self) -> int:
        return sum(chunk.ops for chunk in self.chunks)


def new_key() -> bytes:
    import secrets

    return secrets.token_bytes(KEY_BYTES)


def sign(key: bytes, payload: str) -> str:
    """The MAC ``public.deliver_work`` expects: HMAC-SHA256 of the UTF-8 text, in hex."""
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def chunk_text(
    *,
    server_id: str,
    device_id: str,
    user_id: str,
    part: int,
    parts: int,
    ops: Sequence[Mapping[str, Any]],
) -> str:
    """The signed text of one chunk (ASCII JSON: the same bytes in every encoding)."""
    return json.dumps(
        {
            "kind": CHUNK_KIND,
            "v": VERSION,
            "server": server_id,
            "device_id": device_id,
            "user_id": user_id,
            "part": part,
            "parts": parts,
            "ops": list(ops),
        },
        ensure_ascii=True,
        separators=(",", ":"),
        sort_keys=True,
    )


def split(ops: Sequence[Mapping[str, Any]]) -> list[list[Mapping[str, Any]]]:
    """Consecutive groups of at most MAX_CHUNK_OPS ops and about MAX_CHUNK_BYTES."""
    groups: list[list[Mapping[str, Any]]] = []
    size = 0
    for op in ops:
        # as sync_push measures it: jsonb's text, with a space after every
        # ":" and "," (the signed text is compact, so the chunk is smaller)
        op_size = len(json.dumps(op, ensure_ascii=True)) + 2
        if not groups or len(groups[-1]) >= MAX_CHUNK_OPS or size + op_size > MAX_CHUNK_BYTES:
            groups.append([])
            size = 0
        groups[-1].append(op)
        size += op_size
    return groups


def build(
    key: bytes,
    *,
    server_id: str,
    server_url: str,
    device_id: str,
    user_id: str,
    learner_name: str,
    saved_at: str,
    ops: Sequence[Mapping[str, Any]],
) -> SavedWork:
    """Sign ``ops`` (wire ops in seq order) into a :class:`SavedWork`."""
    groups = split(ops)
    chunks = []
    for part, group in enumerate(groups, start=1):
        payload = chunk_text(
            server_id=server_id,
            device_id=device_id,
            user_id=user_id,
            part=part,
            parts=len(groups),
            ops=group,
        )
        chunks.append(
            Chunk(
                payload,
                sign(key, payload),
                device_id,
                int(group[0]["seq"]),
                int(group[-1]["seq"]),
                len(group),
            )
        )
    return SavedWork(
        user_id, learner_name, server_id, server_url, device_id, saved_at, tuple(chunks)
    )


def dumps(work: SavedWork) -> str:
    """The file's text."""
    return json.dumps(
        {
            "kind": FILE_KIND,
            "version": VERSION,
            "learner": {"id": work.learner_id, "name": work.learner_name},
            "server": {"id": work.server_id, "url": work.server_url},
            "device_id": work.device_id,
            "saved_at": work.saved_at,
            "ops": work.ops,
            "chunks": [{"payload": c.payload, "mac": c.mac} for c in work.chunks],
        },
        ensure_ascii=False,
        indent=1,
    )


def loads(text: str) -> SavedWork:
    """Read a file's text; :class:`SavedWorkError`'s code says what is wrong with it.

    Checks the shape only (the server checks the signatures): a file that
    cannot be read whole is refused whole, and a chunk missing between two
    others is named, so nothing is delivered out of order by accident.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SavedWorkError(DAMAGED, line=exc.lineno, column=exc.colno) from None
    if not isinstance(data, dict) or data.get("kind") != FILE_KIND:
        raise SavedWorkError(NOT_SAVED_WORK)
    if data.get("version") != VERSION:
        raise SavedWorkError(OTHER_VERSION, version=repr(data.get("version")))
    learner = _object(data, "learner")
    server = _object(data, "server")
    raw_chunks = data.get("chunks")
    if not isinstance(raw_chunks, list) or not raw_chunks:
        raise SavedWorkError(NO_WORK)
    chunks = tuple(_chunk(raw, index) for index, raw in enumerate(raw_chunks))
    _check_parts(chunks)
    return SavedWork(
        learner_id=_text(learner, "id", "learner.id"),
        learner_name=str(learner.get("name") or ""),
        server_id=_text(server, "id", "server.id"),
        server_url=str(server.get("url") or ""),
        device_id=chunks[0].device_id,
        saved_at=str(data.get("saved_at") or ""),
        chunks=chunks,
    )


def _object(data: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = data.get(name)
    if not isinstance(value, dict):
        raise SavedWorkError(FIELD_MISSING, field=name)
    return value


def _text(data: Mapping[str, Any], name: str, where: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value:
        raise SavedWorkError(FIELD_MISSING, field=where)
    return value


def _chunk(raw: Any, index: int) -> Chunk:
    if not isinstance(raw, dict):
        raise SavedWorkError(CHUNK_NOT_OBJECT, index=index)
    payload, mac = raw.get("payload"), raw.get("mac")
    if not isinstance(payload, str) or not isinstance(mac, str):
        raise SavedWorkError(CHUNK_UNSIGNED, index=index)
    try:
        body = json.loads(payload)
    except json.JSONDecodeError:
        raise SavedWorkError(CHUNK_DAMAGED, index=index) from None
    ops = body.get("ops") if isinstance(body, dict) else None
    if not isinstance(ops, list) or not ops or not all(_has_seq(op) for op in ops):
        raise SavedWorkError(CHUNK_NO_OPS, index=index)
    device = body.get("device_id")
    if not isinstance(device, str):
        raise SavedWorkError(CHUNK_NO_DEVICE, index=index)
    return Chunk(payload, mac, device, int(ops[0]["seq"]), int(ops[-1]["seq"]), len(ops))


def _has_seq(op: Any) -> bool:
    return isinstance(op, dict) and isinstance(op.get("seq"), int) and op["seq"] > 0


def _check_parts(chunks: Sequence[Chunk]) -> None:
    devices = {chunk.device_id for chunk in chunks}
    if len(devices) != 1:
        raise SavedWorkError(MIXED_DEVICES)
    for before, after in itertools.pairwise(chunks):
        if after.first_seq != before.last_seq + 1:
            raise SavedWorkError(PART_MISSING, first=before.last_seq + 1, last=after.first_seq - 1)


def in_delivery_order(works: Iterable[SavedWork]) -> list[Chunk]:
    """Every chunk of ``works``, each device's in seq order (so files given
    in any order deliver in the order the laptop saved the work)."""
    chunks = [chunk for work in works for chunk in work.chunks]
    return sorted(chunks, key=lambda chunk: (chunk.device_id, chunk.first_seq, chunk.last_seq))


# -- the laptop's side: what the server says was delivered for it -------------
@dataclass(frozen=True)
class Delivered:
    """A chunk someone delivered: its MAC, the seqs it ran, and the answers."""

    mac: str
    first_seq: int
    last_seq: int
    reply: PushReply


@dataclass(frozen=True)
class DeviceState:
    known: bool
    last_seq: int
    key_registered: bool
    delivered: tuple[Delivered, ...]


def parse_device_state(reply: Any) -> DeviceState:
    """``public.sync_device_state``'s answer, checked field by field
    (``MalformedReply`` names the field, before the store sees any of it)."""
    if not isinstance(reply, Mapping):
        raise MalformedReply("device state is not an object")
    raw = reply.get("delivered")
    if not isinstance(raw, list):
        raise MalformedReply("device state: delivered is not a list")
    delivered = tuple(_delivered(item, index) for index, item in enumerate(raw))
    return DeviceState(
        known=reply.get("known") is True,
        last_seq=_count(reply.get("last_seq"), "last_seq"),
        key_registered=reply.get("key_registered") is True,
        delivered=delivered,
    )


def _delivered(item: Any, index: int) -> Delivered:
    where = f"delivered[{index}]"
    if not isinstance(item, Mapping) or not isinstance(item.get("mac"), str):
        raise MalformedReply(f"device state: {where} has no mac")
    first = _count(item.get("first_seq"), f"{where}.first_seq")
    last = _count(item.get("last_seq"), f"{where}.last_seq")
    if not 1 <= first <= last:
        raise MalformedReply(f"device state: {where} runs from {first} to {last}")
    reply = parse_push_reply({"last_seq": last, "results": item.get("results", [])})
    if any(not first <= result.seq <= last for result in reply.results):
        raise MalformedReply(f"device state: {where} answers a seq outside {first}–{last}")
    return Delivered(str(item["mac"]), first, last, reply)


def _count(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise MalformedReply(f"device state: {where} is not a count")
    return value


def parse_registered(reply: Any) -> str:
    """The server id ``public.register_device_key`` answers."""
    server = reply.get("server_id") if isinstance(reply, Mapping) else None
    if not isinstance(server, str) or not server:
        raise MalformedReply("key registration: server_id is missing")
    return server
