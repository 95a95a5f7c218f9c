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

from desktop.protocol.times import parse_time, to_text


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


def utc_now() -> datetime:
    return datetime.now(UTC)


JsonType = JSON

__all__ = ["JsonType", "UtcDateTime", "parse_time", "to_text", "utc_now"]
