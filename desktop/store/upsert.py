"""Bulk upsert of server-shaped rows into mirror tables (pulls and the importer).

Rows are checked and converted column by column from the table definition
(ISO text → datetime, numeric text → number; unknown columns dropped; a
missing NOT NULL column without default is an error), then written with one
``INSERT … ON CONFLICT DO UPDATE`` per batch.  Converting by hand rather
than through ``model_validate`` keeps a 1,000-row page to milliseconds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from functools import cache
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import JSON, Boolean, Float, Integer, Table
from sqlalchemy.dialects.sqlite import insert
from sqlmodel import Session, SQLModel

from desktop.store.columns import UtcDateTime, parse_time
from desktop.store.errors import StoreError

log = logging.getLogger(__name__)

Converter = Callable[[Any], Any]
_MISSING = object()


class InvalidRow(StoreError):
    """A row from the server or a package does not fit the local model."""


def _to_time(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    return parse_time(str(value))


def _to_int(value: Any) -> int:
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise ValueError(f"not an integer: {value!r}")
    return int(value)


def _to_bool(value: Any) -> bool:
    if not isinstance(value, bool | int):
        raise ValueError(f"not a boolean: {value!r}")
    return bool(value)


def _to_str(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"not text: {value!r}")
    return value


def _same(value: Any) -> Any:
    return value


@cache
def _shape(model: type[SQLModel]) -> tuple[tuple[str, Converter, bool, Any], ...]:
    """Per column: name, converter, nullable, default (``_MISSING`` if required)."""
    table = _table(model)
    shape = []
    for column in table.columns:
        kind = column.type
        if isinstance(kind, UtcDateTime):
            convert: Converter = _to_time
        elif isinstance(kind, Boolean):
            convert = _to_bool
        elif isinstance(kind, Integer):
            convert = _to_int
        elif isinstance(kind, Float):
            convert = float
        elif isinstance(kind, JSON):
            convert = _same
        else:
            convert = _to_str
        info = model.model_fields[column.name]
        if info.default is not PydanticUndefined:
            default: Any = info.default
        elif info.default_factory is not None:
            default = info.default_factory  # called per row below
        else:
            default = _MISSING
        shape.append((column.name, convert, bool(column.nullable), default))
    return tuple(shape)


def validate_rows(
    model: type[SQLModel], rows: Iterable[Mapping[str, Any] | SQLModel]
) -> list[dict[str, Any]]:
    """Model instances or server dicts → complete column dicts for ``model``."""
    shape = _shape(model)
    out: list[dict[str, Any]] = []
    for row in rows:
        if isinstance(row, model):
            out.append({name: getattr(row, name) for name, *_ in shape})
            continue
        source = dict(row)
        values: dict[str, Any] = {}
        for name, convert, nullable, default in shape:
            value = source.get(name, _MISSING)
            if value is _MISSING:
                if default is _MISSING:
                    raise InvalidRow(f"{_table(model).name}: {name} is missing in {source!r}"[:300])
                value = default() if callable(default) else default
            if value is None:
                if not nullable:
                    raise InvalidRow(f"{_table(model).name}: {name} cannot be empty")
            else:
                try:
                    value = convert(value)
                except (TypeError, ValueError) as exc:
                    raise InvalidRow(f"{_table(model).name}.{name}: {exc}"[:300]) from exc
            values[name] = value
        out.append(values)
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
    # Core execution on the session's connection: same transaction, no ORM overhead.
    session.connection().execute(
        statement.on_conflict_do_update(index_elements=keys, set_=updates), list(values)
    )
    return len(values)


def _table(model: type[SQLModel]) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table
