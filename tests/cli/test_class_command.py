"""``lantern class COURSE [--csv FILE] [--json]`` on a laptop holding the sample class.

The class is read from the teacher's store only, so no server runs here: the
data folder is a real one, with the teacher remembered as ``lantern login``
leaves them and the class applied as ``lantern sync`` would
(tests/samples/sample_class.py).
"""

from __future__ import annotations

import codecs
import csv
import json
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.reads import CLASS_CSV_COLUMNS, CLASS_CSV_ENCODING
from desktop.store.replica.content import CatalogueContent, upsert_catalogue
from tests.samples.sample_class import (
    BO,
    LESSON_TITLES,
    TAUGHT,
    TAUGHT_TITLE,
    WRITING,
    pull_class,
    sample_class,
    taught_course,
)

TEACHER = "5a000000-0000-4000-8000-000000000001"
EMAIL = "sam@example.org"
NAMES = ["Ada Lovelace", "Bo Chen", "Carmen Díaz", "Dawit Bekele", "Emma Novak", "farid"]
SECOND = "c3000000-0000-4000-8000-000000000002"
SECOND_TITLE = "Working with files, part 2"

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A laptop where the teacher signed in and synced their class."""
    folder = tmp_path / "laptop"
    profiles = ProfileDirectory(folder)
    profiles.remember(TEACHER, EMAIL, "Sam Teacher", "http://127.0.0.1:54321")
    store, _recovery = profiles.open_learner(TEACHER)
    try:
        sample_class(store, datetime.now(UTC))
    finally:
        store.close()
    return folder


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Run:
    """``cli(data_dir, "class", "files", …)`` → (exit code, stdout, stderr)."""

    def run(data_dir: Path, *argv: str) -> tuple[int, str, str]:
        code = main([argv[0], "--data-dir", str(data_dir), *argv[1:]])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _one_sentence(err: str) -> str:
    assert "Traceback" not in err
    assert err.count("\n") == 1, err  # one line, then the newline
    return err.strip()


def test_the_class_is_printed_with_names_and_who_needs_help_in_words(
    cli: Run, data_dir: Path
) -> None:
    code, out, err = cli(data_dir, "class", TAUGHT)
    assert (code, err) == (0, "")
    assert out.startswith(f"{TAUGHT_TITLE} — as of ")
    for name in NAMES:
        assert name in out
    assert "Gus" not in out  # left the course
    assert "1 learner left the course" in out
    bo = next(line for line in out.splitlines() if line.startswith("Bo Chen"))
    assert "2 of 4" in bo
    assert "50%" in bo
    assert "failed “Writing safely” twice" in bo
    assert "inactive for 9 days" in out
    assert "not started, enrolled 12 days ago" in out
    assert "3 of 4   75%" in out  # Ada's row, columns aligned
    writing = next(line for line in out.splitlines() if LESSON_TITLES[WRITING] + ":" in line)
    assert "assessed quiz attempted by 3, passed by 2" in writing
    assert "most often missed: “Which mode adds to the end of a file" in writing
    assert "a question not on this computer" in out  # the practice quiz's questions


def test_the_course_can_be_named_by_part_of_its_title_in_any_case(cli: Run, data_dir: Path) -> None:
    by_id = cli(data_dir, "class", TAUGHT)
    by_title = cli(data_dir, "class", "WITH FILES")
    assert by_title[0] == 0
    assert by_title[1] == by_id[1]


def test_csv_writes_the_file_and_says_where(cli: Run, data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "exports" / "class.csv"
    path.parent.mkdir()
    code, out, err = cli(data_dir, "class", "files", "--csv", str(path))
    assert (code, err) == (0, "")
    assert str(path.absolute()) in out
    assert "6 learners, 24 rows" in out
    assert "Bo Chen" not in out  # the table is not printed as well
    assert path.read_bytes().startswith(codecs.BOM_UTF8)
    with path.open(encoding=CLASS_CSV_ENCODING, newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(CLASS_CSV_COLUMNS)
    assert len(rows) == 1 + 6 * 4
    assert {row[CLASS_CSV_COLUMNS.index("learner_name")] for row in rows[1:]} == set(NAMES)


def test_json_is_the_class_as_data(cli: Run, data_dir: Path, tmp_path: Path) -> None:
    code, out, err = cli(data_dir, "class", TAUGHT, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert (data["course_id"], data["title"], data["left"]) == (TAUGHT, TAUGHT_TITLE, 1)
    assert [learner["name"] for learner in data["learners"]] == NAMES
    bo = next(learner for learner in data["learners"] if learner["user_id"] == BO)
    assert [reason["code"] for reason in bo["help"]] == ["failed_quiz"]
    assert data["csv_path"] is None
    path = tmp_path / "class.csv"
    code, out, _ = cli(data_dir, "class", TAUGHT, "--json", "--csv", str(path))
    assert code == 0
    assert json.loads(out)["csv_path"] == str(path.absolute())
    assert path.is_file()


def test_lantern_help_lists_the_class_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if "class " in line)
    assert "a course you teach" in line


# --- what goes wrong ---------------------------------------------------------------


def test_nobody_signed_in_is_a_sentence_with_the_way_forward(cli: Run, tmp_path: Path) -> None:
    code, out, err = cli(tmp_path / "fresh", "class", "files")
    assert (code, out) == (2, "")
    sentence = _one_sentence(err)
    assert sentence.startswith("You teach no course on this computer")
    assert "sign in as the course's instructor" in sentence
    assert "lantern sync" in sentence


def test_a_learner_who_teaches_nothing_here_is_told_to_sign_in_and_sync(
    cli: Run, tmp_path: Path
) -> None:
    folder = tmp_path / "pupil"
    profiles = ProfileDirectory(folder)
    profiles.remember(TEACHER, EMAIL, "Sam", "http://127.0.0.1:54321")
    store, _recovery = profiles.open_learner(TEACHER)
    store.close()
    code, _, err = cli(folder, "class", "files")
    assert code == 2
    assert _one_sentence(err) == (
        f"You ({EMAIL}) teach no course on this computer; sign in as the course's "
        "instructor and run lantern sync."
    )
    code, out, _ = cli(folder, "class", "files", "--json")
    assert code == 2
    assert json.loads(out)["state"] == "no_class"


def test_a_teacher_who_signed_out_here_must_sign_in_again(cli: Run, data_dir: Path) -> None:
    ProfileDirectory(data_dir).locks.remember_password(TEACHER, "correct horse battery")
    ProfileDirectory(data_dir).locks.sign_out(TEACHER, waiting=0)
    code, out, err = cli(data_dir, "class", "files")
    assert (code, out) == (4, "")
    assert "sign in again first (lantern login --email sam@example.org)" in _one_sentence(err)
    code, out, _ = cli(data_dir, "class", "files", "--json")
    assert (code, json.loads(out)["state"]) == (4, "needs_sign_in")


def test_an_unknown_course_lists_the_courses_taught_here(cli: Run, data_dir: Path) -> None:
    code, out, err = cli(data_dir, "class", "Astronomy")
    assert (code, out) == (1, "")
    sentence = _one_sentence(err)
    assert "You teach no course matching “Astronomy” on this computer" in sentence
    assert f"{TAUGHT_TITLE} ({TAUGHT})" in sentence


def _teach_a_second_course(data_dir: Path) -> None:
    store, _recovery = ProfileDirectory(data_dir).open_learner(TEACHER)
    try:
        course = taught_course(SECOND, SECOND_TITLE, at=datetime.now(UTC))
        upsert_catalogue(store, CatalogueContent(courses=[course]))
        pull_class(store, SECOND)
    finally:
        store.close()


def test_an_ambiguous_course_names_each_match_and_a_whole_title_picks_one(
    cli: Run, data_dir: Path
) -> None:
    _teach_a_second_course(data_dir)
    code, _, err = cli(data_dir, "class", "working")
    assert code == 1
    sentence = _one_sentence(err)
    assert "“working” matches several courses you teach" in sentence
    assert f"{TAUGHT_TITLE} ({TAUGHT})" in sentence
    assert f"{SECOND_TITLE} ({SECOND})" in sentence
    code, out, _ = cli(data_dir, "class", "working", "--json")
    assert (code, json.loads(out)["state"]) == (1, "ambiguous_course")
    code, out, _ = cli(data_dir, "class", TAUGHT_TITLE.upper())  # whole title: no ambiguity
    assert code == 0
    assert out.startswith(TAUGHT_TITLE)


def _unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process may not create files in."""
    if os.name == "posix" and os.geteuid() != 0:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
        return folder
    if sys.platform.startswith("linux") and Path("/sys").is_dir():
        return Path("/sys")  # sysfs refuses new files even to root
    pytest.skip("no folder here refuses to be written")


@pytest.mark.parametrize("where", ["a folder", "a missing folder", "no permission"])
def test_a_csv_path_that_cannot_be_written_is_named_in_one_sentence(
    cli: Run, data_dir: Path, tmp_path: Path, where: str
) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    path, why = {
        "a folder": (exports, "it is a folder; name a file in it"),
        "a missing folder": (exports / "gone" / "class.csv", "does not exist"),
        "no permission": (_unwritable_folder(tmp_path) / "class.csv", "permission denied"),
    }[where]
    try:
        code, out, err = cli(data_dir, "class", TAUGHT, "--csv", str(path))
    finally:
        if where == "no permission" and path.parent.parent == tmp_path:
            path.parent.chmod(0o700)
    assert (code, out) == (1, "")
    sentence = _one_sentence(err)
    assert sentence.startswith(f"Cannot write the class to {path}: ")
    assert why in sentence
    assert list(exports.iterdir()) == []
    code, out, _ = cli(data_dir, "class", TAUGHT, "--csv", str(path), "--json")
    assert (code, json.loads(out)["state"]) == (1, "unwritable_csv")
