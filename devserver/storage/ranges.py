"""Byte ranges and conditional downloads, with storage-api's rules.

What Supabase Storage answers on ``GET /object/…`` (storage-api,
``src/storage/range.ts`` and the file backend's ``getObject``):

- Every download says ``Accept-Ranges: bytes`` and carries ``ETag``,
  ``Last-Modified`` and ``Content-Length``.
- ``If-None-Match`` equal to the object's ETag, or ``If-Modified-Since`` at
  or after its last change, answers 304 with no body.  Both are checked
  before the range.
- ``Range`` must match ``bytes=(\\d*)-(\\d*)``: one range only, no list, no
  ``If-Range``.  ``bytes=a-b`` (``b`` clamped to the last byte),
  ``bytes=a-`` (to the end) and ``bytes=-n`` (the last ``n`` bytes) answer
  206 with ``Content-Range: bytes a-b/size``.  Anything else — no match, an
  empty object, both ends empty, ``n`` = 0, ``a`` at or past the end, ``b`` <
  ``a`` — answers HTTP 416 with the error body ``InvalidRange``.

Pure: no I/O; the endpoint applies the decision to an open file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

from devserver.storage.errors import StorageError

_RANGE = re.compile(r"bytes=(\d*)-(\d*)")
_SAFE = 2**53 - 1  # JavaScript's Number.isSafeInteger: larger numbers are invalid


@dataclass(frozen=True)
class ByteRange:
    first: int
    last: int  # inclusive, as in Content-Range

    @property
    def length(self) -> int:
        return self.last - self.first + 1

    def content_range(self, size: int) -> str:
        return f"bytes {self.first}-{self.last}/{size}"


def invalid_range() -> StorageError:
    """storage-api's ``invalidRangeHeaderError``: the one storage error sent
    with its own HTTP status (416) rather than 400."""
    return StorageError(
        416, "InvalidRange", "invalid range provided", "invalid_range", http_status=416
    )


def parse_range(header: str, size: int) -> ByteRange:
    """The bytes a ``Range`` header asks for of an object of ``size`` bytes."""
    match = _RANGE.fullmatch(header)
    if match is None or size <= 0:
        raise invalid_range()
    start_text, end_text = match.groups()
    if not start_text and not end_text:
        raise invalid_range()
    if any(len(text) > 16 or int(text or 0) > _SAFE for text in (start_text, end_text)):
        raise invalid_range()
    if not start_text:
        suffix = int(end_text)
        if suffix <= 0:
            raise invalid_range()
        return ByteRange(max(size - suffix, 0), size - 1)
    first = int(start_text)
    last = int(end_text) if end_text else size - 1
    if last < first or first >= size:
        raise invalid_range()
    return ByteRange(first, min(last, size - 1))


def not_modified(
    if_none_match: str | None,
    if_modified_since: str | None,
    *,
    etag: str,
    last_modified: datetime,
) -> bool:
    """Whether the caller's copy is current (answer 304)."""
    if if_none_match and if_none_match == etag:
        return True
    if if_modified_since:
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False  # storage-api's ``new Date(…)`` is invalid: compares false
        if since.tzinfo is None:
            return False
        return last_modified <= since
    return False
