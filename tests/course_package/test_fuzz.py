"""Hypothesis: any bytes, any TOML, any front matter — the parser accepts
the package or explains why not, and never raises (issue #5)."""

from __future__ import annotations

import json
import math
import string
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.course_package import LoadResult, load_files, load_zip_bytes
from desktop.course_package.problems import ProblemLog, showable
from desktop.course_package.source import read_zip
from desktop.ui.words.package import phrase_text, problem_text
from tests.course_package.packages import TINY_PNG, tiny_package, zipped
from tests.helpers.profiles import examples

KEYS = [
    "id",
    "slug",
    "title",
    "description",
    "category",
    "difficulty",
    "tags",
    "price",
    "is_premium",
    "thumbnail",
    "estimated_duration_hours",
    "order",
    "duration_minutes",
    "free_preview",
    "prerequisites",
    "learning_objectives",
    "mode",
    "kind",
    "prompt",
    "options",
    "correct",
    "accepted",
    "points",
    "key",
    "criteria",
    "x",
]
FILE_NAMES = [
    "course.toml",
    "a.md",
    "b.md",
    "a.quiz.toml",
    "b.quiz.toml",
    "README.md",
    "images/x.png",
    "x.png",
    "bad name.md",
    "sub/c.md",
]
words = st.sampled_from(
    [
        "a",
        "b",
        "x.png",
        "images/x.png",
        "beginner",
        "assessed",
        "practice",
        "single_choice",
        "multiple_choice",
        "short_answer",
        "q1",
        "",
        " ",
    ]
)
scalars = st.one_of(
    words,
    st.text(max_size=12),
    st.integers(-3, 5),
    st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(KEYS), inner, max_size=4)
    ),
    max_leaves=12,
)


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return (
            "nan"
            if math.isnan(value)
            else ("inf" if value > 0 else "-inf")
            if math.isinf(value)
            else repr(value)
        )
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        # A JSON string is a TOML basic string, except for the characters
        # TOML forbids raw: json.dumps escapes every control character.
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    return "{" + ", ".join(f"{key} = {toml_value(item)}" for key, item in value.items()) + "}"


@st.composite
def toml_documents(draw: st.DrawFn) -> str:
    lines = [
        f"{key} = {toml_value(value)}"
        for key, value in draw(st.dictionaries(st.sampled_from(KEYS), values, max_size=8)).items()
    ]
    for header in draw(
        st.lists(
            st.sampled_from(["[quiz]", "[[quiz.questions]]", "[[questions]]", "[[achievements]]"]),
            max_size=3,
        )
    ):
        lines.append(header)
        lines += [
            f"{key} = {toml_value(value)}"
            for key, value in draw(
                st.dictionaries(st.sampled_from(KEYS), values, max_size=5)
            ).items()
        ]
    if draw(st.booleans()):  # now and then, break the syntax
        position = draw(st.integers(0, len(lines)))
        lines.insert(position, draw(st.sampled_from(["= 1", "[", "x = ", 'y = "', "a.b = 1"])))
    return "\n".join(lines)


@st.composite
def file_contents(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["toml", "lesson", "text", "bytes", "png"]))
    if kind == "toml":
        return draw(toml_documents()).encode()
    if kind == "lesson":
        body = draw(st.text(alphabet=string.printable + "![]()`é", max_size=60))
        return f"+++\n{draw(toml_documents())}\n+++\n{body}".encode()
    if kind == "text":
        return draw(st.text(max_size=80)).encode("utf-8", "surrogatepass")
    if kind == "png":
        return TINY_PNG
    return draw(st.binary(max_size=80))


packages = st.dictionaries(st.sampled_from(FILE_NAMES), file_contents(), max_size=7)


def assert_accepted_or_explained(result: LoadResult) -> None:
    if result.package is None:
        assert result.problems, "a rejected package must say why"
        for problem in result.problems:
            assert phrase_text(problem.what).strip()
            assert problem.line is None or problem.line >= 1
            # it names the file, with control characters written as escapes
            shown = problem_text(problem)
            assert shown.startswith(showable(problem.file))
            assert not any(ch < " " for ch in shown), shown
    else:
        assert result.problems == ()


@settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(packages)
def test_random_packages_are_accepted_or_explained(files: dict[str, bytes]) -> None:
    assert_accepted_or_explained(load_files(files))


@settings(max_examples=examples(200), deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["course.toml", "first.md", "second.md", "second.quiz.toml"]),
        file_contents(),
        max_size=2,
    )
)
def test_a_valid_package_with_random_files_swapped_in(changes: dict[str, bytes]) -> None:
    assert_accepted_or_explained(load_files(tiny_package(changes)))


def _version_64_zip() -> bytes:
    data = bytearray(zipped(tiny_package()))
    data[data.index(b"PK\x01\x02") + 6] = 64  # "version needed to extract": 6.4
    return bytes(data)


@settings(max_examples=examples(200), deadline=None)
@given(st.binary(max_size=300))
# found earlier (93f835a): "zip file version 6.4" raised NotImplementedError
@example(_version_64_zip())
def test_random_bytes_as_a_zip_are_reported(data: bytes) -> None:
    result = load_zip_bytes(data)
    assert result.package is None
    assert_accepted_or_explained(result)


@settings(max_examples=examples(200), deadline=None)
@given(st.data())
def test_damaged_zips_never_raise(data: st.DataObject) -> None:
    archive = bytearray(zipped(tiny_package()))
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(archive) - 1))
        archive[position] = data.draw(st.integers(0, 255))
    assert_accepted_or_explained(load_zip_bytes(bytes(archive)))


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(st.text(alphabet="ab./\\:C_", min_size=1, max_size=12), max_size=6))
@example(names=["./::"])  # a drive letter once "./" is dropped (#11)
def test_zip_member_names_never_escape_the_package(names: list[str]) -> None:
    archive = zipped({name: b"x" for name in names})
    files = read_zip(archive, ProblemLog()).paths()
    for path in files:
        assert not path.startswith("/")
        assert ".." not in path.split("/")
        assert "\\" not in path
        assert ":" not in path, "no drive letters, no NTFS streams"
