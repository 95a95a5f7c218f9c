"""``lantern import`` is all or nothing on disk and in the database (issue #12,
item 13): whichever step fails — writing the staged images, a row, a
rename into place, the commit — the course's rows and its folder are exactly
as before, nothing is left in ``course-files/``, and "Nothing was imported"
is then true.

The failures are real: a file where a folder must go, a SQLite trigger, a
deferred foreign key that fails at COMMIT, and a rename refused by a small
stand-in for ``os.replace`` (the only way to make one rename of several fail
on a disk the test runs on as root).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from desktop.cli import main
from desktop.course_package import CoursePackage, load_files
from desktop.store.db.learner_store import LearnerStore
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.errors import StoreError
from desktop.store.models import CachedImage, Lesson
from desktop.store.replica.importer import import_package
from tests.course_package.packages import TINY_PNG

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample-course"


def sample_files() -> dict[str, bytes]:
    return {
        path.relative_to(SAMPLE).as_posix(): path.read_bytes()
        for path in SAMPLE.rglob("*")
        if path.is_file()
    }


def package_of(files: dict[str, bytes]) -> CoursePackage:
    result = load_files(files)
    assert result.package is not None, result.problems
    return result.package


def edited_sample() -> CoursePackage:
    """The sample with two images replaced, one added in a new folder, and a
    lesson retitled: every kind of rename an import makes."""
    files = sample_files()
    lesson = next(name for name in sorted(files) if name.endswith(".md") and name != "README.md")
    files[lesson] = files[lesson].replace(b'title = "', b'title = "Revised: ', 1)
    files["images/cover.png"] = TINY_PNG
    files["images/url-parts.png"] = TINY_PNG + b"\x00"
    files["images/new/extra.png"] = TINY_PNG + b"\x01"
    text = files[lesson].decode()
    files[lesson] = (text + "\n![extra](images/new/extra.png)\n").encode()
    return package_of(files)


@pytest.fixture
def guest(tmp_path: Path) -> LearnerStore:
    store, _ = ProfileDirectory(tmp_path / "data").open_guest()
    return store


def files_dir(store: LearnerStore) -> Path:
    return store.db.path.parent / "course-files"


def disk(store: LearnerStore) -> dict[str, bytes]:
    """Every file under course-files/, temporary folders included."""
    base = files_dir(store)
    if not base.exists():
        return {}
    return {
        path.relative_to(base).as_posix(): path.read_bytes()
        for path in base.rglob("*")
        if path.is_file()
    }


def rows(store: LearnerStore) -> dict[str, Any]:
    with store.db.read() as session:
        return {
            "lessons": sorted(session.exec(select(Lesson.id, Lesson.title)).all()),
            "images": sorted(session.exec(select(CachedImage.url, CachedImage.local_path)).all()),
        }


@pytest.fixture
def imported(guest: LearnerStore) -> tuple[dict[str, bytes], dict[str, Any]]:
    """The sample imported once: what the disk and the rows hold before the
    failing re-import."""
    import_package(guest, package_of(sample_files()))
    before = disk(guest), rows(guest)
    assert before[0], "the sample's images are on disk"
    assert before[1]["images"], "and indexed"
    return before


class FailingRename:
    """``os.replace`` that refuses its ``nth`` call (1-based) as a full disk
    would, and does every other rename for real."""

    def __init__(self, nth: int) -> None:
        self.nth = nth
        self.calls = 0
        self.real: Callable[..., None] = os.replace

    def __call__(self, source: Any, target: Any) -> None:
        self.calls += 1
        if self.calls == self.nth:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.real(source, target)


def renames_of_one_import(tmp_path: Path) -> int:
    """How many renames the edited re-import makes when nothing fails."""
    store, _ = ProfileDirectory(tmp_path / "count").open_guest()
    import_package(store, package_of(sample_files()))
    counter = FailingRename(0)  # never fails, only counts
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "replace", counter)
        import_package(store, edited_sample())
    store.db.close()
    return counter.calls


def test_a_successful_reimport_replaces_the_images_and_leaves_no_temporary_folder(
    guest: LearnerStore, imported: tuple[dict[str, bytes], dict[str, Any]]
) -> None:
    package = edited_sample()
    import_package(guest, package)
    folder = str(package.id)
    after = disk(guest)
    assert after[f"{folder}/images/cover.png"] == TINY_PNG
    assert after[f"{folder}/images/new/extra.png"] == TINY_PNG + b"\x01"
    assert all(name.startswith(folder + "/") for name in after), sorted(after)
    assert rows(guest) != imported[1]


@pytest.mark.parametrize("nth", range(1, 18))
def test_a_rename_failing_at_any_step_puts_everything_back(
    guest: LearnerStore,
    imported: tuple[dict[str, bytes], dict[str, Any]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    nth: int,
) -> None:
    monkeypatch.setattr(os, "replace", FailingRename(nth))
    with pytest.raises(OSError, match="No space left"):
        import_package(guest, edited_sample())
    monkeypatch.undo()
    assert (disk(guest), rows(guest)) == imported


def test_the_failing_renames_above_are_every_rename_of_the_import(tmp_path: Path) -> None:
    # the eight old files set aside (four pictures, the video, its captions, the
    # sound, the PDF) and the nine new ones moved in (one into a new folder):
    # 17, each failed once by the test above
    assert renames_of_one_import(tmp_path) == 17


def test_a_commit_that_fails_puts_the_old_images_back(
    guest: LearnerStore, imported: tuple[dict[str, bytes], dict[str, Any]]
) -> None:
    """A deferred foreign key is checked at COMMIT: the rows are all written
    and every image renamed into place when the database refuses."""
    with guest.db.transaction() as session:
        sql = session.connection().exec_driver_sql
        sql(
            "create table import_audit (course_id text references courses(id) "
            "deferrable initially deferred)"
        )
        sql(
            "create trigger audit_import after update on sync_state "
            "begin insert into import_audit values ('no such course'); end"
        )
    with pytest.raises(StoreError, match="FOREIGN KEY constraint failed"):
        import_package(guest, edited_sample())
    assert (disk(guest), rows(guest)) == imported


def test_a_row_the_database_refuses_changes_no_file(
    guest: LearnerStore, imported: tuple[dict[str, bytes], dict[str, Any]]
) -> None:
    with guest.db.transaction() as session:
        session.connection().exec_driver_sql(
            "create trigger disk_full before update on lesson_contents "
            "begin select raise(abort, 'database or disk is full'); end"
        )
    with pytest.raises(StoreError, match="disk is full"):
        import_package(guest, edited_sample())
    assert (disk(guest), rows(guest)) == imported


def test_staging_that_cannot_be_written_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    store, _ = ProfileDirectory(data).open_guest()
    files_dir(store).write_bytes(b"a file where the folder must go")
    before = rows(store)
    store.db.close()
    assert main(["import", str(SAMPLE), "--data-dir", str(data)]) == 1
    assert capsys.readouterr().out.startswith("Nothing was imported:")
    store, _ = ProfileDirectory(data).open_guest()
    assert rows(store) == before
    assert files_dir(store).read_bytes() == b"a file where the folder must go"
    store.db.close()


def test_a_failed_rename_from_the_command_line_says_nothing_was_imported_and_is_true(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    store, _ = ProfileDirectory(data).open_guest()
    before = disk(store), rows(store)
    store.db.close()
    monkeypatch.setattr(os, "replace", FailingRename(2))
    assert main(["import", str(SAMPLE), "--data-dir", str(data)]) == 1
    monkeypatch.undo()
    assert capsys.readouterr().out.startswith("Nothing was imported:")
    store, _ = ProfileDirectory(data).open_guest()
    assert (disk(store), rows(store)) == before
    store.db.close()
