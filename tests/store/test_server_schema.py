"""The local models against the server schema (the desktop analogue of
``supabase gen types``): every column the server sends is known locally, and
every column the client keeps as a mirror column exists on the server."""

from __future__ import annotations

from typing import Any

import psycopg
from sqlmodel import SQLModel

from desktop.store.models import MIRROR_MODELS

# Server bookkeeping a pull never needs to store.
SERVER_ONLY = {"row_txid"}


def _server_columns(db_url: str) -> dict[str, set[str]]:
    with psycopg.connect(db_url) as conn:
        rows = conn.execute(
            "select table_name, column_name from information_schema.columns "
            "where table_schema = 'public'"
        ).fetchall()
    columns: dict[str, set[str]] = {}
    for table, column in rows:
        columns.setdefault(table, set()).add(column)
    return columns


def _local(model: type[SQLModel]) -> tuple[str, set[str], set[str]]:
    table: Any = model.__table__  # type: ignore[attr-defined]
    local_only: set[str] = set(getattr(model, "LOCAL_ONLY", frozenset()))
    return table.name, {c.name for c in table.columns}, local_only


def test_local_mirror_models_match_the_server_schema(db_url: str) -> None:
    server = _server_columns(db_url)
    problems = []
    for model in MIRROR_MODELS:
        name, local, local_only = _local(model)
        if name not in server:
            problems.append(f"{name}: no such server table")
            continue
        for column in sorted(server[name] - SERVER_ONLY - local):
            problems.append(f"{name}.{column}: sent by the server, unknown locally")
        for column in sorted(local - local_only - server[name]):
            problems.append(f"{name}.{column}: local mirror column missing on the server")
    assert problems == []
