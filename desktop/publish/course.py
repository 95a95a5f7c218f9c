"""Publishing a course package to Supabase as the signed-in instructor (issue #5).

``Publisher(client, user_id).publish(package)`` makes the server hold exactly
what the package says, by comparing and then writing only the difference:

1. the course row (created unpublished the first time, so learners never see
   a half-made course);
2. images, captions and media to ``course-content/<course id>/<path>``
   (skipped when the object is there and the manifest already lists the
   file's SHA-256, or the object's MD5 eTag matches; files from 6 MB on go
   through the resumable protocol, ``desktop.publish.resumable``, and an
   interrupted upload continues where it stopped), then the manifest of
   those files (``course_files``: size, SHA-256, type, the lessons using
   each), then objects the package dropped are removed;
3. lessons: removed ones deleted, moved ones parked at a temporary order
   (``unique (course_id, order_index)`` is checked per statement and each
   REST call is its own transaction), new ones inserted in one request,
   changed ones updated, unchanged ones untouched; then their bodies;
4. quiz questions and answer keys (``desktop.publish.quiz``); a
   practice quiz turned assessed must ask new questions, which is checked
   before anything is written;
5. the course's achievements (``achievements.course_id``): new ones added,
   changed ones updated, dropped ones retired (learners keep earned badges);
6. finally ``is_published``.

Every step is "make it so", so running it again after an interruption ends
in the same state as one clean run.  RLS decides who may do what; a refusal
becomes a ``PublishRefused`` whose ``what`` says why as a code and its data
(``desktop/ui/words/publish.py`` words it; so are the steps ``before_write`` is
told of).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storage3.exceptions import StorageApiError
from supabase import Client

from desktop.course_package import Asset, CoursePackage, QuizMode
from desktop.course_package.problems import Phrase
from desktop.course_package.source import MediaReadError
from desktop.publish import rows
from desktop.publish.quiz import (
    check_assessed_quizzes,
    publish_questions,
    retire_exposed_questions,
)
from desktop.publish.report import PublishRefused, PublishReport
from desktop.publish.rest import DENIED, TAKEN, RestCalls, StepHook, sqlstate
from desktop.publish.resumable import RESUMABLE_FROM_BYTES, ResumableUploader, UploadFailed
from desktop.publish.storage import CourseFiles, tus_refusal, upload_refusal
from desktop.sync.errors import SyncError, classify

log = logging.getLogger(__name__)


def _parking_order(lesson_id: str) -> int:
    # A distinct negative order per lesson: still unique if an interrupted
    # earlier run left other lessons parked.
    return -1 - uuid.UUID(lesson_id).int % 2_000_000_000


class Publisher:
    """Publishes packages with ``client``, an SDK client signed in as ``user_id``.

    ``before_write`` (optional) is called with a phrase naming each write
    before it is made (``step.*`` codes): the CLI shows progress with it,
    tests interrupt a publish with it.
    """

    def __init__(
        self,
        client: Client,
        user_id: str,
        *,
        before_write: StepHook | None = None,
        upload_log: Path | None = None,
    ) -> None:
        self.client = client
        self.user_id = user_id
        self.rest = RestCalls(client, before_write)
        # unfinished resumable uploads, so a publish run again continues them
        self.upload_log = upload_log

    def publish(self, package: CoursePackage, *, publish: bool = True) -> PublishReport:
        report = PublishReport(course_id=package.id)
        try:
            role = self._role()
            check_assessed_quizzes(self.rest, package)
            self._course(package, role, report)
            thumbnail_url = self._images(package, report)
            self._course_details(package, thumbnail_url, report)
            lesson_ids = self._lessons(package, report)
            self._bodies(package, lesson_ids)
            publish_questions(self.rest, package, lesson_ids, report)
            self._achievements(package, report)
            self._set_published(package, publish, report)
        except SyncError:
            raise
        except Exception as exc:
            if sqlstate(exc) == DENIED:
                raise PublishRefused(
                    Phrase.of("refused.cannot_change_course", title=package.title)
                ) from exc
            error = classify(exc)
            if type(error) is SyncError:
                raise  # not an SDK or network error: a bug or the caller's own exception
            raise error from exc  # SDK errors become codes (desktop.sync.errors)
        log.info("published course %s: %s", package.id, report.one_line())
        return report

    # -- the course -----------------------------------------------------------
    def _role(self) -> str | None:
        found = self.rest.select("profiles", "role", id=self.user_id)
        role = found[0]["role"] if found else None
        if role not in ("instructor", "admin"):
            # RLS would refuse anyway; this says why before anything is sent.
            raise PublishRefused(Phrase.of("refused.not_instructor"))
        return str(role)

    def _course(self, package: CoursePackage, role: str | None, report: PublishReport) -> None:
        found = self.rest.select("courses", "id, instructor_id", id=str(package.id))
        if found:
            if found[0]["instructor_id"] != self.user_id and role != "admin":
                raise self._not_yours(package)
            return
        try:
            self.rest.insert(
                "courses",
                [
                    {
                        "id": str(package.id),
                        "instructor_id": self.user_id,
                        "is_published": False,
                        **rows.course_row(package, None),
                    }
                ],
                Phrase.of("step.create_course", slug=package.slug),
            )
        except Exception as exc:
            if sqlstate(exc) == TAKEN:
                # The id exists but RLS hides it: someone else's draft.
                raise self._not_yours(package) from exc
            raise
        report.course_created = True

    def _not_yours(self, package: CoursePackage) -> PublishRefused:
        return PublishRefused(
            Phrase.of("refused.not_your_course", title=package.title, course_id=str(package.id))
        )

    def _course_details(
        self, package: CoursePackage, thumbnail_url: str | None, report: PublishReport
    ) -> None:
        wanted = rows.course_row(package, thumbnail_url)
        (stored,) = self.rest.select("courses", ", ".join(rows.COURSE_COLUMNS), id=str(package.id))
        if rows.differs(wanted, stored):
            step = Phrase.of("step.update_course", slug=package.slug)
            self.rest.update("courses", wanted, step, id=str(package.id))
            report.course_updated = True

    def _set_published(self, package: CoursePackage, publish: bool, report: PublishReport) -> None:
        (stored,) = self.rest.select("courses", "is_published", id=str(package.id))
        if stored["is_published"] != publish:
            self.rest.update(
                "courses",
                {"is_published": publish},
                Phrase.of("step.publish_course" if publish else "step.unpublish_course"),
                id=str(package.id),
            )
        report.published = publish

    # -- images -----------------------------------------------------------------
    def _images(self, package: CoursePackage, report: PublishReport) -> str | None:
        files = CourseFiles(self.client, package.id)
        stored = files.etags()
        listed = self._listed_hashes(package)
        wanted = {rows.object_name(package, asset.path): asset for asset in package.assets}
        with _package_read():
            for name, asset in wanted.items():
                if name in stored and _unchanged(asset, stored[name], listed.get(asset.path)):
                    continue
                self.rest.step(Phrase.of("step.upload", path=asset.path))
                self._upload(files, name, asset)
                report.images_uploaded += 1
        self._file_list(package)
        gone = sorted(set(stored) - set(wanted))
        if gone:
            self.rest.step(Phrase.of("step.remove_files", n=len(gone)))
            files.remove(gone)
            report.images_removed += len(gone)
        if package.thumbnail is None:
            return None
        return files.public_url(rows.object_name(package, package.thumbnail))

    def _listed_hashes(self, package: CoursePackage) -> dict[str, str]:
        """The SHA-256 the manifest lists for each path (from the last publish)."""
        found = self.rest.select("course_files", "path, sha256", course_id=str(package.id))
        return {row["path"]: row["sha256"] for row in found}

    def _upload(self, files: CourseFiles, name: str, asset: Asset) -> None:
        try:
            if asset.size >= RESUMABLE_FROM_BYTES:
                self._uploader().upload(name, asset)
            else:
                data = b"".join(asset.chunks())
                files.upload(name, data, asset.content_type)
        except StorageApiError as exc:
            refusal = upload_refusal(exc, asset)
            if refusal is None:
                raise
            raise refusal from exc
        except UploadFailed as exc:
            raise tus_refusal(exc, asset) from exc

    def _uploader(self) -> ResumableUploader:
        storage = self.client.storage
        return ResumableUploader(
            storage.session,
            str(self.client.storage_url),
            lambda: self.client.options.headers,
            rows.BUCKET,
            self.upload_log,
        )

    def _file_list(self, package: CoursePackage) -> None:
        """The manifest learners read sizes and hashes from (``course_files``):
        after the uploads, so a listed file is always there to download, and
        before old objects go, so nothing listed is missing for long."""
        course_id = str(package.id)
        wanted = rows.file_rows(package)
        stored = {
            row["path"]: row
            for row in self.rest.select(
                "course_files", "id, path, " + ", ".join(rows.FILE_COLUMNS), course_id=course_id
            )
        }
        for path in sorted(set(stored) - set(wanted)):
            step = Phrase.of("step.unlist_file", path=path)
            self.rest.delete("course_files", step, id=stored[path]["id"])
        new = [
            {"course_id": course_id, "path": path, **row}
            for path, row in wanted.items()
            if path not in stored
        ]
        self.rest.insert("course_files", new, Phrase.of("step.list_files", n=len(new)))
        for path, row in wanted.items():
            values = {column: row[column] for column in rows.FILE_COLUMNS}
            if path in stored and rows.differs(values, stored[path]):
                step = Phrase.of("step.update_listing", path=path)
                self.rest.update("course_files", values, step, id=stored[path]["id"])

    # -- lessons ----------------------------------------------------------------
    def _lessons(self, package: CoursePackage, report: PublishReport) -> list[str]:
        columns = "id, " + ", ".join(rows.LESSON_COLUMNS)
        stored = {
            row["id"]: row
            for row in self.rest.select("lessons", columns, course_id=str(package.id))
        }
        wanted = {str(lesson.id): rows.lesson_row(package, lesson) for lesson in package.lessons}
        for lesson_id in sorted(set(stored) - set(wanted)):
            path = stored[lesson_id]["component_path"]
            self.rest.delete("lessons", Phrase.of("step.remove_lesson", path=path), id=lesson_id)
            report.lessons_removed.append(stored[lesson_id]["title"])
        for lesson_id, row in stored.items():
            if lesson_id in wanted and row["order_index"] != wanted[lesson_id]["order_index"]:
                self.rest.update(
                    "lessons",
                    {"order_index": _parking_order(lesson_id)},
                    Phrase.of("step.move_lesson_aside", path=row["component_path"]),
                    id=lesson_id,
                )
        new = [lesson for lesson in package.lessons if str(lesson.id) not in stored]
        self.rest.insert(
            "lessons",
            [{"id": str(lesson.id), **wanted[str(lesson.id)]} for lesson in new],
            Phrase.of("step.add_lessons", n=len(new)),
        )
        report.lessons_added += [lesson.title for lesson in new]
        for lesson in package.lessons:
            lesson_id = str(lesson.id)
            if lesson_id not in stored:
                continue
            if rows.differs(wanted[lesson_id], stored[lesson_id]):
                if (
                    stored[lesson_id]["quiz_mode"] == QuizMode.PRACTICE.value
                    and lesson.quiz_mode is QuizMode.ASSESSED
                ):
                    retire_exposed_questions(self.rest, lesson_id, lesson.slug, report)
                step = Phrase.of("step.update_lesson", slug=lesson.slug)
                self.rest.update("lessons", wanted[lesson_id], step, id=lesson_id)
                report.lessons_updated.append(lesson.title)
            else:
                report.lessons_unchanged.append(lesson.title)
        return list(wanted)

    def _bodies(self, package: CoursePackage, lesson_ids: list[str]) -> None:
        stored = {
            row["lesson_id"]: row["body_markdown"]
            for row in self.rest.select_in(
                "lesson_contents",
                "lesson_id, body_markdown",
                "lesson_id",
                lesson_ids,
                order="lesson_id",
            )
        }
        new = [
            {"lesson_id": str(lesson.id), "body_markdown": lesson.body_markdown}
            for lesson in package.lessons
            if str(lesson.id) not in stored
        ]
        self.rest.insert("lesson_contents", new, Phrase.of("step.add_lesson_texts", n=len(new)))
        for lesson in package.lessons:
            lesson_id = str(lesson.id)
            if lesson_id in stored and stored[lesson_id] != lesson.body_markdown:
                self.rest.update(
                    "lesson_contents",
                    {"body_markdown": lesson.body_markdown},
                    Phrase.of("step.update_lesson_text", slug=lesson.slug),
                    lesson_id=lesson_id,
                )

    # -- achievements -------------------------------------------------------------
    def _achievements(self, package: CoursePackage, report: PublishReport) -> None:
        """The course's badges (``achievements.course_id``): new ones added,
        changed ones updated, ones the package dropped retired (``is_active``
        false, so learners keep the badges they earned)."""
        course_id = str(package.id)
        wanted = {str(a.id): rows.achievement_row(package, a) for a in package.achievements}
        columns = "id, " + ", ".join(rows.ACHIEVEMENT_COLUMNS)
        stored = {
            row["id"]: row for row in self.rest.select("achievements", columns, course_id=course_id)
        }
        # A row with a wanted id outside the course (written before badges had a course).
        stored.update(
            {
                row["id"]: row
                for row in self.rest.select_in(
                    "achievements", columns, "id", sorted(set(wanted) - set(stored))
                )
            }
        )
        new = [{"id": key, **row} for key, row in wanted.items() if key not in stored]
        self.rest.insert("achievements", new, Phrase.of("step.add_achievements", n=len(new)))
        report.achievements_added += [row["title"] for row in new]
        for key, row in wanted.items():
            if key in stored and rows.differs(row, stored[key]):
                step = Phrase.of("step.update_achievement", title=row["title"])
                self._change_achievement(key, row, step)
                report.achievements_updated.append(row["title"])
        for key, row in stored.items():
            if key not in wanted and row["is_active"]:
                step = Phrase.of("step.retire_achievement", title=row["title"])
                self._change_achievement(key, {"is_active": False}, step)
                report.achievements_retired.append(row["title"])

    def _change_achievement(
        self, achievement_id: str, values: dict[str, Any], step: Phrase
    ) -> None:
        if not self.rest.update("achievements", values, step, id=achievement_id):
            # RLS filtered the update away: the row is not this course's to change.
            raise PublishRefused(
                Phrase.of("refused.not_your_achievement", achievement_id=achievement_id)
            )


@contextlib.contextmanager
def _package_read() -> Iterator[None]:
    """A media file that changed since the package was read (its hash or its
    upload reads it again) ends the publish with a refusal naming it (the
    ``MediaReadError``'s own phrase, ``media.*``, within)."""
    try:
        yield
    except MediaReadError as exc:
        raise PublishRefused(Phrase.of("refused.package_changed", problem=exc.what)) from exc


def _unchanged(asset: Asset, etag: str | None, listed_sha256: str | None) -> bool:
    """Whether the stored object already holds ``asset``'s bytes: the manifest
    lists its hash (however it was uploaded), or its eTag is the MD5 a
    one-request upload gets."""
    if listed_sha256 is not None and listed_sha256 == asset.sha256():
        return True
    if asset.media is not None or etag is None:
        return False
    return etag == '"' + hashlib.md5(asset.data, usedforsecurity=False).hexdigest() + '"'
