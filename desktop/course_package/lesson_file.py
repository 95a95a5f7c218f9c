"""Reading one lesson: its Markdown file's front matter and body, and its
quiz (in the front matter or in ``<lesson>.quiz.toml`` beside it).

Cross-lesson checks (duplicate order, unknown prerequisites, missing images)
need every lesson and live in ``validate``; this module reads one file.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.course_package.documents import split_front_matter
from desktop.course_package.fields import Fields
from desktop.course_package.images import ImageReference, LessonReferences, find_references
from desktop.course_package.media_blocks import MediaDraft, read_media_blocks
from desktop.course_package.model import (
    MAX_ATTEMPTS,
    Question,
    QuizGrading,
    QuizMode,
    QuizRules,
)
from desktop.course_package.problems import Phrase, ProblemLog
from desktop.course_package.quiz import read_questions
from desktop.course_package.text_direction import Direction, read_language
from desktop.course_package.toml_text import KeyLines, TomlError, parse_toml

LESSON_KEYS = (
    "title",
    "description",
    "order",
    "duration_minutes",
    "free_preview",
    "prerequisites",
    "learning_objectives",
    "language",
    "direction",
    "quiz",
)
RULE_KEYS = ("attempts", "grading", "feedback")
QUIZ_KEYS = ("mode", "questions", *RULE_KEYS)


@dataclass(frozen=True)
class LessonDraft:
    """One lesson as written, before the package-wide checks."""

    slug: str
    file: str
    title: str | None
    description: str | None
    order: int | None
    order_line: int | None
    duration_minutes: int | None
    free_preview: bool
    prerequisites: tuple[tuple[str, int | None], ...]  # (slug, line)
    learning_objectives: tuple[str, ...]
    quiz_mode: QuizMode
    questions: tuple[Question, ...]
    body: str
    references: LessonReferences
    quiz_rules: QuizRules
    body_line: int = 1  # the file's line number of the body's first line
    language: str | None = None
    direction: Direction | None = None
    media: tuple[MediaDraft, ...] = ()

    @property
    def images(self) -> tuple[ImageReference, ...]:
        return self.references.images


@dataclass(frozen=True)
class QuizSource:
    """A ``<lesson>.quiz.toml`` file's path and text."""

    file: str
    text: str


def read_lesson(
    file: str,
    slug: str,
    text: str,
    quiz_file: QuizSource | None,
    course_id: uuid.UUID | None,
    problems: ProblemLog,
) -> LessonDraft | None:
    front = split_front_matter(file, text, problems)
    if front is None:
        return None
    document = parse_toml(front.toml)
    if isinstance(document, TomlError):
        problems.add(
            file,
            front.toml_first_line + document.line - 1,
            "lesson.front_matter_invalid_toml",
            reason=document.message,
        )
        return None
    lines = KeyLines(front.toml, first_line=front.toml_first_line)
    fields = Fields(
        document, file=file, lines=lines, at=(), problems=problems, where=Phrase.of("where.lesson")
    )
    fields.unknown_keys(LESSON_KEYS)
    mode, questions, rules = _quiz(fields, quiz_file, slug, course_id)
    language, direction = read_language(fields)
    return LessonDraft(
        slug=slug,
        file=file,
        title=fields.text("title", required=True),
        description=fields.text("description"),
        order=fields.integer("order", minimum=1, required=True),
        order_line=fields.line("order"),
        duration_minutes=fields.integer("duration_minutes", minimum=1),
        free_preview=fields.boolean("free_preview", False),
        prerequisites=tuple(
            (name, fields.line("prerequisites")) for name in fields.text_list("prerequisites")
        ),
        learning_objectives=fields.text_list("learning_objectives"),
        quiz_mode=mode,
        questions=questions,
        quiz_rules=rules,
        body=front.body,
        references=find_references(front.body, front.body_first_line),
        body_line=front.body_first_line,
        language=language,
        direction=direction,
        media=read_media_blocks(file, front.body, front.body_first_line, problems),
    )


def _quiz(
    lesson: Fields,
    quiz_file: QuizSource | None,
    slug: str,
    course_id: uuid.UUID | None,
) -> tuple[QuizMode, tuple[Question, ...], QuizRules]:
    mode = QuizMode.PRACTICE
    questions: tuple[Question, ...] = ()
    rules: dict[str, Fields] = {}  # each rule setting and the table that sets it
    inline = lesson.table_at("quiz")
    if inline is not None:
        quiz = Fields(
            inline,
            file=lesson.file,
            lines=lesson.lines,
            at=("quiz",),
            problems=lesson.problems,
            where=Phrase.of("where.quiz"),
        )
        quiz.unknown_keys(QUIZ_KEYS)
        mode = quiz.choice("mode", QuizMode, QuizMode.PRACTICE) or QuizMode.PRACTICE
        questions = _questions(quiz, slug, course_id)
        rules.update({key: quiz for key in RULE_KEYS if key in inline})
    if quiz_file is not None:
        if inline is not None:
            _set_twice(lesson, inline, quiz_file.file)
        from_file = _quiz_file(quiz_file, slug, course_id, lesson.problems)
        if from_file is not None:
            file_mode, questions, file_quiz = from_file
            mode = file_mode or mode
            rules.update({key: file_quiz for key in RULE_KEYS if key in file_quiz.table})
    return mode, questions, _rules(mode, rules)


def _set_twice(lesson: Fields, inline: Mapping[str, Any], quiz_file: str) -> None:
    """Reports each quiz setting the front matter makes that ``quiz_file`` makes too."""
    if "questions" in inline:
        lesson.report("quiz", "quiz.questions_in_two_places", path=quiz_file)
    if "mode" in inline:
        lesson.report("quiz", "quiz.mode_in_two_places", path=quiz_file)
    for key in RULE_KEYS:
        if key in inline:
            lesson.report("quiz", "quiz.rule_in_two_places", key=key, path=quiz_file)


def _rules(mode: QuizMode, rules: dict[str, Fields]) -> QuizRules:
    """An assessed quiz's attempts, grading rule and feedback (defaults: 3, best, off)."""
    default = QuizRules()
    if mode is QuizMode.PRACTICE:
        for key, fields in rules.items():
            fields.report(key, "quiz.rule_for_assessed", key=key)
        return default
    attempts, grading, feedback = default.attempts, default.grading, default.feedback
    if "attempts" in rules:
        fields = rules["attempts"]
        value = fields.integer("attempts", minimum=1)
        if value is not None and value > MAX_ATTEMPTS:
            fields.report("attempts", "quiz.too_many_attempts", value=value, maximum=MAX_ATTEMPTS)
        elif value is not None:
            attempts = value
    if "grading" in rules:
        grading = (
            rules["grading"].choice("grading", QuizGrading, default.grading) or default.grading
        )
    if "feedback" in rules:
        feedback = rules["feedback"].boolean("feedback", default.feedback)
    return QuizRules(attempts=attempts, grading=grading, feedback=feedback)


def _questions(quiz: Fields, slug: str, course_id: uuid.UUID | None) -> tuple[Question, ...]:
    value: Any = quiz.table.get("questions", [])
    return read_questions(
        value,
        file=quiz.file,
        lines=quiz.lines,
        at=(*quiz.at, "questions"),
        lesson_slug=slug,
        course_id=course_id,
        problems=quiz.problems,
    )


def _quiz_file(
    source: QuizSource,
    slug: str,
    course_id: uuid.UUID | None,
    problems: ProblemLog,
) -> tuple[QuizMode | None, tuple[Question, ...], Fields] | None:
    document = parse_toml(source.text)
    if isinstance(document, TomlError):
        problems.add(source.file, document.line, "toml.invalid", reason=document.message)
        return None
    quiz = Fields(
        document,
        file=source.file,
        lines=KeyLines(source.text),
        at=(),
        problems=problems,
        where=Phrase.of("where.quiz"),
    )
    quiz.unknown_keys(QUIZ_KEYS)
    mode = quiz.choice("mode", QuizMode, QuizMode.PRACTICE) if "mode" in document else None
    return mode, _questions(quiz, slug, course_id), quiz
