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
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import CommandError, add_common, context
from desktop.cli.messages import translate
from desktop.course_package.problems import showable

if TYPE_CHECKING:
    from desktop.store.reads import (
        ClassLearner,
        ClassView,
        HelpReason,
        LessonSummary,
        MissedQuestion,
    )

EXIT_NOT_SET_UP = 2
NAME_WIDTH = 40  # longer names are cut in the table (the CSV and JSON have them whole)


class ClassError(CommandError):
    """A ``CommandError`` with its ``--json`` state code."""

    def __init__(self, message: str, state: str, code: int = 1) -> None:
        super().__init__(message, code)
        self.state = state


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "class",
        help=translate("cli.class", "a course you teach: its learners, lessons and who needs help"),
    )
    add_common(parser)
    parser.add_argument(
        "course",
        metavar="COURSE",
        help=translate("cli.class", "the course id or (part of) its title"),
    )
    parser.add_argument(
        "--csv",
        type=Path,
        metavar="FILE",
        help=translate(
            "cli.class",
            "write the class to FILE as a spreadsheet (CSV, one row per learner and lesson)",
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("cli.class", "machine-readable output")
    )
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
            translate(
                "cli.class", "Wrote the class of “{title}” ({learners}, {rows}) to {path}."
            ).format(
                title=_shown(view.title),
                learners=translate("cli.class", "%Ln learner(s)", "", len(view.learners)),
                rows=translate("cli.class", "%Ln row(s)", "", rows),
                path=_shown(str(args.csv.absolute())),
            )
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
            translate(
                "cli.class",
                "You teach no course on this computer: nobody has signed in here yet; sign in "
                "as the course's instructor (lantern login --email …) and run lantern sync.",
            ),
            "not_set_up",
            EXIT_NOT_SET_UP,
        ) from exc
    store = ctx.open_store(learner.user_id)
    try:
        courses = reads.taught_courses(store)
        if not courses:
            raise ClassError(
                translate(
                    "cli.class",
                    "You ({email}) teach no course on this computer; sign in as the "
                    "course's instructor and run lantern sync.",
                ).format(email=learner.email),
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
            translate(
                "cli.class",
                "You teach no course matching “{wanted}” on this computer; yours here: {courses}.",
            ).format(wanted=_shown(wanted), courses=_listed(courses)),
            "unknown_course",
        )
    raise ClassError(
        translate(
            "cli.class",
            "“{wanted}” matches several courses you teach: {courses}; "
            "give more of the title, or the id.",
        ).format(wanted=_shown(wanted), courses=_listed(matches)),
        "ambiguous_course",
    )


def _listed(courses: list[tuple[str, str]]) -> str:
    return _parts(f"{_shown(title)} ({course_id})" for course_id, title in courses)


def write_csv(view: ClassView, path: Path) -> int:
    """Write the CSV; a ``ClassError`` naming ``path`` when it cannot be written."""
    from desktop.store.reads import write_class_csv

    try:
        return write_class_csv(view, path)
    except OSError as exc:
        raise ClassError(
            translate("cli.class", "Cannot write the class to {path}: {why}.").format(
                path=_shown(str(path)), why=_why_unwritable(exc, path)
            ),
            "unwritable_csv",
        ) from exc


def _why_unwritable(exc: OSError, path: Path) -> str:
    if isinstance(exc, IsADirectoryError):
        return translate("cli.class", "it is a folder; name a file in it, such as {path}").format(
            path=_shown(str(path / "class.csv"))
        )
    if isinstance(exc, NotADirectoryError) and path.parent.exists():
        return translate("cli.class", "{path} is a file, not a folder").format(
            path=_shown(str(path.parent))
        )
    if isinstance(exc, FileNotFoundError) and not path.parent.is_dir():
        return translate("cli.class", "the folder {path} does not exist").format(
            path=_shown(str(path.parent))
        )
    if isinstance(exc, PermissionError):
        return translate("cli.class", "permission denied")
    return (exc.strerror or type(exc).__name__).lower()  # the system's words


# --- in words -----------------------------------------------------------------------


def class_text(view: ClassView) -> str:
    """The class as the terminal shows it: a heading, the learners, the lessons."""
    title = _shown(view.title)
    heading = (
        translate("cli.class", "{title} — as of {when}").format(title=title, when=_when(view.as_of))
        if view.as_of is not None
        else translate(
            "cli.class", "{title} — not synced yet (run lantern sync to fetch the class)"
        ).format(title=title)
    )
    lines = [heading, ""]
    if view.learners:
        lines += _table([_headings(), *(_learner_row(view, learner) for learner in view.learners)])
    else:
        lines.append(translate("cli.class", "No learner is enrolled yet."))
    if view.lessons:
        lines += ["", translate("cli.class", "Lessons:")]
        lines += [
            f"  {n}. {_lesson_line(lesson, len(view.learners))}"
            for n, lesson in enumerate(view.lessons, start=1)
        ]
    if view.left:
        lines += [
            "",
            translate("cli.class", "%Ln learner(s) left the course (not listed).", "", view.left),
        ]
    return "\n".join(lines)


def _headings() -> tuple[str, ...]:
    return (
        translate("cli.class", "Learner", "a column of the class table"),
        translate("cli.class", "Lessons", "a column of the class table"),
        translate("cli.class", "Progress", "a column of the class table"),
        translate("cli.class", "Time", "a column of the class table"),
        translate("cli.class", "Last active", "a column of the class table"),
        translate("cli.class", "Points", "a column of the class table"),
        translate("cli.class", "Needs help", "a column of the class table"),
    )


def _learner_row(view: ClassView, learner: ClassLearner) -> tuple[str, ...]:
    return (
        _cut(_shown(learner.name), NAME_WIDTH),
        translate("cli.class", "{done} of {total}").format(
            done=learner.lessons_completed, total=len(view.lessons)
        ),
        translate("cli.class", "{percent}%").format(percent=learner.progress_percentage),
        _duration(learner.time_spent_seconds),
        (
            _when(learner.last_active)
            if learner.last_active is not None
            else translate("cli.class", "never", "last active")
        ),
        f"{learner.points:,}",
        _parts(help_words(view, learner, reason) for reason in learner.help),
    )


def help_words(view: ClassView, learner: ClassLearner, reason: HelpReason) -> str:
    """ "failed “Writing safely” twice", "inactive for 9 days", "not started, enrolled …"."""
    from desktop.store.reads import FAILED_QUIZ, INACTIVE

    if reason.code == FAILED_QUIZ:
        index = next(i for i, s in enumerate(view.lessons) if s.lesson_id == reason.lesson_id)
        quiz = learner.cells[index].quiz
        return _failed(_shown(view.lessons[index].title), quiz.failed if quiz is not None else 0)
    if reason.code == INACTIVE:
        days = reason.days or 0
        if learner.last_active is None:
            return translate("cli.class", "not started, enrolled %Ln day(s) ago", "", days)
        return translate("cli.class", "inactive for %Ln day(s)", "", days)
    return reason.code  # a reason this version has no words for: its code


def _failed(lesson: str, count: int) -> str:
    if count == 1:
        return translate("cli.class", "failed “{lesson}” once").format(lesson=lesson)
    if count == 2:
        return translate("cli.class", "failed “{lesson}” twice").format(lesson=lesson)
    return translate("cli.class", "failed “{lesson}” %Ln time(s)", "", count).format(lesson=lesson)


def _lesson_line(lesson: LessonSummary, learners: int) -> str:
    parts = [
        translate("cli.class", "{lesson}: completed by {completed} of {learners}").format(
            lesson=_shown(lesson.title), completed=lesson.completed, learners=learners
        ),
        _quiz_words(lesson),
    ]
    if lesson.has_quiz and lesson.attempted and lesson.most_missed is not None:
        parts.append(_missed_words(lesson.most_missed))
    return _parts(parts)


def _quiz_words(lesson: LessonSummary) -> str:
    if not lesson.has_quiz:
        return translate("cli.class", "no quiz")
    kind = (
        translate("cli.class", "assessed quiz")
        if lesson.assessed
        else translate("cli.class", "practice quiz")
    )
    if not lesson.attempted:
        return translate("cli.class", "{quiz} not tried yet").format(quiz=kind)
    if lesson.average_score is None:
        return translate("cli.class", "{quiz} attempted by {attempted}, passed by {passed}").format(
            quiz=kind, attempted=lesson.attempted, passed=lesson.passed
        )
    return translate(
        "cli.class", "{quiz} attempted by {attempted}, passed by {passed}, average score {score}%"
    ).format(
        quiz=kind,
        attempted=lesson.attempted,
        passed=lesson.passed,
        score=round(lesson.average_score),
    )


def _missed_words(missed: MissedQuestion) -> str:
    if missed.prompt is None:
        text = translate(
            "cli.class",
            "most often missed: a question not on this computer ({missed} of %Ln attempt(s))",
            "",
            missed.attempts,
        )
    else:
        text = translate(
            "cli.class",
            "most often missed: “{question}” ({missed} of %Ln attempt(s))",
            "",
            missed.attempts,
        )
    return text.format(question=_cut(_shown(missed.prompt or ""), 80), missed=missed.missed)


def _parts(parts: Iterable[str]) -> str:
    """A line's parts (or a list of longer items), with the language's separator."""
    return translate("cli.class", "; ", "the separator between the parts of a line").join(parts)


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
        return (
            translate("cli.class", "{minutes} min").format(minutes=minutes)
            if minutes
            else translate("cli.class", "under 1 min")
        )
    if not minutes:
        return translate("cli.class", "{hours} h").format(hours=hours)
    return translate("cli.class", "{hours} h {minutes} min").format(hours=hours, minutes=minutes)
