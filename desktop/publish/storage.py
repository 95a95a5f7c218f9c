"""A course's files in the ``course-content`` bucket: list with eTags,
upload, remove, public URL (storage3 through the supabase SDK)."""

from __future__ import annotations

import re
import uuid
from typing import Any

from storage3.exceptions import StorageApiError
from supabase import Client

from desktop.course_package.model import Asset
from desktop.publish.report import PublishRefused
from desktop.publish.rows import BUCKET

PAGE = 1000
# storage-api's refusal of a type the bucket does not allow (ERRORS.InvalidMimeType);
# before v1.48.29 a multipart upload got the same message as an InvalidRequest.
_MIME_REFUSED = re.compile(r"mime type .* is not supported")


class CourseFiles:
    """The objects under ``course-content/<course id>/``."""

    def __init__(self, client: Client, course_id: uuid.UUID) -> None:
        self._bucket = client.storage.from_(BUCKET)
        self._root = str(course_id)

    def etags(self) -> dict[str, str | None]:
        """Every object's full name and its eTag, folders walked one level at a
        time (storage lists one level, as ``storage.search`` does)."""
        found: dict[str, str | None] = {}
        folders = [self._root]
        while folders:
            folder = folders.pop()
            for entry in self._list(folder):
                name = f"{folder}/{entry['name']}"
                if entry.get("id") is None:
                    folders.append(name)
                else:
                    metadata = entry.get("metadata") or {}
                    found[name] = metadata.get("eTag") if isinstance(metadata, dict) else None
        return found

    def _list(self, folder: str) -> list[dict[str, Any]]:
        entries: list[dict[str, Any]] = []
        while True:
            page = self._bucket.list(folder, {"limit": PAGE, "offset": len(entries)})
            entries += page
            if len(page) < PAGE:
                return entries

    def upload(self, name: str, data: bytes, content_type: str) -> None:
        self._bucket.upload(name, data, {"content-type": content_type, "upsert": "true"})

    def remove(self, names: list[str]) -> None:
        self._bucket.remove(names)

    def public_url(self, name: str) -> str:
        return self._bucket.get_public_url(name)


def upload_refusal(exc: StorageApiError, asset: Asset) -> PublishRefused | None:
    """The sentence for Storage refusing ``asset`` under the bucket's own
    limits (allowed_mime_types, file_size_limit; docs/storage-wire.md), or
    None for any other error."""
    status = str(exc.status)
    if exc.code == "invalid_mime_type" or _MIME_REFUSED.fullmatch(str(exc.message)):
        return PublishRefused(
            f"The server refused {asset.path}: its course-content bucket does not take "
            f"{asset.content_type} files. Leave the file out of the package, or ask the "
            "project's administrator to allow that type in the bucket's settings; then "
            "publish again."
        )
    if status == "413" or exc.code == "Payload too large":
        return PublishRefused(
            f"The server refused {asset.path}: at {_size(asset.size)} it is larger than "
            "the server allows for one file. Make the image smaller (or ask the project's "
            "administrator to raise the course-content bucket's file size limit); then "
            "publish again."
        )
    return None


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):.1f} MiB"
    if count >= 1024:
        return f"{count / 1024:.0f} KiB"
    return f"{count} bytes"
