"""``POST /object/move`` and ``POST /object/copy`` within a bucket, as the caller.

Move renames the row (UPDATE under RLS, so the caller needs to see and
update the source and the new name must pass the policy's check); copy
reads the source (SELECT) and inserts a new row (INSERT).  Bytes follow the
row inside the same transaction, as for uploads.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import psycopg
from psycopg.rows import dict_row

from devserver.db import begin_request
from devserver.storage.errors import already_exists, from_database, invalid_request, no_such_key
from devserver.storage.objects import Claims, ObjectService, owner_uuid
from devserver.storage.paths import check_bucket, check_key


def transfer_request(body: Any) -> tuple[str, str, str]:
    """bucket, source key and destination key from a move/copy body."""
    if not isinstance(body, dict):
        raise invalid_request("body must be a JSON object")
    values = [body.get(k) for k in ("bucketId", "sourceKey", "destinationKey")]
    if not all(isinstance(v, str) and v for v in values):
        raise invalid_request("bucketId, sourceKey and destinationKey are required")
    destination_bucket = body.get("destinationBucket")
    if destination_bucket not in (None, values[0]):
        raise invalid_request("moving or copying between buckets is not supported")
    bucket, source, destination = (str(v) for v in values)
    return check_bucket(bucket), check_key(source), check_key(destination)


def move(
    objects: ObjectService, claims: Claims, bucket: str, source: str, destination: str, *, path: str
) -> dict[str, str]:
    data = objects.blobs.read(bucket, source)
    with objects.ctx.pool.connection() as conn:
        try:
            with conn.transaction():
                begin_request(conn, claims, method="POST", path=path)
                row = conn.execute(
                    "update storage.objects set name = %s, updated_at = now() "
                    "where bucket_id = %s and name = %s returning id",
                    (destination, bucket, source),
                ).fetchone()
                if row is None or data is None:
                    raise no_such_key()
                staged = objects.blobs.stage(data)
                objects.blobs.commit(staged, bucket, destination)
        except psycopg.errors.UniqueViolation as exc:
            raise already_exists() from exc
        except psycopg.Error as exc:
            raise from_database(exc) from exc
    objects.blobs.remove(bucket, source)
    return {"message": "Successfully moved"}


def copy(
    objects: ObjectService, claims: Claims, bucket: str, source: str, destination: str, *, path: str
) -> dict[str, str]:
    data = objects.blobs.read(bucket, source)
    new_id = str(uuid.uuid4())
    sub = (claims or {}).get("sub")
    with objects.ctx.pool.connection() as conn:
        try:
            with conn.transaction():
                begin_request(conn, claims, method="POST", path=path)
                original = (
                    conn.cursor(row_factory=dict_row)
                    .execute(
                        "select metadata, user_metadata from storage.objects "
                        "where bucket_id = %s and name = %s",
                        (bucket, source),
                    )
                    .fetchone()
                )
                if original is None or data is None:
                    raise no_such_key()
                conn.execute(
                    "insert into storage.objects (id, bucket_id, name, owner, owner_id, "
                    "metadata, user_metadata, version) values (%s, %s, %s, %s, %s, %s, %s, %s)",
                    (
                        new_id,
                        bucket,
                        destination,
                        owner_uuid(sub),
                        sub,
                        json.dumps(original["metadata"]),
                        json.dumps(original["user_metadata"]),
                        str(uuid.uuid4()),
                    ),
                )
                staged = objects.blobs.stage(data)
                objects.blobs.commit(staged, bucket, destination)
        except psycopg.errors.UniqueViolation as exc:
            raise already_exists() from exc
        except psycopg.Error as exc:
            raise from_database(exc) from exc
    return {"Id": new_id, "Key": f"{bucket}/{destination}"}
