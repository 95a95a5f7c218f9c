"""HTTP side of the Storage API: parse the request, call ObjectService, answer.

Routes (under ``/storage/v1``): upload ``POST /object/{bucket}/{key}``
(multipart or raw body, ``x-upsert``), update ``PUT`` (an upsert), download
``GET /object/{bucket}/{key}`` and ``/object/authenticated/…`` (as the
caller) or ``/object/public/…`` (public buckets, RLS bypassed), streamed from
the file with ``Range`` and 304 answers (:mod:`devserver.storage.ranges`), info
``GET /object/info/{bucket}/{key}``, list ``POST /object/list/{bucket}``,
remove ``DELETE /object/{bucket}``, signed URLs ``POST /object/sign/…`` and
``GET /object/sign/…?token=``, and bucket listing ``GET /bucket[/{id}]``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC
from email.utils import format_datetime
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from devserver.context import ServerContext, TokenError
from devserver.rest.caller import caller_claims
from devserver.storage.buckets import BucketService
from devserver.storage.errors import StorageError, invalid_jwt, invalid_request, too_large
from devserver.storage.listing import folder_entries, list_options
from devserver.storage.objects import Claims, Download, ObjectService, Upload
from devserver.storage.ranges import not_modified, parse_range
from devserver.storage.signing import SignedUrls
from devserver.storage.transfer import copy, move, transfer_request

log = logging.getLogger(__name__)

Endpoint = Callable[[Request], Awaitable[Response]]


def _claims(request: Request, ctx: ServerContext) -> Claims:
    try:
        return caller_claims(request, ctx)
    except TokenError as exc:
        raise invalid_jwt("jwt expired" if exc.expired else str(exc)) from exc


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise too_large()
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large()
        chunks.append(chunk)
    return b"".join(chunks)


async def _json(request: Request, limit: int) -> Any:
    raw = await _body(request, limit)
    try:
        return json.loads(raw) if raw.strip() else {}
    except ValueError as exc:
        raise invalid_request("body must be JSON") from exc


async def _upload(request: Request, limit: int) -> Upload:
    raw = await _body(request, limit)
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data"):
        return Upload(
            raw,
            content_type or "application/octet-stream",
            _cache_control(request.headers.get("cache-control")),
            None,
        )

    async def replay() -> dict[str, Any]:
        return {"type": "http.request", "body": raw, "more_body": False}

    form = await Request(request.scope, replay).form()
    try:
        part = form.get("file")
        if not isinstance(part, UploadFile):
            raise invalid_request("multipart upload needs a 'file' part")
        data = await part.read()
        metadata_text = form.get("metadata")
        metadata = json.loads(metadata_text) if isinstance(metadata_text, str) else None
        cache = form.get("cacheControl")
        # storage-api: the form's contentType field, else the file part's type.
        declared = form.get("contentType")
        return Upload(
            data,
            (declared if isinstance(declared, str) and declared else None)
            or part.content_type
            or "application/octet-stream",
            _cache_control(cache if isinstance(cache, str) else None),
            metadata if isinstance(metadata, dict) else None,
        )
    except ValueError as exc:
        raise invalid_request("metadata must be a JSON object") from exc
    finally:
        await form.close()


def _cache_control(value: str | None) -> str:
    if not value:
        return "max-age=3600"
    return value if not value.isdigit() else f"max-age={value}"


def _guard(handler: Endpoint) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        try:
            return await handler(request)
        except StorageError as exc:
            return exc.response()
        except Exception:
            log.exception("storage request %s %s failed", request.method, request.url.path)
            return StorageError(500, "InternalError", "Internal server error").response()

    return endpoint


CHUNK_BYTES = 1024 * 1024


async def _chunks(found: Download, first: int, length: int) -> AsyncIterator[bytes]:
    """``length`` bytes of the open object from ``first``, read off the event
    loop; the file is closed at the end, on a failure and on a disconnect."""
    try:
        await run_in_threadpool(found.file.seek, first)
        left = length
        while left > 0:
            chunk = await run_in_threadpool(found.file.read, min(CHUNK_BYTES, left))
            if not chunk:
                break  # cannot happen for a file opened whole; never loop forever
            left -= len(chunk)
            yield chunk
    finally:
        found.file.close()


def _file_response(request: Request, found: Download) -> Response:
    """The object whole (200), a range of it (206) or "not modified" (304),
    as storage-api decides them (:mod:`devserver.storage.ranges`)."""
    headers = {
        "Accept-Ranges": "bytes",
        "Cache-Control": found.cache_control,
        "ETag": found.etag,
        "Last-Modified": format_datetime(found.last_modified.astimezone(UTC), usegmt=True),
    }
    if "download" in request.query_params:
        # A header value: no quotes or line breaks from the request.
        name = request.query_params["download"] or request.path_params["key"].split("/")[-1]
        safe = "".join(c for c in name if c.isprintable() and c not in '"\\')
        headers["Content-Disposition"] = f'attachment; filename="{safe}"'
    try:
        if not_modified(
            request.headers.get("if-none-match"),
            request.headers.get("if-modified-since"),
            etag=found.etag,
            last_modified=found.last_modified,
        ):
            found.file.close()
            return Response(status_code=304, headers=headers)
        wanted = request.headers.get("range")
        span = parse_range(wanted, found.size) if wanted is not None else None
    except BaseException:
        found.file.close()
        raise
    status, first, length = 200, 0, found.size
    if span is not None:
        status, first, length = 206, span.first, span.length
        headers["Content-Range"] = span.content_range(found.size)
    headers["Content-Length"] = str(length)
    return StreamingResponse(
        _chunks(found, first, length),
        status_code=status,
        media_type=found.content_type,
        headers=headers,
    )


def make_endpoints(ctx: ServerContext) -> dict[str, Endpoint]:
    """Every storage route's handler by name, each behind :func:`_guard`."""
    objects = ObjectService(ctx)
    handlers = {
        **_object_endpoints(ctx, objects),
        **_tree_endpoints(ctx, objects),
        **_signing_endpoints(ctx, SignedUrls(ctx, objects)),
        **_bucket_endpoints(ctx, BucketService(ctx), objects),
    }
    return {name: _guard(handler) for name, handler in handlers.items()}


def _object_endpoints(ctx: ServerContext, objects: ObjectService) -> dict[str, Endpoint]:
    async def upload(request: Request) -> Response:
        claims = _claims(request, ctx)
        bucket, key = request.path_params["bucket"], request.path_params["key"]
        body = await _upload(request, ctx.max_upload_bytes)
        upsert = request.method == "PUT" or request.headers.get("x-upsert", "").lower() == "true"
        result = await run_in_threadpool(
            objects.upload, claims, bucket, key, body, upsert=upsert, path=request.url.path
        )
        return JSONResponse(result)

    def download(public: bool) -> Endpoint:
        async def handler(request: Request) -> Response:
            claims = None if public else _claims(request, ctx)
            found = await run_in_threadpool(
                objects.download,
                claims,
                request.path_params["bucket"],
                request.path_params["key"],
                public=public,
                path=request.url.path,
            )
            return _file_response(request, found)

        return handler

    async def info(request: Request) -> Response:
        claims = _claims(request, ctx)
        result = await run_in_threadpool(
            objects.info,
            claims,
            request.path_params["bucket"],
            request.path_params["key"],
            path=request.url.path,
        )
        return JSONResponse(result)

    return {
        "upload": upload,
        "download": download(False),
        "public": download(True),
        "info": info,
    }


def _tree_endpoints(ctx: ServerContext, objects: ObjectService) -> dict[str, Endpoint]:
    """Listing, removing, moving and copying objects."""

    async def list_objects(request: Request) -> Response:
        claims = _claims(request, ctx)
        prefix, limit, offset, column, order, search = list_options(
            await _json(request, ctx.max_body_bytes)
        )
        rows = await run_in_threadpool(
            objects.list_rows,
            claims,
            request.path_params["bucket"],
            prefix.strip("/"),
            path=request.url.path,
        )
        return JSONResponse(
            folder_entries(
                rows, prefix, limit=limit, offset=offset, column=column, order=order, search=search
            )
        )

    async def remove(request: Request) -> Response:
        claims = _claims(request, ctx)
        body = await _json(request, ctx.max_body_bytes)
        prefixes = body.get("prefixes") if isinstance(body, dict) else None
        if not isinstance(prefixes, list) or not all(isinstance(p, str) for p in prefixes):
            raise invalid_request('body must be {"prefixes": ["path", …]}')
        if not prefixes:
            raise invalid_request("prefixes must not be empty")
        result = await run_in_threadpool(
            objects.remove, claims, request.path_params["bucket"], prefixes, path=request.url.path
        )
        return JSONResponse(result)

    def transfer(operation: Callable[..., dict[str, str]]) -> Endpoint:
        async def handler(request: Request) -> Response:
            claims = _claims(request, ctx)
            bucket, source, destination = transfer_request(await _json(request, ctx.max_body_bytes))
            result = await run_in_threadpool(
                operation, objects, claims, bucket, source, destination, path=request.url.path
            )
            return JSONResponse(result)

        return handler

    return {
        "list": list_objects,
        "remove": remove,
        "move": transfer(move),
        "copy": transfer(copy),
    }


def _signing_endpoints(ctx: ServerContext, signed: SignedUrls) -> dict[str, Endpoint]:
    async def signed_download(request: Request) -> Response:
        found = await run_in_threadpool(
            signed.download,
            request.path_params["bucket"],
            request.path_params["key"],
            request.query_params.get("token", ""),
            path=request.url.path,
        )
        return _file_response(request, found)

    async def sign(request: Request) -> Response:
        claims = _claims(request, ctx)
        body = await _json(request, ctx.max_body_bytes)
        expires = body.get("expiresIn") if isinstance(body, dict) else None
        url = await run_in_threadpool(
            signed.sign,
            claims,
            request.path_params["bucket"],
            request.path_params["key"],
            expires,
            path=request.url.path,
        )
        return JSONResponse({"signedURL": url})

    async def sign_many(request: Request) -> Response:
        claims = _claims(request, ctx)
        body = await _json(request, ctx.max_body_bytes)
        paths = body.get("paths") if isinstance(body, dict) else None
        if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
            raise invalid_request('body must be {"paths": ["path", …], "expiresIn": n}')
        result = await run_in_threadpool(
            signed.sign_many,
            claims,
            request.path_params["bucket"],
            paths,
            body.get("expiresIn"),
            path=request.url.path,
        )
        return JSONResponse(result)

    return {"sign": sign, "sign_many": sign_many, "signed_download": signed_download}


def _bucket_endpoints(
    ctx: ServerContext, buckets: BucketService, objects: ObjectService
) -> dict[str, Endpoint]:
    async def list_buckets(request: Request) -> Response:
        claims = _claims(request, ctx)
        return JSONResponse(
            await run_in_threadpool(buckets.list_all, claims, path=request.url.path)
        )

    async def create_bucket(request: Request) -> Response:
        claims = _claims(request, ctx)
        body = await _json(request, ctx.max_body_bytes)
        return JSONResponse(
            await run_in_threadpool(buckets.create, claims, body, path=request.url.path)
        )

    async def update_bucket(request: Request) -> Response:
        claims = _claims(request, ctx)
        body = await _json(request, ctx.max_body_bytes)
        return JSONResponse(
            await run_in_threadpool(
                buckets.update, claims, request.path_params["bucket"], body, path=request.url.path
            )
        )

    async def empty_bucket(request: Request) -> Response:
        claims = _claims(request, ctx)
        return JSONResponse(
            await run_in_threadpool(
                buckets.empty,
                claims,
                request.path_params["bucket"],
                objects.blobs,
                path=request.url.path,
            )
        )

    async def delete_bucket(request: Request) -> Response:
        claims = _claims(request, ctx)
        return JSONResponse(
            await run_in_threadpool(
                buckets.delete, claims, request.path_params["bucket"], path=request.url.path
            )
        )

    async def get_bucket(request: Request) -> Response:
        claims = _claims(request, ctx)
        return JSONResponse(
            await run_in_threadpool(
                buckets.get, claims, request.path_params["bucket"], path=request.url.path
            )
        )

    return {
        "list_buckets": list_buckets,
        "get_bucket": get_bucket,
        "create_bucket": create_bucket,
        "update_bucket": update_bucket,
        "empty_bucket": empty_bucket,
        "delete_bucket": delete_bucket,
    }
