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
from desktop.course_package.problems import ProblemLog
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
        problems.add(
            file, lines.line_of(at, 1), "quiz questions must be written as [[questions]] tables."
        )
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
            where=f"question {index + 1}",
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
        fields.report(
            None,
            f'give question {position} a stable id, like id = "q{position}", '
            "so learners' answers stay attached to it when you edit the quiz.",
        )
    elif key is not None:
        if key in seen:
            fields.report("id", f"two questions of this lesson have the id {key!r}.")
            key = None
        else:
            seen.add(key)
            fields.where = f"question {key!r}"
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
            f"the explanation of {fields.where} is {len(text):,} characters long; "
            f"keep it to at most {MAX_EXPLANATION_CHARS:,} (a few sentences).",
        )
        return None
    return text


def _scoring(fields: Fields, kind: QuestionKind) -> Scoring | None:
    if "scoring" not in fields.table:
        return Scoring.ALL_OR_NOTHING
    scoring = fields.choice("scoring", Scoring, Scoring.ALL_OR_NOTHING)
    if scoring is Scoring.PARTIAL and kind is not QuestionKind.MULTIPLE_CHOICE:
        fields.report(
            "scoring",
            f'{fields.where} is {kind.value}; scoring = "partial" is only for '
            "multiple_choice questions, where a learner can be partly right.",
        )
        return None
    return scoring


def _case_sensitive(fields: Fields, kind: QuestionKind) -> bool | None:
    if "case_sensitive" not in fields.table:
        return False
    value = fields.table["case_sensitive"]
    if not isinstance(value, bool):
        fields.report(
            "case_sensitive", f"'case_sensitive' of {fields.where} must be true or false."
        )
        return None
    if value and kind is not QuestionKind.SHORT_ANSWER:
        fields.report(
            "case_sensitive",
            f"{fields.where} is {kind.value}; case_sensitive is only for short_answer questions.",
        )
        return None
    return value


def _options(fields: Fields) -> tuple[Option, ...] | None:
    value = fields.table.get("options")
    if not isinstance(value, list) or len(value) < 2:
        fields.report(
            "options",
            f"{fields.where} needs 'options': a list of at least two answers to choose from.",
        )
        return None
    if all(isinstance(item, str) and item.strip() for item in value):
        if len(value) > len(_LETTERS):
            fields.report("options", f"{fields.where} has more than {len(_LETTERS)} options.")
            return None
        return tuple(Option(_LETTERS[n], text.strip()) for n, text in enumerate(value))
    if all(isinstance(item, dict) for item in value):
        return _option_tables(fields, value)
    fields.report(
        "options",
        f"the options of {fields.where} must all be texts, or all "
        'tables like { id = "paris", text = "Paris" }.',
    )
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
            fields.report(
                "options",
                f"each option of {fields.where} needs exactly a non-empty 'id' and 'text'.",
            )
            return None
        if any(option.id == option_id.strip() for option in options):
            fields.report(
                "options", f"{fields.where} has two options with the id {option_id.strip()!r}."
            )
            return None
        options.append(Option(option_id.strip(), text.strip()))
    return tuple(options)


def _correct_choices(
    fields: Fields, kind: QuestionKind, options: tuple[Option, ...] | None
) -> tuple[str, ...] | None:
    if "accepted" in fields.table:
        fields.report(
            "accepted",
            f"'accepted' is for short answers; {fields.where} is "
            f"{kind.value} and names its answers in 'correct'.",
        )
    value = fields.table.get("correct")
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        fields.report(
            None,
            f"{fields.where} has no correct answer: add 'correct' with the "
            'id of the right option ("a", "b", … for plain option lists).',
        )
        return None
    if not all(isinstance(item, str) for item in value):
        fields.report("correct", f"'correct' of {fields.where} must name option ids.")
        return None
    chosen = tuple(dict.fromkeys(item.strip() for item in value))
    if kind is QuestionKind.SINGLE_CHOICE and len(chosen) > 1:
        fields.report(
            "correct",
            f"{fields.where} is single_choice but has {len(chosen)} "
            'correct answers; keep one or make it kind = "multiple_choice".',
        )
        return None
    if options is None:
        return None
    known = {option.id for option in options}
    unknown = [item for item in chosen if item not in known]
    if unknown:
        fields.report(
            "correct",
            f"'correct' of {fields.where} names "
            f"{', '.join(repr(item) for item in unknown)}, which is not an option "
            f"(options: {', '.join(repr(option.id) for option in options)}).",
        )
        return None
    return chosen


def _accepted(fields: Fields) -> tuple[str, ...] | None:
    for wrong in ("options", "correct"):
        if wrong in fields.table:
            fields.report(
                wrong,
                f"{fields.where} is short_answer: list the right answers "
                f"in 'accepted' instead of '{wrong}'.",
            )
    value = fields.table.get("accepted")
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        fields.report(
            None,
            f"{fields.where} has no correct answer: add 'accepted', a list "
            "of the answers to count as right.",
        )
        return None
    if not all(isinstance(item, str) and item.strip() for item in value):
        fields.report(
            "accepted", f"'accepted' of {fields.where} must be a list of non-empty texts."
        )
        return None
    return tuple(dict.fromkeys(item.strip() for item in value))
