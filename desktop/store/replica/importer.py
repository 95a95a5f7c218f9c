"""Importing a course package into a learner's local store (issue #5).

Guest mode's sample course and a package handed around on a USB stick take
the same road: the package's rows are written with the ids the server uses
for it (``desktop.course_package.identity``), so progress recorded on an
imported course syncs like any other once the course exists on the server.

One SQLite transaction writes everything — course, lessons, bodies, the
questions and their current version, practice answer keys (assessed keys
are never stored on a learner's machine, as when syncing), achievements,
the cached-image index and the "available offline" mark — and removes what
a newer package dropped.  Images are all or nothing on disk too (issue #12):
they are written first into a temporary folder beside the course's
(``course-files/.<course id>.import-…``, so on the same file system), then,
once every row is written but before the commit, each is renamed into place
and the image it replaces is renamed into the temporary folder; each rename
is atomic and is noted.  If a rename or the commit fails, the renames are
undone in reverse order and the transaction rolls back: the course's rows
and its folder are exactly as they were.  After the commit the temporary
folder (with the replaced images) is removed; one left by a killed import
is removed by the next import of the course.

Cached images are indexed by the object name they have on the server,
``course-content/<course id>/<path>`` (``image_key``), so the lesson reader
finds them the same way whether they came from a package or a download.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from desktop.course_package import CoursePackage, Lesson, QuizMode
from desktop.course_package.manifest import file_manifest
from desktop.course_package.sample import load_sample_course
from desktop.store.columns import utc_now
from desktop.store.models import (
    Achievement,
    CachedImage,
    Course,
    CourseDownload,
    CourseFile,
    LessonContent,
    QuizAnswerKey,
    QuizQuestion,
    QuizQuestionVersion,
)
from desktop.store.models import Lesson as LessonRow
from desktop.store.models.local import AVAILABLE_OFFLINE
from desktop.store.replica.upsert import upsert, validate_rows

if TYPE_CHECKING:  # annotations only: db imports the replica at load time
    from desktop.store.db.learner_store import LearnerStore

log = logging.getLogger(__name__)

BUCKET = "course-content"
FILES_DIR = "course-files"
# Course columns a package does not decide: kept when the course is already
# known from the server (its owner, counters, and whether it is published).
SERVER_OWNED = (
    "instructor_id",
    "instructor_name",
    "enrollment_count",
    "average_rating",
    "created_at",
    "is_published",
)


def image_key(course_id: str, package_path: str) -> str:
    """The cache index key of an image: its object name on the server."""
    return f"{BUCKET}/{course_id}/{package_path}"


def default_files_dir(store: LearnerStore) -> Path:
    return store.db.path.parent / FILES_DIR


@dataclass(frozen=True)
class ImportReport:
    course_id: str
    title: str
    lessons: int
    lessons_removed: int
    questions: int
    images: int


def import_package(
    store: LearnerStore,
    package: CoursePackage,
    *,
    files_dir: Path | None = None,
    now: datetime | None = None,
) -> ImportReport:
    """Write ``package`` (already checked by the parser) into ``store``."""
    when = now or utc_now()
    course_id = str(package.id)
    base = files_dir or default_files_dir(store)
    folder = base / course_id
    _remove_leftovers(base, course_id)
    staging = Path(tempfile.mkdtemp(prefix=f".{course_id}.import-", dir=_made(base)))
    swap = _Swap(staging / "new", staging / "old", folder)
    try:
        images = _stage_images(package, swap.new, folder)
        with store.write() as session:
            _write_rows(session, package, images, when)
            session.flush()  # a row the database refuses fails here, before any rename
            for path, _final, _size in images.paths:
                swap.move_in(path)
        # Committed.
    except BaseException:
        if swap.undo():
            shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(staging, ignore_errors=True)  # the images the new ones replaced
    log.info(
        "imported course %s (%d lessons, %d images)",
        course_id,
        len(package.lessons),
        len(images.paths),
    )
    return ImportReport(
        course_id,
        package.title,
        len(package.lessons),
        images.removed,
        package.question_count,
        len(images.paths),
    )


@dataclass
class _Staged:
    paths: list[tuple[str, Path, int]]  # (package path, final file, size)
    removed: int = 0


def _made(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _remove_leftovers(base: Path, course_id: str) -> None:
    """Temporary folders of an import of this course that was killed midway."""
    if base.is_dir():
        for leftover in base.glob(f".{course_id}.import-*"):
            shutil.rmtree(leftover, ignore_errors=True)


def _stage_images(package: CoursePackage, staging: Path, folder: Path) -> _Staged:
    staged = _Staged([])
    root = staging.resolve()
    for asset in package.assets:
        target = (staging / asset.path).resolve()
        if root not in target.parents:  # the parser refuses such paths; belt and braces
            raise ValueError(f"image path leaves the course folder: {asset.path}")
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as out:
            for chunk in asset.chunks():  # a video is copied a piece at a time
                out.write(chunk)
        staged.paths.append((asset.path, folder / asset.path, asset.size))
    return staged


class _Swap:
    """Renames staged images into the course's folder, moving what they
    replace aside, and can put everything back (``undo``)."""

    def __init__(self, new: Path, old: Path, folder: Path) -> None:
        self.new = new
        self.old = old
        self.folder = folder
        # What was done, in order: (source, target) of a rename, or
        # (folder, None) for a folder made for the new images.
        self._journal: list[tuple[Path, Path | None]] = []

    def _rename(self, source: Path, target: Path) -> None:
        os.replace(source, target)
        self._journal.append((source, target))

    def _set_aside(self, place: Path) -> None:
        aside = self.old / place.relative_to(self.folder.parent)
        aside.parent.mkdir(parents=True, exist_ok=True)  # inside the temporary folder
        self._rename(place, aside)

    def _mkdirs(self, folder: Path) -> None:
        missing = []
        while not folder.exists():
            missing.append(folder)
            folder = folder.parent
        for place in reversed(missing):
            place.mkdir()
            self._journal.append((place, None))

    def move_in(self, path: str) -> None:
        final = self.folder / path
        for parent in reversed(final.relative_to(self.folder.parent).parents[:-1]):
            place = self.folder.parent / parent
            if place.exists() and not place.is_dir():
                self._set_aside(place)  # an old image where the new package has a folder
        self._mkdirs(final.parent)
        if final.exists():
            self._set_aside(final)  # the old image, or an old folder of that name
        self._rename(self.new / path, final)

    def undo(self) -> bool:
        """Everything reversed, newest first; True when all of it was."""
        restored = True
        for source, target in reversed(self._journal):
            try:
                if target is None:
                    source.rmdir()
                else:
                    os.replace(target, source)
            except OSError:
                log.exception("could not undo the import's change to %s", source)
                restored = False
        self._journal.clear()
        if not restored:
            log.error("the images an import replaced are kept in %s", self.old)
        return restored


def _write_rows(session: Session, package: CoursePackage, images: _Staged, when: datetime) -> None:
    course_id = str(package.id)
    _write_course(session, package, when)
    removed = _remove_dropped(session, package)
    _write_lessons(session, package, when)
    _write_questions(session, package, when)
    upsert(
        session,
        Achievement,
        validate_rows(
            Achievement,
            [
                Achievement(
                    id=str(a.id),
                    title=a.title,
                    description=a.description,
                    icon=a.icon,
                    badge_color=a.badge_color,
                    points_value=a.points_value,
                    criteria=dict(a.criteria),
                    course_id=course_id,
                    created_at=when,
                )
                for a in package.achievements
            ],
        ),
    )
    hashes = _write_file_list(session, package, when)
    for path, local, size in images.paths:
        session.merge(
            CachedImage(
                url=image_key(course_id, path),
                course_id=course_id,
                local_path=str(local),
                size_bytes=size,
                fetched_at=when,
                sha256=hashes.get(path),
            )
        )
    session.merge(
        CourseDownload(
            course_id=course_id,
            state=AVAILABLE_OFFLINE,
            items_done=len(package.lessons),
            items_total=len(package.lessons),
            content_updated_at=when,
            downloaded_at=when,
        )
    )
    images.removed = removed


def _write_file_list(session: Session, package: CoursePackage, when: datetime) -> dict[str, str]:
    """The course's file manifest as ``lantern publish`` writes it (same ids,
    so a later pull of the published course updates these rows); path -> hash."""
    course_id = str(package.id)
    rows = [
        CourseFile(
            id=entry.id,
            course_id=course_id,
            path=entry.path,
            size_bytes=entry.size_bytes,
            sha256=entry.sha256,
            content_type=entry.content_type,
            lesson_ids=list(entry.lesson_ids),
            created_at=when,
            updated_at=when,
        )
        for entry in file_manifest(package)
    ]
    session.execute(
        delete(CourseFile).where(
            col(CourseFile.course_id) == course_id,
            col(CourseFile.id).not_in([row.id for row in rows]),
        )
    )
    upsert(session, CourseFile, validate_rows(CourseFile, rows))
    return {row.path: row.sha256 for row in rows}


def import_sample_course(store: LearnerStore, *, files_dir: Path | None = None) -> ImportReport:
    """Guest mode's first course: the bundled sample, imported (again) in place."""
    result = load_sample_course()
    if result.package is None:  # a broken install: say exactly what is wrong
        raise ValueError(
            "the bundled sample course is damaged: "
            + "; ".join(str(problem) for problem in result.problems)
        )
    return import_package(store, result.package, files_dir=files_dir)


def _write_course(session: Session, package: CoursePackage, when: datetime) -> None:
    row = Course(
        id=str(package.id),
        title=package.title,
        description=package.description,
        thumbnail_url=image_key(str(package.id), package.thumbnail) if package.thumbnail else None,
        difficulty_level=package.difficulty.value,
        estimated_duration_hours=package.estimated_duration_hours,
        price=float(package.price),
        is_premium=package.is_premium,
        # Shown in the local catalogue; a pull replaces it with the server's truth.
        is_published=True,
        tags=list(package.tags),
        category=package.category,
        language=package.language,
        direction=package.direction.value,
        created_at=when,
        updated_at=when,
    )
    upsert(session, Course, validate_rows(Course, [row]), keep=SERVER_OWNED)


def _remove_dropped(session: Session, package: CoursePackage) -> int:
    """Lessons a newer package no longer has go (their bodies and questions by cascade)."""
    kept = [str(lesson.id) for lesson in package.lessons]
    result = session.execute(
        delete(LessonRow).where(
            col(LessonRow.course_id) == str(package.id), col(LessonRow.id).not_in(kept)
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)


def _write_lessons(session: Session, package: CoursePackage, when: datetime) -> None:
    upsert(
        session,
        LessonRow,
        validate_rows(
            LessonRow, [_lesson_row(package, lesson, when) for lesson in package.lessons]
        ),
    )
    upsert(
        session,
        LessonContent,
        validate_rows(
            LessonContent,
            [
                LessonContent(
                    lesson_id=str(lesson.id),
                    body_markdown=lesson.body_markdown,
                    created_at=when,
                    updated_at=when,
                )
                for lesson in package.lessons
            ],
        ),
    )


def _lesson_row(package: CoursePackage, lesson: Lesson, when: datetime) -> LessonRow:
    return LessonRow(
        id=str(lesson.id),
        course_id=str(package.id),
        title=lesson.title,
        description=lesson.description,
        component_path=lesson.component_path,
        order_index=lesson.order,
        estimated_duration_minutes=lesson.duration_minutes,
        is_free=lesson.free_preview,
        prerequisites=[str(lesson_id) for lesson_id in lesson.prerequisite_ids],
        learning_objectives=list(lesson.learning_objectives),
        quiz_mode=lesson.quiz_mode.value,
        created_at=when,
        updated_at=when,
        quiz_max_attempts=lesson.quiz_rules.attempts,
        quiz_grading=lesson.quiz_rules.grading.value,
        quiz_feedback=lesson.quiz_rules.feedback,
        language=lesson.language,
        direction=lesson.direction.value if lesson.direction is not None else None,
    )


def _write_questions(session: Session, package: CoursePackage, when: datetime) -> None:
    lesson_ids = [str(lesson.id) for lesson in package.lessons]
    known = _known_versions(session, lesson_ids)
    questions: list[dict[str, Any]] = []
    versions: list[dict[str, Any]] = []
    keys: list[dict[str, Any]] = []
    for lesson in package.lessons:
        for question in lesson.questions:
            question_id = str(question.id)
            # A version the server already numbered stays; a new question is 1.
            version = known.get(question_id, 1)
            shown = {
                "kind": question.kind.value,
                "prompt": question.prompt,
                "options": [{"id": o.id, "text": o.text} for o in question.options],
                "points": question.points,
                "scoring": question.scoring.value,
                "case_sensitive": question.case_sensitive,
            }
            questions.append(
                {
                    "id": question_id,
                    "lesson_id": str(lesson.id),
                    "position": question.position,
                    "version": version,
                    "is_active": True,
                    "created_at": when,
                    "updated_at": when,
                    **shown,
                }
            )
            versions.append(
                {
                    "question_id": question_id,
                    "version": version,
                    "lesson_id": str(lesson.id),
                    "created_at": when,
                    **shown,
                }
            )
            if lesson.quiz_mode is QuizMode.PRACTICE:
                keys.append(
                    {
                        "question_id": question_id,
                        "version": version,
                        "correct": list(question.correct),
                        "explanation": question.explanation,
                        "created_at": when,
                        "updated_at": when,
                    }
                )
    kept = [row["id"] for row in questions]
    # Questions the package dropped stay (attempts may name them) but retire.
    session.execute(
        update(QuizQuestion)
        .where(col(QuizQuestion.lesson_id).in_(lesson_ids), col(QuizQuestion.id).not_in(kept))
        .values(is_active=False)
    )
    upsert(session, QuizQuestion, validate_rows(QuizQuestion, questions))
    upsert(session, QuizQuestionVersion, validate_rows(QuizQuestionVersion, versions))
    upsert(session, QuizAnswerKey, validate_rows(QuizAnswerKey, keys))
    _drop_assessed_keys(session, package)


def _known_versions(session: Session, lesson_ids: Iterable[str]) -> dict[str, int]:
    rows = session.exec(
        select(QuizQuestion.id, QuizQuestion.version).where(
            col(QuizQuestion.lesson_id).in_(list(lesson_ids))
        )
    ).all()
    return {question_id: version for question_id, version in rows}


def _drop_assessed_keys(session: Session, package: CoursePackage) -> None:
    # A lesson switched from practice to assessed must not keep its old keys.
    assessed = [
        str(q.id)
        for lesson in package.lessons
        if lesson.quiz_mode is QuizMode.ASSESSED
        for q in lesson.questions
    ]
    if assessed:
        session.execute(delete(QuizAnswerKey).where(col(QuizAnswerKey.question_id).in_(assessed)))
