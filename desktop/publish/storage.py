"""A course's files in the ``course-content`` bucket: list with eTags,
upload, remove, public URL (storage3 through the supabase SDK)."""

from __future__ import annotations

import uuid
from typing import Any

from supabase import Client

from desktop.publish.rows import BUCKET

PAGE = 1000


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
