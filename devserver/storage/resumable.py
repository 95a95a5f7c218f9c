"""Resumable uploads (TUS 1.0.0) under ``/storage/v1/upload/resumable``, as storage-api.

storage-api serves them with the ``@tus/server`` library (src/http/routes/tus/);
docs/storage-wire.md, "Resumable uploads (TUS)", has the wire facts this
follows.  In short:

- ``POST /upload/resumable`` with ``Upload-Length`` and ``Upload-Metadata``
  (base64 ``bucketName``, ``objectName``, ``contentType``, ``cacheControl``,
  ``metadata``) creates an upload: 201 and a ``Location`` ending in the
  base64url of ``<bucket>/<object>/<version>``.  The bucket's size limit is
  judged first, then the policies (the INSERT, or INSERT … ON CONFLICT with
  ``x-upsert: true``, run as the caller and rolled back), then its types.
- ``PATCH …/{id}`` appends at ``Upload-Offset`` (409 when it is not the
  current offset) and answers 204 with the new offset; the policies are
  checked again first.  The last byte creates the object as the standard
  upload does (the row as the caller, then the bytes moved into place).
- ``HEAD …/{id}`` answers the offset (200, ``Cache-Control: no-store``);
  ``DELETE …/{id}`` ends an unfinished upload (204); ``OPTIONS`` says what the
  server supports.
- Refusals once the request reached the TUS server are plain text with their
  real status (403, 409, 413, 415, …); a bad token is refused before it, with
  storage's usual JSON body.

Bytes wait in ``<data_dir>/storage/.resumable/<sha256 of the id>.bin`` (the
offset is that file's size, as the TUS file store has it) and the rest in a
``.json`` beside it.  Unlike storage-api, an upload belongs to whoever made
it: another caller's HEAD, PATCH or DELETE is answered as for an unknown
upload.  One PATCH (or DELETE) at a time holds an upload; another waits
up to 5 s, then gets 503.  HEAD does not wait: it counts the bytes on disk.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import json
import logging
import os
import re
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any, BinaryIO

import psycopg
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from devserver.context import ServerContext
from devserver.db import begin_request
from devserver.storage.endpoints import Endpoint, _claims
from devserver.storage.errors import StorageError, already_exists, from_database
from devserver.storage.objects import Claims, ObjectService, _check_mime, owner_uuid
from devserver.storage.paths import check_bucket, check_key

log = logging.getLogger(__name__)

TUS_VERSION = "1.0.0"
OFFSET_STREAM = "application/offset+octet-stream"
# The file and S3 stores list creation-defer-length too; this server does not defer.
EXTENSIONS = "creation,creation-with-upload,termination,expiration"
# storage-api's S3 store: TUS_URL_EXPIRY_MS, one hour.  ``ctx.extras`` may change it.
EXPIRY_KEY = "storage.resumable_expiry_seconds"
DEFAULT_EXPIRY_SECONDS = 3600.0
LOCK_TIMEOUT_SECONDS = 5.0  # PgLocker's wait for the upload's lock
_TUS_HEADERS = (
    "Authorization, Content-Type, Location, Tus-Extension, Tus-Max-Size, Tus-Resumable, "
    "Tus-Version, Upload-Concat, Upload-Defer-Length, Upload-Length, Upload-Metadata, "
    "Upload-Offset, X-HTTP-Method-Override, X-Requested-With, X-Forwarded-Host, "
    "X-Forwarded-Proto, Forwarded"
)
_ALLOWED_HEADERS = _TUS_HEADERS + ", Authorization, X-Upsert, Upload-Expires, ApiKey, x-signature"
_MAX_SAFE = 2**53 - 1
_BLOCK = 256 * 1024

_INSERT = (
    "insert into storage.objects (id, bucket_id, name, owner, owner_id, metadata, "
    "user_metadata, version) values (%s, %s, %s, %s, %s, %s, %s, %s)"
)
# The same upsert as ObjectService's standard upload (objects.py, _write_row).
_UPSERT = (
    " on conflict (bucket_id, name) do update set "
    "metadata = excluded.metadata, user_metadata = excluded.user_metadata, "
    "version = excluded.version, owner = excluded.owner, "
    "owner_id = excluded.owner_id, updated_at = now(), "
    "last_accessed_at = now() returning id::text"
)


# ------------------------------------------------------------------ errors
def tus_error(status: int, body: str) -> StorageError:
    """An answer of the TUS library itself (@tus/utils ERRORS): plain text."""
    return StorageError(status, "TusError", body)


def _not_found() -> StorageError:
    return tus_error(404, "The file for this url was not found\n")


def _gone() -> StorageError:
    return tus_error(410, "The file for this url no longer exists\n")


def _invalid_upload_id() -> StorageError:
    return StorageError(400, "InvalidUploadId", "Invalid upload id")


def _base_headers(extra: dict[str, str] | None = None) -> dict[str, str]:
    return {
        "Tus-Resumable": TUS_VERSION,
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Expose-Headers": _TUS_HEADERS,
        **(extra or {}),
    }


def _error_response(exc: StorageError) -> Response:
    """storage-api's onResponseError: the error's own status, its message as the body."""
    return Response(
        exc.message,
        status_code=exc.status,
        headers=_base_headers(),
        media_type="text/plain;charset=UTF-8",
    )


# ---------------------------------------------------------------- metadata
_BASE64 = re.compile(r"[\d+/A-Za-z]*={0,2}")


def _valid_key(key: str) -> bool:
    return bool(key) and all(ord(c) <= 127 and c not in " ," for c in key)


def _valid_value(value: str) -> bool:
    return len(value) % 4 == 0 and _BASE64.fullmatch(value) is not None


def parse_metadata(header: str) -> dict[str, str | None]:
    """@tus/utils Metadata.parse: ``key base64,key base64,key`` (ValueError if not)."""
    if not header.strip():
        raise ValueError("empty Upload-Metadata")
    meta: dict[str, str | None] = {}
    for pair in header.split(","):
        tokens = pair.split(" ")
        key = tokens[0]
        if len(tokens) > 2 or key in meta or not _valid_key(key):
            raise ValueError("invalid Upload-Metadata")
        if len(tokens) == 2 and not _valid_value(tokens[1]):
            raise ValueError("invalid Upload-Metadata")
        value = tokens[1] if len(tokens) == 2 else ""
        meta[key] = base64.b64decode(value).decode("utf-8", "replace") if value else None
    return meta


def stringify_metadata(meta: dict[str, str | None]) -> str:
    return ",".join(
        key if value is None else f"{key} {base64.b64encode(value.encode()).decode()}"
        for key, value in meta.items()
    )


# ----------------------------------------------------------------- headers
def _non_negative(value: str) -> bool:
    """A JavaScript ``Number`` that prints back as ``value``: digits, no leading zero."""
    return (
        value.isascii() and value.isdigit() and str(int(value)) == value and int(value) <= _MAX_SAFE
    )


def _parses(value: str) -> bool:
    try:
        parse_metadata(value)
    except ValueError:
        return False
    return True


# @tus/server's HeaderValidator: a header it knows must hold a valid value.
_VALIDATORS: dict[str, Callable[[str], bool]] = {
    "upload-offset": _non_negative,
    "upload-length": _non_negative,
    "upload-defer-length": lambda v: v == "1",
    "upload-metadata": _parses,
    "x-forwarded-proto": lambda v: v in ("http", "https"),
    "tus-version": lambda v: v == TUS_VERSION,
    "tus-resumable": lambda v: v == TUS_VERSION,
    "content-type": lambda v: v == OFFSET_STREAM,
    "upload-concat": lambda v: v == "partial" or v.startswith("final;"),
}


def _anything(_value: str) -> bool:
    return True


def check_headers(request: Request) -> None:
    """412 without ``Tus-Resumable``; 400 naming every header with a bad value
    (Content-Type counts only on PATCH)."""
    if not request.headers.get("tus-resumable"):
        raise tus_error(412, "Tus-Resumable Required\n")
    invalid = [
        name
        for name, value in request.headers.items()
        if (name != "content-type" or request.method == "PATCH")
        and not _VALIDATORS.get(name, _anything)(value)
    ]
    if invalid:
        raise tus_error(400, f"Invalid {' '.join(invalid)}\n")


def _upsert(request: Request) -> bool:
    # storage-api reads x-upsert on every request (setTusRequestContext), exactly "true".
    return request.headers.get("x-upsert") == "true"


# --------------------------------------------------------------- upload id
@dataclass(frozen=True)
class UploadId:
    bucket: str
    key: str
    version: str

    @property
    def text(self) -> str:
        return f"{self.bucket}/{self.key}/{self.version}"

    @property
    def token(self) -> str:
        """The URL's last segment: base64url, unpadded (Node's ``base64url``)."""
        return base64.urlsafe_b64encode(self.text.encode()).rstrip(b"=").decode()


def decode_upload_id(token: str) -> UploadId:
    try:
        padded = token + "=" * (-len(token) % 4)
        text = base64.b64decode(padded, altchars=b"-_", validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise _invalid_upload_id() from exc
    bucket, _, rest = text.partition("/")
    key, _, version = rest.rpartition("/")
    if not bucket or not version:
        raise _invalid_upload_id()
    return UploadId(check_bucket(bucket), check_key(key), version)


# ------------------------------------------------------------------- state
@dataclass
class UploadState:
    bucket: str
    key: str
    version: str
    length: int
    metadata: dict[str, str | None]
    role: str
    sub: str | None
    created_at: float
    completed: bool = False

    @property
    def id(self) -> str:
        return UploadId(self.bucket, self.key, self.version).text

    def expires_at(self, ctx: ServerContext) -> float | None:
        seconds = float(ctx.extras.get(EXPIRY_KEY, DEFAULT_EXPIRY_SECONDS))
        return self.created_at + seconds if seconds > 0 else None

    def user_metadata(self) -> dict[str, Any] | None:
        """The ``metadata`` entry as JSON; storage-api ignores one that does not parse."""
        try:
            value = json.loads(self.metadata.get("metadata") or "null")
        except ValueError:
            return None
        return value if isinstance(value, dict) else None


def _identity(claims: Claims) -> tuple[str, str | None]:
    claims = claims or {}
    sub = claims.get("sub")
    return str(claims.get("role") or "anon"), str(sub) if sub else None


class UploadFiles:
    """An upload's bytes (``.bin``) and state (``.json``) on disk."""

    def __init__(self, root: Path) -> None:
        self.root = root / ".resumable"

    def _path(self, upload_id: str, suffix: str) -> Path:
        return self.root / (hashlib.sha256(upload_id.encode()).hexdigest() + suffix)

    def bytes_path(self, state: UploadState) -> Path:
        return self._path(state.id, ".bin")

    def create(self, state: UploadState) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.bytes_path(state).touch(exist_ok=False)
        self.save(state)

    def save(self, state: UploadState) -> None:
        target = self._path(state.id, ".json")
        temporary = target.with_suffix(".tmp")
        temporary.write_text(json.dumps(asdict(state)), encoding="utf-8")
        os.replace(temporary, target)

    def load(self, upload_id: str) -> UploadState:
        try:
            raw = json.loads(self._path(upload_id, ".json").read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise _not_found() from exc
        return UploadState(**raw)

    def offset(self, state: UploadState) -> int | None:
        """Bytes received so far; None when they are gone (expired)."""
        if state.completed:
            return state.length
        try:
            return self.bytes_path(state).stat().st_size
        except FileNotFoundError:
            return None

    def drop_bytes(self, state: UploadState) -> None:
        self.bytes_path(state).unlink(missing_ok=True)

    def remove(self, state: UploadState) -> None:
        self.drop_bytes(state)
        self._path(state.id, ".json").unlink(missing_ok=True)


# ---------------------------------------------------------------- database
class UploadChecks:
    """The database side: the bucket, the policies, and the object at the end."""

    def __init__(self, ctx: ServerContext, objects: ObjectService) -> None:
        self.ctx = ctx
        self.objects = objects

    def bucket(self, bucket: str) -> dict[str, Any]:
        """Read as the server, as storage-api's ``asSuperUser().findBucket``."""
        with self.ctx.pool.connection() as conn:
            return self.objects._bucket(conn, bucket)

    def max_size(self, info: dict[str, Any]) -> int:
        """index.ts ``maxSize``: the bucket's limit, else the global one, never above it."""
        limit = int(info["file_size_limit"] or self.ctx.max_upload_bytes)
        return min(limit, self.ctx.max_upload_bytes)

    def _values(
        self, claims: Claims, state: UploadState, metadata: dict[str, Any]
    ) -> tuple[Any, ...]:
        sub = (claims or {}).get("sub")
        user = state.user_metadata()
        return (
            str(uuid.uuid4()),
            state.bucket,
            state.key,
            owner_uuid(sub),
            sub,
            json.dumps(metadata),
            json.dumps(user) if user is not None else None,
            state.version,
        )

    def can_upload(self, claims: Claims, state: UploadState, *, upsert: bool, path: str) -> None:
        """Uploader.canUpload: the row's INSERT (or upsert) as the caller, rolled back."""
        metadata = {"mimetype": state.metadata.get("contentType"), "contentLength": state.length}
        with self.ctx.pool.connection() as conn:
            try:
                with conn.transaction(force_rollback=True):
                    begin_request(conn, claims, method="POST", path=path)
                    conn.execute(
                        _INSERT + (_UPSERT if upsert else ""),
                        self._values(claims, state, metadata),
                    )
            except psycopg.errors.UniqueViolation as exc:
                raise already_exists() from exc
            except psycopg.Error as exc:
                raise from_database(exc) from exc

    def complete(
        self, claims: Claims, state: UploadState, staged: Path, *, upsert: bool, path: str
    ) -> None:
        """The object row as the caller, then the staged bytes moved into place
        before the commit, as ObjectService's standard upload writes them."""
        values = self._values(claims, state, _object_metadata(staged, state.metadata))
        moved = False
        with self.ctx.pool.connection() as conn:
            try:
                with conn.transaction():
                    begin_request(conn, claims, method="POST", path=path)
                    conn.execute(_INSERT + (_UPSERT if upsert else ""), values)
                    self.objects.blobs.commit(staged, state.bucket, state.key)
                    moved = True
            except psycopg.errors.UniqueViolation as exc:
                raise already_exists() from exc
            except psycopg.Error as exc:
                if moved and not upsert:
                    self.objects.blobs.remove(state.bucket, state.key)
                raise from_database(exc) from exc


def _object_metadata(staged: Path, meta: dict[str, str | None]) -> dict[str, Any]:
    """The object's ``metadata`` column, read from the file a block at a time."""
    digest = hashlib.md5(usedforsecurity=False)
    size = 0
    with staged.open("rb") as handle:
        while block := handle.read(_BLOCK):
            digest.update(block)
            size += len(block)
    return {
        "eTag": f'"{digest.hexdigest()}"',
        "size": size,
        "mimetype": meta.get("contentType") or "application/octet-stream",
        "cacheControl": meta.get("cacheControl") or "no-cache",
        "lastModified": format_datetime(datetime.now(UTC), usegmt=True),
        "contentLength": size,
        "httpStatusCode": 200,
    }


def _on_create(meta: dict[str, str | None], info: dict[str, Any]) -> dict[str, str | None]:
    """lifecycle.ts ``onCreate``: a number of seconds becomes ``max-age=N``, anything
    else ``no-cache``; a declared type must be one the bucket allows."""
    cache = meta.get("cacheControl") or ""
    normalized = f"max-age={cache}" if re.fullmatch(r"-?\d+", cache) else "no-cache"
    content_type = meta.get("contentType")
    if content_type and info["allowed_mime_types"]:
        _check_mime(info["allowed_mime_types"], content_type)
    return {**meta, "cacheControl": normalized}


# ------------------------------------------------------------- the server
class _Locks:
    """One writer per upload (storage-api: PgLocker, waiting up to 5 s)."""

    def __init__(self) -> None:
        self._locks: dict[str, asyncio.Lock] = {}

    @asynccontextmanager
    async def hold(self, upload_id: str) -> AsyncIterator[None]:
        lock = self._locks.setdefault(upload_id, asyncio.Lock())
        try:
            async with asyncio.timeout(LOCK_TIMEOUT_SECONDS):
                await lock.acquire()
        except TimeoutError as exc:
            raise StorageError(
                503, "LockTimeout", "acquiring lock timeout", "acquiring_lock_timeout"
            ) from exc
        try:
            yield
        finally:
            lock.release()


def _creation_length(request: Request) -> int:
    if request.headers.get("upload-concat"):
        raise tus_error(
            501,
            "Concatenation extension is not (yet) supported. "
            "Disable parallel uploads in the tus client.\n",
        )
    if request.headers.get("upload-defer-length") is not None:
        raise tus_error(501, "creation-defer-length extension is not (yet) supported.\n")
    length = request.headers.get("upload-length")
    if length is None:
        raise tus_error(400, "Upload-Length or Upload-Defer-Length header required\n")
    return int(length)


def _creation_metadata(request: Request) -> dict[str, str | None]:
    header = request.headers.get("upload-metadata")
    if not header:
        raise StorageError(400, "InvalidRequest", "Metadata header is required")
    return parse_metadata(header)  # check_headers refused one that does not parse


def _patch_offset(request: Request) -> int:
    offset = request.headers.get("upload-offset")
    if offset is None:
        raise tus_error(403, "Upload-Offset header required\n")
    if request.headers.get("content-type") is None:
        raise tus_error(403, "Content-Type header required\n")
    return int(offset)


def _check_room(request: Request, state: UploadState, offset: int) -> None:
    declared = request.headers.get("content-length")
    if offset + int(declared or 0) > state.length:
        raise tus_error(413, "upload's size exceeded\n")


def _location(request: Request, target: UploadId) -> str:
    """lifecycle.ts ``generateUrl``: this URL, then the id (the tenant left out)."""
    proto = request.headers.get("x-forwarded-proto") or request.url.scheme
    host = request.headers.get("x-forwarded-host") or request.headers.get("host")
    path = request.url.path.rstrip("/")
    return f"{proto}://{host or request.url.netloc}{path}/{target.token}"


def _http_date(moment: float) -> str:
    return format_datetime(datetime.fromtimestamp(moment, UTC), usegmt=True)


def _close_synced(handle: BinaryIO) -> None:
    try:
        handle.flush()
        os.fsync(handle.fileno())
    finally:
        handle.close()


class ResumableUploads:
    def __init__(self, ctx: ServerContext) -> None:
        self.ctx = ctx
        objects = ObjectService(ctx)
        self.files = UploadFiles(objects.blobs.root)
        self.db = UploadChecks(ctx, objects)
        self.locks = _Locks()

    # ------------------------------------------------------------ helpers
    async def _owned(self, target: UploadId, claims: Claims) -> tuple[UploadState, int]:
        """The caller's upload and its offset: 404 for another caller's, 410 once
        its bytes are gone."""
        state = await run_in_threadpool(self.files.load, target.text)
        if (state.role, state.sub) != _identity(claims):
            raise _not_found()
        offset = await run_in_threadpool(self.files.offset, state)
        if offset is None:
            raise _gone()
        return state, offset

    def _check_not_expired(self, state: UploadState) -> None:
        expires = state.expires_at(self.ctx)
        if expires is not None and time.time() > expires:
            if not state.completed:
                self.files.drop_bytes(state)
            raise _gone()

    async def _can_upload(self, request: Request, claims: Claims, state: UploadState) -> None:
        await run_in_threadpool(
            self.db.can_upload, claims, state, upsert=_upsert(request), path=request.url.path
        )

    async def _receive(self, request: Request, state: UploadState, offset: int) -> int:
        """Append the body at ``offset``; a client that goes away keeps what it sent."""
        room = state.length - offset
        handle = await run_in_threadpool(self.files.bytes_path(state).open, "r+b")
        written = 0
        try:
            handle.seek(offset)
            async for chunk in request.stream():
                part = chunk[: room - written]
                if part:
                    await run_in_threadpool(handle.write, part)
                    written += len(part)
                if len(part) < len(chunk):  # a chunked body longer than the upload
                    raise tus_error(413, "Maximum size exceeded\n")
        except ClientDisconnect:
            log.info("resumable upload %s: the client left at %d", state.id, offset + written)
        finally:
            await run_in_threadpool(_close_synced, handle)
        return offset + written

    async def _finish(self, request: Request, claims: Claims, state: UploadState) -> None:
        """lifecycle.ts ``onUploadFinish``: the object, from the staged bytes."""
        await run_in_threadpool(
            self.db.complete,
            claims,
            state,
            self.files.bytes_path(state),
            upsert=_upsert(request),
            path=request.url.path,
        )
        state.completed = True
        await run_in_threadpool(self.files.save, state)

    async def _append(
        self, request: Request, claims: Claims, state: UploadState, offset: int, *, read: bool
    ) -> dict[str, str]:
        """Write the body (``read``) and, after the last byte, the object; the
        reply's headers."""
        headers: dict[str, str] = {}
        if read:
            if not state.completed:
                offset = await self._receive(request, state, offset)
            headers["Upload-Offset"] = str(offset)
        if offset == state.length:
            if not state.completed:
                await self._finish(request, claims, state)
            headers["Tus-Complete"] = "1"
        elif (expires := state.expires_at(self.ctx)) is not None:
            headers["Upload-Expires"] = _http_date(expires)
        return headers

    # ----------------------------------------------------------- methods
    async def options(self, _request: Request) -> Response:
        return Response(
            status_code=204,
            headers=_base_headers(
                {
                    "Tus-Version": TUS_VERSION,
                    "Tus-Extension": EXTENSIONS,
                    "Tus-Max-Size": str(self.ctx.max_upload_bytes),
                    "Access-Control-Allow-Methods": "POST, HEAD, PATCH, OPTIONS, DELETE",
                    "Access-Control-Allow-Headers": _ALLOWED_HEADERS,
                    "Access-Control-Max-Age": "86400",
                }
            ),
        )

    async def create(self, request: Request, claims: Claims) -> Response:
        check_headers(request)
        length = _creation_length(request)
        meta = _creation_metadata(request)
        target = UploadId(
            check_bucket(meta.get("bucketName") or ""),
            check_key(meta.get("objectName") or ""),
            str(uuid.uuid4()),
        )
        info = await run_in_threadpool(self.db.bucket, target.bucket)
        if length > self.db.max_size(info):
            raise tus_error(413, "Maximum size exceeded\n")
        role, sub = _identity(claims)
        state = UploadState(
            target.bucket, target.key, target.version, length, meta, role, sub, time.time()
        )
        await self._can_upload(request, claims, state)
        state.metadata = _on_create(meta, info)
        await run_in_threadpool(self.files.create, state)
        headers = {"Location": _location(request, target)}
        # creation-with-upload: a body typed as in a PATCH is the first chunk.
        streamed = request.headers.get("content-type") == OFFSET_STREAM
        if streamed or length == 0:
            async with self.locks.hold(state.id):
                if streamed:
                    _check_room(request, state, 0)
                headers.update(await self._append(request, claims, state, 0, read=streamed))
        elif (expires := state.expires_at(self.ctx)) is not None:
            headers["Upload-Expires"] = _http_date(expires)
        return Response(status_code=201, headers=_base_headers(headers))

    async def head(self, request: Request, claims: Claims) -> Response:
        check_headers(request)
        state, offset = await self._owned(
            decode_upload_id(request.path_params["upload_id"]), claims
        )
        self._check_not_expired(state)
        headers = {
            "Cache-Control": "no-store",
            "Upload-Offset": str(offset),
            "Upload-Length": str(state.length),
            "Upload-Metadata": stringify_metadata(state.metadata),
        }
        return Response(status_code=200, headers=_base_headers(headers))

    async def patch(self, request: Request, claims: Claims) -> Response:
        check_headers(request)
        offset = _patch_offset(request)
        target = decode_upload_id(request.path_params["upload_id"])
        state, _ = await self._owned(target, claims)
        await self._can_upload(request, claims, state)
        async with self.locks.hold(state.id):
            state, current = await self._owned(target, claims)
            self._check_not_expired(state)
            if current != offset:
                raise tus_error(409, "Upload-Offset conflict\n")
            _check_room(request, state, offset)
            headers = await self._append(request, claims, state, offset, read=True)
        return Response(status_code=204, headers=_base_headers(headers))

    async def delete(self, request: Request, claims: Claims) -> Response:
        check_headers(request)
        target = decode_upload_id(request.path_params["upload_id"])
        state, _ = await self._owned(target, claims)
        await self._can_upload(request, claims, state)
        async with self.locks.hold(state.id):
            state, offset = await self._owned(target, claims)
            if offset == state.length:
                raise tus_error(400, "Cannot terminate an already completed upload")
            await run_in_threadpool(self.files.remove, state)
        return Response(status_code=204, headers=_base_headers())


def _guard(
    ctx: ServerContext, handler: Callable[[Request, Claims], Awaitable[Response]]
) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        try:
            claims = _claims(request, ctx)
        except StorageError as exc:
            return exc.response()  # storage-api checks the JWT before the TUS server: JSON
        try:
            return await handler(request, claims)
        except StorageError as exc:
            return _error_response(exc)
        except Exception:
            log.exception("resumable upload %s %s failed", request.method, request.url.path)
            return _error_response(tus_error(500, "Something went wrong with that request\n"))

    return endpoint


def make_resumable_endpoints(ctx: ServerContext) -> dict[str, Endpoint]:
    """The TUS routes' handlers by name (see ``devserver.storage.routes``)."""
    uploads = ResumableUploads(ctx)
    return {
        "tus_options": uploads.options,
        "tus_create": _guard(ctx, uploads.create),
        "tus_head": _guard(ctx, uploads.head),
        "tus_patch": _guard(ctx, uploads.patch),
        "tus_delete": _guard(ctx, uploads.delete),
    }
