"""Download for offline and "get ready for offline": the store side.

A course's content arrives with the sync pull of its scope, which covers
every enrolled or downloading course (``desktop.store.replica.sync_status``).  So a
download marks the course as downloading and asks for a sync; after each
cycle :func:`finish_downloads` marks a course available offline once that
cycle pulled its scope to the end, or once every lesson body is on this
laptop (a lesson the teacher left without a body has none to wait for).
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import col, func, select

from desktop.store.models import Course, CourseDownload, Enrollment, Lesson, LessonContent
from desktop.store.models.local import (
    ALL_FILES,
    AVAILABLE_OFFLINE,
    DOWNLOADING,
    FILE_CHOICES,
    SOME_LESSONS,
    TEXT_ONLY,
)
from desktop.store.replica.content import mark_available_offline, record_download_progress
from desktop.store.replica.importer import default_files_dir
from desktop.store.replica.outbox import Outbox
from desktop.store.replica.storage import download_size
from desktop.store.replica.sync_status import course_scope

if TYPE_CHECKING:  # annotations only: db imports the replica at load time
    from desktop.store.db.learner_store import LearnerStore


def _lesson_counts(store: LearnerStore, course_id: str) -> tuple[int, int]:
    with store.db.read() as session:
        total = session.exec(
            select(func.count()).select_from(Lesson).where(Lesson.course_id == course_id)
        ).one()
        bodies = session.exec(
            select(func.count())
            .select_from(LessonContent)
            .join(Lesson, col(Lesson.id) == col(LessonContent.lesson_id))
            .where(Lesson.course_id == course_id)
        ).one()
    return int(total), int(bodies)


def start_download(
    store: LearnerStore,
    course_id: str,
    files: str | None = None,
    lessons: Collection[str] = (),
) -> None:
    """Mark the course as downloading (the next sync pull brings its content).

    ``files`` says which of its files come too (``FILE_CHOICES``): all, none
    (text only: every lesson's text and quiz, no pictures or media), or those
    of ``lessons``; None keeps the course's last choice (all, the first
    time).  The choice stays with the course: the pictures fetched after each
    sync follow it until the learner downloads again."""
    if files is not None and files not in FILE_CHOICES:
        raise ValueError(f"unknown download choice {files!r}")
    total, bodies = _lesson_counts(store, course_id)
    record_download_progress(store, course_id, items_done=bodies, items_total=max(total, 1))
    with store.write() as session:
        row = session.get(CourseDownload, course_id)
        assert row is not None  # written just above
        row.files_paused = False  # downloading again resumes paused files
        session.add(row)
        if files is None:
            return
        row.files = files
        row.file_lessons = sorted(set(lessons)) if files == SOME_LESSONS else None
        session.add(row)


def chosen_file_lessons(store: LearnerStore, course_id: str) -> frozenset[str] | None:
    """The lessons whose files the course's download brings; None: every lesson's."""
    with store.db.read() as session:
        row = session.get(CourseDownload, course_id)
    if row is None or row.files == ALL_FILES:
        return None
    if row.files == TEXT_ONLY:
        return frozenset()
    return frozenset(row.file_lessons or ())


def cancel_download(store: LearnerStore, course_id: str) -> bool:
    """Stop a download: the course is "not downloaded" again (unless it had finished).

    What already arrived stays: whole rows, each page committed on its own, so
    nothing is half-written; the lessons whose bodies are here still open.  The
    next cycle no longer pulls the course for the download (an enrolled course
    is pulled all the same), and a cycle under way cannot finish it.  True if
    a download was stopped."""
    with store.write() as session:
        row = session.get(CourseDownload, course_id)
        if row is None or row.state != DOWNLOADING:
            return False
        session.delete(row)
    return True


def pause_files(store: LearnerStore, course_id: str, paused: bool) -> bool:
    """Pause (or resume) fetching the course's files; the text is not affected.

    A paused course is left out of the background fetch (``files_paused``)
    until it is resumed or downloaded again; what arrived stays, a file cut
    off mid-way as its ``.part`` to go on from.  True if the flag changed."""
    with store.write() as session:
        row = session.get(CourseDownload, course_id)
        if row is None or row.files_paused == paused:
            return False
        row.files_paused = paused
        session.add(row)
    return True


def cancel_files(store: LearnerStore, course_id: str) -> int:
    """Stop fetching the course's files for good: its download becomes "text
    only" and the files cut off mid-way (``.part``) are deleted; the files
    already whole stay (Settings › Storage removes them).  The bytes of the
    parts given back."""
    with store.write() as session:
        row = session.get(CourseDownload, course_id)
        if row is not None:
            row.files, row.file_lessons, row.files_paused = TEXT_ONLY, None, False
            session.add(row)
    freed = 0
    folder = default_files_dir(store) / course_id
    for part in folder.rglob("*.part") if folder.is_dir() else ():
        with contextlib.suppress(OSError):
            size = part.stat().st_size
            part.unlink()
            freed += size
    return freed


def finish_downloads(store: LearnerStore, pulled_scopes: Collection[str] = ()) -> bool:
    """Mark downloading courses available offline when ``pulled_scopes`` (the
    scopes a sync cycle just pulled to the end) include theirs, or when every
    lesson has its body here; True if any download row changed."""
    with store.db.read() as session:
        downloading = list(
            session.exec(select(CourseDownload).where(CourseDownload.state == DOWNLOADING))
        )
    changed = False
    for row in downloading:
        total, bodies = _lesson_counts(store, row.course_id)
        with store.db.read() as session:
            course = session.get(Course, row.course_id)
        pulled = course_scope(row.course_id) in pulled_scopes
        if course is not None and (pulled or (total and bodies >= total)):
            mark_available_offline(store, row.course_id, content_updated_at=course.updated_at)
            changed = True
        elif bodies != row.items_done:
            record_download_progress(
                store, row.course_id, items_done=bodies, items_total=max(total, 1)
            )
            changed = True
    return changed


@dataclass(frozen=True)
class Readiness:
    """Whether this laptop holds everything for offline study (the UI words it)."""

    pending: int  # changes not yet on the server
    missing: tuple[str, ...]  # titles of enrolled courses not fully downloaded
    # Titles of downloaded courses whose chosen pictures and media are not all
    # here yet, and the bytes still to fetch for every enrolled course (from
    # the file manifests; courses without one count 0).
    files_missing: tuple[str, ...] = ()
    bytes_to_fetch: int = 0

    @property
    def ready(self) -> bool:
        return not self.pending and not self.missing and not self.files_missing


def request_all_downloads(store: LearnerStore) -> None:
    """Start a download of every enrolled course not yet available offline."""
    for course_id in _enrolled(store):
        state = _state(store, course_id)
        if state != AVAILABLE_OFFLINE:
            start_download(store, course_id)


def readiness(store: LearnerStore) -> Readiness:
    """What stands between this laptop and offline study: courses not
    downloaded, chosen pictures and media not here yet, work not sent."""
    finish_downloads(store)
    missing: list[str] = []
    files_missing: list[str] = []
    to_fetch = 0
    for course_id in _enrolled(store):
        with store.db.read() as session:
            course = session.get(Course, course_id)
        title = course.title if course else course_id
        chosen = chosen_file_lessons(store, course_id)
        remaining = download_size(store, course_id, chosen).remaining
        to_fetch += remaining
        if _state(store, course_id) != AVAILABLE_OFFLINE:
            missing.append(title)
        elif remaining:
            files_missing.append(title)
    pending = Outbox(store.db, store.user_id).counts().pending
    return Readiness(
        pending if store.user_id else 0, tuple(missing), tuple(files_missing), to_fetch
    )


def _enrolled(store: LearnerStore) -> list[str]:
    with store.db.read() as session:
        return list(
            session.exec(
                select(Enrollment.course_id).where(
                    Enrollment.user_id == store.owner, Enrollment.status == "active"
                )
            )
        )


def _state(store: LearnerStore, course_id: str) -> str | None:
    with store.db.read() as session:
        row = session.get(CourseDownload, course_id)
    return row.state if row else None
