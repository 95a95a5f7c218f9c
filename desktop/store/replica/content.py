"""Catalogue content API for the course-package importer and the downloader.

``upsert_catalogue`` writes courses, lessons, bodies, questions (with their
versions) and answer keys in one transaction, by primary key, as a pull
would; ``remove_lessons_except`` drops lessons a newer package no longer has
(their bodies and questions go with them by cascade).  Download state and
cached images are the "available offline" bookkeeping.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete
from sqlmodel import col, select

from desktop.store.columns import utc_now
from desktop.store.models import (
    Achievement,
    CachedImage,
    Course,
    CourseDownload,
    CourseFile,
    Lesson,
    LessonContent,
    QuizAnswerKey,
    QuizQuestion,
    QuizQuestionVersion,
)
from desktop.store.models.local import (
    AVAILABLE_OFFLINE,
    DOWNLOADING,
    NOT_DOWNLOADED,
    UPDATE_AVAILABLE,
)
from desktop.store.replica.upsert import upsert, validate_rows

if TYPE_CHECKING:  # annotations only: db imports the replica at load time
    from desktop.store.db.learner_store import LearnerStore


@dataclass
class CatalogueContent:
    """Everything one import writes; SQLModel instances with server ids."""

    courses: Sequence[Course] = ()
    lessons: Sequence[Lesson] = ()
    contents: Sequence[LessonContent] = ()
    questions: Sequence[QuizQuestion] = ()
    versions: Sequence[QuizQuestionVersion] = ()
    keys: Sequence[QuizAnswerKey] = ()
    achievements: Sequence[Achievement] = field(default_factory=tuple)


def upsert_catalogue(store: LearnerStore, content: CatalogueContent) -> int:
    """Insert or replace all of ``content`` in one transaction; returns rows written."""
    written = 0
    with store.write() as session:
        for model, rows in (
            (Course, content.courses),
            (Lesson, content.lessons),
            (LessonContent, content.contents),
            (QuizQuestion, content.questions),
            (QuizQuestionVersion, content.versions),
            (QuizAnswerKey, content.keys),
            (Achievement, content.achievements),
        ):
            written += upsert(session, model, validate_rows(model, rows))
        current = [
            QuizQuestionVersion(
                question_id=q.id,
                version=q.version,
                lesson_id=q.lesson_id,
                kind=q.kind,
                prompt=q.prompt,
                options=q.options,
                points=q.points,
                created_at=q.updated_at,
            )
            for q in content.questions
        ]
        upsert(session, QuizQuestionVersion, validate_rows(QuizQuestionVersion, current))
    return written


def remove_lessons_except(store: LearnerStore, course_id: str, keep: Iterable[str]) -> int:
    kept = list(keep)
    with store.write() as session:
        result = session.execute(
            delete(Lesson).where(col(Lesson.course_id) == course_id, col(Lesson.id).not_in(kept))
        )
        return int(result.rowcount)  # type: ignore[attr-defined]


def download_state(store: LearnerStore, course_id: str) -> CourseDownload:
    """Where a course stands: not downloaded, downloading, offline, update available."""
    with store.db.read() as session:
        row = session.get(CourseDownload, course_id)
        course = session.get(Course, course_id)
    if row is None:
        return CourseDownload(course_id=course_id, state=NOT_DOWNLOADED)
    if (
        row.state == AVAILABLE_OFFLINE
        and course is not None
        and row.content_updated_at is not None
        and course.updated_at > row.content_updated_at
    ):
        row.state = UPDATE_AVAILABLE
    return row


def record_download_progress(
    store: LearnerStore,
    course_id: str,
    *,
    items_done: int,
    items_total: int,
    bytes_done: int = 0,
    error: str | None = None,
) -> None:
    """Progress of a running download; kept so an interrupted one can resume."""
    with store.write() as session:
        row = session.get(CourseDownload, course_id) or CourseDownload(course_id=course_id)
        row.state = DOWNLOADING
        row.items_done, row.items_total, row.bytes_done = items_done, items_total, bytes_done
        row.last_error = error
        session.add(row)


def mark_available_offline(
    store: LearnerStore, course_id: str, *, content_updated_at: datetime
) -> None:
    with store.write() as session:
        row = session.get(CourseDownload, course_id) or CourseDownload(course_id=course_id)
        row.state = AVAILABLE_OFFLINE
        row.items_done = row.items_total
        row.content_updated_at = content_updated_at
        row.downloaded_at = utc_now()
        row.last_error = None
        session.add(row)


def record_cached_image(
    store: LearnerStore,
    course_id: str,
    url: str,
    local_path: str,
    size_bytes: int,
    sha256: str | None = None,
) -> None:
    """Index a fetched file; ``sha256`` is the manifest's hash it was checked against."""
    with store.write() as session:
        session.merge(
            CachedImage(
                url=url,
                course_id=course_id,
                local_path=local_path,
                size_bytes=size_bytes,
                fetched_at=utc_now(),
                sha256=sha256,
            )
        )


def cached_image(store: LearnerStore, url: str) -> CachedImage | None:
    with store.db.read() as session:
        return session.get(CachedImage, url)


def cached_file_is_current(
    cached: CachedImage | None, size: int | None, sha256: str | None
) -> bool:
    """Whether a cached file can stay: it is on disk and, when the manifest
    gives its ``size`` and ``sha256``, it was checked against that hash (else
    the file changed on the server) and still has that size (else it was cut
    short on this disk since)."""
    if cached is None:
        return False
    try:
        on_disk = Path(cached.local_path).stat().st_size
    except OSError:
        return False
    if sha256 is None:
        return True
    return cached.sha256 == sha256 and (size is None or on_disk == size)


def playable_file(store: LearnerStore, course_id: str, path: str) -> str | None:
    """The cached copy of a course file (a video, a sound, a PDF, captions)
    when it is whole and the file the manifest lists; else None, so a damaged
    or outdated file is never played (the next download fetches it again)."""
    from desktop.store.replica.importer import image_key  # the importer imports this module

    cached = cached_image(store, image_key(course_id, path))
    with store.db.read() as session:
        listed = session.exec(
            select(CourseFile).where(CourseFile.course_id == course_id, CourseFile.path == path)
        ).first()
    size = listed.size_bytes if listed is not None else None
    sha256 = listed.sha256 if listed is not None else None
    if cached is None or not cached_file_is_current(cached, size, sha256):
        return None
    return cached.local_path


def cached_image_path(store: LearnerStore, url: str) -> str | None:
    row = cached_image(store, url)
    return row.local_path if row is not None else None
