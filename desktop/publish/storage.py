"""A course's files in the ``course-content`` bucket: list with eTags,
upload, remove, public URL (storage3 through the supabase SDK)."""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import httpx
from storage3.exceptions import StorageApiError
from supabase import Client

from desktop.course_package.model import Asset
from desktop.publish.report import PublishRefused
from desktop.publish.resumable import UploadFailed
from desktop.publish.rows import BUCKET
from desktop.sync.errors import (
    NeedsSignIn,
    RequestRejected,
    ServerError,
    SyncError,
    classify,
    is_transient_status,
)

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
    return _limit_refusal(str(exc.status), str(exc.code), str(exc.message), asset)


def tus_refusal(exc: UploadFailed, asset: Asset) -> SyncError:
    """What a failed resumable upload of ``asset`` tells the instructor: the
    bucket's limits as for a plain upload, a refusal of the policies, or
    that the server stopped answering (publish again: it continues).

    Once the TUS server has the request, storage-api's refusals are plain
    text with their own status (403, 404, 409, 413, 415); only the token
    check before it answers storage's JSON (docs/storage-wire.md)."""
    if isinstance(exc.__cause__, httpx.HTTPError):
        return _stopped(classify(exc.__cause__), asset)
    status, code, message = _tus_reply(exc)
    limits = _limit_refusal(status, code, message, asset)
    if limits is not None:
        return limits
    if code == "InvalidJWT":
        return NeedsSignIn(
            f"Your session ended while {asset.path} was uploading; sign in and publish "
            "again: the upload continues where it stopped."
        )
    if status in ("401", "403"):
        return PublishRefused(
            f"The server refused to store {asset.path}: you can only publish courses you teach."
        )
    if exc.status is None or is_transient_status(exc.status):
        reason = f" (HTTP {exc.status})" if exc.status is not None else f" ({exc})"
        return ServerError(
            f"The server stopped taking {asset.path}{reason}. Publish again: the upload "
            "continues where it stopped."
        )
    return RequestRejected(f"The server refused {asset.path}: {message or exc}.")


def _stopped(error: SyncError, asset: Asset) -> SyncError:
    """The network's sentence (offline, no answer), and what to do about it."""
    return type(error)(
        f"{error} The upload of {asset.path} stopped; publish again when the server is "
        "back: it continues where it stopped."
    )


def _tus_reply(exc: UploadFailed) -> tuple[str, str, str]:
    """The refusal's status, code and message: from storage's JSON body (the
    token check, the body-size check), else the plain text the TUS server sends."""
    body = _json_body(exc.body)
    if body:
        code = body.get("error") or body.get("code") or ""
        return str(body.get("statusCode") or exc.status), str(code), str(body.get("message") or "")
    status = str(exc.status)
    # 415 is ERRORS.InvalidMimeType, "mime type <type> is not supported" as text
    code = "invalid_mime_type" if status == "415" else ""
    return status, code, exc.body.strip().rstrip(".")


def _json_body(text: str) -> dict[str, Any]:
    try:
        found = json.loads(text)
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _limit_refusal(status: str, code: str, message: str, asset: Asset) -> PublishRefused | None:
    if code == "invalid_mime_type" or _MIME_REFUSED.fullmatch(message):
        return PublishRefused(
            f"The server refused {asset.path}: its course-content bucket does not take "
            f"{asset.content_type} files. Leave the file out of the package, or ask the "
            "project's administrator to allow that type in the bucket's settings; then "
            "publish again."
        )
    if status == "413" or code == "Payload too large":
        return PublishRefused(
            f"The server refused {asset.path}: at {_size(asset.size)} it is larger than "
            f"the server allows for one file. Make the {_noun(asset)} smaller (or ask the "
            "project's administrator to raise the course-content bucket's file size limit); then "
            "publish again."
        )
    return None


def _noun(asset: Asset) -> str:
    return "image" if asset.content_type.startswith("image/") else "file"


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):.1f} MiB"
    if count >= 1024:
        return f"{count / 1024:.0f} KiB"
    return f"{count} bytes"
