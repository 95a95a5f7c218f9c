"""Buckets: list/get, create, update, empty and delete — as the caller, so RLS
on storage.buckets applies (in a Supabase project only the service role,
which bypasses RLS, manages buckets unless policies say otherwise)."""

from __future__ import annotations

import re
from typing import Any

import psycopg
from psycopg.rows import dict_row

from devserver.context import ServerContext
from devserver.db import begin_request
from devserver.storage.blobs import BlobStore
from devserver.storage.errors import StorageError, from_database, invalid_request, no_such_bucket
from devserver.storage.paths import check_bucket

# storage3's bucket model wants a string owner and a boolean public flag.
_COLUMNS = (
    "select id, name, coalesce(owner::text, owner_id, '') as owner, "
    "coalesce(public, false) as public, file_size_limit, allowed_mime_types, "
    "created_at, updated_at from storage.buckets"
)


class BucketService:
    def __init__(self, ctx: ServerContext) -> None:
        self.ctx = ctx

    def _rows(
        self,
        claims: dict[str, Any] | None,
        path: str,
        where: str = "",
        params: tuple[Any, ...] = (),
    ) -> list[dict[str, Any]]:
        with self.ctx.pool.connection() as conn:
            try:
                with conn.transaction():
                    begin_request(conn, claims, method="GET", path=path)
                    rows = (
                        conn.cursor(row_factory=dict_row)
                        .execute(_COLUMNS + where + " order by id", params)
                        .fetchall()
                    )
            except psycopg.Error as exc:
                raise from_database(exc) from exc
        return [
            {
                **row,
                "type": "STANDARD",
                "created_at": row["created_at"].isoformat() if row["created_at"] else None,
                "updated_at": row["updated_at"].isoformat() if row["updated_at"] else None,
            }
            for row in rows
        ]

    def list_all(self, claims: dict[str, Any] | None, *, path: str) -> list[dict[str, Any]]:
        return self._rows(claims, path)

    def get(self, claims: dict[str, Any] | None, bucket: str, *, path: str) -> dict[str, Any]:
        rows = self._rows(claims, path, " where id = %s", (check_bucket(bucket),))
        if not rows:
            raise no_such_bucket()
        return rows[0]

    # --------------------------------------------------------------- writes
    def _write(
        self, claims: dict[str, Any] | None, path: str, query: str, params: tuple[Any, ...]
    ) -> list[dict[str, Any]]:
        with self.ctx.pool.connection() as conn:
            try:
                with conn.transaction():
                    begin_request(conn, claims, method="POST", path=path)
                    cur = conn.cursor(row_factory=dict_row).execute(query, params)
                    return cur.fetchall() if cur.description else []
            except psycopg.errors.UniqueViolation as exc:
                raise StorageError(
                    409, "BucketAlreadyExists", "The resource already exists", "Duplicate"
                ) from exc
            except psycopg.Error as exc:
                raise from_database(exc) from exc

    def create(self, claims: dict[str, Any] | None, body: Any, *, path: str) -> dict[str, str]:
        if not isinstance(body, dict) or not isinstance(body.get("id"), str):
            raise invalid_request('body must name the bucket: {"id": …}')
        bucket = check_bucket(body["id"])
        public, size, mimes = _options(body)
        sub = (claims or {}).get("sub")
        self._write(
            claims,
            path,
            "insert into storage.buckets (id, name, public, file_size_limit, "
            "allowed_mime_types, owner_id) values (%s, %s, %s, %s, %s, %s)",
            (bucket, body.get("name") or bucket, public, size, mimes, sub),
        )
        return {"name": bucket}

    def update(
        self, claims: dict[str, Any] | None, bucket: str, body: Any, *, path: str
    ) -> dict[str, str]:
        public, size, mimes = _options(body if isinstance(body, dict) else {})
        rows = self._write(
            claims,
            path,
            "update storage.buckets set public = %s, file_size_limit = %s, "
            "allowed_mime_types = %s, updated_at = now() where id = %s "
            "returning id",
            (public, size, mimes, check_bucket(bucket)),
        )
        if not rows:
            raise no_such_bucket()
        return {"message": "Successfully updated"}

    def empty(
        self, claims: dict[str, Any] | None, bucket: str, blobs: BlobStore, *, path: str
    ) -> dict[str, str]:
        rows = self._write(
            claims,
            path,
            "delete from storage.objects where bucket_id = %s returning name",
            (check_bucket(bucket),),
        )
        for row in rows:
            blobs.remove(bucket, row["name"])
        return {"message": "Successfully emptied"}

    def delete(self, claims: dict[str, Any] | None, bucket: str, *, path: str) -> dict[str, str]:
        check_bucket(bucket)
        not_empty = StorageError(
            409, "ResourceNotEmpty", "The bucket you tried to delete is not empty"
        )
        try:
            rows = self._write(
                claims,
                path,
                "with d as (delete from storage.buckets where id = %s and not exists "
                "(select 1 from storage.objects where bucket_id = %s) returning 1) "
                "select exists (select 1 from storage.objects where bucket_id = %s) as used, "
                "(select count(*) from d) as deleted",
                (bucket, bucket, bucket),
            )
        except StorageError as exc:
            # Objects the caller cannot see still hold the bucket (foreign key).
            if exc.code == "NoSuchBucket":
                raise not_empty from exc
            raise
        if rows and rows[0]["used"]:
            raise not_empty
        if not rows or not rows[0]["deleted"]:
            raise no_such_bucket()
        return {"message": "Successfully deleted"}


def _options(body: dict[str, Any]) -> tuple[bool, int | None, list[str] | None]:
    public = body.get("public", False)
    size = body.get("file_size_limit")
    mimes = body.get("allowed_mime_types")
    if not isinstance(public, bool):
        raise invalid_request("public must be true or false")
    if isinstance(size, str):
        size = _parse_size(size)
    if size is not None and (not isinstance(size, int) or size < 0):
        raise invalid_request("file_size_limit must be a number of bytes")
    if mimes is not None and (
        not isinstance(mimes, list) or not all(isinstance(m, str) for m in mimes)
    ):
        raise invalid_request("allowed_mime_types must be a list of strings")
    return public, size, mimes


_UNITS = {
    "b": 1,
    "kb": 1000,
    "mb": 1000**2,
    "gb": 1000**3,
    "kib": 1024,
    "mib": 1024**2,
    "gib": 1024**3,
}


def _parse_size(text: str) -> int:
    """``"20MB"`` / ``"50MiB"`` / ``"300"`` → bytes (storage-api's format)."""
    match = re.fullmatch(r"\s*(\d+)\s*([a-zA-Z]*)\s*", text)
    if not match or match.group(2).lower() not in {**_UNITS, "": 1}:
        raise invalid_request("Invalid file size format, hint: use 20GB / 20MB / 30KB / 3B")
    return int(match.group(1)) * {**_UNITS, "": 1}[match.group(2).lower()]
