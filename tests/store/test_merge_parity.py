"""desktop/rules/merge.py merges section progress exactly as sync_push does."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop.rules import merge
from tests.helpers.profiles import examples

hlcs = st.builds(
    lambda w, c, d: f"{w:013d}-{c:06d}-{d}",
    st.integers(0, 9),
    st.integers(0, 2),
    st.sampled_from(["dev-a", "dev-b", "0f-1"]),
)
sections = st.fixed_dictionaries(
    {"percent": st.integers(0, 100), "hlc": hlcs},
    optional={"page": st.integers(0, 9), "note": st.sampled_from(["x", "y"])},
)


@pytest.fixture
def conn(db_url: str) -> Iterator[psycopg.Connection[Any]]:
    with psycopg.connect(db_url, autocommit=True) as connection:
        yield connection


@settings(
    max_examples=examples(300),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(cur=sections, incoming=sections)
def test_a_section_merges_to_the_same_value_on_client_and_server(
    conn: psycopg.Connection[Any], cur: dict[str, Any], incoming: dict[str, Any]
) -> None:
    # Equal stamps only ever come from a replay of the same op, i.e. equal content.
    assume(cur["hlc"] != incoming["hlc"] or cur == incoming)
    row = conn.execute(
        "select private.sync_merge_section(%s::jsonb, %s::jsonb)",
        (json.dumps(cur), json.dumps(incoming)),
    ).fetchone()
    assert row is not None
    assert merge.merge_section(cur, incoming) == row[0]
