"""``GET /bucket`` and ``GET /bucket/{id}``, read as the caller (RLS on storage.buckets)."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.rows import dict_row

from devserver.context import ServerContext
from devserver.db import begin_request
from devserver.storage.errors import from_database, no_such_bucket
from devserver.storage.paths import check_bucket

# storage3's bucket model wants a string owner and a boolean public flag.
_COLUMNS = ("select id, name, coalesce(owner::text, owner_id, '') as owner, "
            "coalesce(public, false) as public, file_size_limit, allowed_mime_types, "
            "created_at, updated_at from storage.buckets")


class BucketService:
    def __init__(self, ctx: ServerContext) -> None:
        self.ctx = ctx

    def _rows(self, claims: dict[str, Any] | None, path: str, where: str = "",
              params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        with self.ctx.pool.connection() as conn:
            try:
                with conn.transaction():
                    begin_request(conn, claims, method="GET", path=path)
                    rows = conn.cursor(row_factory=dict_row).execute(
                        _COLUMNS + where + " order by id", params).fetchall()
            except psycopg.Error as exc:
                raise from_database(exc) from exc
        return [{**row, "type": "STANDARD",
                 "created_at": row["created_at"].isoformat() if row["created_at"] else None,
                 "updated_at": row["updated_at"].isoformat() if row["updated_at"] else None}
                for row in rows]

    def list(self, claims: dict[str, Any] | None, *, path: str) -> list[dict[str, Any]]:
        return self._rows(claims, path)

    def get(self, claims: dict[str, Any] | None, bucket: str, *, path: str) -> dict[str, Any]:
        rows = self._rows(claims, path, " where id = %s", (check_bucket(bucket),))
        if not rows:
            raise no_such_bucket()
        return rows[0]
