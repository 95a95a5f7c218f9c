"""Package-wide checks: the ones that need every lesson at once.

Lesson order must be unique (the server enforces ``unique (course_id,
order_index)``), prerequisites must name lessons of the package and must not
go round in a circle, and every image a lesson or the course refers to must
be in the package.
"""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence

from desktop.course_package.images import (
    IMAGE_SCHEMES,
    content_type,
    link_refusal,
    package_path,
    scheme,
)
from desktop.course_package.lesson_file import LessonDraft
from desktop.course_package.markdown_scan import MAX_REFERENCES
from desktop.course_package.math_spans import find_math, formula_problem
from desktop.course_package.media import CAPTION_TYPES, MEDIA_TYPES, kind_of, media_type
from desktop.course_package.media_blocks import MediaDraft, clock
from desktop.course_package.model import Media
from desktop.course_package.problems import ProblemLog


def check_orders(lessons: Sequence[LessonDraft], problems: ProblemLog) -> None:
    first_with: dict[int, LessonDraft] = {}
    for lesson in lessons:
        if lesson.order is None:
            continue
        earlier = first_with.setdefault(lesson.order, lesson)
        if earlier is not lesson:
            problems.add(
                lesson.file,
                lesson.order_line,
                f"order {lesson.order} is already used by {earlier.file}; "
                "each lesson needs its own order number.",
            )


def check_prerequisites(lessons: Sequence[LessonDraft], problems: ProblemLog) -> None:
    slugs = {lesson.slug for lesson in lessons}
    for lesson in lessons:
        for name, line in lesson.prerequisites:
            if name == lesson.slug:
                problems.add(lesson.file, line, "a lesson cannot be its own prerequisite.")
            elif name not in slugs:
                problems.add(
                    lesson.file,
                    line,
                    (
                        f"prerequisite {name!r} names no lesson; use a lesson's file name "
                        f"without '.md' (lessons: {', '.join(sorted(slugs))})."
                    ),
                )
    _check_cycles(lessons, slugs, problems)


def _check_cycles(lessons: Sequence[LessonDraft], slugs: set[str], problems: ProblemLog) -> None:
    needs = {
        lesson.slug: [
            name for name, _ in lesson.prerequisites if name in slugs and name != lesson.slug
        ]
        for lesson in lessons
    }
    by_slug = {lesson.slug: lesson for lesson in lessons}
    done: set[str] = set()
    reported: set[frozenset[str]] = set()
    # Depth-first search with an explicit stack: a long chain of lessons must
    # not hit Python's recursion limit.
    for start in sorted(needs):
        trail: list[str] = []
        stack: list[tuple[str, int]] = [(start, 0)]
        while stack:
            slug, next_index = stack.pop()
            if next_index == 0:
                if slug in done:
                    continue
                if slug in trail:
                    _report_circle([*trail[trail.index(slug) :], slug], by_slug, reported, problems)
                    continue
                trail.append(slug)
            if next_index < len(needs[slug]):
                stack.append((slug, next_index + 1))
                stack.append((needs[slug][next_index], 0))
            else:
                trail.pop()
                done.add(slug)


def _report_circle(
    circle: list[str],
    by_slug: Mapping[str, LessonDraft],
    reported: set[frozenset[str]],
    problems: ProblemLog,
) -> None:
    if frozenset(circle) in reported:
        return
    reported.add(frozenset(circle))
    lesson = by_slug[circle[0]]
    line = lesson.prerequisites[0][1] if lesson.prerequisites else None
    problems.add(
        lesson.file,
        line,
        "prerequisites go round in a circle: "
        f"{' → '.join(circle)}; no learner could start any of them.",
    )


def check_images(
    lessons: Sequence[LessonDraft], files: Container[str], problems: ProblemLog
) -> None:
    for lesson in lessons:
        for image in lesson.images:
            if image.path is None:
                problems.add(
                    lesson.file,
                    image.line,
                    (
                        f"image {image.target!r} points outside the package; use a path "
                        "relative to the package folder, like images/picture.png."
                    ),
                )
            elif image.path not in files:
                problems.add(
                    lesson.file, image.line, f"image {image.target!r} is not in the package."
                )
            elif content_type(image.path) is None:
                problems.add(lesson.file, image.line, _not_an_image(image.target))
        references = lesson.references
        if references.too_many is not None:
            problems.add(
                lesson.file,
                references.too_many,
                (
                    f"the lesson has more than {MAX_REFERENCES:,} images and links; split it "
                    "into several lessons."
                ),
            )
        for label, line in references.undefined:
            problems.add(
                lesson.file,
                line,
                (
                    f"image reference [{label}] is not defined: add a line like "
                    f"'[{label}]: images/picture.png' to the lesson."
                ),
            )
        for target, line in references.web_images:
            kind = scheme(target)
            if kind is not None and kind not in IMAGE_SCHEMES:
                problems.add(
                    lesson.file,
                    line,
                    (
                        f"image {_shown(target)} uses a '{kind}:' address; an image is a file "
                        "in the package (or a web address, http or https)."
                    ),
                )


def check_links(lessons: Sequence[LessonDraft], problems: ProblemLog) -> None:
    """Links a reader would refuse to open: only http, https and mailto open
    (in the learner's browser or mail program, after they see the address)."""
    for lesson in lessons:
        for target, line in lesson.references.links:
            refusal = link_refusal(target)
            if refusal is not None:
                problems.add(lesson.file, line, f"link {_shown(target)} would not open: {refusal}.")


def check_math(lessons: Sequence[LessonDraft], problems: ProblemLog) -> None:
    """TeX formulas the reader could not show (it would show their source)."""
    for lesson in lessons:
        for span in find_math(lesson.body):
            problem = formula_problem(span.tex)
            if problem is not None:
                problems.add(
                    lesson.file,
                    lesson.body_line + span.line - 1,
                    f"{problem}; learners would see its TeX source instead of the formula.",
                )


def _shown(target: str) -> str:
    """An address as a message quotes it: long ones shortened."""
    return repr(target if len(target) <= 80 else target[:77] + "…")


def check_thumbnail(
    course_file: str,
    thumbnail: str | None,
    line: int | None,
    files: Container[str],
    problems: ProblemLog,
) -> str | None:
    """The thumbnail's package path, or None (after a report if it is wrong)."""
    if thumbnail is None:
        return None
    path = package_path(thumbnail)
    if path is None:
        problems.add(course_file, line, f"thumbnail {thumbnail!r} points outside the package.")
    elif path not in files:
        problems.add(course_file, line, f"thumbnail {thumbnail!r} is not in the package.")
    elif content_type(path) is None:
        problems.add(course_file, line, _not_an_image(thumbnail))
    else:
        return path
    return None


def _not_an_image(target: str) -> str:
    return (
        f"{target!r} is not an image Lantern can show (use .png, .jpg, .jpeg, .gif, .webp or .svg)."
    )


def check_media(
    lessons: Sequence[LessonDraft],
    files: Container[str],
    probed: Mapping[str, float | None],
    problems: ProblemLog,
) -> dict[str, tuple[Media, ...]]:
    """Each lesson's media blocks as ``Media`` (by lesson file), after checking
    that what they name is in the package and fits together."""
    found: dict[str, tuple[Media, ...]] = {}
    for lesson in lessons:
        items = [_media(lesson.file, block, files, probed, problems) for block in lesson.media]
        found[lesson.file] = tuple(item for item in items if item is not None)
    return found


def _media(
    file: str,
    block: MediaDraft,
    files: Container[str],
    probed: Mapping[str, float | None],
    problems: ProblemLog,
) -> Media | None:
    if block.file is None or block.title is None:
        return None
    path = _package_file(file, block.file_line, block.file, "media file", files, problems)
    if path is None:
        return None
    kind_type = media_type(path)
    if kind_type is None:
        problems.add(
            file,
            block.file_line,
            f"{block.file!r} is not a video, sound or PDF file Lantern can show "
            f"(use {', '.join(sorted(MEDIA_TYPES))}).",
        )
        return None
    kind = kind_of(kind_type)
    poster = _poster(file, block, kind, files, problems)
    captions = _captions(file, block, kind, files, problems)
    duration = _checked_duration(file, block, kind, path, probed.get(path), problems)
    return Media(
        index=block.index,
        path=path,
        title=block.title,
        kind=kind,
        content_type=kind_type,
        duration_seconds=duration,
        poster=poster,
        captions=captions,
    )


def _package_file(
    file: str, line: int, target: str, what: str, files: Container[str], problems: ProblemLog
) -> str | None:
    path = package_path(target)
    if path is None or scheme(target) is not None:
        problems.add(
            file,
            line,
            f"{what} {_shown(target)} is not a file of the package; use a path relative to "
            "the package folder, like media/talk.mp4.",
        )
        return None
    if path not in files:
        problems.add(file, line, f"{what} {_shown(target)} is not in the package.")
        return None
    return path


def _poster(
    file: str, block: MediaDraft, kind: str, files: Container[str], problems: ProblemLog
) -> str | None:
    if block.poster is None:
        return None
    if kind != "video":
        problems.add(file, block.poster_line, "'poster' is for a video; leave it out here.")
        return None
    path = _package_file(file, block.poster_line, block.poster, "poster", files, problems)
    if path is not None and content_type(path) is None:
        problems.add(file, block.poster_line, _not_an_image(block.poster))
        return None
    return path


def _captions(
    file: str, block: MediaDraft, kind: str, files: Container[str], problems: ProblemLog
) -> str | None:
    if block.captions is None:
        return None
    if kind == "document":
        problems.add(
            file, block.captions_line, "'captions' are for a video or a sound; leave them out here."
        )
        return None
    path = _package_file(file, block.captions_line, block.captions, "captions", files, problems)
    if path is not None and not path.lower().endswith(tuple(CAPTION_TYPES)):
        problems.add(
            file,
            block.captions_line,
            f"captions {_shown(block.captions)} must be a WebVTT file (.vtt).",
        )
        return None
    return path


#: how far the duration an author writes may be from the file's before check says so
DURATION_SLACK_SECONDS = 2


def _checked_duration(
    file: str,
    block: MediaDraft,
    kind: str,
    path: str,
    actual: float | None,
    problems: ProblemLog,
) -> int | None:
    if kind == "document":
        if block.duration_seconds is not None:
            problems.add(file, block.duration_line, "a PDF has no 'duration'; leave it out.")
        return None
    if block.duration_seconds is None:
        return round(actual) if actual is not None and actual >= 0.5 else None
    if actual is not None and abs(actual - block.duration_seconds) > max(
        DURATION_SLACK_SECONDS, actual * 0.05
    ):
        problems.add(
            file,
            block.duration_line,
            f"'duration' says {clock(block.duration_seconds)} but {path} plays for "
            f"{clock(round(actual))}; correct it, or leave it out (Lantern reads it from "
            "the file).",
        )
    return block.duration_seconds
