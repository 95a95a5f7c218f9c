"""Importing a package into a local store: guest mode's sample course and a
package from a USB stick; re-imports replace, a bad package imports nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlmodel import col, select

from desktop.cli import main
from desktop.course_package import CoursePackage, load_files, load_package
from desktop.publish.rows import file_rows
from desktop.store.db.learner_store import LearnerStore
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.models import (
    CourseFile,
    Lesson,
    LessonContent,
    QuizAnswerKey,
    QuizQuestion,
    QuizQuestionVersion,
)
from desktop.store.models.local import AVAILABLE_OFFLINE
from desktop.store.reads.catalogue import CatalogueQuery, search_courses
from desktop.store.replica import cached_image, download_size
from desktop.store.replica.content import cached_image_path, download_state
from desktop.store.replica.importer import image_key, import_package, import_sample_course
from tests.course_package.packages import FIRST, TINY_PNG, tiny_package

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample-course"


@pytest.fixture
def guest(tmp_path: Path) -> LearnerStore:
    store, recovery = ProfileDirectory(tmp_path / "data").open_guest()
    assert recovery is None
    return store


def sample() -> CoursePackage:
    package = load_package(SAMPLE).package
    assert package is not None
    return package


def test_guest_gets_the_sample_course_for_offline_study(guest: LearnerStore) -> None:
    package = sample()
    report = import_sample_course(guest)
    # 4 pictures, a video and its captions, a sound, a PDF
    assert (report.lessons, report.questions, report.images) == (5, 12, 8)
    found = search_courses(guest, CatalogueQuery(text="web"))
    assert [course.id for course in found.courses] == [str(package.id)]
    assert download_state(guest, str(package.id)).state == AVAILABLE_OFFLINE
    with guest.db.read() as session:
        lessons = session.exec(select(Lesson).order_by(col(Lesson.order_index))).all()
        assert [row.id for row in lessons] == [str(lesson.id) for lesson in package.lessons]
        bodies = {row.lesson_id: row.body_markdown for row in session.exec(select(LessonContent))}
        assert bodies == {str(lesson.id): lesson.body_markdown for lesson in package.lessons}
        keys = {row.question_id for row in session.exec(select(QuizAnswerKey))}
    practice = {
        str(q.id)
        for lesson in package.lessons
        if lesson.quiz_mode.value == "practice"
        for q in lesson.questions
    }
    assert keys == practice, "assessed keys never land on a learner's machine"
    for asset in package.assets:
        cached = cached_image_path(guest, image_key(str(package.id), asset.path))
        assert cached is not None
        assert Path(cached).read_bytes() == b"".join(asset.chunks())


def test_reimporting_an_edited_package_replaces_it_in_place(guest: LearnerStore) -> None:
    import_package(guest, load(tiny_package()))
    edited = load(
        tiny_package(
            {
                "first.md": FIRST.replace("# First", "# First, revised").replace(
                    'id = "q1"', 'id = "q9"'
                ),
                "second.md": None,
                "second.quiz.toml": None,
                "images/cover.png": TINY_PNG + b"!",
            }
        )
    )
    report = import_package(guest, edited)
    assert report.lessons_removed == 1
    with guest.db.read() as session:
        assert [row.title for row in session.exec(select(Lesson))] == ["First"]
        (body,) = session.exec(select(LessonContent)).all()
        assert body.body_markdown.startswith("# First, revised")
        states = {row.id: row.is_active for row in session.exec(select(QuizQuestion))}
        assert states == {
            str(edited.lessons[0].questions[0].id): True,
            str(load(tiny_package()).lessons[0].questions[0].id): False,
        }
        # Versions stay: an attempt taken on this device may name them.
        versions = {row.question_id for row in session.exec(select(QuizQuestionVersion))}
        assert set(states) <= versions
    cached = cached_image_path(guest, image_key(str(edited.id), "images/cover.png"))
    assert cached is not None
    assert Path(cached).read_bytes() == TINY_PNG + b"!"
    with guest.db.read() as session:
        listed = {row.path: row for row in session.exec(select(CourseFile))}
    assert set(listed) == {"images/cover.png"}, "a dropped file leaves the manifest"
    assert listed["images/cover.png"].sha256 == hashlib.sha256(TINY_PNG + b"!").hexdigest()


def test_an_import_lists_the_files_as_a_publish_does(guest: LearnerStore) -> None:
    """Same rows, same ids as ``lantern publish`` writes, so a later pull of the
    published course updates them; the sizes read the same either way."""
    package = sample()
    import_sample_course(guest)
    with guest.db.read() as session:
        listed = {
            row.path: (row.id, row.size_bytes, row.sha256, row.content_type, row.lesson_ids)
            for row in session.exec(select(CourseFile))
        }
    assert listed == {
        path: (row["id"], row["size_bytes"], row["sha256"], row["content_type"], row["lesson_ids"])
        for path, row in file_rows(package).items()
    }
    assert set(listed) == {asset.path for asset in package.assets}
    size = download_size(guest, str(package.id))
    # all here, hashes known: two pictures, the poster, the video, its captions, the sound, the PDF
    assert (size.known, size.files, size.remaining) == (True, 7, 0)
    for asset in package.assets:
        cached = cached_image(guest, image_key(str(package.id), asset.path))
        assert cached is not None
        assert cached.sha256 == asset.sha256()


def load(files: dict[str, bytes]) -> CoursePackage:
    result = load_files(files)
    assert result.package is not None, result.problems
    return result.package


def test_lantern_import_puts_a_zip_in_the_guest_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["import", str(SAMPLE), "--data-dir", str(data)]) == 0
    assert capsys.readouterr().out.startswith(
        "Imported “How the Web works” for the guest: 5 lessons, 12 questions, 8 files "
        "(pictures, video, sound, PDF)."
    )
    store, _ = ProfileDirectory(data).open_guest()
    assert search_courses(store, CatalogueQuery()).total == 1
    store.db.close()


def test_a_broken_package_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    for name, data in tiny_package({"second.md": b"\xff\xfe not text"}).items():
        (broken / name).parent.mkdir(parents=True, exist_ok=True)
        (broken / name).write_bytes(data)
    data_dir = tmp_path / "data"
    assert main(["import", str(broken), "--data-dir", str(data_dir)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("second.md:1: is not UTF-8 text")
    assert "Nothing was imported" in out
    assert not data_dir.exists(), "not even an empty store is created"


def _fail_question_writes(store: LearnerStore) -> None:
    """A real failure inside the real database: the disk 'fills up' when the
    import reaches the quiz questions, after the images were written."""
    with store.db.transaction() as session:
        session.connection().exec_driver_sql(
            "create trigger disk_full before insert on quiz_questions "
            "begin select raise(abort, 'database or disk is full'); end"
        )


def test_a_failed_import_leaves_no_files_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    store, _ = ProfileDirectory(data).open_guest()
    _fail_question_writes(store)
    files_dir = store.db.path.parent / "course-files"
    store.db.close()
    assert main(["import", str(SAMPLE), "--data-dir", str(data)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("Nothing was imported:"), out
    assert not files_dir.exists() or list(files_dir.iterdir()) == [], (
        "no image and no temporary folder is left in course-files/"
    )


def test_a_failed_reimport_keeps_the_old_images(guest: LearnerStore) -> None:
    package = sample()
    import_package(guest, package)
    folder = guest.db.path.parent / "course-files" / str(package.id)
    before = {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}
    assert before
    edited = load_files(
        {
            **{
                f"{path.relative_to(SAMPLE).as_posix()}": path.read_bytes()
                for path in SAMPLE.rglob("*")
                if path.is_file()
            },
            "images/url-parts.png": TINY_PNG,
        }
    ).package
    assert edited is not None
    with guest.db.transaction() as session:  # the previous questions go, new inserts fail
        session.connection().exec_driver_sql("delete from quiz_questions")
    _fail_question_writes(guest)
    with pytest.raises(Exception, match="disk is full"):
        import_package(guest, edited)
    after = {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}
    assert after == before
    assert [p.name for p in folder.parent.iterdir()] == [str(package.id)]
