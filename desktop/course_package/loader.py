"""Loading a course package: files in, a ``CoursePackage`` or problems out.

``load_package`` never raises for a bad package and never returns part of
one: either every check passed and ``LoadResult.package`` is set, or
``LoadResult.problems`` lists every mistake found (issue #5).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from desktop.course_package import file_rules, identity, validate
from desktop.course_package.course_file import CourseSettings, read_course_file
from desktop.course_package.documents import decode_utf8
from desktop.course_package.fields import INT4_MAX
from desktop.course_package.images import content_type
from desktop.course_package.lesson_file import LessonDraft, QuizSource, read_lesson
from desktop.course_package.media import CAPTION_TYPES, is_media, media_type
from desktop.course_package.model import Asset, CoursePackage, Difficulty, Lesson, Media
from desktop.course_package.problems import Problem, ProblemLog
from desktop.course_package.source import (
    COURSE_FILE,
    DEFAULT_LIMITS,
    Limits,
    MediaFile,
    PackageFiles,
    read_package,
    read_zip,
)
from desktop.course_package.text_direction import Direction

log = logging.getLogger(__name__)

LESSON_SUFFIX = ".md"
QUIZ_SUFFIX = ".quiz.toml"
IGNORED_MARKDOWN = {"readme.md"}  # notes for whoever edits the package


@dataclass(frozen=True)
class LoadResult:
    package: CoursePackage | None
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return self.package is not None


def load_package(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> LoadResult:
    """The package in the folder or zip file at ``path``."""
    problems = ProblemLog()
    files = read_package(path, problems, limits)
    return _finish(files, problems)


def load_zip_bytes(
    data: bytes, *, name: str = "package.zip", limits: Limits = DEFAULT_LIMITS
) -> LoadResult:
    problems = ProblemLog()
    files = read_zip(data, problems, limits, origin=name)
    return _finish(files, problems)


def load_files(files: Mapping[str, bytes]) -> LoadResult:
    """The package made of ``files`` (package path → bytes), already read."""
    found = PackageFiles()
    for path, data in files.items():
        if is_media(path):
            found.media[path] = MediaFile.from_bytes(path, data)
        else:
            found.files[path] = data
    return _finish(found, ProblemLog())


def _finish(found: PackageFiles, problems: ProblemLog) -> LoadResult:
    package = _parse(found, problems)
    if problems or package is None:
        log.info("course package rejected with %d problem(s)", len(problems))
        return LoadResult(None, problems.sorted())
    return LoadResult(package, ())


def _parse(found: PackageFiles, problems: ProblemLog) -> CoursePackage | None:
    files = found.files
    if COURSE_FILE not in files:
        if not problems:
            problems.add(COURSE_FILE, None, "package.no_course_file")
        return None
    file_rules.check_files(files, problems, media=found.media)
    probed = file_rules.check_media_files(found.media, problems)
    text = decode_utf8(COURSE_FILE, files[COURSE_FILE], problems)
    settings = read_course_file(COURSE_FILE, text, problems) if text is not None else None
    course_id = settings.id if settings else None
    drafts = _read_lessons(files, course_id, problems)
    validate.check_orders(drafts, problems)
    validate.check_prerequisites(drafts, problems)
    validate.check_images(drafts, found, problems)
    media = validate.check_media(drafts, found, probed, problems)
    validate.check_links(drafts, problems)
    validate.check_math(drafts, problems)
    thumbnail = None
    if settings is not None:
        thumbnail = validate.check_thumbnail(
            COURSE_FILE, settings.thumbnail, settings.thumbnail_line, found, problems
        )
    if problems or settings is None:
        return None
    return _assemble(settings, thumbnail, drafts, found, media)


def _lesson_files(files: Mapping[str, bytes]) -> list[str]:
    return sorted(
        path
        for path in files
        # 03-shout.MD is a lesson too: Windows and macOS users do not see the case.
        if "/" not in path
        and path.lower().endswith(LESSON_SUFFIX)
        and path.lower() not in IGNORED_MARKDOWN
    )


def _read_lessons(
    files: Mapping[str, bytes], course_id: uuid.UUID | None, problems: ProblemLog
) -> list[LessonDraft]:
    lesson_files = _lesson_files(files)
    if not lesson_files:
        problems.add(COURSE_FILE, None, "package.no_lessons")
    slugs = {path[: -len(LESSON_SUFFIX)] for path in lesson_files}
    for path in sorted(files):
        if _is_quiz_file(path) and path[: -len(QUIZ_SUFFIX)] not in slugs:
            lesson = path[: -len(QUIZ_SUFFIX)] + LESSON_SUFFIX
            problems.add(path, None, "package.quiz_without_lesson", lesson=lesson)
    drafts: list[LessonDraft] = []
    for path in lesson_files:
        draft = _read_lesson(path, files, course_id, problems)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _is_quiz_file(path: str) -> bool:
    # 05-html-css.QUIZ.toml is a quiz file, as 03-shout.MD is a lesson.
    return "/" not in path and path.lower().endswith(QUIZ_SUFFIX)


def _quiz_file(slug: str, files: Mapping[str, bytes]) -> str | None:
    """The quiz file of lesson ``slug``: its name, with the suffix in any case.
    (Two such names differing only in case are reported by the name rules.)"""
    found = [path for path in files if _is_quiz_file(path) and path[: -len(QUIZ_SUFFIX)] == slug]
    return min(found) if found else None


def _read_lesson(
    path: str,
    files: Mapping[str, bytes],
    course_id: uuid.UUID | None,
    problems: ProblemLog,
) -> LessonDraft | None:
    slug = path[: -len(LESSON_SUFFIX)]
    if not identity.is_slug(slug):
        problems.add(path, None, "lesson.bad_file_name")
        return None
    quiz_path = _quiz_file(slug, files)
    quiz: QuizSource | None = None
    if quiz_path is not None:
        quiz_text = decode_utf8(quiz_path, files[quiz_path], problems)
        if quiz_text is not None:
            quiz = QuizSource(quiz_path, quiz_text)
    text = decode_utf8(path, files[path], problems)
    if text is None:
        return None
    return read_lesson(path, slug, text, quiz, course_id, problems)


def _assemble(
    settings: CourseSettings,
    thumbnail: str | None,
    drafts: list[LessonDraft],
    found: PackageFiles,
    media: Mapping[str, tuple[Media, ...]],
) -> CoursePackage | None:
    files = found.files
    if settings.id is None or settings.slug is None or settings.title is None:
        return None
    course_id, course_slug = settings.id, settings.slug
    lessons = tuple(
        _lesson(draft, course_id, course_slug, media.get(draft.file, ()))
        for draft in sorted(drafts, key=lambda draft: draft.order or 0)
    )
    minutes = sum(lesson.duration_minutes or 0 for lesson in lessons)
    assets = sorted(
        [
            *(
                Asset(path, files[path], kind)
                for path in files
                if (kind := content_type(path) or _caption_type(path)) is not None
            ),
            *(
                Asset(path, b"", kind, media=file)
                for path, file in found.media.items()
                if (kind := media_type(path)) is not None
            ),
        ],
        key=lambda asset: asset.path,
    )
    return CoursePackage(
        id=course_id,
        slug=course_slug,
        title=settings.title,
        description=settings.description,
        category=settings.category,
        difficulty=settings.difficulty or Difficulty.BEGINNER,
        # Without an estimate, the lessons' minutes rounded up to whole hours.
        # Capped at what the server's integer column holds: each lesson's
        # minutes fit, their sum over many lessons may not.
        estimated_duration_hours=settings.estimated_duration_hours
        or (min(-(-minutes // 60), INT4_MAX) if minutes else None),
        tags=settings.tags,
        is_premium=settings.is_premium,
        price=settings.price,
        thumbnail=thumbnail,
        lessons=lessons,
        achievements=settings.achievements,
        assets=tuple(assets),
        total_size=found.total_size,
        language=settings.language,
        direction=settings.direction or Direction.AUTO,
    )


def _caption_type(path: str) -> str | None:
    return CAPTION_TYPES.get(PurePosixPath(path).suffix.lower())


def _lesson(
    draft: LessonDraft, course_id: uuid.UUID, course_slug: str, media: tuple[Media, ...]
) -> Lesson:
    assert draft.title is not None
    assert draft.order is not None
    return Lesson(
        id=identity.lesson_id(course_id, draft.slug),
        slug=draft.slug,
        file=draft.file,
        title=draft.title,
        description=draft.description,
        order=draft.order,
        duration_minutes=draft.duration_minutes,
        free_preview=draft.free_preview,
        prerequisites=tuple(name for name, _ in draft.prerequisites),
        prerequisite_ids=tuple(
            identity.lesson_id(course_id, name) for name, _ in draft.prerequisites
        ),
        learning_objectives=draft.learning_objectives,
        quiz_mode=draft.quiz_mode,
        questions=draft.questions,
        quiz_rules=draft.quiz_rules,
        body_markdown=draft.body,
        images=tuple(dict.fromkeys(image.path for image in draft.images if image.path is not None)),
        component_path=identity.component_path(course_slug, draft.slug),
        language=draft.language,
        direction=draft.direction,
        media=media,
    )


__all__ = ["LoadResult", "load_files", "load_package", "load_zip_bytes"]
