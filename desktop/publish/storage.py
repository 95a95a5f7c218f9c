"""A course's files in the ``course-content`` bucket: list with eTags,
upload, remove, public URL (storage3 through the supabase SDK), and what
Storage refusing an upload means, as codes and data (``desktop/ui/words/publish.py``
words them)."""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import httpx
from storage3.exceptions import StorageApiError
from supabase import Client

from desktop.course_package.model import Asset
from desktop.course_package.problems import Phrase
from desktop.publish.report import (
    PublishRefused,
    UploadNeedsSignIn,
    UploadNoAnswer,
    UploadOffline,
    UploadStopped,
)
from desktop.publish.resumable import UploadFailed
from desktop.publish.rows import BUCKET
from desktop.sync.errors import (
    OfflineError,
    ServerNotResponding,
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
    """The refusal for Storage refusing ``asset`` under the bucket's own
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
        return UploadNeedsSignIn(Phrase.of("upload.session_ended", path=asset.path))
    if status in ("401", "403"):
        return PublishRefused(Phrase.of("refused.cannot_store", path=asset.path))
    if exc.status is None:
        return UploadStopped(Phrase.of("upload.stopped", path=asset.path, problem=exc.what))
    if is_transient_status(exc.status):
        return UploadStopped(
            Phrase.of("upload.stopped_status", path=asset.path, status=str(exc.status)),
            status=exc.status,
        )
    # the server's own words when it sent some, else what went wrong
    reason: str | Phrase = message or exc.what
    return PublishRefused(Phrase.of("refused.upload", path=asset.path, reason=reason))


def _stopped(error: SyncError, asset: Asset) -> SyncError:
    """The network failing mid-upload (offline, no answer), and what to do about it."""
    if isinstance(error, ServerNotResponding):
        return UploadNoAnswer(Phrase.of("upload.no_answer", path=asset.path))
    if isinstance(error, OfflineError):
        return UploadOffline(Phrase.of("upload.offline", path=asset.path))
    problem = error.detail or str(error)  # another httpx error: its own words
    return UploadStopped(Phrase.of("upload.stopped", path=asset.path, problem=problem))


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
            Phrase.of("refused.file_type", path=asset.path, content_type=asset.content_type)
        )
    if status == "413" or code == "Payload too large":
        # "Make the image smaller" or "the file": two sentences
        too_large = "refused.image_too_large" if _is_image(asset) else "refused.file_too_large"
        return PublishRefused(Phrase.of(too_large, path=asset.path, size=_size(asset.size)))
    return None


def _is_image(asset: Asset) -> bool:
    return asset.content_type.startswith("image/")


def _size(count: int) -> Phrase:
    """``count`` bytes in the unit that reads best: MiB, KiB or bytes."""
    if count >= 1024 * 1024:
        return Phrase.of("size.mib", size=round(count / (1024 * 1024), 1))
    if count >= 1024:
        return Phrase.of("size.kib", size=round(count / 1024))
    return Phrase.of("size.bytes", n=count)
