"""A downloaded course's files arriving after its text: bytes reported as they
come, pause and resume, stop ("text only"), through the real devserver."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from sqlmodel import select

from desktop.store.models import CourseDownload, CourseFile
from desktop.store.models.local import ALL_FILES, AVAILABLE_OFFLINE, TEXT_ONLY
from desktop.store.replica import cancel_files, default_files_dir, download_size, pause_files
from desktop.store.replica.content import download_state
from desktop.store.replica.downloads import start_download
from desktop.sync.download import (
    CourseDownloader,
    FilesProgress,
    courses_missing_pictures,
    download_missing_pictures,
)
from desktop.sync.engine import SyncEngine
from tests.fixtures.devserver import SignedUpUser
from tests.fixtures.learners import Learner
from tests.sync.test_download import published_sample


def text_downloaded(
    tmp_path: Path, make_instructor: Callable[[], SignedUpUser], new_learner: Callable[..., Learner]
) -> tuple[Learner, SyncEngine, str, int]:
    """The sample with its media, published; a learner who downloaded its text
    and then chose all its files: (learner, engine, course id, the files' bytes)."""
    _folder, _teacher, learner, engine, course_id = published_sample(
        tmp_path, make_instructor, new_learner, media=True
    )
    start_download(learner.store, course_id, TEXT_ONLY)
    CourseDownloader(engine).download(course_id)
    assert download_state(learner.store, course_id).state == AVAILABLE_OFFLINE
    with learner.store.write() as session:
        row = session.get(CourseDownload, course_id)
        assert row is not None
        row.files = ALL_FILES
        session.add(row)
    size = download_size(learner.store, course_id)
    assert size.known
    assert size.remaining == size.total > 0
    return learner, engine, course_id, size.total


def test_the_files_bytes_are_reported_as_they_arrive_up_to_the_manifests_total(
    tmp_path: Path, make_instructor: Callable[[], SignedUpUser], new_learner: Callable[..., Learner]
) -> None:
    learner, engine, course_id, total = text_downloaded(tmp_path, make_instructor, new_learner)
    with learner.store.db.read() as session:
        files = session.exec(select(CourseFile).where(CourseFile.course_id == course_id)).all()
    reports: list[FilesProgress] = []
    fetched = download_missing_pictures(engine, limit=0, on_files=reports.append)
    mine = [r for r in reports if r.course_id == course_id]
    assert fetched == mine[-1].files_total >= 5  # video, captions, sound, PDF, poster, pictures
    assert mine[0].bytes_done == 0
    assert not mine[0].finished
    assert mine[-1].finished
    assert mine[-1].bytes_done == mine[-1].bytes_total == total
    assert mine[-1].files_done == mine[-1].files_total
    done = [r.bytes_done for r in mine]
    assert done == sorted(done)  # never backwards
    assert all(r.bytes_total == total for r in mine)
    assert total <= sum(row.size_bytes for row in files)  # the cover is the catalogue's
    assert download_size(learner.store, course_id).remaining == 0

    again: list[FilesProgress] = []
    assert download_missing_pictures(engine, limit=0, on_files=again.append) == 0
    assert [(r.bytes_done, r.finished) for r in again] == [(total, False), (total, True)]


def test_a_paused_course_is_left_until_resumed_and_a_stopped_run_goes_on_later(
    tmp_path: Path, make_instructor: Callable[[], SignedUpUser], new_learner: Callable[..., Learner]
) -> None:
    learner, engine, course_id, total = text_downloaded(tmp_path, make_instructor, new_learner)
    assert pause_files(learner.store, course_id, True)
    assert not pause_files(learner.store, course_id, True)  # already paused
    assert course_id not in dict(courses_missing_pictures(learner.store, limit=0))
    reports: list[FilesProgress] = []
    assert download_missing_pictures(engine, limit=0, on_files=reports.append) == 0
    assert reports == []

    assert pause_files(learner.store, course_id, False)
    stop = threading.Event()

    def stop_after_two_files(progress: FilesProgress) -> None:
        reports.append(progress)
        if progress.files_done >= 2:
            stop.set()  # what the app does when the learner pauses mid-way

    first = download_missing_pictures(engine, limit=0, cancel=stop, on_files=stop_after_two_files)
    assert 2 <= first < reports[-1].files_total
    assert reports[-1].finished
    assert reports[-1].bytes_done < total
    stopped_at = reports[-1].bytes_done
    assert download_size(learner.store, course_id).remaining == total - stopped_at

    rest: list[FilesProgress] = []
    second = download_missing_pictures(engine, limit=0, on_files=rest.append)
    assert rest[0].bytes_done == stopped_at  # what arrived before counts from the start
    assert first + second == rest[-1].files_total  # nothing fetched twice
    assert rest[-1].bytes_done == total
    assert download_size(learner.store, course_id).remaining == 0


def test_downloading_again_resumes_paused_files(
    tmp_path: Path, make_instructor: Callable[[], SignedUpUser], new_learner: Callable[..., Learner]
) -> None:
    learner, _engine, course_id, _total = text_downloaded(tmp_path, make_instructor, new_learner)
    pause_files(learner.store, course_id, True)
    start_download(learner.store, course_id)
    assert download_state(learner.store, course_id).files_paused is False


def test_stopping_the_files_makes_the_course_text_only_and_deletes_the_parts(
    tmp_path: Path, make_instructor: Callable[[], SignedUpUser], new_learner: Callable[..., Learner]
) -> None:
    learner, engine, course_id, _total = text_downloaded(tmp_path, make_instructor, new_learner)
    stop = threading.Event()

    def stop_after_one(progress: FilesProgress) -> None:
        if progress.files_done >= 1:
            stop.set()

    assert download_missing_pictures(engine, limit=0, cancel=stop, on_files=stop_after_one) >= 1
    folder = default_files_dir(learner.store) / course_id
    whole = sorted(p for p in folder.rglob("*") if p.is_file())
    part = folder / "media" / "request.mp4.part"  # as a video cut off mid-way leaves it
    part.parent.mkdir(parents=True, exist_ok=True)
    before = download_size(learner.store, course_id).remaining
    part.write_bytes(b"\0" * 1000)
    assert download_size(learner.store, course_id).remaining == before - 1000  # it goes on

    assert cancel_files(learner.store, course_id) == 1000
    assert not part.exists()
    assert sorted(p for p in folder.rglob("*") if p.is_file()) == whole  # whole files stay
    row = download_state(learner.store, course_id)
    assert (row.state, row.files, row.files_paused) == (AVAILABLE_OFFLINE, TEXT_ONLY, False)
    assert download_missing_pictures(engine, limit=0) == 0  # nothing more is fetched


def test_a_download_of_the_text_and_files_reports_the_files_bytes_too(
    tmp_path: Path, make_instructor: Callable[[], SignedUpUser], new_learner: Callable[..., Learner]
) -> None:
    _learner, engine, course_id, total = text_downloaded(tmp_path, make_instructor, new_learner)
    reports: list[FilesProgress] = []
    CourseDownloader(engine, on_files=reports.append).download(course_id)
    assert reports[0].bytes_done == 0
    assert reports[-1].bytes_done == reports[-1].bytes_total == total
    assert [r.bytes_done for r in reports] == sorted(r.bytes_done for r in reports)
