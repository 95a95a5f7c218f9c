"""Column types the local mirror shares with the server's JSON.

Timestamps are stored as fixed-width ISO-8601 text in UTC, so text order is
time order (indexes, ``max()``) and values read back timezone-aware, like the
server's ``timestamptz``.  JSON/array columns hold the server's jsonb and
``text[]``/``uuid[]`` values.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Dialect, String, TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    impl = String
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return to_text(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return parse_time(str(value))


def to_text(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; pass an aware one")
    if value.utcoffset():
        value = value.astimezone(UTC)
    # isoformat is several times faster than strftime; same fixed-width text.
    return value.isoformat(timespec="microseconds")[:-6] + "Z"


def parse_time(text: str) -> datetime:
    """Parse the server's timestamptz text or our own stored form."""
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


JsonType = JSON
