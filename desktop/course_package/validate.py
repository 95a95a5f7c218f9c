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
from desktop.course_package.problems import Phrase, ProblemLog


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
                "lesson.order_taken",
                order=lesson.order,
                other=earlier.file,
            )


def check_prerequisites(lessons: Sequence[LessonDraft], problems: ProblemLog) -> None:
    slugs = {lesson.slug for lesson in lessons}
    for lesson in lessons:
        for name, line in lesson.prerequisites:
            if name == lesson.slug:
                problems.add(lesson.file, line, "prerequisite.itself")
            elif name not in slugs:
                problems.add(
                    lesson.file,
                    line,
                    "prerequisite.unknown",
                    name=repr(name),
                    lessons=tuple(sorted(slugs)),
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
    problems.add(lesson.file, line, "prerequisite.circle", circle=" → ".join(circle))


def check_images(
    lessons: Sequence[LessonDraft], files: Container[str], problems: ProblemLog
) -> None:
    for lesson in lessons:
        for image in lesson.images:
            if image.path is None:
                problems.add(
                    lesson.file, image.line, "image.outside_package", target=repr(image.target)
                )
            elif image.path not in files:
                problems.add(
                    lesson.file, image.line, "image.not_in_package", target=repr(image.target)
                )
            elif content_type(image.path) is None:
                problems.add(lesson.file, image.line, _not_an_image(image.target))
        _check_references(lesson, problems)


def _check_references(lesson: LessonDraft, problems: ProblemLog) -> None:
    references = lesson.references
    if references.too_many is not None:
        problems.add(
            lesson.file, references.too_many, "lesson.too_many_references", maximum=MAX_REFERENCES
        )
    for label, line in references.undefined:
        problems.add(lesson.file, line, "image.reference_undefined", label=label)
    for target, line in references.web_images:
        kind = scheme(target)
        if kind is not None and kind not in IMAGE_SCHEMES:
            problems.add(lesson.file, line, "image.bad_scheme", target=_shown(target), scheme=kind)


def check_links(lessons: Sequence[LessonDraft], problems: ProblemLog) -> None:
    """Links a reader would refuse to open: only http, https and mailto open
    (in the learner's browser or mail program, after they see the address)."""
    for lesson in lessons:
        for target, line in lesson.references.links:
            refusal = link_refusal(target)
            if refusal is not None:
                problems.add(
                    lesson.file, line, "link.would_not_open", target=_shown(target), reason=refusal
                )


def check_math(lessons: Sequence[LessonDraft], problems: ProblemLog) -> None:
    """TeX formulas the reader could not show (it would show their source)."""
    for lesson in lessons:
        for span in find_math(lesson.body):
            problem = formula_problem(span.tex)
            if problem is not None:
                problems.add(
                    lesson.file,
                    lesson.body_line + span.line - 1,
                    "math.shown_as_source",
                    problem=problem,
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
        problems.add(course_file, line, "thumbnail.outside_package", target=repr(thumbnail))
    elif path not in files:
        problems.add(course_file, line, "thumbnail.not_in_package", target=repr(thumbnail))
    elif content_type(path) is None:
        problems.add(course_file, line, _not_an_image(thumbnail))
    else:
        return path
    return None


def _not_an_image(target: str) -> Phrase:
    return Phrase.of("image.not_an_image", target=repr(target))


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
    path = _package_file(file, block.file_line, block.file, MEDIA_FILE, files, problems)
    if path is None:
        return None
    kind_type = media_type(path)
    if kind_type is None:
        problems.add(
            file,
            block.file_line,
            "lesson_media.not_media",
            target=repr(block.file),
            types=tuple(sorted(MEDIA_TYPES)),
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


# What a media block names, as (not a file of the package, not in it): one
# sentence each, so a translation can agree with "captions" as with "poster".
MEDIA_FILE = ("lesson_media.file_outside", "lesson_media.file_missing")
POSTER = ("lesson_media.poster_outside", "lesson_media.poster_missing")
CAPTIONS = ("lesson_media.captions_outside", "lesson_media.captions_missing")


def _package_file(
    file: str,
    line: int,
    target: str,
    codes: tuple[str, str],
    files: Container[str],
    problems: ProblemLog,
) -> str | None:
    outside, missing = codes
    path = package_path(target)
    if path is None or scheme(target) is not None:
        problems.add(file, line, outside, target=_shown(target))
        return None
    if path not in files:
        problems.add(file, line, missing, target=_shown(target))
        return None
    return path


def _poster(
    file: str, block: MediaDraft, kind: str, files: Container[str], problems: ProblemLog
) -> str | None:
    if block.poster is None:
        return None
    if kind != "video":
        problems.add(file, block.poster_line, "lesson_media.poster_not_for_kind")
        return None
    path = _package_file(file, block.poster_line, block.poster, POSTER, files, problems)
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
        problems.add(file, block.captions_line, "lesson_media.captions_not_for_pdf")
        return None
    path = _package_file(file, block.captions_line, block.captions, CAPTIONS, files, problems)
    if path is not None and not path.lower().endswith(tuple(CAPTION_TYPES)):
        problems.add(
            file,
            block.captions_line,
            "lesson_media.captions_not_vtt",
            target=_shown(block.captions),
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
            problems.add(file, block.duration_line, "lesson_media.pdf_duration")
        return None
    if block.duration_seconds is None:
        return round(actual) if actual is not None and actual >= 0.5 else None
    if actual is not None and abs(actual - block.duration_seconds) > max(
        DURATION_SLACK_SECONDS, actual * 0.05
    ):
        # clock() writes m:ss, h:mm:ss, as the author writes 'duration'.
        problems.add(
            file,
            block.duration_line,
            "lesson_media.wrong_duration",
            written=clock(block.duration_seconds),
            path=path,
            actual=clock(round(actual)),
        )
    return block.duration_seconds
