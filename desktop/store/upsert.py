"""Bulk upsert of server-shaped rows into mirror tables (pulls and the importer).

Rows are validated through the SQLModel model (ISO times → datetimes,
unknown columns dropped), then written with one ``INSERT … ON CONFLICT DO
UPDATE`` per batch, which keeps a 1,000-row page to a few milliseconds.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Table
from sqlalchemy.dialects.sqlite import insert
from sqlmodel import Session, SQLModel

from desktop.store.errors import StoreError

log = logging.getLogger(__name__)


class InvalidRow(StoreError):
    """A row from the server or a package does not fit the local model."""


def validate_rows(
    model: type[SQLModel], rows: Iterable[Mapping[str, Any] | SQLModel]
) -> list[dict[str, Any]]:
    """Model instances or server dicts → complete column dicts for ``model``."""
    table = _table(model)
    names = {column.name for column in table.columns}
    out: list[dict[str, Any]] = []
    for row in rows:
        try:
            instance = row if isinstance(row, model) else model.model_validate(
                {k: v for k, v in dict(row).items() if k in names}
            )
        except ValidationError as exc:
            raise InvalidRow(f"{table.name}: {exc.errors()[0]['msg']} in {dict(row)!r}"[:500]) \
                from exc
        out.append({name: getattr(instance, name) for name in names})
    return out


def upsert(session: Session, model: type[SQLModel], values: Sequence[dict[str, Any]],
           *, keep: Iterable[str] = ()) -> int:
    """Insert or replace ``values`` (complete column dicts) by primary key.

    Columns in ``keep`` are not overwritten on conflict (local-only data).
    """
    if not values:
        return 0
    table = _table(model)
    statement = insert(table)
    keys = [c.name for c in table.primary_key.columns]
    kept = set(keep) | set(keys)
    updates = {c.name: statement.excluded[c.name] for c in table.columns if c.name not in kept}
    session.execute(statement.on_conflict_do_update(index_elements=keys, set_=updates),
                    list(values))
    return len(values)


def _table(model: type[SQLModel]) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table
