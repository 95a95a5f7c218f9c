"""Bulk upsert of server-shaped rows into mirror tables (pulls and the importer).

Rows are checked and converted column by column from the table definition
(ISO text → datetime, numeric text → number; unknown columns dropped; a
missing NOT NULL column without default is an error), then written with one
``INSERT … ON CONFLICT DO UPDATE`` executemany per batch.

Speed matters here (a pull applies 1,000-row pages; issue #4 asks for 20,000
rows/s): the statement text and each column's SQLAlchemy bind processor are
worked out once per table, and rows go to the driver as plain tuples
(``exec_driver_sql``), so no ORM objects and no per-row statement
compilation.  Values are stored exactly as SQLAlchemy would store them,
because the bind processors are SQLAlchemy's own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from functools import cache
from typing import Any, cast

from pydantic_core import PydanticUndefined
from sqlalchemy import JSON, Boolean, Float, Integer, Table
from sqlalchemy.dialects import sqlite
from sqlmodel import Session, SQLModel

from desktop.protocol.errors import MalformedReply
from desktop.store.columns import UtcDateTime, parse_time
from desktop.store.db import lesson_index
from desktop.store.errors import StoreError
from desktop.store.models import LessonContent

log = logging.getLogger(__name__)

Converter = Callable[[Any], Any]
_MISSING = object()
# The dialect every local database uses (``create_engine("sqlite:///…")``,
# no custom JSON serializer): its bind processors turn values into what is stored.
_DIALECT = sqlite.dialect()


class InvalidRow(StoreError, MalformedReply):
    """A row from the server or a package does not fit the local model.

    From the server it is a reply that breaks the contract, so the sync
    layer treats it as one (``desktop.sync.errors.classify``)."""


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


@cache
def _storers(model: type[SQLModel]) -> tuple[Converter | None, ...]:
    """Per column, SQLAlchemy's own bind processor (``None``: stored as is)."""
    return tuple(
        column.type.dialect_impl(_DIALECT).bind_processor(_DIALECT)
        for column in _table(model).columns
    )


@cache
def _statement(model: type[SQLModel], keep: frozenset[str]) -> str:
    """``INSERT … ON CONFLICT (pk) DO UPDATE`` of every column, in table order."""
    table = _table(model)
    quote = _DIALECT.identifier_preparer.quote
    names = [quote(c.name) for c in table.columns]
    keys = [c.name for c in table.primary_key.columns]
    updates = [
        f"{quote(c.name)} = excluded.{quote(c.name)}"
        for c in table.columns
        if c.name not in keep and c.name not in keys
    ]
    action = f"DO UPDATE SET {', '.join(updates)}" if updates else "DO NOTHING"
    return (
        f"INSERT INTO {quote(table.name)} ({', '.join(names)}) "
        f"VALUES ({', '.join('?' for _ in names)}) "
        f"ON CONFLICT ({', '.join(quote(k) for k in keys)}) {action}"
    )


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
        source = cast(Mapping[str, Any], row)  # not a model instance: a server dict
        values: dict[str, Any] = {}
        for name, convert, nullable, default in shape:
            values[name] = _checked(model, source, name, convert, nullable, default)
        out.append(values)
    return out


def _checked(
    model: type[SQLModel],
    row: Mapping[str, Any],
    name: str,
    convert: Converter,
    nullable: bool,
    default: Any,
) -> Any:
    value = row.get(name, _MISSING)
    if value is _MISSING:
        if default is _MISSING:
            raise InvalidRow(f"{_table(model).name}: {name} is missing in {dict(row)!r}"[:300])
        value = default() if callable(default) else default
    if value is None:
        if not nullable:
            raise InvalidRow(f"{_table(model).name}: {name} cannot be empty")
        return None
    try:
        return convert(value)
    except (TypeError, ValueError) as exc:
        raise InvalidRow(f"{_table(model).name}.{name}: {exc}"[:300]) from exc


def upsert(
    session: Session,
    model: type[SQLModel],
    values: Sequence[dict[str, Any]],
    *,
    keep: Iterable[str] = (),
) -> int:
    """Insert or replace ``values`` (complete column dicts) by primary key.

    Columns in ``keep`` are not overwritten on conflict (local-only data).
    """
    if not values:
        return 0
    names = [name for name, *_ in _shape(model)]
    storers = _storers(model)
    params = [
        tuple(
            value[name] if store is None else store(value[name])
            for name, store in zip(names, storers, strict=True)
        )
        for value in values
    ]
    return _write(session, model, keep, params)


def upsert_rows(
    session: Session,
    model: type[SQLModel],
    rows: Sequence[Mapping[str, Any]],
    *,
    keep: Iterable[str] = (),
) -> int:
    """``upsert(session, model, validate_rows(model, rows), keep=keep)`` in one pass.

    For server dicts only: the same checks, the same stored values, without
    the intermediate dicts.  A value already of the column's type and stored
    as is goes straight through; values that repeat a lot within a page (the
    same timestamp text — rows written by one transaction share it —,
    booleans, empty columns) are converted once per call.
    """
    if not rows:
        return 0
    plan: list[
        tuple[
            str,
            type | None,
            tuple[type, ...],
            dict[Any, Any],
            Converter,
            bool,
            Any,
            Converter | None,
        ]
    ]
    plan = [
        (
            name,
            _PLAIN.get(convert) if store is None else None,
            _MEMO_TYPES.get(convert, ()),
            {},
            convert,
            nullable,
            default,
            store,
        )
        for (name, convert, nullable, default), store in zip(
            _shape(model), _storers(model), strict=True
        )
    ]
    params: list[tuple[Any, ...]] = []
    for row in rows:
        out: list[Any] = []
        for name, plain, memo_types, seen, convert, nullable, default, store in plan:
            value = row.get(name, _MISSING)
            kind = type(value)
            if kind is plain:
                out.append(value)  # already right; nothing to convert or check
            elif kind in memo_types or (value is None and nullable):
                stored = seen.get(value, _MISSING)
                if stored is _MISSING:
                    stored = seen[value] = _stored(
                        model, row, name, convert, nullable, default, store
                    )
                out.append(stored)
            else:
                out.append(_stored(model, row, name, convert, nullable, default, store))
        params.append(tuple(out))
    return _write(session, model, keep, params)


# Converters under which a value of this exact type is returned unchanged.
_PLAIN: dict[Converter, type] = {_to_str: str, _to_int: int, float: float}
# Converters whose result depends only on the value, for values of these
# (hashable, often repeated) types: safe to convert once per distinct value.
_MEMO_TYPES: dict[Converter, tuple[type, ...]] = {_to_time: (str,), _to_bool: (bool,)}


def _stored(
    model: type[SQLModel],
    row: Mapping[str, Any],
    name: str,
    convert: Converter,
    nullable: bool,
    default: Any,
    store: Converter | None,
) -> Any:
    value = _checked(model, row, name, convert, nullable, default)
    return value if store is None else store(value)


def _write(
    session: Session, model: type[SQLModel], keep: Iterable[str], params: list[tuple[Any, ...]]
) -> int:
    # The session's own connection: same transaction; driver errors still
    # arrive as SQLAlchemy's (the caller's transaction maps them).
    connection = session.connection()
    connection.exec_driver_sql(_statement(model, frozenset(keep)), params)
    if model is LessonContent:  # its search index, in the same transaction
        lesson_index.reindex(connection, [(p[_BODY_ID], p[_BODY_TEXT]) for p in params])
    return len(params)


_BODY_COLUMNS = [column.name for column in LessonContent.__table__.columns]  # type: ignore[attr-defined]
_BODY_ID, _BODY_TEXT = _BODY_COLUMNS.index("lesson_id"), _BODY_COLUMNS.index("body_markdown")


def _table(model: type[SQLModel]) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table
