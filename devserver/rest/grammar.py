"""PostgREST's query language: the syntax tree, and the ``select=`` parser.

(Filters, logic trees and ``order=`` are parsed in ``query_syntax``.)
Only parsing happens here: the result is a small syntax tree of names and
raw values.  Names are checked against the catalogue and quoted later
(``devserver.rest.reads``/``filters``); values only ever become bound
parameters.  Anything this parser does not understand is a 400 PGRST100,
never silently dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from devserver.rest.errors import ApiError

_BARE_NAME = re.compile(r"[A-Za-z0-9_$\u0080-\uffff]+")
_CAST = re.compile(r"[a-z][a-z0-9_ ]*")
# Deeper nesting is refused (400), not left to Python's recursion limit (500).
MAX_DEPTH = 16


def bad_query(message: str, details: str | None = None) -> ApiError:
    return ApiError(400, "PGRST100", message, details=details)


@dataclass(frozen=True)
class JsonStep:
    arrow: str  # "->" or "->>"
    key: str


@dataclass(frozen=True)
class Field:
    name: str
    json_path: tuple[JsonStep, ...] = ()

    @property
    def default_alias(self) -> str:
        return self.json_path[-1].key if self.json_path else self.name


@dataclass(frozen=True)
class Star:
    pass


@dataclass(frozen=True)
class ColumnItem:
    field: Field
    alias: str | None = None
    cast: str | None = None

    @property
    def key(self) -> str:
        return self.alias or self.field.default_alias


@dataclass(frozen=True)
class EmbedItem:
    name: str
    alias: str | None
    hint: str | None
    inner: bool
    items: tuple[SelectItem, ...]

    @property
    def key(self) -> str:
        return self.alias or self.name


SelectItem = Star | ColumnItem | EmbedItem


@dataclass(frozen=True)
class Filter:
    field: Field
    op: str
    modifier: str | None
    value: str
    negate: bool = False


@dataclass(frozen=True)
class Logic:
    kind: str  # "and" / "or"
    children: tuple[Condition, ...]
    negate: bool = False


Condition = Filter | Logic


@dataclass(frozen=True)
class OrderTerm:
    field: Field
    desc: bool = False
    nulls: str | None = None  # "first" / "last"


@dataclass
class Cursor:
    text: str
    pos: int = 0
    depth: int = 0  # embedding levels entered, bounded by MAX_DEPTH

    def peek(self, n: int = 1) -> str:
        return self.text[self.pos : self.pos + n]

    def done(self) -> bool:
        return self.pos >= len(self.text)

    def skip_spaces(self) -> None:
        while not self.done() and self.text[self.pos].isspace():
            self.pos += 1

    def expect(self, token: str) -> None:
        if self.peek(len(token)) != token:
            raise bad_query(
                f'"failed to parse {self.text}"', f"expected {token!r} at position {self.pos}"
            )
        self.pos += len(token)

    def name(self) -> str:
        self.skip_spaces()
        if self.peek() == '"':
            return self._quoted()
        match = _BARE_NAME.match(self.text, self.pos)
        if not match:
            raise bad_query(
                f'"failed to parse {self.text}"',
                f"unexpected {self.peek()!r} at position {self.pos}",
            )
        self.pos = match.end()
        return match.group()

    def _quoted(self) -> str:
        self.pos += 1
        out: list[str] = []
        while not self.done():
            char = self.text[self.pos]
            if char == "\\" and self.pos + 1 < len(self.text):
                out.append(self.text[self.pos + 1])
                self.pos += 2
                continue
            if char == '"':
                self.pos += 1
                return "".join(out)
            out.append(char)
            self.pos += 1
        raise bad_query(f'"failed to parse {self.text}"', "unterminated quoted name")


def read_field(cur: Cursor) -> Field:
    name = cur.name()
    steps: list[JsonStep] = []
    while cur.peek(2) == "->":
        arrow = "->>" if cur.peek(3) == "->>" else "->"
        cur.pos += len(arrow)
        steps.append(JsonStep(arrow, cur.name()))
    return Field(name, tuple(steps))


def parse_select(text: str) -> tuple[SelectItem, ...]:
    cur = Cursor(text)
    items = _select_list(cur)
    cur.skip_spaces()
    if not cur.done():
        raise bad_query(
            f'"failed to parse select parameter ({text})"',
            f"unexpected {cur.peek()!r} at position {cur.pos}",
        )
    return items


def _select_list(cur: Cursor) -> tuple[SelectItem, ...]:
    items = [_select_item(cur)]
    cur.skip_spaces()
    while cur.peek() == ",":
        cur.pos += 1
        items.append(_select_item(cur))
        cur.skip_spaces()
    return tuple(items)


def _select_item(cur: Cursor) -> SelectItem:
    cur.skip_spaces()
    if cur.peek() == "*":
        cur.pos += 1
        return Star()
    if cur.peek(3) == "...":
        raise bad_query("Spread embedding is not supported by this server")
    first = read_field(cur)
    alias: str | None = None
    if cur.peek() == ":" and cur.peek(2) != "::":
        if first.json_path:
            raise bad_query(f'"failed to parse select parameter ({cur.text})"')
        cur.pos += 1
        alias = first.name
        first = read_field(cur)
    if cur.peek() in ("!", "(") and not first.json_path:
        return _embed(cur, first.name, alias)
    cast = None
    if cur.peek(2) == "::":
        cur.pos += 2
        match = _CAST.match(cur.text, cur.pos)
        if not match:
            raise bad_query(f'"failed to parse select parameter ({cur.text})"')
        cast = match.group().strip()
        cur.pos = match.end()
    return ColumnItem(first, alias, cast)


def _embed(cur: Cursor, name: str, alias: str | None) -> EmbedItem:
    hint: str | None = None
    inner = False
    while cur.peek() == "!":
        cur.pos += 1
        word = cur.name()
        if word == "inner":
            inner = True
        elif word == "left":
            inner = False
        elif hint is None:
            hint = word
        else:
            raise bad_query(
                f'"failed to parse select parameter ({cur.text})"', "more than one embedding hint"
            )
    cur.expect("(")
    cur.depth += 1
    if cur.depth > MAX_DEPTH:
        raise bad_query(f"embedding is nested more than {MAX_DEPTH} levels deep")
    cur.skip_spaces()
    items: tuple[SelectItem, ...] = (Star(),) if cur.peek() == ")" else _select_list(cur)
    cur.skip_spaces()
    cur.expect(")")
    cur.depth -= 1
    return EmbedItem(name, alias, hint, inner, items)
