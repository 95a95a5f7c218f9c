"""``lantern check FOLDER|ZIP``: validate a course package.

Prints every problem as ``file:line: message`` and exits 1, or prints a
one-screen summary of the course and exits 0 (issue #5).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from desktop.cli.messages import joined, translate
from desktop.course_package import CoursePackage, Difficulty, Lesson, QuizMode, load_package


def register(subparsers: Any) -> None:
    check = subparsers.add_parser(
        "check",
        help=translate("cli.check", "check a course package (a folder or a zip) and summarise it"),
    )
    check.add_argument(
        "package",
        type=Path,
        metavar="FOLDER|ZIP",
        help=translate("cli.check", "the course package to check"),
    )
    check.set_defaults(func=run_check)


def run_check(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    result = load_package(args.package)
    if result.package is None:
        from desktop.cli.messages import voice
        from desktop.ui.words.package import problem_text

        for problem in result.problems:
            print(problem_text(problem, voice()), file=out)
        said = translate(
            "cli.check",
            "%Ln problem(s) in {package}; nothing was imported or published.",
            "",
            len(result.problems),
        )
        print("\n" + said.format(package=args.package), file=out)
        return 1
    print(summary(result.package), file=out)
    return 0


def summary(package: CoursePackage) -> str:
    hours = package.estimated_duration_hours
    facts = [
        _difficulty(package.difficulty),
        package.category or translate("cli.check", "no category"),
        (
            translate("cli.check", "about {hours} h").format(hours=hours)
            if hours
            else translate("cli.check", "no duration")
        ),
        _price(package),
    ]
    title = translate("cli.check", "lesson", "the heading of the lessons' column")
    minutes = translate("cli.check", "min", "the heading of the lessons' minutes column")
    quiz = translate("cli.check", "quiz", "the heading of the lessons' quiz column")
    ids = translate("cli.check", "id {id} · slug {slug}").format(id=package.id, slug=package.slug)
    lines = [
        f"{package.title}",
        f"  {ids}",
        f"  {' · '.join(facts)}",
        "",
        f"  {'#':>3}  {title:<40} {minutes:>4}  {quiz}",
    ]
    lines += [_lesson_line(lesson) for lesson in package.lessons]
    totals = translate(
        "cli.check", "{lessons}, {questions}, {files}, {achievements}, {size} in all."
    ).format(
        lessons=translate("cli.check", "%Ln lesson(s)", "", len(package.lessons)),
        questions=translate("cli.check", "%Ln question(s)", "", package.question_count),
        files=_files(package),
        achievements=translate("cli.check", "%Ln achievement(s)", "", len(package.achievements)),
        size=_size(package.total_size),
    )
    lines += ["", f"  {totals}", "  " + translate("cli.check", "No problems found.")]
    return "\n".join(lines)


def _difficulty(difficulty: Difficulty) -> str:
    words = {
        Difficulty.BEGINNER: translate("cli.check", "beginner", "a course's difficulty"),
        Difficulty.INTERMEDIATE: translate("cli.check", "intermediate", "a course's difficulty"),
        Difficulty.ADVANCED: translate("cli.check", "advanced", "a course's difficulty"),
    }
    return words.get(difficulty, difficulty.value)


def _quiz_mode(mode: QuizMode) -> str:
    words = {
        QuizMode.PRACTICE: translate("cli.check", "practice", "a quiz's mode"),
        QuizMode.ASSESSED: translate("cli.check", "assessed", "a quiz's mode"),
    }
    return words.get(mode, mode.value)


def _price(package: CoursePackage) -> str:
    if package.is_premium:
        return translate("cli.check", "premium, {price}").format(price=package.price)
    if package.price == 0:
        return translate("cli.check", "free", "a course's price")
    return translate("cli.check", "price {price}").format(price=package.price)


def _files(package: CoursePackage) -> str:
    """``3 images, 1 video, 2 sounds, 1 PDF``: the kinds of file the lessons show."""
    counts = {"image": 0, "video": 0, "audio": 0, "document": 0}
    for asset in package.assets:
        if asset.content_type.startswith("image/"):
            counts["image"] += 1
    for lesson in package.lessons:
        for item in lesson.media:
            counts[item.kind] += 1
    parts = [translate("cli.check", "%Ln image(s)", "", counts["image"])]
    if counts["video"]:
        parts.append(translate("cli.check", "%Ln video(s)", "", counts["video"]))
    if counts["audio"]:
        parts.append(translate("cli.check", "%Ln sound(s)", "", counts["audio"]))
    if counts["document"]:
        parts.append(translate("cli.check", "%Ln PDF(s)", "", counts["document"]))
    return joined(parts)


def _lesson_line(lesson: Lesson) -> str:
    title = lesson.title if len(lesson.title) <= 40 else lesson.title[:39] + "…"
    minutes = str(lesson.duration_minutes) if lesson.duration_minutes else "-"
    count = len(lesson.questions)
    quiz = (
        translate("cli.check", "{mode}, %Ln question(s)", "", count).format(
            mode=_quiz_mode(lesson.quiz_mode)
        )
        if count
        else translate("cli.check", "none", "a lesson without a quiz")
    )
    extra = "  " + translate("cli.check", "(free preview)") if lesson.free_preview else ""
    return f"  {lesson.order:>3}  {title:<40} {minutes:>4}  {quiz}{extra}"


def _size(size: int) -> str:
    if size < 1024:
        return translate("cli.check", "%Ln byte(s)", "", size)
    if size < 1024 * 1024:
        return translate("cli.check", "{size} KiB").format(size=f"{size / 1024:.1f}")
    return translate("cli.check", "{size} MiB").format(size=f"{size / (1024 * 1024):.1f}")
