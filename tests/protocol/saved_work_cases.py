"""Files that are not saved work, the code each is refused with, and its English words
(the same in the app's "not delivered: …" line and in ``lantern deliver``)."""

from __future__ import annotations

import json
from typing import Any

from desktop.protocol import work


def _file(chunks: Any, **changes: Any) -> str:
    data = {
        "kind": work.FILE_KIND,
        "version": work.VERSION,
        "learner": {"id": "u1", "name": "Ada"},
        "server": {"id": "s1", "url": "http://school.test"},
        "chunks": chunks,
        **changes,
    }
    return json.dumps({k: v for k, v in data.items() if v is not None})


def _chunk(device: str | None = "d1", seqs: tuple[int, ...] = (1,)) -> dict[str, str]:
    body: dict[str, Any] = {"ops": [{"seq": seq} for seq in seqs]}
    if device is not None:
        body["device_id"] = device
    return {"payload": json.dumps(body), "mac": "00"}


# (the file's text, the code, its detail, the English words)
CASES: list[tuple[str, str, dict[str, int | str], str]] = [
    (
        '{"kind": "lantern-saved-work", "version": 1, "chunks": [{"pay',
        work.DAMAGED,
        {"line": 1, "column": 58},
        "it is damaged or incomplete (unreadable at line 1, column 58)",
    ),
    ("[]", work.NOT_SAVED_WORK, {}, "it is not a file of saved Lantern work"),
    (
        _file([_chunk()], version=2),
        work.OTHER_VERSION,
        {"version": "2"},
        "it was saved by another version of Lantern (format 2)",
    ),
    (
        _file([_chunk()], learner=None),
        work.FIELD_MISSING,
        {"field": "learner"},
        "the field learner is missing",
    ),
    (
        _file([_chunk()], learner={"name": "Ada"}),
        work.FIELD_MISSING,
        {"field": "learner.id"},
        "the field learner.id is missing",
    ),
    (
        _file([]),
        work.NO_WORK,
        {},
        "it holds no work (the field chunks is missing or empty)",
    ),
    (_file(["x"]), work.CHUNK_NOT_OBJECT, {"index": 0}, "chunks[0] is not a chunk"),
    (
        _file([_chunk(), {"payload": 1}]),
        work.CHUNK_UNSIGNED,
        {"index": 1},
        "chunks[1] lacks its payload or mac",
    ),
    (
        _file([{"payload": "{", "mac": "00"}]),
        work.CHUNK_DAMAGED,
        {"index": 0},
        "chunks[0].payload is damaged",
    ),
    (
        _file([_chunk(seqs=())]),
        work.CHUNK_NO_OPS,
        {"index": 0},
        "chunks[0].payload holds no numbered ops",
    ),
    (
        _file([_chunk(device=None)]),
        work.CHUNK_NO_DEVICE,
        {"index": 0},
        "chunks[0].payload names no device",
    ),
    (
        _file([_chunk("d1", (1,)), _chunk("d2", (2,))]),
        work.MIXED_DEVICES,
        {},
        "its chunks come from different devices",
    ),
    (
        _file([_chunk("d1", (1, 2)), _chunk("d1", (5,))]),
        work.PART_MISSING,
        {"first": 3, "last": 4},
        "part of it is missing (changes 3–4)",
    ),
]

# Refused by desktop.store.replica.read_saved_work before the text is read
FILE_CASES: list[tuple[str, str]] = [
    (work.NOT_TEXT, "it is not a file of saved Lantern work (not text)"),
    (work.TOO_LARGE, "it is far too large to be saved Lantern work"),
]
