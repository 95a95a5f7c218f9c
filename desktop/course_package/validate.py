"""Package-wide checks: the ones that need every lesson at once.

Lesson order must be unique (the server enforces ``unique (course_id,
order_index)``), prerequisites must name lessons of the package and must not
go round in a circle, and every image a lesson or the course refers to must
be in the package.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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
    lessons: Sequence[LessonDraft], files: Mapping[str, bytes], problems: ProblemLog
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
    files: Mapping[str, bytes],
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
