"""Reading a lesson's quiz questions (``[[quiz.questions]]`` in the front
matter, or ``[[questions]]`` in ``<lesson>.quiz.toml``).

Each question names its stable ``id`` ("q1"): learners' answers and the
server's versioned answer keys stay attached to it across edits.  Options
are either a list of texts (ids "a", "b", "c"… by position) or tables with
their own ``id`` and ``text``; ``correct`` names option ids, and short-answer
questions list their ``accepted`` answers instead.
"""

from __future__ import annotations

import string
import uuid
from typing import Any

from desktop.course_package import identity
from desktop.course_package.fields import Fields
from desktop.course_package.model import (
    MAX_EXPLANATION_CHARS,
    Option,
    Question,
    QuestionKind,
    Scoring,
)
from desktop.course_package.problems import Phrase, ProblemLog
from desktop.course_package.toml_text import KeyLines, Path

QUESTION_KEYS = (
    "id",
    "kind",
    "prompt",
    "options",
    "correct",
    "accepted",
    "points",
    "scoring",
    "case_sensitive",
    "explanation",
)
_LETTERS = string.ascii_lowercase
# The server's bound on a question's points (quiz_questions_points_bounded).
MAX_QUESTION_POINTS = 1000


def read_questions(
    value: Any,
    *,
    file: str,
    lines: KeyLines,
    at: Path,
    lesson_slug: str,
    course_id: uuid.UUID | None,
    problems: ProblemLog,
) -> tuple[Question, ...]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        problems.add(file, lines.line_of(at, 1), "quiz.questions_not_tables")
        return ()
    questions: list[Question] = []
    seen: set[str] = set()
    for index, table in enumerate(value):
        fields = Fields(
            table,
            file=file,
            lines=lines,
            at=(*at, index),
            problems=problems,
            where=Phrase.of("where.question", number=index + 1),
        )
        question = _question(fields, index + 1, seen, lesson_slug, course_id)
        if question is not None:
            questions.append(question)
    return tuple(questions)


def _question(
    fields: Fields,
    position: int,
    seen: set[str],
    lesson_slug: str,
    course_id: uuid.UUID | None,
) -> Question | None:
    fields.unknown_keys(QUESTION_KEYS)
    key = fields.text("id")
    if "id" not in fields.table:
        fields.report(None, "question.needs_id", number=position, example=f"q{position}")
    elif key is not None:
        if key in seen:
            fields.report("id", "question.duplicate_id", id=repr(key))
            key = None
        else:
            seen.add(key)
            fields.where = Phrase.of("where.question_id", id=repr(key))
    kind = fields.choice("kind", QuestionKind, None)
    prompt = fields.text("prompt", required=True)
    points = fields.integer("points", minimum=1, maximum=MAX_QUESTION_POINTS)
    explanation = _explanation(fields)
    if kind is None:
        return None
    scoring = _scoring(fields, kind)
    case_sensitive = _case_sensitive(fields, kind)
    if kind is QuestionKind.SHORT_ANSWER:
        options: tuple[Option, ...] | None = ()
        correct = _accepted(fields)
    else:
        options = _options(fields)
        correct = _correct_choices(fields, kind, options)
    if (
        key is None
        or prompt is None
        or options is None
        or correct is None
        or scoring is None
        or case_sensitive is None
    ):
        return None
    return Question(
        id=identity.question_id(course_id or uuid.UUID(int=0), lesson_slug, key),
        key=key,
        position=position,
        kind=kind,
        prompt=prompt,
        options=options,
        correct=correct,
        points=points or 1,
        scoring=scoring,
        case_sensitive=case_sensitive,
        explanation=explanation,
    )


def _explanation(fields: Fields) -> str | None:
    if "explanation" not in fields.table:
        return None
    text = fields.text("explanation")
    if text is not None and len(text) > MAX_EXPLANATION_CHARS:
        fields.report(
            "explanation",
            "question.explanation_too_long",
            n=len(text),
            maximum=MAX_EXPLANATION_CHARS,
        )
        return None
    return text


def _scoring(fields: Fields, kind: QuestionKind) -> Scoring | None:
    if "scoring" not in fields.table:
        return Scoring.ALL_OR_NOTHING
    scoring = fields.choice("scoring", Scoring, Scoring.ALL_OR_NOTHING)
    if scoring is Scoring.PARTIAL and kind is not QuestionKind.MULTIPLE_CHOICE:
        fields.report("scoring", "question.partial_not_multiple_choice", kind=kind.value)
        return None
    return scoring


def _case_sensitive(fields: Fields, kind: QuestionKind) -> bool | None:
    if "case_sensitive" not in fields.table:
        return False
    value = fields.table["case_sensitive"]
    if not isinstance(value, bool):
        fields.report("case_sensitive", "field.not_boolean", key="case_sensitive")
        return None
    if value and kind is not QuestionKind.SHORT_ANSWER:
        fields.report("case_sensitive", "question.case_sensitive_not_short", kind=kind.value)
        return None
    return value


def _options(fields: Fields) -> tuple[Option, ...] | None:
    value = fields.table.get("options")
    if not isinstance(value, list) or len(value) < 2:
        fields.report("options", "question.needs_options")
        return None
    if all(isinstance(item, str) and item.strip() for item in value):
        if len(value) > len(_LETTERS):
            fields.report("options", "question.too_many_options", maximum=len(_LETTERS))
            return None
        return tuple(Option(_LETTERS[n], text.strip()) for n, text in enumerate(value))
    if all(isinstance(item, dict) for item in value):
        return _option_tables(fields, value)
    fields.report("options", "question.mixed_options")
    return None


def _option_tables(fields: Fields, tables: list[dict[str, Any]]) -> tuple[Option, ...] | None:
    options: list[Option] = []
    for table in tables:
        option_id, text = table.get("id"), table.get("text")
        if (
            set(table) - {"id", "text"}
            or not isinstance(option_id, str)
            or not option_id.strip()
            or not isinstance(text, str)
            or not text.strip()
        ):
            fields.report("options", "question.bad_option_table")
            return None
        if any(option.id == option_id.strip() for option in options):
            fields.report("options", "question.duplicate_option", id=repr(option_id.strip()))
            return None
        options.append(Option(option_id.strip(), text.strip()))
    return tuple(options)


def _correct_choices(
    fields: Fields, kind: QuestionKind, options: tuple[Option, ...] | None
) -> tuple[str, ...] | None:
    if "accepted" in fields.table:
        fields.report("accepted", "question.accepted_not_short", kind=kind.value)
    value = fields.table.get("correct")
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        fields.report(None, "question.no_correct_option")
        return None
    if not all(isinstance(item, str) for item in value):
        fields.report("correct", "question.correct_not_ids")
        return None
    chosen = tuple(dict.fromkeys(item.strip() for item in value))
    if kind is QuestionKind.SINGLE_CHOICE and len(chosen) > 1:
        fields.report("correct", "question.single_choice_many_correct", n=len(chosen))
        return None
    if options is None:
        return None
    known = {option.id for option in options}
    unknown = [item for item in chosen if item not in known]
    if unknown:
        fields.report(
            "correct",
            "question.correct_not_an_option",
            unknown=tuple(repr(item) for item in unknown),
            options=tuple(repr(option.id) for option in options),
        )
        return None
    return chosen


def _accepted(fields: Fields) -> tuple[str, ...] | None:
    for wrong in ("options", "correct"):
        if wrong in fields.table:
            fields.report(wrong, "question.short_answer_lists_accepted", key=wrong)
    value = fields.table.get("accepted")
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        fields.report(None, "question.no_accepted_answer")
        return None
    if not all(isinstance(item, str) and item.strip() for item in value):
        fields.report("accepted", "question.accepted_not_texts")
        return None
    return tuple(dict.fromkeys(item.strip() for item in value))
