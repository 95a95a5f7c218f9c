"""Download a course for offline study: its content, then its images.

1. The course is marked "downloading", so ``scopes_to_pull`` includes it;
   waiting changes are pushed (an enrollment made offline opens the paid
   lessons), then its scope is pulled page by page (lessons, bodies,
   questions, practice keys).
2. Every image the course needs (the thumbnail and each relative image in a
   lesson body) is fetched from the ``course-content`` bucket by
   :class:`desktop.sync.fetch.ResumableFetch` (into ``.part``, resumed
   mid-file with ``Range``, checked against the size and SHA-256 the
   catalogue's file manifest gives it, renamed into place when whole), and
   indexed in the store (``image_key``, with the hash it was checked
   against) — one image at a time, so an interrupted download resumes where
   it stopped: images already cached are not fetched again unless the
   manifest now gives another hash (the file changed on the server), and a
   part-fetched one goes on from its last chunk.
3. The course is marked "available offline".

Progress is reported as a :class:`DownloadProgress` (a step code and counts)
through a callback; the caller words it.  A
``cancel`` event stops the download between two images (or before the
images), or between two chunks of a large file: :class:`DownloadCancelled` is
raised, nothing half-written is ever shown (a file becomes visible only whole,
renamed from its ``.part``; the ``.part`` stays for the next time), the course
stays "downloading" with what arrived counted, and the next download goes on
from there.  A server that stops answering fails the
request after the storage timeout (``desktop.account.http_client``) as
"not responding".
"""

from __future__ import annotations

import enum
import json
import logging
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

import httpx
from sqlmodel import col, select
from storage3._sync.file_api import SyncBucketProxy, relative_path_to_parts
from storage3.exceptions import StorageApiError

from desktop.course_package.file_rules import name_problem, name_problems
from desktop.course_package.images import find_images
from desktop.course_package.media_blocks import block_paths
from desktop.store.db import LearnerStore
from desktop.store.models import (
    AVAILABLE_OFFLINE,
    Course,
    CourseDownload,
    CourseFile,
    Lesson,
    LessonContent,
)
from desktop.store.replica import (
    BUCKET,
    cached_file_is_current,
    cached_image,
    cached_image_path,
    chosen_file_lessons,
    course_scope,
    default_files_dir,
    image_key,
    mark_available_offline,
    record_cached_image,
    record_download_progress,
)
from desktop.sync.engine import CycleReport, SyncEngine
from desktop.sync.errors import RequestRejected, SyncError, classify
from desktop.sync.fetch import (
    Expected,
    FetchCancelled,
    FileDamaged,
    HttpStatus,
    Opener,
    ResumableFetch,
    part_path,
)

log = logging.getLogger(__name__)


class DownloadStep(enum.Enum):
    """Where a course's download is."""

    LESSONS = "lessons"  # pulling the course's lessons
    IMAGES = "images"  # fetching its images and files, one at a time
    DONE = "done"  # available offline


@dataclass(frozen=True)
class DownloadProgress:
    """A download's step, for the caller to word: ``done`` of ``total`` items (the
    lessons count as one, then each image), and while fetching images the one
    being fetched (``image``, from 1) of ``images``."""

    step: DownloadStep
    done: int
    total: int
    image: int = 0
    images: int = 0


ProgressCallback = Callable[[DownloadProgress], None]
PROGRESS_EVERY_S = 0.2  # files progress is reported at most this often (and at each file's end)


@dataclass(frozen=True)
class FilesProgress:
    """How far a downloaded course's files (video, sound, PDFs, pictures) have
    come: bytes by the sizes its manifest gives, a file not listed counting 0;
    ``bytes_done`` includes what was already here and what a ``.part`` holds."""

    course_id: str
    bytes_done: int
    bytes_total: int
    files_done: int
    files_total: int
    finished: bool = False  # the last report of this course's run (done, stopped or failed)


FilesCallback = Callable[[FilesProgress], None]


class _FilesMeter:
    """Adds up a course's bytes as its files arrive and reports them, throttled."""

    def __init__(self, course_id: str, on_files: FilesCallback, sizes: dict[str, int]) -> None:
        self.course_id = course_id
        self._on_files = on_files
        self.keys = frozenset(sizes)  # the files counted, by cache key
        self.total = sum(sizes.values())
        self.files_total = len(sizes)
        self.done = 0  # whole files
        self.files_done = 0
        self.parts: dict[str, int] = {}  # bytes of parts kept from before, by key
        self._flight = 0  # the file arriving: bytes so far
        self._flight_size = 0
        self._last = 0.0

    def whole(self, size: int) -> None:
        self.done += size
        self.files_done += 1

    def part(self, key: str, size: int, have: int) -> None:
        if have:
            self.parts[key] = min(have, size)

    def start(self, key: str, size: int, have: int) -> None:
        self.parts.pop(key, None)
        self._flight_size, self._flight = size, min(have, size)

    def arrived(self, count: int) -> None:
        self._flight = min(self._flight + count, self._flight_size)
        if time.monotonic() - self._last >= PROGRESS_EVERY_S:
            self.report()

    def finish_file(self, arrived: bool) -> None:
        if arrived:
            self.whole(self._flight_size)
        self._flight = self._flight_size = 0
        self.report()

    def report(self, *, finished: bool = False) -> None:
        self._last = time.monotonic()
        self._on_files(
            FilesProgress(
                self.course_id,
                min(self.done + sum(self.parts.values()) + self._flight, self.total),
                self.total,
                self.files_done,
                self.files_total,
                finished,
            )
        )


# DownloadError's codes (SyncError.reason), worded by the command line (lantern download)
REASON_COURSE_NOT_HERE = "course_not_here"  # not in this computer's catalogue: sync first
REASON_DOWNLOAD_STOPPED = "download_stopped"  # cancelled; images_done of images_total kept


class DownloadError(SyncError):
    """A course could not be downloaded; what arrived is kept for a retry."""


class DownloadCancelled(DownloadError):
    """The learner stopped the download; what arrived is kept, whole, for a retry:
    ``images_done`` of the course's ``images_total`` images."""

    default_reason = REASON_DOWNLOAD_STOPPED

    def __init__(self, images_done: int, images_total: int) -> None:
        super().__init__(
            f"Download stopped: {images_done} of {images_total} images are here.",
            reason=REASON_DOWNLOAD_STOPPED,
        )
        self.images_done = images_done
        self.images_total = images_total


@dataclass
class DownloadReport:
    course_id: str
    rows: int = 0
    images_fetched: int = 0
    bytes_fetched: int = 0
    images_cached_before: int = 0
    missing_images: list[str] = field(default_factory=list)


def image_refs(markdown: str) -> list[str]:
    """Package paths of the local images a lesson body shows, and of the
    video, sound, PDF, posters and captions its media blocks name (the course
    package parser's own rules, so publish and download agree)."""
    images = {ref.path for ref in find_images(markdown, 1) if ref.path is not None}
    return sorted(images | set(block_paths(markdown)))


def _thumbnail_object(course: Course) -> str | None:
    """The bucket object a course thumbnail URL points at, if it is one of ours."""
    url = course.thumbnail_url or ""
    marker = f"/object/public/{BUCKET}/"
    if marker in url:
        return unquote(url.split(marker, 1)[1].split("?", 1)[0])
    return None


def object_problem(course_id: str, object_name: str) -> str | None:
    """Why a bucket object may not be fetched into the cache, or None.

    Its name comes from the server (a thumbnail address, a lesson's image
    path, both written by the course's instructor): it must lie under the
    course's own folder, with plain parts (no empty, '.' or '..' part, no
    backslash) that pass the package's file-name rules."""
    prefix = f"{course_id}/"
    if not object_name.startswith(prefix):
        return f"it is not in the course's folder {prefix}"
    rest = object_name[len(prefix) :]
    if "\\" in rest or any(part in ("", ".", "..") for part in rest.split("/")):
        return "it is not a plain path inside the course's folder"
    problem = name_problem(rest)
    return None if problem is None else str(problem)  # for the log: the code and its data


def public_opener(bucket: SyncBucketProxy, object_name: str) -> Opener:
    """A streamed GET of an object of the public bucket, by its public route.

    Only a course's teacher and admins may list the bucket, so the storage
    policies let learners nothing through the authenticated route; the
    public route serves any object of a public bucket without them (as
    Supabase Storage does).  The request goes through the SDK's own HTTP
    client, with its base address, headers and timeouts; the SDK's
    ``download()`` reads a whole file into memory, so the stream is ours."""
    parts = relative_path_to_parts(object_name)  # as the SDK's download() splits it
    url = str(bucket._base_url.joinpath("object", "public", bucket.id, *parts))

    def open_stream(headers: dict[str, str]) -> AbstractContextManager[httpx.Response]:
        merged = httpx.Headers(bucket._headers)
        merged.update(headers)
        return bucket._client.stream("GET", url, headers=merged)

    return open_stream


def storage_refusal(exc: HttpStatus) -> StorageApiError:
    """The error the SDK's own request raises for this answer (storage3's
    ``_request``): the body's message, error and statusCode when it is
    storage-api's JSON, else the HTTP status."""
    try:
        body = json.loads(exc.body)
        return StorageApiError(body["message"], body["error"], body["statusCode"])
    except (KeyError, TypeError, ValueError):
        return StorageApiError(
            f"Unable to parse error message: {exc.body[:200]!r}", "InternalError", exc.status
        )


class CourseDownloader:
    def __init__(
        self,
        engine: SyncEngine,
        *,
        on_progress: ProgressCallback | None = None,
        files_dir: Path | None = None,
        cancel: threading.Event | None = None,
        on_files: FilesCallback | None = None,
    ) -> None:
        """``on_files`` hears the bytes of the course's files as they arrive
        (``download``; ``download_pictures`` takes its own)."""
        self.engine = engine
        self._on_files = on_files
        self._cancel = cancel or threading.Event()
        self.store: LearnerStore = engine.store
        self._on_progress = on_progress or (lambda progress: None)
        self._files_dir = files_dir or default_files_dir(self.store)
        self._skipped: list[str] = []  # images refused by name, this download
        self._manifest: dict[str, CourseFile] = {}  # the course's files by path, this download

    def download(self, course_id: str) -> DownloadReport:
        report = DownloadReport(course_id)
        with self.store.db.read() as session:
            if session.get(Course, course_id) is None:
                raise DownloadError(
                    "That course is not in the catalogue here; sync first.",
                    reason=REASON_COURSE_NOT_HERE,
                )
        record_download_progress(self.store, course_id, items_done=0, items_total=1)
        self._on_progress(DownloadProgress(DownloadStep.LESSONS, 0, 1))
        cycle = CycleReport()
        try:
            self.engine.check_account()
            # A fresh enrollment must reach the server first, or the paid
            # lessons' bodies are not readable yet.
            self.engine.push(cycle)
            self.engine.pull_scope(cycle, course_scope(course_id))
        except Exception as exc:
            error = classify(exc)
            record_download_progress(  # the code: what the failure was, not words
                self.store, course_id, items_done=0, items_total=1, error=error.reason
            )
            raise error from exc
        report.rows = cycle.pulled_rows
        self._skipped = []
        self._manifest = self._file_list(course_id)
        wanted = self._wanted_images(course_id)
        report.missing_images.extend(self._skipped)
        total = len(wanted) + 1
        record_download_progress(self.store, course_id, items_done=1, items_total=total)
        meter = self._meter(course_id, wanted, self._on_files) if self._on_files else None
        for done, (key, object_name) in enumerate(wanted, start=1):
            if self._cancel.is_set():
                raise DownloadCancelled(done - 1, len(wanted))
            self._on_progress(
                DownloadProgress(DownloadStep.IMAGES, done, total, image=done, images=len(wanted))
            )
            counted = meter if meter is not None and key in meter.keys else None
            try:
                self._fetch(report, course_id, key, object_name, counted)
            except FetchCancelled as exc:
                raise DownloadCancelled(done - 1, len(wanted)) from exc
            record_download_progress(self.store, course_id, items_done=done + 1, items_total=total)
        with self.store.db.read() as session:
            course = session.get(Course, course_id)
            assert course is not None
            updated_at = course.updated_at
        mark_available_offline(self.store, course_id, content_updated_at=updated_at)
        self._on_progress(DownloadProgress(DownloadStep.DONE, total, total))
        return report

    def download_pictures(
        self,
        course_id: str,
        *,
        thumbnail_only: bool = False,
        on_files: FilesCallback | None = None,
    ) -> DownloadReport:
        """The course's files only, no pull: its catalogue thumbnail, and with
        ``thumbnail_only`` False the pictures and media of the lesson bodies
        already here.  Files already cached are not fetched again; a missing
        one is skipped.  ``on_files`` hears the bytes as they arrive."""
        report = DownloadReport(course_id)
        self._skipped = []
        self._manifest = self._file_list(course_id)
        wanted = self._wanted_images(course_id, thumbnail_only=thumbnail_only)
        meter = self._meter(course_id, wanted, on_files) if on_files else None
        try:
            for key, object_name in wanted:
                if self._cancel.is_set():
                    break
                counted = meter if meter is not None and key in meter.keys else None
                try:
                    self._fetch(report, course_id, key, object_name, counted)
                except FetchCancelled:
                    break
        finally:
            if meter is not None:
                meter.report(finished=True)
        report.missing_images.extend(self._skipped)
        return report

    def _meter(
        self, course_id: str, wanted: list[tuple[str, str]], on_files: FilesCallback
    ) -> _FilesMeter:
        """A meter over the course's wanted lesson files (not the catalogue's
        cover), counting those already here and the parts of those cut off."""
        lesson_files = [
            (key, name, self._expected(course_id, name))
            for key, name in wanted
            if key.startswith(image_key(course_id, ""))
        ]
        sizes = {key: (listed.size or 0) if listed else 0 for key, _name, listed in lesson_files}
        meter = _FilesMeter(course_id, on_files, sizes)
        for key, name, listed in lesson_files:
            size, sha256 = (listed.size, listed.sha256) if listed else (None, None)
            if cached_file_is_current(cached_image(self.store, key), size, sha256):
                meter.whole(size or 0)
            else:
                meter.part(key, size or 0, self._part_bytes(name))
        meter.report()
        return meter

    def _part_bytes(self, object_name: str) -> int:
        """Bytes of the ``.part`` an earlier fetch of the object left (0: none)."""
        try:
            return part_path(self._files_dir / object_name).stat().st_size
        except OSError:
            return 0

    def _wanted_images(
        self, course_id: str, *, thumbnail_only: bool = False
    ) -> list[tuple[str, str]]:
        """(cache key, bucket object name) of every image the course uses (of
        the lessons whose files the learner chose to download)."""
        wanted: dict[str, str] = {}
        chosen = chosen_file_lessons(self.store, course_id)  # None: every lesson's
        with self.store.db.read() as session:
            course = session.get(Course, course_id)
            thumb = _thumbnail_object(course) if course is not None else None
            if thumb:
                problem = object_problem(course_id, thumb)
                if problem is None:
                    wanted[course.thumbnail_url or thumb] = thumb  # type: ignore[union-attr]
                else:
                    # An instructor's bad address costs the thumbnail, not the course.
                    log.warning(
                        "course %s: thumbnail %r skipped: %s", course_id, thumb[:200], problem
                    )
                    self._skipped.append(thumb)
            if thumbnail_only:
                return sorted(wanted.items())
            query = (
                select(LessonContent.body_markdown)
                .join(
                    Lesson,
                    Lesson.id == LessonContent.lesson_id,  # type: ignore[arg-type]
                )
                .where(Lesson.course_id == course_id)
            )
            if chosen is not None:
                query = query.where(col(Lesson.id).in_(sorted(chosen)))
            bodies = session.exec(query).all()
        refs = sorted({ref for body in bodies for ref in image_refs(body)})
        # lantern check's own file-name rules (their codes: the log's words)
        refused = {ref: str(problem) for ref, problem in name_problems(refs)}
        for ref in refs:
            problem = refused.get(ref) or object_problem(course_id, f"{course_id}/{ref}")
            if problem is None:
                wanted[image_key(course_id, ref)] = f"{course_id}/{ref}"
            else:
                log.warning("course %s: image %r skipped: %s", course_id, ref[:200], problem)
                self._skipped.append(f"{course_id}/{ref}")
        return sorted(wanted.items())

    def _file_list(self, course_id: str) -> dict[str, CourseFile]:
        with self.store.db.read() as session:
            rows = session.exec(select(CourseFile).where(CourseFile.course_id == course_id))
            return {row.path: row for row in rows}

    def _expected(self, course_id: str, object_name: str) -> Expected | None:
        """The size and SHA-256 the manifest gives the object, if it lists it."""
        listed = self._manifest.get(object_name.removeprefix(f"{course_id}/"))
        return Expected(listed.size_bytes, listed.sha256) if listed is not None else None

    def _fetch(
        self,
        report: DownloadReport,
        course_id: str,
        key: str,
        object_name: str,
        meter: _FilesMeter | None = None,
    ) -> None:
        expected = self._expected(course_id, object_name)
        existing = cached_image(self.store, key)
        size, sha256 = (expected.size, expected.sha256) if expected else (None, None)
        if cached_file_is_current(existing, size, sha256):
            report.images_cached_before += 1
            return
        if meter is None:
            self._fetch_file(report, course_id, key, object_name, expected)
            return
        meter.start(key, size or 0, self._part_bytes(object_name))
        arrived = False
        try:
            arrived = self._fetch_file(report, course_id, key, object_name, expected, meter)
        finally:
            meter.finish_file(arrived)

    def _fetch_file(
        self,
        report: DownloadReport,
        course_id: str,
        key: str,
        object_name: str,
        expected: Expected | None,
        meter: _FilesMeter | None = None,
    ) -> bool:
        """Fetch one file into the cache; True if it arrived whole."""
        target = self._files_dir / object_name
        if not target.resolve().is_relative_to(self._files_dir.resolve()):
            log.warning(
                "image %r skipped: it would be written outside %s",
                object_name[:200],
                self._files_dir,
            )
            report.missing_images.append(object_name)
            return False
        bucket = self.engine.auth.client().storage.from_(BUCKET)
        fetch = ResumableFetch(
            public_opener(bucket, object_name),
            target,
            expected,
            cancel=self._cancel,
            on_progress=meter.arrived if meter is not None else None,
        )
        try:
            fetch.run()
        except FetchCancelled:
            raise
        except FileDamaged as exc:
            log.warning("image %s arrived damaged twice (%s); skipped", object_name, exc.reason)
            report.missing_images.append(object_name)
            return False
        except Exception as exc:
            error = classify(storage_refusal(exc) if isinstance(exc, HttpStatus) else exc)
            if isinstance(error, RequestRejected):
                # A missing image is shown as missing; it does not stop the course.
                log.warning("image %s unavailable: %s", object_name, error)
                report.missing_images.append(object_name)
                return False
            raise error from exc
        report.bytes_fetched += fetch.report.bytes_fetched
        record_cached_image(
            self.store,
            course_id,
            key,
            str(target),
            target.stat().st_size,
            expected.sha256 if expected is not None else None,
        )
        report.images_fetched += 1
        return True


def courses_missing_pictures(store: LearnerStore, *, limit: int) -> list[tuple[str, bool]]:
    """(course id, thumbnail only?) of courses whose pictures are not all here: the
    catalogue's courses with a thumbnail not cached yet, and every course available
    offline (its lesson images).  At most ``limit`` catalogue courses per call."""
    with store.db.read() as session:
        offline = set(
            session.exec(
                select(CourseDownload.course_id).where(
                    CourseDownload.state == AVAILABLE_OFFLINE,
                    col(CourseDownload.files_paused).is_(False),
                )
            )
        )
        with_thumbnails = session.exec(
            select(Course.id, Course.thumbnail_url)
            .where(col(Course.thumbnail_url).is_not(None))
            .order_by(col(Course.title))
        ).all()
    wanted = [(course_id, False) for course_id in sorted(offline)]
    for course_id, url in with_thumbnails:
        if len(wanted) >= limit + len(offline):
            break
        if course_id in offline or not url:
            continue
        cached = cached_image_path(store, url)
        if not (cached and Path(cached).exists()):
            wanted.append((course_id, True))
    return wanted


def download_missing_pictures(
    engine: SyncEngine,
    *,
    limit: int = 60,
    cancel: threading.Event | None = None,
    on_files: FilesCallback | None = None,
) -> int:
    """Fetch what :func:`courses_missing_pictures` names; the number of files fetched.

    The app runs it after a sync, off the GUI thread: catalogue cards get their
    covers and downloaded lessons their pictures and media (a paused course's
    are left), ``on_files`` hearing each downloaded course's bytes as they
    arrive.  A failure stops it quietly (logged); the next sync tries again."""
    downloader = CourseDownloader(engine, cancel=cancel)
    fetched = 0
    for course_id, thumbnail_only in courses_missing_pictures(engine.store, limit=limit):
        try:
            report = downloader.download_pictures(
                course_id,
                thumbnail_only=thumbnail_only,
                on_files=None if thumbnail_only else on_files,
            )
        except SyncError as exc:
            log.info("pictures not fetched now: %s", type(exc).__name__)
            break
        fetched += report.images_fetched
    return fetched
