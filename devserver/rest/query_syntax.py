"""PostgREST's query-string syntax besides ``select=``: filters, logic trees,
``in.(…)`` lists and ``order=``.

Parsing only; see ``devserver.rest.grammar`` for the syntax tree and
``devserver.rest.filters`` for the SQL.  Anything not understood is a 400
PGRST100, never silently dropped.
"""

from __future__ import annotations

import re

from devserver.rest.grammar import (
    MAX_DEPTH,
    Condition,
    Cursor,
    Field,
    Filter,
    Logic,
    OrderTerm,
    bad_query,
    read_field,
)

OPERATORS = frozenset(
    {
        "eq",
        "neq",
        "gt",
        "gte",
        "lt",
        "lte",
        "like",
        "ilike",
        "match",
        "imatch",
        "in",
        "is",
        "isdistinct",
        "cs",
        "cd",
        "ov",
        "sl",
        "sr",
        "nxr",
        "nxl",
        "adj",
        "fts",
        "plfts",
        "phfts",
        "wfts",
    }
)
_OP = re.compile(r"(not\.)?([a-z]+)(?:\(([a-z_]+)\))?\.")


def parse_filter(target: Field, text: str) -> Filter:
    """``eq.5``, ``not.in.(1,2)``, ``like(any).{a*,b*}``, ``fts(english).cat``."""
    match = _OP.match(text)
    if not match or match.group(2) not in OPERATORS:
        raise bad_query(f'"failed to parse filter ({text})"', "unknown or unsupported operator")
    return Filter(
        target, match.group(2), match.group(3), text[match.end() :], negate=bool(match.group(1))
    )


def parse_field(text: str) -> Field:
    cur = Cursor(text)
    result = read_field(cur)
    if not cur.done():
        raise bad_query(f'"failed to parse filter ({text})"')
    return result


def parse_logic(kind: str, text: str, *, negate: bool = False, depth: int = 0) -> Logic:
    """The value of ``or=(a.eq.1,and(b.gt.2,c.is.null))``."""
    if not (text.startswith("(") and text.endswith(")")):
        raise bad_query(f'"failed to parse logic tree ({text})"')
    if depth >= MAX_DEPTH:
        raise bad_query(f"logic trees are nested more than {MAX_DEPTH} levels deep")
    children = tuple(_logic_item(part, depth) for part in split_top_level(text[1:-1]))
    if not children:
        raise bad_query(f'"failed to parse logic tree ({text})"')
    return Logic(kind, children, negate)


def _logic_item(text: str, depth: int) -> Condition:
    negate = text.startswith("not.")
    body = text[4:] if negate else text
    for kind in ("and", "or"):
        if body.startswith(kind + "("):
            return parse_logic(kind, body[len(kind) :], negate=negate, depth=depth + 1)
    cur = Cursor(text)
    target = read_field(cur)
    if cur.peek() != ".":
        raise bad_query(f'"failed to parse logic tree ({text})"')
    parsed = parse_filter(target, text[cur.pos + 1 :])
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
        raise bad_query(f'"failed to parse filter (in.{value})"', "in. needs a parenthesised list")
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
        cur = Cursor(part)
        target = read_field(cur)
        desc = False
        nulls: str | None = None
        modifiers = part[cur.pos :].split(".")[1:] if cur.peek() == "." else []
        if not cur.done() and cur.peek() != ".":
            raise bad_query(
                f'"failed to parse order ({text})"',
                "ordering by embedded resources is not supported",
            )
        for word in modifiers:
            if word in ("asc", "desc"):
                desc = word == "desc"
            elif word in ("nullsfirst", "nullslast"):
                nulls = word[5:]
            else:
                raise bad_query(
                    f'"failed to parse order ({text})"', f"unknown order modifier {word!r}"
                )
        terms.append(OrderTerm(target, desc, nulls))
    return terms
