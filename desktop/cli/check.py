"""``lantern check FOLDER|ZIP``: validate a course package.

Prints every problem as ``file:line: message`` and exits 1, or prints a
one-screen summary of the course and exits 0 (issue #5).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from desktop.course_package import CoursePackage, Lesson, load_package


def register(subparsers: Any) -> None:
    check = subparsers.add_parser(
        "check", help="check a course package (a folder or a zip) and summarise it"
    )
    check.add_argument(
        "package", type=Path, metavar="FOLDER|ZIP", help="the course package to check"
    )
    check.set_defaults(func=run_check)


def run_check(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    result = load_package(args.package)
    if result.package is None:
        for problem in result.problems:
            print(problem, file=out)
        count = len(result.problems)
        print(
            f"\n{count} problem{'s' if count != 1 else ''} in {args.package}; "
            "nothing was imported or published.",
            file=out,
        )
        return 1
    print(summary(result.package), file=out)
    return 0


def summary(package: CoursePackage) -> str:
    hours = package.estimated_duration_hours
    price = (
        f"premium, {package.price}"
        if package.is_premium
        else ("free" if package.price == 0 else f"price {package.price}")
    )
    facts = [
        package.difficulty.value,
        package.category or "no category",
        f"about {hours} h" if hours else "no duration",
        price,
    ]
    lines = [
        f"{package.title}",
        f"  id {package.id} · slug {package.slug}",
        f"  {' · '.join(facts)}",
        "",
        f"  {'#':>3}  {'lesson':<40} {'min':>4}  quiz",
    ]
    lines += [_lesson_line(lesson) for lesson in package.lessons]
    lines += [
        "",
        f"  {len(package.lessons)} lessons, {package.question_count} questions, "
        f"{_files(package)}, "
        f"{len(package.achievements)} achievement{'s' if len(package.achievements) != 1 else ''}"
        f", {_size(package.total_size)} in all.",
        "  No problems found.",
    ]
    return "\n".join(lines)


def _files(package: CoursePackage) -> str:
    """``3 images, 1 video, 2 sounds, 1 PDF``: the kinds of file the lessons show."""
    counts = {"image": 0, "video": 0, "audio": 0, "document": 0}
    for asset in package.assets:
        if asset.content_type.startswith("image/"):
            counts["image"] += 1
    for lesson in package.lessons:
        for item in lesson.media:
            counts[item.kind] += 1
    words = {"image": "image", "video": "video", "audio": "sound", "document": "PDF"}
    parts = [f"{counts['image']} image{'s' if counts['image'] != 1 else ''}"]
    parts += [
        f"{count} {words[kind]}{'s' if count != 1 else ''}"
        for kind, count in counts.items()
        if kind != "image" and count
    ]
    return ", ".join(parts)


def _lesson_line(lesson: Lesson) -> str:
    title = lesson.title if len(lesson.title) <= 40 else lesson.title[:39] + "…"
    minutes = str(lesson.duration_minutes) if lesson.duration_minutes else "-"
    count = len(lesson.questions)
    quiz = (
        f"{lesson.quiz_mode.value}, {count} question{'s' if count != 1 else ''}"
        if count
        else "none"
    )
    extra = "  (free preview)" if lesson.free_preview else ""
    return f"  {lesson.order:>3}  {title:<40} {minutes:>4}  {quiz}{extra}"


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KiB"
    return f"{size / (1024 * 1024):.1f} MiB"
