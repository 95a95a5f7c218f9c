"""``POST /object/list/{bucket}``: one folder level, as storage.search shows it.

Objects directly under the prefix are files (with id, timestamps and
metadata); deeper ones collapse into their first folder name, shown with
nulls, like storage-api's ``storage.search``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from devserver.storage.errors import invalid_request

SORT_COLUMNS = ("name", "updated_at", "created_at", "last_accessed_at")


def list_options(body: Any) -> tuple[str, int, int, str, str, str]:
    """prefix, limit, offset, sort column, sort order and search from the request body."""
    if not isinstance(body, dict):
        raise invalid_request("body must be a JSON object")
    prefix = body.get("prefix", "")
    search = body.get("search", "") or ""
    sort = body.get("sortBy") or {}
    column = sort.get("column", "name") if isinstance(sort, dict) else "name"
    order = str(sort.get("order", "asc")).lower() if isinstance(sort, dict) else "asc"
    try:
        limit = int(body.get("limit", 100))
        offset = int(body.get("offset", 0))
    except (TypeError, ValueError) as exc:
        raise invalid_request("limit and offset must be integers") from exc
    if not isinstance(prefix, str) or not isinstance(search, str):
        raise invalid_request("prefix and search must be strings")
    if column not in SORT_COLUMNS or order not in ("asc", "desc"):
        raise invalid_request(
            "sortBy.column must be one of "
            + ", ".join(SORT_COLUMNS)
            + " and sortBy.order asc or desc"
        )
    if limit < 0 or offset < 0:
        raise invalid_request("limit and offset must not be negative")
    return prefix, limit, offset, column, order, search


def folder_entries(
    rows: list[dict[str, Any]],
    prefix: str,
    *,
    limit: int,
    offset: int,
    column: str,
    order: str,
    search: str,
) -> list[dict[str, Any]]:
    base = prefix.strip("/")
    base = base + "/" if base else ""
    folders: dict[str, dict[str, Any]] = {}
    files: list[dict[str, Any]] = []
    for row in rows:
        name = str(row["name"])
        if not name.startswith(base):
            continue
        head, slash, _ = name[len(base) :].partition("/")
        if search and not head.lower().startswith(search.lower()):
            continue
        if slash:
            folders.setdefault(
                head,
                {
                    "name": head,
                    "id": None,
                    "updated_at": None,
                    "created_at": None,
                    "last_accessed_at": None,
                    "metadata": None,
                },
            )
        else:
            files.append(
                {
                    "name": head,
                    "id": row["id"],
                    "updated_at": _iso(row["updated_at"]),
                    "created_at": _iso(row["created_at"]),
                    "last_accessed_at": _iso(row["last_accessed_at"]),
                    "metadata": row["metadata"],
                }
            )
    entries = list(folders.values()) + files
    # PostgreSQL's order: nulls last ascending, first descending.
    present = sorted(
        (e for e in entries if e[column] is not None),
        key=lambda e: e[column],
        reverse=order == "desc",
    )
    missing = sorted((e for e in entries if e[column] is None), key=lambda e: e["name"])
    ordered = missing + present if order == "desc" else present + missing
    return ordered[offset : offset + limit]


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value
