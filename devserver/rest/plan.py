"""From a request's query string to a tree of table nodes (the read plan).

The root node is the table in the URL; each ``name(...)`` in ``select=``
becomes a child node joined through a foreign key found in the catalogue
(PostgREST's resource embedding).  Query parameters are sorted onto the
nodes: ``col=op.val`` and ``or=(…)`` onto the root, ``lessons.col=…``,
``lessons.order=…``, ``lessons.limit=…`` onto the embedded ``lessons``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field

from devserver.rest.catalog import Catalog, ForeignKey, Table
from devserver.rest.errors import ApiError
from devserver.rest.grammar import (
    Condition,
    EmbedItem,
    OrderTerm,
    SelectItem,
    Star,
    bad_query,
    parse_select,
)
from devserver.rest.query_syntax import parse_field, parse_filter, parse_logic, parse_order

RESERVED = frozenset({"select", "order", "limit", "offset", "on_conflict", "columns"})
MAX_ROWS = 1000  # PostgREST's db-max-rows as Supabase configures it


@dataclass(frozen=True)
class Relationship:
    fk: ForeignKey
    to_one: bool
    # Pairs of (embedded table column, parent column) that must be equal.
    pairs: tuple[tuple[str, str], ...]


@dataclass
class Node:
    table: Table
    alias: str
    items: tuple[SelectItem, ...]
    conditions: list[Condition] = field(default_factory=list)
    order: list[OrderTerm] = field(default_factory=list)
    limit: int | None = None
    offset: int | None = None
    children: dict[str, Embed] = field(default_factory=dict)


@dataclass
class Embed:
    node: Node
    relationship: Relationship
    inner: bool


def unknown_table(name: str) -> ApiError:
    return ApiError(
        404, "PGRST205", f"Could not find the table 'public.{name}' in the schema cache"
    )


def table_of(catalog: Catalog, name: str) -> Table:
    table = catalog.tables.get(name)
    if table is None:
        raise unknown_table(name)
    return table


def build_tree(catalog: Catalog, table: Table, select: str | None) -> Node:
    counter = itertools.count()
    items = parse_select(select) if select else (Star(),)
    return _node(catalog, table, items, counter)


def _node(
    catalog: Catalog, table: Table, items: tuple[SelectItem, ...], counter: itertools.count[int]
) -> Node:
    node = Node(table, f"t{next(counter)}", items)
    for item in items:
        if isinstance(item, EmbedItem):
            target = catalog.tables.get(item.name)
            if target is None:
                raise _no_relationship(table.name, item.name)
            relationship = find_relationship(catalog, table, target, item.hint)
            child = _node(catalog, target, item.items, counter)
            if item.key in node.children:
                raise bad_query(
                    f"the embedded key {item.key!r} is used twice", "give one of them an alias"
                )
            node.children[item.key] = Embed(child, relationship, item.inner)
    return node


def _no_relationship(parent: str, target: str) -> ApiError:
    return ApiError(
        400,
        "PGRST200",
        f"Could not find a relationship between '{parent}' and '{target}' in the schema cache",
        details=f"Searched for a foreign key relationship between '{parent}' and '{target}' "
        "in the schema 'public', but no matches were found.",
        hint=None,
    )


def find_relationship(
    catalog: Catalog, parent: Table, target: Table, hint: str | None
) -> Relationship:
    candidates = catalog.keys_between(parent.name, target.name)
    if hint is not None:
        candidates = [
            fk
            for fk in candidates
            if hint == fk.name or hint in fk.columns or hint in fk.ref_columns
        ]
    rels: list[Relationship] = []
    for fk in candidates:
        if fk.table == parent.name and fk.ref_table == target.name:
            # The parent holds the key: many-to-one, an object or null.
            rels.append(Relationship(fk, True, tuple(zip(fk.ref_columns, fk.columns, strict=True))))
        if fk.table == target.name and fk.ref_table == parent.name:
            # The embedded table holds the key: one-to-many, unless the key is unique.
            unique = any(set(key) == set(fk.columns) for key in target.unique_keys)
            rels.append(
                Relationship(fk, unique, tuple(zip(fk.columns, fk.ref_columns, strict=True)))
            )
    if not rels:
        raise _no_relationship(parent.name, target.name)
    if len(rels) > 1:
        raise ApiError(
            300,
            "PGRST201",
            f"Could not embed because more than one relationship was found for "
            f"'{parent.name}' and '{target.name}'",
            details=[
                {
                    "cardinality": "many-to-one" if r.to_one else "one-to-many",
                    "embedding": f"{parent.name} with {target.name}",
                    "relationship": f"{r.fk.name} using {r.fk.table}({','.join(r.fk.columns)})"
                    f" and {r.fk.ref_table}({','.join(r.fk.ref_columns)})",
                }
                for r in rels
            ],
            hint=f"Try changing '{target.name}' to one of the following: "
            + ", ".join(f"'{target.name}!{r.fk.name}'" for r in rels)
            + ". Find the desired relationship in the 'details' key.",
        )
    return rels[0]


def split_key(key: str) -> list[str]:
    """``lessons.is_free`` → ``["lessons", "is_free"]``, honouring double quotes."""
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in key:
        if char == '"':
            quoted = not quoted
            current.append(char)
        elif char == "." and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def apply_params(
    root: Node, params: Iterable[tuple[str, str]], *, allow_paging: bool = True
) -> None:
    """Put every filter, order, limit and offset of the query string on its node."""
    for key, value in params:
        if key in RESERVED and key not in ("order", "limit", "offset"):
            continue
        parts = split_key(key)
        last = parts[-1]
        if last in ("order", "limit", "offset"):
            node = _node_at(root, parts[:-1])
            if last == "order":
                node.order.extend(parse_order(value))
            elif not allow_paging:
                raise bad_query(f"'{key}' is not supported on this request")
            elif last == "limit":
                node.limit = _non_negative(key, value)
            else:
                node.offset = _non_negative(key, value)
            continue
        if last in ("or", "and"):
            negate = len(parts) > 1 and parts[-2] == "not"
            path = parts[:-2] if negate else parts[:-1]
            _node_at(root, path).conditions.append(parse_logic(last, value, negate=negate))
            continue
        target = parse_field(last)
        _node_at(root, parts[:-1]).conditions.append(parse_filter(target, value))


def _node_at(root: Node, path: list[str]) -> Node:
    node = root
    for step in path:
        embed = node.children.get(step.strip('"'))
        if embed is None:
            raise ApiError(
                400,
                "PGRST108",
                f"'{step}' is not an embedded resource in this request",
                hint=f"Verify that '{step}' is included in the 'select' query parameter.",
            )
        node = embed.node
    return node


def _non_negative(key: str, value: str) -> int:
    if not value.isdigit():
        raise bad_query(
            f'"failed to parse {key} parameter ({value})"', "expected a non-negative integer"
        )
    return int(value)
