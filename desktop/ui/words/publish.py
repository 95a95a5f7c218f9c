"""The words for a publish (``desktop.publish``): its report, its refusals, its steps.

``desktop.publish`` says what happened as codes and data: a
:class:`~desktop.publish.report.PublishReport` of counts and titles, errors
whose ``what`` is a :class:`~desktop.course_package.problems.Phrase`
(``refused.*``, ``upload.*``), and a phrase for each write it makes
(``step.*``, the progress ``lantern publish`` shows).  This table holds the
English of each, under the context ``"publish"``; a :class:`~desktop.ui.words.Voice`
says them in the app's language (``desktop.ui.i18n.voice``) or the command
line's (``desktop.cli.messages.voice``).  A phrase within a phrase that is not
the publish's (a ``media.*`` code of ``MediaReadError``) is worded by
``desktop.ui.words.package``.  Qt-free, like the rest of ``desktop.ui.words``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from desktop.course_package.problems import Phrase, Value, showable
from desktop.ui.words import COUNTED, ENGLISH, QT_TRANSLATE_NOOP, Plural, Voice
from desktop.ui.words import package as package_words

if TYPE_CHECKING:
    from desktop.publish.report import PublishReport

CONTEXT = "publish"

REFUSALS: dict[str, str] = {
    "refused.not_instructor": QT_TRANSLATE_NOOP(
        "publish",
        "Only instructors can publish courses, and this account is a learner's. "
        "Ask an administrator to make you an instructor.",
    ),
    "refused.cannot_change_course": QT_TRANSLATE_NOOP(
        "publish",
        "The server refused to change “{title}”: you can only publish courses you teach.",
    ),
    "refused.not_your_course": QT_TRANSLATE_NOOP(
        "publish",
        "The course “{title}” ({course_id}) belongs to another instructor; you cannot "
        "publish into it. Give your package its own id in course.toml.",
    ),
    "refused.not_your_achievement": QT_TRANSLATE_NOOP(
        "publish",
        "The server does not let you change the achievement {achievement_id}: it belongs "
        "to another course or to the whole platform. Give the badge another key in "
        "course.toml.",
    ),
    "refused.question_unchanged": QT_TRANSLATE_NOOP(
        "publish", "The server did not let you change a quiz question of this course."
    ),
    "refused.answer_exposed": QT_TRANSLATE_NOOP(
        "publish",
        "The quiz of lesson {lesson} is assessed, but learners already downloaded the "
        "answers to its question {questions} when it was a practice quiz. Give every "
        'question of this quiz a new id (for example "{example}" → "{example}-assessed") '
        "so the assessed quiz asks questions whose answers nobody has; nothing was uploaded.",
    ),
    "refused.answers_exposed": QT_TRANSLATE_NOOP(
        "publish",
        "The quiz of lesson {lesson} is assessed, but learners already downloaded the "
        "answers to its questions {questions} when it was a practice quiz. Give every "
        'question of this quiz a new id (for example "{example}" → "{example}-assessed") '
        "so the assessed quiz asks questions whose answers nobody has; nothing was uploaded.",
    ),
    # {problem}: what the media file's reading said (a media.* phrase of the package)
    "refused.package_changed": QT_TRANSLATE_NOOP(
        "publish",
        "{problem}. The package changed while it was being published: check it again "
        "(lantern check) and publish again.",
    ),
    "refused.file_type": QT_TRANSLATE_NOOP(
        "publish",
        "The server refused {path}: its course-content bucket does not take {content_type} "
        "files. Leave the file out of the package, or ask the project's administrator to "
        "allow that type in the bucket's settings; then publish again.",
    ),
    # {size}: one of the size.* phrases below
    "refused.image_too_large": QT_TRANSLATE_NOOP(
        "publish",
        "The server refused {path}: at {size} it is larger than the server allows for one "
        "file. Make the image smaller (or ask the project's administrator to raise the "
        "course-content bucket's file size limit); then publish again.",
    ),
    "refused.file_too_large": QT_TRANSLATE_NOOP(
        "publish",
        "The server refused {path}: at {size} it is larger than the server allows for one "
        "file. Make the file smaller (or ask the project's administrator to raise the "
        "course-content bucket's file size limit); then publish again.",
    ),
    "refused.cannot_store": QT_TRANSLATE_NOOP(
        "publish", "The server refused to store {path}: you can only publish courses you teach."
    ),
    # {reason}: the server's own words, or one of the upload.* phrases below
    "refused.upload": QT_TRANSLATE_NOOP("publish", "The server refused {path}: {reason}."),
    "size.mib": QT_TRANSLATE_NOOP("publish", "{size} MiB"),
    "size.kib": QT_TRANSLATE_NOOP("publish", "{size} KiB"),
    "size.bytes": Plural.translate("publish", "%Ln byte(s)", "", COUNTED),
}

UPLOADS: dict[str, str] = {
    # ---- a resumable upload that stopped: publishing again continues it
    "upload.session_ended": QT_TRANSLATE_NOOP(
        "publish",
        "Your session ended while {path} was uploading; sign in and publish again: the "
        "upload continues where it stopped.",
    ),
    "upload.offline": QT_TRANSLATE_NOOP(
        "publish",
        "The server can't be reached right now. The upload of {path} stopped; publish "
        "again when the server is back: it continues where it stopped.",
    ),
    "upload.no_answer": QT_TRANSLATE_NOOP(
        "publish",
        "The server accepted the connection but did not answer. The upload of {path} "
        "stopped; publish again when the server is back: it continues where it stopped.",
    ),
    "upload.stopped_status": QT_TRANSLATE_NOOP(
        "publish",
        "The server stopped taking {path} (HTTP {status}). Publish again: the upload "
        "continues where it stopped.",
    ),
    # {problem}: one of the phrases below, or the network library's own words
    "upload.stopped": QT_TRANSLATE_NOOP(
        "publish",
        "The server stopped taking {path} ({problem}). Publish again: the upload "
        "continues where it stopped.",
    ),
    # ---- what went wrong in the protocol, within the sentences above
    "upload.not_started": QT_TRANSLATE_NOOP(
        "publish", "could not start the upload of {path} (HTTP {status})"
    ),
    "upload.offset_unknown": QT_TRANSLATE_NOOP(
        "publish", "the server could not say how much of {path} it has (HTTP {status})"
    ),
    "upload.stopped_at": QT_TRANSLATE_NOOP(
        "publish", "the upload of {path} stopped at byte {offset} (HTTP {status})"
    ),
    "upload.offset_missing": QT_TRANSLATE_NOOP(
        "publish", "the server did not say how much of {path} it has"
    ),
    "upload.nothing_taken": QT_TRANSLATE_NOOP(
        "publish", "the server took none of {path} at byte {offset} (it says {moved})"
    ),
    "upload.unreachable": QT_TRANSLATE_NOOP("publish", "the server could not be reached ({error})"),
    "upload.not_now": QT_TRANSLATE_NOOP(
        "publish", "the server did not take it now (HTTP {status})"
    ),
}

STEPS: dict[str, str] = {
    # ---- each write of a publish, as ``lantern publish`` lists it
    "step.create_course": QT_TRANSLATE_NOOP("publish", "create course {slug}"),
    "step.update_course": QT_TRANSLATE_NOOP("publish", "update course {slug}"),
    "step.publish_course": QT_TRANSLATE_NOOP("publish", "publish course"),
    "step.unpublish_course": QT_TRANSLATE_NOOP("publish", "unpublish course"),
    "step.upload": QT_TRANSLATE_NOOP("publish", "upload {path}"),
    "step.remove_files": Plural.translate("publish", "remove %Ln old file(s)", "", COUNTED),
    "step.list_files": Plural.translate("publish", "list %Ln file(s)", "", COUNTED),
    "step.unlist_file": QT_TRANSLATE_NOOP("publish", "unlist {path}"),
    "step.update_listing": QT_TRANSLATE_NOOP("publish", "update the listing of {path}"),
    "step.remove_lesson": QT_TRANSLATE_NOOP("publish", "remove lesson {path}"),
    "step.move_lesson_aside": QT_TRANSLATE_NOOP("publish", "move lesson {path} aside"),
    "step.add_lessons": Plural.translate("publish", "add %Ln lesson(s)", "", COUNTED),
    "step.update_lesson": QT_TRANSLATE_NOOP("publish", "update lesson {slug}"),
    "step.add_lesson_texts": Plural.translate(
        "publish", "add the text of %Ln lesson(s)", "", COUNTED
    ),
    "step.update_lesson_text": QT_TRANSLATE_NOOP("publish", "update the text of {slug}"),
    "step.add_questions": Plural.translate("publish", "add %Ln question(s)", "", COUNTED),
    "step.update_question": QT_TRANSLATE_NOOP("publish", "update question {key}"),
    "step.retire_question": QT_TRANSLATE_NOOP("publish", "retire a removed question"),
    "step.retire_practice_questions": QT_TRANSLATE_NOOP(
        "publish", "retire the practice questions of {slug}"
    ),
    "step.add_answer_keys": Plural.translate("publish", "add %Ln answer key(s)", "", COUNTED),
    "step.fix_answer_key": QT_TRANSLATE_NOOP("publish", "fix the answer key of {key}"),
    "step.add_achievements": Plural.translate("publish", "add %Ln achievement(s)", "", COUNTED),
    "step.update_achievement": QT_TRANSLATE_NOOP("publish", "update achievement {title}"),
    "step.retire_achievement": QT_TRANSLATE_NOOP("publish", "retire achievement {title}"),
}

PHRASES: dict[str, str] = {**REFUSALS, **UPLOADS, **STEPS}

# ---- the report: one line per fact
_STATE = {
    (True, True): QT_TRANSLATE_NOOP("publish", "Course {course_id} created and published."),
    (False, True): QT_TRANSLATE_NOOP("publish", "Course {course_id} published."),
    (True, False): QT_TRANSLATE_NOOP(
        "publish", "Course {course_id} created and saved as a draft (not published)."
    ),
    (False, False): QT_TRANSLATE_NOOP(
        "publish", "Course {course_id} saved as a draft (not published)."
    ),
}
_ADDED_LESSONS = QT_TRANSLATE_NOOP("publish", "Added lessons: {titles}.")
_UPDATED_LESSONS = QT_TRANSLATE_NOOP("publish", "Updated lessons: {titles}.")
_REMOVED_LESSONS = QT_TRANSLATE_NOOP("publish", "Removed lessons: {titles}.")
_UNCHANGED_LESSONS = Plural.translate("publish", "%Ln lesson(s) unchanged.", "", COUNTED)
_COUNTS = QT_TRANSLATE_NOOP(
    "publish",
    "Questions: {questions_added} added, {questions_updated} updated, {questions_retired} "
    "retired. Files: {files_uploaded} uploaded, {files_removed} removed.",
)
_ADDED_ACHIEVEMENTS = QT_TRANSLATE_NOOP("publish", "Added achievements: {titles}.")
_UPDATED_ACHIEVEMENTS = QT_TRANSLATE_NOOP("publish", "Updated achievements: {titles}.")
_RETIRED_ACHIEVEMENTS = QT_TRANSLATE_NOOP("publish", "Retired achievements: {titles}.")


def _value_text(value: Value, voice: Voice) -> str:
    if isinstance(value, Phrase):
        return publish_text(value, voice)
    if isinstance(value, int | float):
        return voice.number(value)
    if isinstance(value, tuple):
        return voice.joined(showable(str(item)) for item in value)
    return showable(value)


def _said(template: str, voice: Voice, data: Mapping[str, str], n: int = -1) -> str:
    """``template`` in ``voice``'s language with ``data`` filled in; a translation
    with broken braces says the English."""
    said = voice.translate(CONTEXT, template, None, n)
    try:
        return said.format_map(_Missing(data))
    except (ValueError, IndexError):
        return ENGLISH.translate(CONTEXT, template, None, n).format_map(_Missing(data))


class _Missing(dict[str, str]):
    """Leaves a placeholder the data lacks as it is instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def publish_text(phrase: Phrase, voice: Voice = ENGLISH) -> str:
    """``phrase`` (a ``refused.*``, ``upload.*``, ``step.*`` or ``size.*`` code)
    worded in ``voice``'s language; another code is the package's
    (:func:`desktop.ui.words.package.phrase_text`), which says an unknown code
    as the code."""
    template = PHRASES.get(phrase.code)
    if template is None:
        return package_words.phrase_text(phrase, voice)
    count = phrase.get("n")
    n = count if isinstance(count, int) and not isinstance(count, bool) else -1
    data = {key: _value_text(value, voice) for key, value in phrase.data}
    return _said(template, voice, data, n)


def report_lines(report: PublishReport, voice: Voice = ENGLISH) -> list[str]:
    """What a publish did, a line per fact, for the instructor."""
    course_id = str(report.course_id)
    state = _STATE[report.course_created, report.published]
    lines = [_said(state, voice, {"course_id": course_id})]
    lines += _titles(
        voice,
        (_ADDED_LESSONS, report.lessons_added),
        (_UPDATED_LESSONS, report.lessons_updated),
        (_REMOVED_LESSONS, report.lessons_removed),
    )
    if report.lessons_unchanged:
        lines.append(_said(_UNCHANGED_LESSONS, voice, {}, len(report.lessons_unchanged)))
    counts = {
        "questions_added": report.questions_added,
        "questions_updated": report.questions_updated,
        "questions_retired": report.questions_retired,
        "files_uploaded": report.images_uploaded,
        "files_removed": report.images_removed,
    }
    lines.append(_said(_COUNTS, voice, {k: voice.number(v) for k, v in counts.items()}))
    lines += _titles(
        voice,
        (_ADDED_ACHIEVEMENTS, report.achievements_added),
        (_UPDATED_ACHIEVEMENTS, report.achievements_updated),
        (_RETIRED_ACHIEVEMENTS, report.achievements_retired),
    )
    return lines


def _titles(voice: Voice, *kinds: tuple[str, Iterable[str]]) -> list[str]:
    """A line for each kind that names titles: "Added lessons: A, B."."""
    lines = []
    for template, titles in kinds:
        shown = [showable(title) for title in titles]
        if shown:
            lines.append(_said(template, voice, {"titles": voice.joined(shown)}))
    return lines
