"""``lantern class COURSE [--csv FILE] [--json]``: a course you teach, its class (issue #17).

Reads this laptop's copy of the class only (what the last ``lantern sync``
pulled for the course's instructor): no server is asked.  COURSE is the id
or (part of) the title of a course the signed-in learner teaches here.

Prints the learners (lessons completed, progress, time, last active, points,
who needs help and why), a line per lesson and how many left; ``--csv FILE``
writes the class as a spreadsheet instead (``desktop/store/reads/
class_export.py`` says how the file is laid out and why), ``--json`` prints
the class as language-neutral data (field names, ISO 8601 UTC times, reason
codes).

Exit codes: 0 done; 1 the course is unknown or ambiguous, or the CSV cannot
be written; 2 nobody signed in, or they teach no course on this laptop;
4 the learner signed out here and must sign in again.  With ``--json`` a
failure is ``{"state", "exit_code", "error"}`` on standard output.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import CommandError, add_common, context
from desktop.course_package.problems import showable

if TYPE_CHECKING:
    from desktop.store.reads import ClassLearner, ClassView, HelpReason, LessonSummary

EXIT_NOT_SET_UP = 2
NAME_WIDTH = 40  # longer names are cut in the table (the CSV and JSON have them whole)


class ClassError(CommandError):
    """A ``CommandError`` with its ``--json`` state code."""

    def __init__(self, message: str, state: str, code: int = 1) -> None:
        super().__init__(message, code)
        self.state = state


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "class", help="a course you teach: its learners, lessons and who needs help"
    )
    add_common(parser)
    parser.add_argument("course", metavar="COURSE", help="the course id or (part of) its title")
    parser.add_argument(
        "--csv",
        type=Path,
        metavar="FILE",
        help="write the class to FILE as a spreadsheet (CSV, one row per learner and lesson)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(func=run_class)


def run_class(args: argparse.Namespace) -> int:
    from desktop.store.reads import class_json

    try:
        view = read_class(args)
        rows = write_csv(view, args.csv) if args.csv is not None else 0
    except CommandError as exc:
        return _fail(exc, as_json=args.json)
    if args.json:
        where = None if args.csv is None else str(args.csv.absolute())
        print(json.dumps({**class_json(view), "csv_path": where}, indent=2))
    elif args.csv is not None:
        print(
            f"Wrote the class of “{_shown(view.title)}” ({_count(len(view.learners), 'learner')}, "
            f"{_count(rows, 'row')}) to {_shown(str(args.csv.absolute()))}."
        )
    else:
        print(class_text(view))
    return 0


def _fail(exc: CommandError, *, as_json: bool) -> int:
    from desktop.cli.syncing import outcome

    state = exc.state if isinstance(exc, ClassError) else outcome(exc)[0]
    if as_json:
        print(json.dumps({"state": state, "exit_code": exc.code, "error": str(exc)}, indent=2))
    else:
        print(exc, file=sys.stderr)
    return exc.code


# --- finding the class --------------------------------------------------------------


def read_class(args: argparse.Namespace) -> ClassView:
    """The class of ``args.course``, from the signed-in learner's store."""
    # `from desktop.store.reads import class_view` reads as the submodule to import-linter
    from desktop.store import reads

    ctx = context(args)
    try:
        learner = ctx.learner()
    except CommandError as exc:
        if args.learner:  # someone named who never signed in here: that sentence is clearer
            raise
        raise ClassError(
            "You teach no course on this laptop: nobody has signed in here yet; sign in as "
            "the course's instructor (lantern login --email …) and run lantern sync.",
            "not_set_up",
            EXIT_NOT_SET_UP,
        ) from exc
    store = ctx.open_store(learner.user_id)
    try:
        courses = reads.taught_courses(store)
        if not courses:
            raise ClassError(
                f"You ({learner.email}) teach no course on this laptop; sign in as the "
                "course's instructor and run lantern sync.",
                "no_class",
                EXIT_NOT_SET_UP,
            )
        return reads.class_view(store, find_taught(courses, args.course))
    finally:
        store.close()


def find_taught(courses: list[tuple[str, str]], wanted: str) -> str:
    """The id of the course ``wanted`` names: its id, its title, or part of one title."""
    if any(course_id == wanted for course_id, _ in courses):
        return wanted
    folded = wanted.strip().casefold()
    exact = [c for c in courses if c[1].casefold() == folded]
    matches = exact or [c for c in courses if folded in c[1].casefold()]
    if len(matches) == 1:
        return matches[0][0]
    if not matches:
        raise ClassError(
            f"You teach no course matching “{_shown(wanted)}” on this laptop; "
            f"yours here: {_listed(courses)}.",
            "unknown_course",
        )
    raise ClassError(
        f"“{_shown(wanted)}” matches several courses you teach: {_listed(matches)}; "
        "give more of the title, or the id.",
        "ambiguous_course",
    )


def _listed(courses: list[tuple[str, str]]) -> str:
    return "; ".join(f"{_shown(title)} ({course_id})" for course_id, title in courses)


def write_csv(view: ClassView, path: Path) -> int:
    """Write the CSV; a ``ClassError`` naming ``path`` when it cannot be written."""
    from desktop.store.reads import write_class_csv

    try:
        return write_class_csv(view, path)
    except OSError as exc:
        raise ClassError(
            f"Cannot write the class to {_shown(str(path))}: {_why_unwritable(exc, path)}.",
            "unwritable_csv",
        ) from exc


def _why_unwritable(exc: OSError, path: Path) -> str:
    if isinstance(exc, IsADirectoryError):
        return f"it is a folder; name a file in it, such as {_shown(str(path / 'class.csv'))}"
    if isinstance(exc, NotADirectoryError) and path.parent.exists():
        return f"{_shown(str(path.parent))} is a file, not a folder"
    if isinstance(exc, FileNotFoundError) and not path.parent.is_dir():
        return f"the folder {_shown(str(path.parent))} does not exist"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or type(exc).__name__).lower()


# --- in words -----------------------------------------------------------------------


def class_text(view: ClassView) -> str:
    """The class as the terminal shows it: a heading, the learners, the lessons."""
    synced = (
        f"as of {_when(view.as_of)}"
        if view.as_of is not None
        else "not synced yet (run lantern sync to fetch the class)"
    )
    lines = [f"{_shown(view.title)} — {synced}", ""]
    if view.learners:
        lines += _table(
            [
                ("Learner", "Lessons", "Progress", "Time", "Last active", "Points", "Needs help"),
                *(_learner_row(view, learner) for learner in view.learners),
            ]
        )
    else:
        lines.append("No learner is enrolled yet.")
    if view.lessons:
        lines += ["", "Lessons:"]
        lines += [
            f"  {n}. {_lesson_line(lesson, len(view.learners))}"
            for n, lesson in enumerate(view.lessons, start=1)
        ]
    if view.left:
        lines += ["", f"{_count(view.left, 'learner')} left the course (not listed)."]
    return "\n".join(lines)


def _learner_row(view: ClassView, learner: ClassLearner) -> tuple[str, ...]:
    return (
        _cut(_shown(learner.name), NAME_WIDTH),
        f"{learner.lessons_completed} of {len(view.lessons)}",
        f"{learner.progress_percentage}%",
        _duration(learner.time_spent_seconds),
        _when(learner.last_active) if learner.last_active is not None else "never",
        f"{learner.points:,}",
        "; ".join(help_words(view, learner, reason) for reason in learner.help),
    )


def help_words(view: ClassView, learner: ClassLearner, reason: HelpReason) -> str:
    """ "failed “Writing safely” twice", "inactive for 9 days", "not started, enrolled …"."""
    from desktop.store.reads import FAILED_QUIZ, INACTIVE

    if reason.code == FAILED_QUIZ:
        index = next(i for i, s in enumerate(view.lessons) if s.lesson_id == reason.lesson_id)
        quiz = learner.cells[index].quiz
        failed = quiz.failed if quiz is not None else 0
        return f"failed “{_shown(view.lessons[index].title)}” {_times(failed)}"
    if reason.code == INACTIVE:
        days = reason.days or 0
        if learner.last_active is None:
            return f"not started, enrolled {_count(days, 'day')} ago"
        return f"inactive for {_count(days, 'day')}"
    return reason.code


def _lesson_line(lesson: LessonSummary, learners: int) -> str:
    line = f"{_shown(lesson.title)}: completed by {lesson.completed} of {learners}"
    if not lesson.has_quiz:
        return line + "; no quiz"
    kind = "assessed quiz" if lesson.assessed else "practice quiz"
    if not lesson.attempted:
        return line + f"; {kind} not tried yet"
    line += f"; {kind} attempted by {lesson.attempted}, passed by {lesson.passed}"
    if lesson.average_score is not None:
        line += f", average score {round(lesson.average_score)}%"
    missed = lesson.most_missed
    if missed is not None:
        what = (
            "a question not on this laptop"
            if missed.prompt is None
            else f"“{_cut(_shown(missed.prompt), 80)}”"
        )
        line += f"; most often missed: {what} ({missed.missed} of {missed.attempts} attempts)"
    return line


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    """Columns padded to their widest cell; the last one is left ragged."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return [
        "  ".join(
            [*(cell.ljust(w) for cell, w in zip(row, widths, strict=False)), row[-1]]
        ).rstrip()
        for row in rows
    ]


def _shown(text: str) -> str:
    """On one line, with no control character that could repaint the terminal."""
    return showable(" ".join(text.split()))


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _when(moment: datetime) -> str:
    """In this laptop's time zone, to the minute."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _duration(seconds: int) -> str:
    if not seconds:
        return "—"
    hours, minutes = divmod(round(seconds / 60), 60)
    if not hours:
        return f"{minutes} min" if minutes else "under 1 min"
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


def _times(count: int) -> str:
    return {1: "once", 2: "twice"}.get(count, f"{count} times")


def _count(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
