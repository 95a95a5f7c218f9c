"""desktop/rules/grading.py grades exactly as the server's SQL does.

Hypothesis feeds both the same answers — awkward whitespace, accents, Greek
sigma, dotted İ, wrong types — and every verdict must match.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.rules.grading import GradableQuestion, is_correct, normalise
from tests.helpers.profiles import examples

AWKWARD = " \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2003\u2007\u2028\u202f\u3000"
LETTERS = "aAbBzZéÉßΣσςİıЖж0_-"
texts = st.text(alphabet=AWKWARD + LETTERS, max_size=12)
option_ids = st.sampled_from(["a", "b", "c", "d"])
answers: st.SearchStrategy[Any] = (
    st.none() | texts | option_ids | st.lists(option_ids, max_size=4) | st.integers(0, 3)
    | st.lists(st.integers(0, 3), max_size=2)
)

SETTINGS = settings(max_examples=examples(300), deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def conn(db_url: str) -> Iterator[psycopg.Connection[Any]]:
    with psycopg.connect(db_url, autocommit=True) as connection:
        yield connection


@SETTINGS
@given(text=texts)
# found earlier (93073ff): NBSP and the ASCII separators are no spaces to
# PostgreSQL, and its lower() has no Greek final-sigma rule
@example(text="a\xa0b")
@example(text="x\x1cy\x1f")
@example(text="ΟΔΟΣ")
@example(text="İ")
def test_short_answers_are_normalised_like_the_server(
    conn: psycopg.Connection[Any], text: str
) -> None:
    row = conn.execute("select private.normalise_answer(%s)", (text,)).fetchone()
    assert row is not None and normalise(text) == row[0]


@SETTINGS
@given(
    kind=st.sampled_from(["single_choice", "multiple_choice", "short_answer"]),
    correct=st.lists(option_ids | texts, min_size=1, max_size=3),
    answer=answers,
)
def test_each_verdict_matches_the_server(
    conn: psycopg.Connection[Any], kind: str, correct: list[str], answer: Any
) -> None:
    row = conn.execute(
        "select private.answer_is_correct(%s, %s::jsonb, %s::jsonb)",
        (kind, json.dumps(correct), json.dumps(answer)),
    ).fetchone()
    assert row is not None
    question = GradableQuestion("q", 1, kind, 1, tuple(correct))  # type: ignore[arg-type]
    assert is_correct(question, answer) is row[0]
