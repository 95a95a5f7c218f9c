"""What the downloaded courses take on this laptop, and giving the space back.

A course's download is its lesson bodies (in the database) and its files
under ``<learner folder>/files/<course id>/`` (lesson images; media later).
Sizes are measured: the bodies' UTF-8 bytes, each file's size on disk.
The catalogue's cover picture of a course is not part of its download (the
catalogue shows it whether or not the course is downloaded), so it is
neither counted nor removed.

:func:`remove_download` takes a course's download off this laptop and keeps
everything the learner did: progress, time, quiz attempts, enrollment,
rating and the outbox are other tables and are not touched.  The course is
then "removed" (``REMOVED``): its content is no longer pulled by the sync,
even while the learner is enrolled, until they download it again; its
cursor is forgotten so that download pulls everything from the start.

:func:`download_space` says whether a download fits the free space of the
learner's data folder (``shutil.disk_usage``), with ``RESERVE`` bytes left
over for the laptop.  Its estimate is what :func:`download_size` says is
still to fetch, from the manifest the catalogue brings (``course_files``:
each file's size and SHA-256, and the lessons using it); for a course
published before the manifest existed, the course's size when it was last
removed from this laptop, else unknown: then only a nearly full disk is
reported.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import LargeBinary, cast, delete, func
from sqlmodel import col, select

from desktop.store.models import (
    CachedImage,
    Course,
    CourseDownload,
    CourseFile,
    Lesson,
    LessonContent,
    SyncCursor,
)
from desktop.store.models.local import AVAILABLE_OFFLINE, DOWNLOADING, REMOVED, UPDATE_AVAILABLE
from desktop.store.replica.content import cached_file_is_current
from desktop.store.replica.importer import default_files_dir, image_key
from desktop.store.replica.sync_status import course_scope

if TYPE_CHECKING:  # annotations only: db imports the replica at load time
    from desktop.store.db.learner_store import LearnerStore

log = logging.getLogger(__name__)

RESERVE = 200 * 1024 * 1024  # left free after a download: the laptop needs room too
_KEPT_STATES = (AVAILABLE_OFFLINE, UPDATE_AVAILABLE, DOWNLOADING)


@dataclass(frozen=True)
class CourseStorage:
    course_id: str
    title: str
    lesson_bytes: int  # the lesson bodies
    file_bytes: int  # images and other files under files/<course id>/
    files: int

    @property
    def total(self) -> int:
        return self.lesson_bytes + self.file_bytes


@dataclass(frozen=True)
class StorageReport:
    courses: tuple[CourseStorage, ...]  # largest first
    free: int  # bytes free on the disk of the data folder
    folder: Path

    @property
    def total(self) -> int:
        return sum(course.total for course in self.courses)


@dataclass(frozen=True)
class DownloadSpace:
    needed: int | None  # bytes the download is expected to take; None: not known
    free: int
    reserve: int = RESERVE  # bytes that must stay free after it

    @property
    def fits(self) -> bool:
        return self.free - (self.needed or 0) >= self.reserve


@dataclass(frozen=True)
class DownloadSize:
    """What downloading a course's files costs, from its manifest (``course_files``).

    Only files a lesson uses count (the cover is the catalogue's).  A file
    several lessons share counts once in ``total`` and in each of their
    ``per_lesson``; ``remaining`` leaves out files already here, checked
    against the manifest's hash, and what a file cut off mid-way has here.
    ``known`` is False when the course has no manifest (published before
    there was one): then every figure is 0."""

    known: bool
    total: int
    remaining: int
    files: int
    per_lesson: dict[str, int]


def download_size(
    store: LearnerStore, course_id: str, lessons: Collection[str] | None = None
) -> DownloadSize:
    """The course's download size; with ``lessons``, only the files those
    lessons use count in ``total``, ``remaining`` and ``files``."""
    with store.db.read() as session:
        listed = session.exec(select(CourseFile).where(CourseFile.course_id == course_id)).all()
        cached = {
            row.url: row
            for row in session.exec(select(CachedImage).where(CachedImage.course_id == course_id))
        }
    per_lesson: dict[str, int] = {}
    for row in listed:
        for lesson_id in set(row.lesson_ids):
            per_lesson[lesson_id] = per_lesson.get(lesson_id, 0) + row.size_bytes
    chosen = None if lessons is None else set(lessons)
    used = [
        row
        for row in listed
        if row.lesson_ids and (chosen is None or not chosen.isdisjoint(row.lesson_ids))
    ]
    remaining = 0
    folder = default_files_dir(store) / course_id
    for row in used:
        here = cached.get(image_key(course_id, row.path))
        if not cached_file_is_current(here, row.size_bytes, row.sha256):
            remaining += row.size_bytes - _part_bytes(folder / row.path, row.size_bytes)
    return DownloadSize(
        known=bool(listed),
        total=sum(row.size_bytes for row in used),
        remaining=remaining,
        files=len(used),
        per_lesson=per_lesson,
    )


def _part_bytes(file: Path, size: int) -> int:
    """Bytes a fetch cut off mid-way left of ``file`` (its ``<name>.part``, as
    ``desktop.sync.fetch`` writes it): the next fetch goes on from there."""
    try:
        return min(file.with_name(file.name + ".part").stat().st_size, size)
    except (OSError, ValueError):
        return 0


def free_space(store: LearnerStore) -> int:
    return shutil.disk_usage(store.db.path.parent).free


def storage_report(store: LearnerStore) -> StorageReport:
    """Every course with a download (or lesson bodies) here, and what it takes."""
    with store.db.read() as session:
        body_bytes = dict(
            session.exec(
                select(
                    Lesson.course_id,
                    func.sum(func.length(cast(LessonContent.body_markdown, LargeBinary))),
                )
                .join(LessonContent, col(LessonContent.lesson_id) == col(Lesson.id))
                .group_by(col(Lesson.course_id))
            ).all()
        )
        kept = set(
            session.exec(
                select(CourseDownload.course_id).where(col(CourseDownload.state).in_(_KEPT_STATES))
            )
        )
        ids = kept | set(body_bytes)
        courses = {
            course.id: course
            for course in session.exec(select(Course).where(col(Course.id).in_(ids)))
        }
    rows = []
    for course_id in ids:
        course = courses.get(course_id)
        sizes = [size for _, size in _course_files(store, course_id, course)]
        rows.append(
            CourseStorage(
                course_id=course_id,
                title=course.title if course is not None else course_id,
                lesson_bytes=int(body_bytes.get(course_id) or 0),
                file_bytes=sum(sizes),
                files=len(sizes),
            )
        )
    rows.sort(key=lambda row: (-row.total, row.title.casefold()))
    return StorageReport(tuple(rows), free_space(store), store.db.path.parent)


def remove_download(store: LearnerStore, course_id: str) -> int:
    """Take the course's download off this laptop; the bytes given back.

    Files first, then the rows in one transaction: should the app stop in
    between, the rows name files that are gone, which a download fetches
    again (it checks each file is there)."""
    before = next(
        (row.total for row in storage_report(store).courses if row.course_id == course_id), 0
    )
    with store.db.read() as session:
        course = session.get(Course, course_id)
    for path, _size in list(_course_files(store, course_id, course)):
        path.unlink(missing_ok=True)
    _prune_empty_folders(default_files_dir(store) / course_id)
    cover = course.thumbnail_url if course is not None else None
    with store.write() as session:
        lessons = select(Lesson.id).where(Lesson.course_id == course_id)
        session.execute(delete(LessonContent).where(col(LessonContent.lesson_id).in_(lessons)))
        images = delete(CachedImage).where(col(CachedImage.course_id) == course_id)
        if cover:
            images = images.where(col(CachedImage.url) != cover)
        session.execute(images)
        session.execute(delete(SyncCursor).where(col(SyncCursor.scope) == course_scope(course_id)))
        row = session.get(CourseDownload, course_id) or CourseDownload(course_id=course_id)
        row.state, row.items_done, row.bytes_done = REMOVED, 0, before
        row.downloaded_at = row.content_updated_at = row.last_error = None
        session.add(row)
    log.info("download of course %s removed: %d bytes given back", course_id, before)
    return before


def download_space(
    store: LearnerStore,
    course_id: str,
    *,
    reserve: int = RESERVE,
    lessons: Collection[str] | None = None,
) -> DownloadSpace:
    """Whether downloading ``course_id`` (the files of ``lessons`` only, when
    given) fits the free space of the data folder."""
    size = download_size(store, course_id, lessons)
    if size.known:
        return DownloadSpace(size.remaining, free_space(store), reserve)
    with store.db.read() as session:
        row = session.get(CourseDownload, course_id)
    needed = row.bytes_done if row is not None and row.state == REMOVED and row.bytes_done else None
    return DownloadSpace(needed, free_space(store), reserve)


def _course_files(
    store: LearnerStore, course_id: str, course: Course | None
) -> Iterator[tuple[Path, int]]:
    """(path, size) of each file of the course's download (not its cover)."""
    folder = default_files_dir(store) / course_id
    cover = _cover_path(store, course)
    if not folder.is_dir():
        return
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            if cover is not None and path == cover:
                continue
            try:
                yield path, path.stat().st_size
            except FileNotFoundError:
                continue  # removed meanwhile


def _cover_path(store: LearnerStore, course: Course | None) -> Path | None:
    if course is None or not course.thumbnail_url:
        return None
    with store.db.read() as session:
        row = session.get(CachedImage, course.thumbnail_url)
    return Path(row.local_path) if row is not None else None


def _prune_empty_folders(folder: Path) -> None:
    if not folder.is_dir():
        return
    for root, _dirs, _names in sorted(os.walk(folder), key=lambda e: -len(e[0])):
        with contextlib.suppress(OSError):  # not empty: the cover, or a file written meanwhile
            Path(root).rmdir()
