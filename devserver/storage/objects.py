"""Object operations, each run as the caller so storage.objects RLS applies.

As in storage-api: an upload inserts the object row (INSERT policy), an
upsert uses INSERT … ON CONFLICT DO UPDATE (INSERT, SELECT and UPDATE), a
download or info selects it (SELECT), a remove deletes and returns the rows
(DELETE and SELECT).  Bucket lookups and public-bucket reads run as the
server, because storage-api does them as its superuser too.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any, BinaryIO

import psycopg
from psycopg.rows import dict_row

from devserver.context import ServerContext
from devserver.db import begin_request
from devserver.storage.blobs import BlobStore
from devserver.storage.errors import (
    already_exists,
    from_database,
    invalid_mime_type,
    no_such_bucket,
    no_such_key,
    too_large,
)
from devserver.storage.paths import check_bucket, check_key

Claims = dict[str, Any] | None


@dataclass(frozen=True)
class Upload:
    data: bytes
    content_type: str
    cache_control: str
    user_metadata: dict[str, Any] | None


@dataclass(frozen=True)
class Download:
    """An object to send: its file open for reading (the endpoint streams it,
    whole or a range, and closes it) and its size as opened."""

    file: BinaryIO
    size: int
    content_type: str
    cache_control: str
    etag: str
    last_modified: datetime


class ObjectService:
    def __init__(self, ctx: ServerContext) -> None:
        self.ctx = ctx
        self.blobs = BlobStore(ctx.data_dir / "storage")

    # ------------------------------------------------------------ helpers
    def _bucket(self, conn: psycopg.Connection[Any], bucket: str) -> dict[str, Any]:
        with conn.transaction():
            row = (
                conn.cursor(row_factory=dict_row)
                .execute(
                    "select id, public, file_size_limit, allowed_mime_types "
                    "from storage.buckets where id = %s",
                    (check_bucket(bucket),),
                )
                .fetchone()
            )
        if row is None:
            raise no_such_bucket()
        return row

    def _as_caller(
        self, conn: psycopg.Connection[Any], claims: Claims, method: str, path: str
    ) -> None:
        begin_request(conn, claims, method=method, path=path)

    # ------------------------------------------------------------- upload
    def upload(
        self, claims: Claims, bucket: str, key: str, upload: Upload, *, upsert: bool, path: str
    ) -> dict[str, str]:
        check_key(key)
        with self.ctx.pool.connection() as conn:
            info = self._bucket(conn, bucket)
            # storage-api's order (src/storage/uploader.ts): the bucket's types
            # first, then the policies, then the size.  An empty-folder
            # placeholder is exempt from the types and must be empty.
            placeholder = key.endswith(".emptyFolderPlaceholder")
            if info["allowed_mime_types"] and not placeholder:
                _check_mime(info["allowed_mime_types"], upload.content_type)
            limit = 0 if placeholder else info["file_size_limit"]
            staged = self.blobs.stage(upload.data)
            try:
                object_id = self._write_row(
                    conn,
                    claims,
                    bucket,
                    key,
                    upload,
                    upsert=upsert,
                    path=path,
                    staged=staged,
                    limit=None if limit is None else int(limit),
                )
            finally:
                self.blobs.discard(staged)
        return {"Id": object_id, "Key": f"{bucket}/{key}"}

    def _write_row(
        self,
        conn: psycopg.Connection[Any],
        claims: Claims,
        bucket: str,
        key: str,
        upload: Upload,
        *,
        upsert: bool,
        path: str,
        staged: Any,
        limit: int | None,
    ) -> str:
        sub = (claims or {}).get("sub")
        owner = owner_uuid(sub)
        metadata = _metadata(upload)
        object_id = str(uuid.uuid4())
        version = str(uuid.uuid4())
        values = (
            object_id,
            bucket,
            key,
            owner,
            sub,
            json.dumps(metadata),
            json.dumps(upload.user_metadata) if upload.user_metadata is not None else None,
            version,
        )
        insert = (
            "insert into storage.objects (id, bucket_id, name, owner, owner_id, metadata, "
            "user_metadata, version) values (%s, %s, %s, %s, %s, %s, %s, %s)"
        )
        moved = False
        try:
            with conn.transaction():
                self._as_caller(conn, claims, "POST", path)
                cur = conn.cursor()
                if upsert:
                    row = cur.execute(
                        insert + " on conflict (bucket_id, name) do update set "
                        "metadata = excluded.metadata, user_metadata = excluded.user_metadata, "
                        "version = excluded.version, owner = excluded.owner, "
                        "owner_id = excluded.owner_id, updated_at = now(), "
                        "last_accessed_at = now() returning id::text",
                        values,
                    ).fetchone()
                    object_id = str(row[0]) if row else object_id
                else:
                    cur.execute(insert, values)
                # The policies let the row in; only now is the size judged, as
                # storage-api finds a file too long once it has streamed it.
                if limit is not None and len(upload.data) > limit:
                    raise too_large()
                # The row is in: move the bytes into place before committing.
                self.blobs.commit(staged, bucket, key)
                moved = True
        except psycopg.errors.UniqueViolation as exc:
            raise already_exists() from exc
        except psycopg.Error as exc:
            if moved and not upsert:
                # The commit itself failed: no row, so no file either.
                self.blobs.remove(bucket, key)
            raise from_database(exc) from exc
        return object_id

    # ----------------------------------------------------------- download
    def find(
        self,
        claims: Claims,
        bucket: str,
        key: str,
        *,
        public: bool,
        path: str,
        as_server: bool = False,
    ) -> dict[str, Any]:
        """The object's row, read as the caller — or as the server for a public
        bucket (``public``) or a signed URL (``as_server``)."""
        check_bucket(bucket)
        check_key(key)
        query = (
            "select id::text, name, bucket_id, version, metadata, user_metadata, "
            "created_at, updated_at, last_accessed_at from storage.objects "
            "where bucket_id = %s and name = %s"
        )
        with self.ctx.pool.connection() as conn:
            try:
                if public or as_server:
                    if not self._bucket(conn, bucket)["public"] and not as_server:
                        raise no_such_bucket()
                    with conn.transaction():
                        row = (
                            conn.cursor(row_factory=dict_row)
                            .execute(query, (bucket, key))
                            .fetchone()
                        )
                else:
                    with conn.transaction():
                        self._as_caller(conn, claims, "GET", path)
                        row = (
                            conn.cursor(row_factory=dict_row)
                            .execute(query, (bucket, key))
                            .fetchone()
                        )
            except psycopg.Error as exc:
                raise from_database(exc) from exc
        if row is None:
            raise no_such_key()
        return row

    def download(
        self,
        claims: Claims,
        bucket: str,
        key: str,
        *,
        public: bool,
        path: str,
        as_server: bool = False,
    ) -> Download:
        row = self.find(claims, bucket, key, public=public, path=path, as_server=as_server)
        handle = self.blobs.open(bucket, key)
        if handle is None:
            raise no_such_key()
        meta = row["metadata"] or {}
        return Download(
            handle,
            os.fstat(handle.fileno()).st_size,
            str(meta.get("mimetype") or "application/octet-stream"),
            str(meta.get("cacheControl") or "no-cache"),
            str(meta.get("eTag") or ""),
            row["updated_at"],
        )

    def info(self, claims: Claims, bucket: str, key: str, *, path: str) -> dict[str, Any]:
        row = self.find(claims, bucket, key, public=False, path=path)
        meta = row["metadata"] or {}
        return {
            "id": row["id"],
            "name": row["name"],
            "version": row["version"],
            "bucket_id": row["bucket_id"],
            "size": meta.get("size"),
            "content_type": meta.get("mimetype"),
            "cache_control": meta.get("cacheControl"),
            "etag": meta.get("eTag"),
            "metadata": row["user_metadata"] or {},
            "last_modified": _iso(row["updated_at"]),
            "created_at": _iso(row["created_at"]),
        }

    # ------------------------------------------------------------- remove
    def remove(
        self, claims: Claims, bucket: str, keys: list[str], *, path: str
    ) -> list[dict[str, Any]]:
        check_bucket(bucket)
        for key in keys:
            check_key(key)
        with self.ctx.pool.connection() as conn:
            try:
                with conn.transaction():
                    self._as_caller(conn, claims, "DELETE", path)
                    rows = (
                        conn.cursor(row_factory=dict_row)
                        .execute(
                            "delete from storage.objects where bucket_id = %s and name = any(%s) "
                            "returning id::text, name, bucket_id, owner::text, owner_id, version, "
                            "metadata, user_metadata, created_at, updated_at, last_accessed_at",
                            (bucket, keys),
                        )
                        .fetchall()
                    )
            except psycopg.Error as exc:
                raise from_database(exc) from exc
        # Committed: now the bytes may go.
        for row in rows:
            self.blobs.remove(bucket, row["name"])
        return [
            {**row, **{k: _iso(row[k]) for k in ("created_at", "updated_at", "last_accessed_at")}}
            for row in rows
        ]

    # --------------------------------------------------------------- list
    def list_rows(
        self, claims: Claims, bucket: str, prefix: str, *, path: str
    ) -> list[dict[str, Any]]:
        check_bucket(bucket)
        pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        with self.ctx.pool.connection() as conn:
            try:
                with conn.transaction():
                    self._as_caller(conn, claims, "POST", path)
                    return (
                        conn.cursor(row_factory=dict_row)
                        .execute(
                            "select id::text, name, metadata, created_at, updated_at, "
                            "last_accessed_at from storage.objects "
                            "where bucket_id = %s and name like %s",
                            (bucket, pattern),
                        )
                        .fetchall()
                    )
            except psycopg.Error as exc:
                raise from_database(exc) from exc


def owner_uuid(value: Any) -> str | None:
    try:
        return str(uuid.UUID(str(value))) if value else None
    except ValueError:
        return None


def _metadata(upload: Upload) -> dict[str, Any]:
    now = datetime.now(UTC)
    return {
        "eTag": '"' + hashlib.md5(upload.data, usedforsecurity=False).hexdigest() + '"',
        "size": len(upload.data),
        "mimetype": upload.content_type,
        "cacheControl": upload.cache_control,
        "lastModified": format_datetime(now, usegmt=True),
        "contentLength": len(upload.data),
        "httpStatusCode": 200,
    }


def _check_mime(allowed: list[str], content_type: str) -> None:
    """storage-api's validateMimeType (src/storage/uploader.ts): the type and
    subtype are the first two parts split at '/', compared exactly (no case
    folding; parameters stay part of the subtype); ``type/*`` allows any subtype."""
    parts = content_type.split("/")
    if len(parts) >= 2:
        kind, subtype = parts[0], parts[1]
        for pattern in allowed:
            wanted = pattern.split("/")
            if wanted[0] == kind and len(wanted) >= 2 and wanted[1] in ("*", subtype):
                return
    raise invalid_mime_type(content_type)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value
