"""The storage manager's store side: sizes on disk, removing a download, free space."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from desktop.store.actions import learning, quizzes
from desktop.store.db.learner_store import LearnerStore
from desktop.store.models import (
    CachedImage,
    Course,
    CourseDownload,
    Enrollment,
    LessonContent,
    LessonProgress,
    OutboxRow,
    QuizAttempt,
    SyncCursor,
)
from desktop.store.models.local import REMOVED
from desktop.store.reads import search_lessons
from desktop.store.replica.content import mark_available_offline, record_cached_image
from desktop.store.replica.downloads import start_download
from desktop.store.replica.importer import default_files_dir, image_key
from desktop.store.replica.storage import (
    RESERVE,
    DownloadSpace,
    download_space,
    remove_download,
    storage_report,
)
from desktop.store.replica.sync_status import course_scope, scopes_to_pull
from tests.store.conftest import COURSE, LESSONS, Q_SINGLE, QUIZ_LESSON, T0
from tests.store.test_lesson_search import store_body

COVER_URL = "https://school.example/storage/v1/object/public/course-content/c/cover.png"


def _downloaded(store: LearnerStore) -> tuple[Path, Path]:
    """The sample course downloaded: two lesson images and its catalogue cover."""
    files = default_files_dir(store) / COURSE / "images"
    files.mkdir(parents=True)
    image, cover = files / "halves.png", files / "cover.png"
    image.write_bytes(b"\x89PNG" + b"h" * 3000)
    (files / "thirds.png").write_bytes(b"\x89PNG" + b"t" * 1000)
    cover.write_bytes(b"\x89PNG" + b"c" * 500)
    for name in ("halves.png", "thirds.png"):
        path = files / name
        record_cached_image(
            store, COURSE, image_key(COURSE, f"images/{name}"), str(path), path.stat().st_size
        )
    with store.write() as session:
        course = session.get(Course, COURSE)
        assert course is not None
        course.thumbnail_url = COVER_URL
        session.add(course)
        session.add(SyncCursor(scope=course_scope(COURSE), cursor="42", updated_at=T0))
    record_cached_image(store, COURSE, COVER_URL, str(cover), 504)
    mark_available_offline(store, COURSE, content_updated_at=T0)
    return image, cover


def test_a_downloaded_course_is_measured_on_disk_without_its_cover(store: LearnerStore) -> None:
    _downloaded(store)
    report = storage_report(store)
    (row,) = report.courses
    bodies = sum(len(f"# Part {i}".encode()) for i in (1, 2, 3))
    assert (row.course_id, row.title) == (COURSE, "Fractions for Farmers")
    assert (row.lesson_bytes, row.file_bytes, row.files) == (bodies, 3004 + 1004, 2)
    assert report.total == row.total == bodies + 4008
    assert report.free > 0
    assert report.folder == store.db.path.parent


def test_lesson_bytes_are_utf8_bytes(store: LearnerStore) -> None:
    with store.write() as session:
        content = session.get(LessonContent, LESSONS[0])
        assert content is not None
        content.body_markdown = "شاي"  # three letters, six bytes
        session.add(content)
    (row,) = storage_report(store).courses
    assert row.lesson_bytes == 6 + len(b"# Part 2") + len(b"# Part 3")


def test_removing_a_download_keeps_progress_attempts_and_the_outbox(
    store: LearnerStore,
) -> None:
    image, cover = _downloaded(store)
    learning.enroll(store, COURSE)
    learning.record_time_spent(store, LESSONS[0], 90)
    learning.complete_lesson(store, LESSONS[0])
    quizzes.submit_quiz_attempt(store, QUIZ_LESSON, {Q_SINGLE: {"version": 1, "answer": "a"}})
    with store.db.read() as session:
        before = {
            "progress": [p.model_dump() for p in session.exec(select(LessonProgress))],
            "attempts": [a.model_dump() for a in session.exec(select(QuizAttempt))],
            "enrollments": [e.model_dump() for e in session.exec(select(Enrollment))],
            "outbox": [o.model_dump() for o in session.exec(select(OutboxRow))],
        }
    assert before["progress"]
    assert before["attempts"]
    assert before["outbox"]
    store_body(store, LESSONS[0], "## Halves\n\nCut the loaf in halves.")
    assert search_lessons(store, "loaf")

    freed = remove_download(store, COURSE)

    assert freed > 4000
    assert not image.exists()
    assert cover.exists()  # the catalogue still shows it
    assert storage_report(store).courses == ()
    with store.db.read() as session:
        assert list(session.exec(select(LessonContent))) == []
        assert [c.url for c in session.exec(select(CachedImage))] == [COVER_URL]
        assert session.get(SyncCursor, course_scope(COURSE)) is None
        download = session.get(CourseDownload, COURSE)
        assert download is not None
        assert (download.state, download.bytes_done) == (REMOVED, freed)
        after = {
            "progress": [p.model_dump() for p in session.exec(select(LessonProgress))],
            "attempts": [a.model_dump() for a in session.exec(select(QuizAttempt))],
            "enrollments": [e.model_dump() for e in session.exec(select(Enrollment))],
            "outbox": [o.model_dump() for o in session.exec(select(OutboxRow))],
        }
    assert after == before
    assert search_lessons(store, "loaf") == []  # the search index went with the bodies


def test_a_removed_course_is_not_pulled_until_downloaded_again(store: LearnerStore) -> None:
    _downloaded(store)
    learning.enroll(store, COURSE)
    assert course_scope(COURSE) in scopes_to_pull(store)
    remove_download(store, COURSE)
    assert course_scope(COURSE) not in scopes_to_pull(store)  # enrolled, but removed
    start_download(store, COURSE)
    assert course_scope(COURSE) in scopes_to_pull(store)
    with store.db.read() as session:
        # no cursor: the download pulls the whole course again
        assert session.get(SyncCursor, course_scope(COURSE)) is None


def test_a_download_that_would_not_fit_is_told(store: LearnerStore) -> None:
    _downloaded(store)
    freed = remove_download(store, COURSE)
    space = download_space(store, COURSE)
    assert space.needed == freed  # what it took last time
    assert space.fits == (space.free - freed >= RESERVE)
    assert not DownloadSpace(needed=10_000, free=RESERVE + 9_999).fits
    assert DownloadSpace(needed=10_000, free=RESERVE + 10_000).fits
    assert not DownloadSpace(needed=None, free=RESERVE - 1).fits  # a nearly full disk
    assert download_space(store, "never-downloaded").needed is None
