"""Reading one lesson: its Markdown file's front matter and body, and its
quiz (in the front matter or in ``<lesson>.quiz.toml`` beside it).

Cross-lesson checks (duplicate order, unknown prerequisites, missing images)
need every lesson and live in ``validate``; this module reads one file.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from desktop.course_package.documents import split_front_matter
from desktop.course_package.fields import Fields
from desktop.course_package.images import ImageReference, find_images
from desktop.course_package.model import Question, QuizMode
from desktop.course_package.problems import ProblemLog
from desktop.course_package.quiz import read_questions
from desktop.course_package.toml_text import KeyLines, TomlError, parse_toml

LESSON_KEYS = (
    "title", "description", "order", "duration_minutes", "free_preview",
    "prerequisites", "learning_objectives", "quiz",
)
QUIZ_KEYS = ("mode", "questions")


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
    images: tuple[ImageReference, ...]


@dataclass(frozen=True)
class QuizSource:
    """A ``<lesson>.quiz.toml`` file's path and text."""

    file: str
    text: str


def read_lesson(
    file: str, slug: str, text: str, quiz_file: QuizSource | None,
    course_id: uuid.UUID | None, problems: ProblemLog,
) -> LessonDraft | None:
    front = split_front_matter(file, text, problems)
    if front is None:
        return None
    document = parse_toml(front.toml)
    if isinstance(document, TomlError):
        problems.add(file, front.toml_first_line + document.line - 1,
                     f"front matter is not valid TOML: {document.message}.")
        return None
    lines = KeyLines(front.toml, first_line=front.toml_first_line)
    fields = Fields(document, file=file, lines=lines, at=(), problems=problems,
                    where="the lesson")
    fields.unknown_keys(LESSON_KEYS)
    mode, questions = _quiz(fields, quiz_file, slug, course_id)
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
        body=front.body,
        images=tuple(find_images(front.body, front.body_first_line)),
    )


def _quiz(
    lesson: Fields, quiz_file: QuizSource | None, slug: str, course_id: uuid.UUID | None,
) -> tuple[QuizMode, tuple[Question, ...]]:
    mode = QuizMode.PRACTICE
    questions: tuple[Question, ...] = ()
    inline = lesson.table_at("quiz")
    if inline is not None:
        quiz = Fields(inline, file=lesson.file, lines=lesson.lines, at=("quiz",),
                      problems=lesson.problems, where="the quiz")
        quiz.unknown_keys(QUIZ_KEYS)
        mode = quiz.choice("mode", QuizMode, QuizMode.PRACTICE) or QuizMode.PRACTICE
        questions = _questions(quiz, slug, course_id)
    if quiz_file is None:
        return mode, questions
    for key, what in (("questions", "quiz questions are"), ("mode", "the quiz mode is")):
        if inline is not None and key in inline:
            lesson.report("quiz", f"{what} set both here and in {quiz_file.file}; "
                          "keep them in one place.")
    from_file = _quiz_file(quiz_file, slug, course_id, lesson.problems)
    if from_file is None:
        return mode, questions
    file_mode, file_questions = from_file
    return file_mode or mode, file_questions


def _questions(quiz: Fields, slug: str, course_id: uuid.UUID | None) -> tuple[Question, ...]:
    value: Any = quiz.table.get("questions", [])
    return read_questions(value, file=quiz.file, lines=quiz.lines, at=(*quiz.at, "questions"),
                          lesson_slug=slug, course_id=course_id, problems=quiz.problems)


def _quiz_file(
    source: QuizSource, slug: str, course_id: uuid.UUID | None, problems: ProblemLog,
) -> tuple[QuizMode | None, tuple[Question, ...]] | None:
    document = parse_toml(source.text)
    if isinstance(document, TomlError):
        problems.add(source.file, document.line, f"is not valid TOML: {document.message}.")
        return None
    quiz = Fields(document, file=source.file, lines=KeyLines(source.text), at=(),
                  problems=problems, where="the quiz")
    quiz.unknown_keys(QUIZ_KEYS)
    mode = quiz.choice("mode", QuizMode, QuizMode.PRACTICE) if "mode" in document else None
    return mode, _questions(quiz, slug, course_id)
