"""Values the server cannot hold, and TOML nested to break the parser, are
refused by ``lantern check`` with a sentence naming the file and line — no
traceback for any input (issue #12, items 11 and 14)."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.cli import main
from desktop.course_package import load_files
from desktop.course_package.fields import INT4_MAX
from tests.course_package.packages import COURSE, FIRST, SECOND, SECOND_QUIZ, tiny_package
from tests.course_package.test_problems import assert_reported, problems_of

DEEP_ARRAY = "[" * 600 + "]" * 600
DEEP_TABLE = "{ a = " * 600 + "1" + " }" * 600


@pytest.mark.parametrize(
    ("file", "text", "line"),
    [
        ("course.toml", COURSE + f"tags = {DEEP_ARRAY}\n", 5),
        ("course.toml", COURSE + f"x = {DEEP_TABLE}\n", 5),
        ("first.md", FIRST.replace("order = 1\n", f"order = 1\nx = {DEEP_ARRAY}\n"), 4),
        ("second.quiz.toml", SECOND_QUIZ + f"\nx = {DEEP_TABLE}\n", 16),
    ],
)
def test_deeply_nested_toml_is_a_sentence_with_its_line(file: str, text: str, line: int) -> None:
    problems = problems_of({file: text})
    assert_reported(problems, file, line, "nested more than 32 levels deep")


def test_deep_nesting_through_the_command_prints_no_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "course"
    folder.mkdir()
    for name, data in tiny_package({"course.toml": COURSE + f"tags = {DEEP_ARRAY}\n"}).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    assert main(["check", str(folder)]) == 1
    out = capsys.readouterr()
    assert "course.toml:5: is not valid TOML: arrays or tables are nested" in out.out
    assert "Traceback" not in out.out + out.err


@pytest.mark.parametrize(
    ("file", "old", "new", "line", "fragment"),
    [
        (
            "second.md",
            "order = 2",
            "order = 2\nduration_minutes = 99999999999999999",
            4,
            "'duration_minutes' of the lesson is 99,999,999,999,999,999; the most",
        ),
        ("second.md", "order = 2", "order = 2147483648", 3, "'order' of the lesson is"),
        (
            "course.toml",
            'difficulty = "beginner"',
            "estimated_duration_hours = 3000000000",
            3,
            "the most the server can store is 2,147,483,647",
        ),
        (
            "second.quiz.toml",
            'accepted = ["hello"]',
            'accepted = ["hello"]\npoints = 4294967296',
            15,
            "'points' of question 'word' must be a whole number from 1 to 1,000",
        ),
        (
            "course.toml",
            'difficulty = "beginner"',
            "price = 100000000",
            3,
            "'price' of the course must be a number from 0 to 99999999.99",
        ),
    ],
)
def test_integers_beyond_the_servers_columns_are_refused(
    file: str, old: str, new: str, line: int, fragment: str
) -> None:
    text = {"course.toml": COURSE, "second.md": SECOND, "second.quiz.toml": SECOND_QUIZ}[file]
    assert old in text
    problems = problems_of({file: text.replace(old, new)})
    assert_reported(problems, file, line, fragment)


@pytest.mark.parametrize("number", ["1" * 5000, "0x" + "f" * 5000, "9" * 30])
def test_numbers_with_thousands_of_digits_are_a_sentence(number: str) -> None:
    problems = problems_of({"second.md": SECOND.replace("order = 2", f"order = {number}")})
    assert_reported(problems, "second.md", 3, "a number")


@pytest.mark.parametrize(
    ("file", "text", "line"),
    [
        ("second.md", SECOND + "a NUL \x00 here\n", 7),
        ("second.md", SECOND.replace('title = "Second"', 'title = "Sec\\u0000ond"'), 2),
        ("course.toml", COURSE.replace('"A tiny course"', '"A tiny\\U00000000 course"'), 2),
        ("second.quiz.toml", SECOND_QUIZ.replace('"hello"', '"hel\\u0000lo"'), 14),
    ],
)
def test_nul_characters_are_refused_with_their_line(file: str, text: str, line: int) -> None:
    problems = problems_of({file: text})
    assert_reported(problems, file, line, "NUL character")


hostile_fragments = st.sampled_from(
    [
        "[" * 400,
        "{a=" * 400,
        "]]]",
        "\x00",
        "\\u0000",
        "99999999999999999999",
        "1" * 4400,
        "![",
        "<img ",
        "`",
        "+++",
        '"""',
        "'''",
        "#",
        "\n",
        "=",
        "[[quiz.questions]]",
        "é",
    ]
)


@st.composite
def hostile_texts(draw: st.DrawFn) -> str:
    pieces = draw(
        st.lists(
            st.one_of(hostile_fragments, st.text(alphabet=string.printable, max_size=20)),
            max_size=12,
        )
    )
    return "".join(pieces)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    st.dictionaries(
        st.sampled_from(
            ["course.toml", "first.md", "second.md", "second.quiz.toml", "images/cover.png"]
        ),
        hostile_texts(),
        min_size=1,
        max_size=3,
    )
)
def test_check_and_import_never_print_a_traceback(
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    changes: dict[str, str],
) -> None:
    folder = tmp_path_factory.mktemp("package")
    for name, data in tiny_package(dict(changes)).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    data_dir = tmp_path_factory.mktemp("data")
    for argv in (["check", str(folder)], ["import", str(folder), "--data-dir", str(data_dir)]):
        code = main(argv)
        out = capsys.readouterr()
        assert code in (0, 1)
        assert "Traceback" not in out.out + out.err
        assert out.out.strip()


@pytest.mark.parametrize("points", ["1001", "2147483647"])
def test_question_points_beyond_the_servers_bound_are_reported(points: str) -> None:
    """The server bounds a question at 1..1000 points: two worth 2,147,483,647
    overflowed its score sum and failed every submission of the quiz."""
    text = SECOND_QUIZ.replace('accepted = ["hello"]', f'accepted = ["hello"]\npoints = {points}')
    problems = problems_of({"second.quiz.toml": text})
    assert_reported(problems, "second.quiz.toml", 15, "question 'word'", "from 1 to 1,000")


def test_question_points_up_to_the_bound_load() -> None:
    text = SECOND_QUIZ.replace('accepted = ["hello"]', 'accepted = ["hello"]\npoints = 1000')
    result = load_files(tiny_package({"second.quiz.toml": text}))
    assert result.problems == ()
    assert result.package is not None
    assert [q.points for q in result.package.lessons[1].questions] == [1, 1000]


def test_estimated_hours_from_many_long_lessons_fit_the_servers_column() -> None:
    """Each lesson's minutes fit an integer; the course's hours, derived from
    their sum when the course gives none, must too."""
    lessons = {
        f"l{n:02}.md": f'+++\ntitle = "L{n}"\norder = {n}\n'
        f"duration_minutes = {INT4_MAX}\n+++\nBody.\n"
        for n in range(2, 72)
    }
    result = load_files(tiny_package({"second.md": None, "second.quiz.toml": None, **lessons}))
    assert result.problems == ()
    assert result.package is not None
    assert result.package.estimated_duration_hours == INT4_MAX
