"""A taught course's class as a CSV file, and as plain JSON (issue #17, "Classrooms").

One row per active learner × lesson, in the Class view's order (learners by
name, lessons in the course's order): the learner's course-level figures are
repeated on each of their rows, so a spreadsheet can filter or pivot on any
column.  A learner of a course with no lessons on this laptop still gets one
row (the lesson columns empty); learners who left are not listed (the view
only counts them).  The header is ``CLASS_CSV_COLUMNS``: language-neutral
snake_case ids, because only the UI and the command line word things.

The file's conventions, chosen for a file that moves between teachers'
laptops, languages and spreadsheet programs:

* UTF-8 with a byte-order mark, comma separator.  The locale's list separator
  (``;`` in much of Europe) cannot be relied on once the file leaves the
  laptop; Excel only detects UTF-8 when the BOM is there (without it names
  such as "Carmen Díaz" turn into mojibake); LibreOffice and Google Sheets read
  it either way.
* Line ends ``\\r\\n`` and minimal quoting, as RFC 4180 says (the ``csv``
  module's default): a name holding a comma, a quote or a line break stays one
  quoted cell, so rows never break.
* Times in ISO 8601, UTC, to the second (``2026-11-20T09:30:00Z``); empty
  when there is none.  Durations in whole seconds.  Numbers without thousands
  separators and with a ``.`` decimal point (percentages to one decimal);
  yes/no as ``true``/``false``; reason codes as the view's (``failed_quiz``,
  ``inactive``), several joined with ``;``.
* Hostile text: learners choose their names and usernames, instructors their
  lesson titles.  A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return would run as a formula when opened in a spreadsheet
  (OWASP "CSV Injection"), so it is written with a leading ``'``, which
  spreadsheets show as text.

``write_class_csv`` replaces the file atomically: it writes a temporary file in
the same folder and renames it over the target, so a crash or a full disk never
leaves half a class behind.  A new file is readable by its owner only (it holds
learners' data); a replaced file keeps the permissions it had.  ``class_json``
is the same view as plain JSON-ready data (``lantern class --json``).
"""

from __future__ import annotations

import csv
import errno
import io
import os
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.store.reads.class_view import (
    FAILED_QUIZ,
    INACTIVE,
    ClassLearner,
    ClassView,
    LessonCell,
    LessonSummary,
)

CLASS_CSV_ENCODING = "utf-8-sig"  # UTF-8 with the byte-order mark Excel looks for
CLASS_CSV_COLUMNS = (
    "course_id",
    "course_title",
    "as_of",
    "learner_id",
    "learner_name",
    "learner_username",
    "enrolled_at",
    "course_completed_at",
    "course_progress_percent",
    "lessons_completed",
    "lessons_total",
    "course_time_spent_seconds",
    "last_active",
    "points",
    "needs_help",
    "inactive_days",
    "lesson_position",
    "lesson_id",
    "lesson_title",
    "quiz_kind",
    "lesson_completion_percent",
    "lesson_completed",
    "lesson_time_spent_seconds",
    "lesson_last_opened",
    "quiz_attempts",
    "quiz_not_counted",
    "quiz_score",
    "quiz_max_score",
    "quiz_percent",
    "quiz_passed",
    "quiz_failed_attempts",
    "lesson_needs_help",
)
# What a spreadsheet reads as the start of a formula (OWASP "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(text: str) -> str:
    """``text``, with a leading ``'`` if a spreadsheet would run it as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def iso_utc(when: datetime | None) -> str:
    """``2026-11-20T09:30:00Z``, or ``""`` for no time."""
    if when is None:
        return ""
    return when.astimezone(UTC).isoformat(timespec="seconds").removesuffix("+00:00") + "Z"


def class_csv_rows(view: ClassView) -> list[tuple[str, ...]]:
    """The data rows (no header), in ``CLASS_CSV_COLUMNS`` order, neutralised."""
    return [tuple(neutralised(value) for value in row) for row in _raw_rows(view)]


def class_csv(view: ClassView) -> str:
    """The whole CSV text, header first, ``\\r\\n`` line ends (the BOM is the encoding's)."""
    return _csv_text(class_csv_rows(view))


def _csv_text(rows: list[tuple[str, ...]]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out)  # excel dialect: comma, minimal quoting, \r\n (RFC 4180)
    writer.writerow(CLASS_CSV_COLUMNS)
    writer.writerows(rows)
    return out.getvalue()


def write_class_csv(view: ClassView, path: Path) -> int:
    """Write ``view`` to ``path`` atomically; the number of data rows written.

    ``OSError`` (with the file system's reason) when ``path`` cannot be
    written: a folder, a folder that does not exist, no permission."""
    path = Path(path)
    if path.is_dir():
        # said before writing anything (renaming onto a folder would fail late)
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    rows = class_csv_rows(view)
    text = _csv_text(rows)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding=CLASS_CSV_ENCODING, newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        _keep_mode(path, temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(rows)


def _keep_mode(path: Path, temporary: str) -> None:
    """A replaced file keeps its permissions (mkstemp's are owner-only)."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    os.chmod(temporary, mode)


# --- the rows -----------------------------------------------------------------------


def _raw_rows(view: ClassView) -> Iterator[tuple[str, ...]]:
    course = (view.course_id, view.title, iso_utc(view.as_of))
    for learner in view.learners:
        mine = course + _learner_columns(learner, len(view.lessons))
        if not view.lessons:
            yield mine + ("",) * (len(CLASS_CSV_COLUMNS) - len(mine))
        for position, (lesson, cell) in enumerate(
            zip(view.lessons, learner.cells, strict=True), start=1
        ):
            yield mine + _lesson_columns(position, lesson, cell, learner)


def _learner_columns(learner: ClassLearner, lessons: int) -> tuple[str, ...]:
    codes = dict.fromkeys(reason.code for reason in learner.help)  # once each, in order
    idle = next((r.days for r in learner.help if r.code == INACTIVE), None)
    return (
        learner.user_id,
        learner.name,
        learner.username or "",
        iso_utc(learner.enrolled_at),
        iso_utc(learner.completed_at),
        str(learner.progress_percentage),
        str(learner.lessons_completed),
        str(lessons),
        str(learner.time_spent_seconds),
        iso_utc(learner.last_active),
        str(learner.points),
        ";".join(codes),
        "" if idle is None else str(idle),
    )


def _lesson_columns(
    position: int, lesson: LessonSummary, cell: LessonCell, learner: ClassLearner
) -> tuple[str, ...]:
    failed_here = any(
        r.code == FAILED_QUIZ and r.lesson_id == lesson.lesson_id for r in learner.help
    )
    return (
        str(position),
        lesson.lesson_id,
        lesson.title,
        _quiz_kind(lesson),
        str(cell.completion_percentage),
        _yes_no(cell.completed),
        str(cell.time_spent_seconds),
        iso_utc(cell.last_accessed),
        *_quiz_columns(lesson, cell),
        FAILED_QUIZ if failed_here else "",
    )


def _quiz_kind(lesson: LessonSummary) -> str:
    if not lesson.has_quiz:
        return ""
    return "assessed" if lesson.assessed else "practice"


def _quiz_columns(lesson: LessonSummary, cell: LessonCell) -> tuple[str, ...]:
    """attempts, not counted, score, max score, percent, passed, failed attempts."""
    quiz = cell.quiz
    if quiz is None:
        # not tried: nothing to say about a lesson without a quiz, zero tries otherwise
        return ("0", "0", "", "", "", "false", "0") if lesson.has_quiz else ("",) * 7
    return (
        str(quiz.attempts),
        str(quiz.not_counted),
        _number(quiz.score),
        _number(quiz.max_score),
        _number(quiz.percent),
        _yes_no(quiz.passed),
        str(quiz.failed),
    )


def _number(value: float | None) -> str:
    """``66.7``, ``100``: one decimal at most, a ``.`` point, no thousands separator."""
    if value is None:
        return ""
    rounded = round(float(value), 1)
    return str(int(rounded)) if rounded.is_integer() else f"{rounded:.1f}"


def _yes_no(value: bool) -> str:
    return "true" if value else "false"


# --- JSON ---------------------------------------------------------------------------


def class_json(view: ClassView) -> dict[str, Any]:
    """The view as JSON-ready data: its fields' names, ISO 8601 UTC times, codes."""
    data: dict[str, Any] = _plain(asdict(view))
    for learner, plain in zip(view.learners, data["learners"], strict=True):
        plain["name"] = learner.name
        for cell, plain_cell in zip(learner.cells, plain["cells"], strict=True):
            if cell.quiz is not None:
                plain_cell["quiz"]["percent"] = cell.quiz.percent
    return data


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso_utc(value)
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value
