"""PostgREST's query language: ``select=``, filters, logic trees and ``order=``.

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
class _Cursor:
    text: str
    pos: int = 0

    def peek(self, n: int = 1) -> str:
        return self.text[self.pos:self.pos + n]

    def done(self) -> bool:
        return self.pos >= len(self.text)

    def skip_spaces(self) -> None:
        while not self.done() and self.text[self.pos].isspace():
            self.pos += 1

    def expect(self, token: str) -> None:
        if self.peek(len(token)) != token:
            raise bad_query(f'"failed to parse {self.text}"',
                            f"expected {token!r} at position {self.pos}")
        self.pos += len(token)

    def name(self) -> str:
        self.skip_spaces()
        if self.peek() == '"':
            return self._quoted()
        match = _BARE_NAME.match(self.text, self.pos)
        if not match:
            raise bad_query(f'"failed to parse {self.text}"',
                            f"unexpected {self.peek()!r} at position {self.pos}")
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


def _field(cur: _Cursor) -> Field:
    name = cur.name()
    steps: list[JsonStep] = []
    while cur.peek(2) == "->":
        arrow = "->>" if cur.peek(3) == "->>" else "->"
        cur.pos += len(arrow)
        steps.append(JsonStep(arrow, cur.name()))
    return Field(name, tuple(steps))


def parse_select(text: str) -> tuple[SelectItem, ...]:
    cur = _Cursor(text)
    items = _select_list(cur)
    cur.skip_spaces()
    if not cur.done():
        raise bad_query(f'"failed to parse select parameter ({text})"',
                        f"unexpected {cur.peek()!r} at position {cur.pos}")
    return items


def _select_list(cur: _Cursor) -> tuple[SelectItem, ...]:
    items = [_select_item(cur)]
    cur.skip_spaces()
    while cur.peek() == ",":
        cur.pos += 1
        items.append(_select_item(cur))
        cur.skip_spaces()
    return tuple(items)


def _select_item(cur: _Cursor) -> SelectItem:
    cur.skip_spaces()
    if cur.peek() == "*":
        cur.pos += 1
        return Star()
    if cur.peek(3) == "...":
        raise bad_query("Spread embedding is not supported by this server")
    first = _field(cur)
    alias: str | None = None
    if cur.peek() == ":" and cur.peek(2) != "::":
        if first.json_path:
            raise bad_query(f'"failed to parse select parameter ({cur.text})"')
        cur.pos += 1
        alias = first.name
        first = _field(cur)
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


def _embed(cur: _Cursor, name: str, alias: str | None) -> EmbedItem:
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
            raise bad_query(f'"failed to parse select parameter ({cur.text})"',
                            "more than one embedding hint")
    cur.expect("(")
    cur.skip_spaces()
    items: tuple[SelectItem, ...] = (Star(),) if cur.peek() == ")" else _select_list(cur)
    cur.skip_spaces()
    cur.expect(")")
    return EmbedItem(name, alias, hint, inner, items)


# ----------------------------------------------------------------- filters --

OPERATORS = frozenset({
    "eq", "neq", "gt", "gte", "lt", "lte", "like", "ilike", "match", "imatch",
    "in", "is", "isdistinct", "cs", "cd", "ov", "sl", "sr", "nxr", "nxl", "adj",
    "fts", "plfts", "phfts", "wfts",
})
_OP = re.compile(r"(not\.)?([a-z]+)(?:\(([a-z_]+)\))?\.")


def parse_filter(target: Field, text: str) -> Filter:
    """``eq.5``, ``not.in.(1,2)``, ``like(any).{a*,b*}``, ``fts(english).cat``."""
    match = _OP.match(text)
    if not match or match.group(2) not in OPERATORS:
        raise bad_query(f'"failed to parse filter ({text})"',
                        "unknown or unsupported operator")
    return Filter(target, match.group(2), match.group(3), text[match.end():],
                  negate=bool(match.group(1)))


def parse_field(text: str) -> Field:
    cur = _Cursor(text)
    result = _field(cur)
    if not cur.done():
        raise bad_query(f'"failed to parse filter ({text})"')
    return result


def parse_logic(kind: str, text: str, *, negate: bool = False) -> Logic:
    """The value of ``or=(a.eq.1,and(b.gt.2,c.is.null))``."""
    if not (text.startswith("(") and text.endswith(")")):
        raise bad_query(f'"failed to parse logic tree ({text})"')
    children = tuple(_logic_item(part) for part in split_top_level(text[1:-1]))
    if not children:
        raise bad_query(f'"failed to parse logic tree ({text})"')
    return Logic(kind, children, negate)


def _logic_item(text: str) -> Condition:
    negate = text.startswith("not.")
    body = text[4:] if negate else text
    for kind in ("and", "or"):
        if body.startswith(kind + "("):
            return parse_logic(kind, body[len(kind):], negate=negate)
    cur = _Cursor(text)
    target = _field(cur)
    if cur.peek() != ".":
        raise bad_query(f'"failed to parse logic tree ({text})"')
    parsed = parse_filter(target, text[cur.pos + 1:])
    value = parsed.value
    if len(value) >= 2 and value.startswith('"') and value.endswith('"'):
        value = _unquote(value[1:-1])
    return Filter(parsed.field, parsed.op, parsed.modifier, value, parsed.negate)


def split_top_level(text: str) -> list[str]:
    """Split on commas outside parentheses, braces and double quotes."""
    parts: list[str] = []
    depth = 0
    quoted = False
    start = 0
    i = 0
    while i < len(text):
        char = text[i]
        if quoted:
            if char == "\\":
                i += 1
            elif char == '"':
                quoted = False
        elif char == '"':
            quoted = True
        elif char in "({":
            depth += 1
        elif char in ")}":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
        i += 1
    if quoted or depth != 0:
        raise bad_query(f'"failed to parse ({text})"', "unbalanced quotes or parentheses")
    parts.append(text[start:])
    return [p for p in parts if p != ""] if text else []


def _unquote(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def parse_in_list(value: str) -> list[str]:
    """``(a,"b,c",3)`` → ``["a", "b,c", "3"]`` (PostgREST's quoting rules)."""
    if not (value.startswith("(") and value.endswith(")")):
        raise bad_query(f'"failed to parse filter (in.{value})"',
                        "in. needs a parenthesised list")
    out = []
    for part in split_top_level(value[1:-1]):
        item = part.strip()
        if len(item) >= 2 and item.startswith('"') and item.endswith('"'):
            item = _unquote(item[1:-1])
        out.append(item)
    return out


# ------------------------------------------------------------------- order --

def parse_order(text: str) -> list[OrderTerm]:
    terms: list[OrderTerm] = []
    for part in split_top_level(text):
        cur = _Cursor(part)
        target = _field(cur)
        desc = False
        nulls: str | None = None
        modifiers = part[cur.pos:].split(".")[1:] if cur.peek() == "." else []
        if not cur.done() and cur.peek() != ".":
            raise bad_query(f'"failed to parse order ({text})"',
                            "ordering by embedded resources is not supported")
        for word in modifiers:
            if word in ("asc", "desc"):
                desc = word == "desc"
            elif word in ("nullsfirst", "nullslast"):
                nulls = word[5:]
            else:
                raise bad_query(f'"failed to parse order ({text})"',
                                f"unknown order modifier {word!r}")
        terms.append(OrderTerm(target, desc, nulls))
    return terms
