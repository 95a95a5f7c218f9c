"""Bucket ids and object keys: what is allowed, and where the bytes live.

Keys are refused (400 InvalidKey) when they could leave the bucket's folder
on disk or confuse it: empty, absolute, ``.``/``..`` or empty segments,
backslashes, NUL and other control characters.  The disk path is checked to
stay under the storage root as a second line of defence.
"""

from __future__ import annotations

import re
from pathlib import Path

from devserver.storage.errors import StorageError, invalid_key

_BUCKET = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,99}")
MAX_KEY_LENGTH = 1024


def check_bucket(bucket: str) -> str:
    if not _BUCKET.fullmatch(bucket) or bucket in (".", ".."):
        raise StorageError(400, "InvalidBucketName", "Bucket name invalid", "Invalid Input")
    return bucket


def check_key(key: str) -> str:
    if (
        not key
        or len(key) > MAX_KEY_LENGTH
        or key.startswith("/")
        or "\\" in key
        or any(ord(c) < 32 or ord(c) == 127 for c in key)
    ):
        raise invalid_key(key)
    if any(part in ("", ".", "..") for part in key.split("/")):
        raise invalid_key(key)
    return key


def check_prefix(prefix: str) -> str:
    """A list prefix: like a key, but may be empty and may end with ``/``."""
    stripped = prefix.strip("/")
    if stripped:
        check_key(stripped)
    return stripped


def object_file(root: Path, bucket: str, key: str) -> Path:
    base = (root / check_bucket(bucket)).resolve()
    target = (base / check_key(key)).resolve()
    if not target.is_relative_to(base):
        raise invalid_key(key)
    return target
