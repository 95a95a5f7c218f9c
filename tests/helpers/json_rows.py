"""PostgREST's JSON reply as the rows a test reads.

supabase-py types ``APIResponse.data`` as any JSON value; a select (or a write
returning its representation) gives a list of objects, which this checks.
"""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]


def json_rows(data: object) -> list[Row]:
    assert isinstance(data, list), f"PostgREST sent {data!r}, not a list of rows"
    assert all(isinstance(row, dict) for row in data), f"PostgREST sent {data!r}"
    return data


def json_object(data: object) -> Row:
    """The reply of an RPC that returns one object (or of ``.single()``)."""
    assert isinstance(data, dict), f"PostgREST sent {data!r}, not an object"
    return data
