"""Uploading a large file with Storage's resumable protocol (TUS 1.0, issue #16).

Supabase Storage takes large files at ``/storage/v1/upload/resumable``
(docs/storage-wire.md, "Resumable uploads"): a ``POST`` creates an upload
and answers with its address, ``PATCH`` requests send the bytes a chunk at a
time from the offset the server holds, and ``HEAD`` says how far it got.
So an interrupted ``lantern publish`` — a dropped link, a killed process, a
laptop closed — continues from the last chunk the server kept instead of
from zero: each upload's address is remembered in a small JSON file
(``UploadLog``), keyed by the object, the file's SHA-256 and its size, so
a file that changed in the meantime starts again.

The protocol is four requests; it is written here on the SDK's own
``httpx.Client`` (``client.storage.session``) rather than with ``tuspy``,
which would bring ``requests`` and ``aiohttp`` for them.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import httpx

from desktop.course_package.model import Asset
from desktop.course_package.problems import Phrase
from desktop.course_package.source import MediaReadError
from desktop.sync.errors import TransientStatus, is_transient_status

log = logging.getLogger(__name__)

TUS_VERSION = "1.0.0"
#: Supabase's resumable endpoint takes 6 MB chunks (each PATCH but the last)
CHUNK_BYTES = 6 * 1024 * 1024
#: files from this size on go through the resumable protocol
RESUMABLE_FROM_BYTES = CHUNK_BYTES
ENDPOINT = "upload/resumable"


class UploadFailed(Exception):
    """The server refused the upload or stopped answering: ``what`` says how
    (an ``upload.*`` phrase; ``str()`` is for logs), ``status`` and ``body``
    are its reply when there was one."""

    def __init__(self, what: Phrase, status: int | None = None, body: str = "") -> None:
        super().__init__(str(what))
        self.what = what
        self.status = status
        self.body = body


class UploadLog:
    """Where unfinished uploads are: ``{key: address}`` in one JSON file,
    rewritten whole through a temporary file so a kill never leaves half.

    A file that cannot be read (gone, not JSON) counts as empty, and one that
    cannot be written only costs the resume: the upload itself goes on."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def _read(self) -> dict[str, str]:
        if self.path is None:
            return {}
        try:
            found = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(found, dict):
            return {}
        return {str(k): v for k, v in found.items() if isinstance(v, str)}

    def get(self, key: str) -> str | None:
        return self._read().get(key)

    def put(self, key: str, address: str | None, *, replacing: str = "") -> None:
        """Remember ``address`` for ``key`` (None: forget it); with
        ``replacing``, forget the other keys starting with it too."""
        if self.path is None:
            return
        before = self._read()
        entries = {
            k: v
            for k, v in before.items()
            if k == key or not (replacing and k.startswith(replacing))
        }
        if address is None:
            entries.pop(key, None)
        else:
            entries[key] = address
        if entries != before:
            self._write(entries)

    def _write(self, entries: dict[str, str]) -> None:
        assert self.path is not None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(dir=self.path.parent, prefix=".uploads-")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(entries, out)
            os.replace(name, self.path)
        except OSError as error:
            log.warning("could not write the list of unfinished uploads %s: %s", self.path, error)


@dataclass(frozen=True)
class Progress:
    path: str
    sent: int  # bytes the server holds
    size: int


class ResumableUploader:
    """Uploads assets to ``bucket`` through ``<storage url>/upload/resumable``."""

    def __init__(
        self,
        http: httpx.Client,
        storage_url: str,
        headers: Callable[[], Mapping[str, str]],
        bucket: str,
        log_file: Path | None = None,
        *,
        chunk_bytes: int = CHUNK_BYTES,
    ) -> None:
        self.http = http
        self.endpoint = storage_url.rstrip("/") + "/" + ENDPOINT
        self.headers = headers  # apikey and Authorization, read at each request
        self.bucket = bucket
        self.uploads = UploadLog(log_file)
        self.chunk_bytes = chunk_bytes

    def _headers(self, **more: str) -> dict[str, str]:
        found = {
            k: v for k, v in self.headers().items() if k.lower() in ("apikey", "authorization")
        }
        return {**found, "Tus-Resumable": TUS_VERSION, **more}

    def upload(
        self, name: str, asset: Asset, on_progress: Callable[[Progress], None] | None = None
    ) -> int:
        """Puts ``asset`` at ``name`` (replacing what is there); returns the
        bytes sent by this call (less than its size when it resumed)."""
        # The server, the object, and the very bytes: another server's upload,
        # or one of the file before it changed, is never continued.
        prefix = f"{self.endpoint}|{self.bucket}/{name}|"
        key = f"{prefix}{asset.sha256()}|{asset.size}"
        address, offset = self._resumable(key, asset)
        if address is None:
            address, offset = self._create(name, asset), 0
            self.uploads.put(key, address, replacing=prefix)
        start = offset
        while offset < asset.size:
            offset = self._patch(address, asset, offset)
            if on_progress is not None:
                on_progress(Progress(asset.path, offset, asset.size))
        self.uploads.put(key, None)
        return asset.size - start

    def _resumable(self, key: str, asset: Asset) -> tuple[str | None, int]:
        """The remembered upload of ``key`` and how far it got, if the server
        still has it."""
        address = self.uploads.get(key)
        if address is None:
            return None, 0
        if not self._ours(address):
            log.warning("not resuming the upload of %s at %s: another server", asset.path, address)
            return None, 0
        offset = self._offset(address, asset)
        if offset is None:
            log.info("the earlier upload of %s is gone: starting again", asset.path)
            return None, 0
        log.info("resuming the upload of %s at byte %d of %d", asset.path, offset, asset.size)
        return address, offset

    def _ours(self, address: str) -> bool:
        """Whether ``address`` is on this server (the token goes nowhere else)."""
        try:
            url, endpoint = httpx.URL(address), httpx.URL(self.endpoint)
        except httpx.InvalidURL:
            return False
        return (url.scheme, url.host, url.port) == (endpoint.scheme, endpoint.host, endpoint.port)

    def _create(self, name: str, asset: Asset) -> str:
        metadata = {
            "bucketName": self.bucket,
            "objectName": name,
            "contentType": asset.content_type,
            "cacheControl": "3600",
        }
        encoded = ",".join(
            f"{key} {base64.b64encode(value.encode()).decode()}" for key, value in metadata.items()
        )
        reply = self._send(
            "POST",
            self.endpoint,
            self._headers(
                **{
                    "Upload-Length": str(asset.size),
                    "Upload-Metadata": encoded,
                    "x-upsert": "true",
                }
            ),
        )
        if reply.status_code != 201 or "location" not in reply.headers:
            raise _failed("upload.not_started", reply, path=asset.path)
        return str(httpx.URL(self.endpoint).join(reply.headers["location"]))

    def _offset(self, address: str, asset: Asset) -> int | None:
        """Where the server is in an earlier upload of ``asset``; None when it
        is gone (unknown, expired, not this caller's, another length)."""
        reply = self._send("HEAD", address, self._headers())
        if is_transient_status(reply.status_code):
            raise _failed("upload.offset_unknown", reply, path=asset.path)
        if reply.status_code not in (200, 204):
            return None
        try:
            offset = int(reply.headers["upload-offset"])
            length = int(reply.headers.get("upload-length", asset.size))
        except (KeyError, ValueError):
            return None
        return offset if length == asset.size and 0 <= offset <= asset.size else None

    def _patch(self, address: str, asset: Asset, offset: int) -> int:
        data = _read(asset, offset, self.chunk_bytes)
        reply = self._send(
            "PATCH",
            address,
            self._headers(
                **{
                    "Upload-Offset": str(offset),
                    "Content-Type": "application/offset+octet-stream",
                }
            ),
            content=data,
        )
        if reply.status_code == 409:  # the server holds another offset: ask and go on from there
            found = self._offset(address, asset)
            if found is not None and found != offset:
                return found
        if reply.status_code != 204:
            raise _failed("upload.stopped_at", reply, path=asset.path, offset=offset)
        try:
            moved = int(reply.headers["upload-offset"])
        except (KeyError, ValueError) as error:
            raise UploadFailed(Phrase.of("upload.offset_missing", path=asset.path)) from error
        if not offset < moved <= asset.size:
            raise UploadFailed(
                Phrase.of("upload.nothing_taken", path=asset.path, offset=offset, moved=moved)
            )
        return moved

    def _send(
        self, method: str, url: str, headers: dict[str, str], content: bytes | None = None
    ) -> httpx.Response:
        try:
            return self.http.request(method, url, headers=headers, content=content)
        except httpx.HTTPError as error:
            raise UploadFailed(Phrase.of("upload.unreachable", error=str(error))) from error
        except TransientStatus as error:  # a response hook (watch_statuses) on the session
            status = error.status
            not_now = Phrase.of("upload.not_now", status=str(status))
            raise UploadFailed(not_now, status) from error


def _read(asset: Asset, offset: int, length: int) -> bytes:
    """``length`` bytes of ``asset`` from ``offset`` (fewer only at its end);
    MediaReadError when the file is shorter now than when it was read."""
    if asset.media is None:
        return asset.data[offset : offset + length]
    with asset.media.open() as reader:
        data = reader.read_at(offset, length)
    if len(data) != min(length, asset.size - offset):
        raise MediaReadError(Phrase.of("media.shorter_now", path=asset.path, size=asset.size))
    return data


def _failed(code: str, reply: httpx.Response, **data: str | int) -> UploadFailed:
    """The server answering ``reply`` where the protocol wants another answer."""
    what = Phrase.of(code, status=str(reply.status_code), **data)
    return UploadFailed(what, reply.status_code, reply.text[:500])
