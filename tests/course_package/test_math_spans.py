"""TeX formulas in lesson Markdown: where they are, which ones cannot be shown
(issue #16, "Math"), in linear time whatever the lesson (issue #12)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop.course_package import load_files
from desktop.course_package.math_spans import MAX_FORMULA, find_math, formula_problem
from desktop.ui.words.package import phrase_text
from tests.course_package.packages import SECOND, tiny_package


def found(body: str) -> list[tuple[str, bool, int]]:
    return [(span.tex, span.display, span.line) for span in find_math(body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Euler: $e^{i\\pi} + 1 = 0$.", [("e^{i\\pi} + 1 = 0", False, 1)]),
        ("It costs $5 and $6.", []),  # prices stay prices
        ("$5 or $6 each; then $x^2$.", [("x^2", False, 1)]),
        ("$x$5 is not one; $y$ is.", [("y", False, 1)]),
        ("No $ x$ and no $x $ either.", []),
        ("An escaped \\$x$ is a dollar.", []),
        ("Text\n\n$$\n\\frac{1}{2}\n$$\n", [("\\frac{1}{2}", True, 3)]),
        ("$$a\n\nb$$", []),  # a display formula stays in its paragraph
        ("`$x$` and\n```\n$y$\n```\n$z$", [("z", False, 5)]),  # code is code
        ("$$ $$ and $$x$$", [("x", True, 1)]),
    ],
)
def test_delimiters_follow_the_rules_readers_know(
    body: str, expected: list[tuple[str, bool, int]]
) -> None:
    assert found(body) == expected


@given(st.text(alphabet="$ ab\\`\n{}^", max_size=200))
@example("$$$")
@example("$\\$$")
def test_spans_are_ordered_disjoint_and_point_at_their_delimiters(body: str) -> None:
    last_end = 0
    for span in find_math(body):
        assert span.start >= last_end
        assert body[span.start] == "$"
        assert body[span.end - 1] == "$"
        inner = 2 if span.display else 1
        assert body[span.start : span.start + inner] == body[span.end - inner : span.end]
        assert span.tex == body[span.start + inner : span.end - inner].strip(
            None if span.display else ""
        )
        assert span.line == body.count("\n", 0, span.start) + 1
        last_end = span.end


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "hostile",
    [
        "$a " * 1_000_000,
        "$" * 2_000_000,
        "$$x\n" * 500_000,
        "\\" * 1_000_000 + "$x$",
        "`$" * 1_000_000,
        "$x$ " * 500_000,
    ],
    ids=["openers", "dollars", "display-lines", "backslashes", "backticks", "many"],
)
def test_megabytes_of_hostile_lines_finish(hostile: str) -> None:
    spans = find_math(hostile)
    assert len(spans) <= 2_000  # the per-lesson bound


def test_formulas_the_reader_cannot_show_are_named() -> None:
    assert formula_problem("\\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}") is None
    broken = formula_problem("\\frac{1}{")
    assert broken is not None
    assert phrase_text(broken).startswith("the formula cannot be read")
    assert formula_problem("{" * 5_000 + "x" + "}" * 5_000) is not None  # too long
    deep = "{" * (MAX_FORMULA // 2 - 1) + "}" * (MAX_FORMULA // 2 - 1)
    found = formula_problem(deep)
    assert found is None or phrase_text(found) == "the formula nests too deeply"


def test_check_reports_a_broken_formula_with_its_file_and_line() -> None:
    body = SECOND + "\nA formula $\\frac{1}{$ here.\n\nA good one: $x^2$.\n"
    result = load_files(tiny_package({"second.md": body}))
    messages = [(p.file, p.line, phrase_text(p.what)) for p in result.problems]
    assert len(messages) == 1, messages
    file, line, message = messages[0]
    assert (file, line) == ("second.md", 8)  # the body starts on line 6
    assert "formula" in message
    assert "TeX source" in message
