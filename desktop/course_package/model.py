"""The parsed course package: plain frozen dataclasses, no I/O.

These are what the rest of Lantern receives from the parser — the importer
(``desktop.store.replica.importer``), ``lantern publish`` (``desktop.publish.course``)
and ``lantern check``.  Field names follow the server's columns where there
is one (see ``supabase/migrations``).
"""

from __future__ import annotations

import enum
import hashlib
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop.course_package.source import MediaFile
from desktop.course_package.text_direction import Direction


class Difficulty(enum.StrEnum):
    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


class QuizMode(enum.StrEnum):
    PRACTICE = "practice"  # the answer key may travel to the learner's machine
    ASSESSED = "assessed"  # the answer key never leaves the server


class QuizGrading(enum.StrEnum):
    BEST = "best"  # an assessed quiz's grade is its best counted attempt
    LAST = "last"  # … or its last counted attempt


# An assessed quiz without ``attempts`` gets this many counted attempts.
DEFAULT_ATTEMPTS = 3
MAX_ATTEMPTS = 100  # the server's check on lessons.quiz_max_attempts


@dataclass(frozen=True)
class QuizRules:
    """How an assessed quiz is taken (``lessons.quiz_max_attempts``,
    ``quiz_grading``, ``quiz_feedback``); practice quizzes are unlimited."""

    attempts: int = DEFAULT_ATTEMPTS
    grading: QuizGrading = QuizGrading.BEST
    feedback: bool = False  # per-question feedback once the learner is done


class QuestionKind(enum.StrEnum):
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    SHORT_ANSWER = "short_answer"


class Scoring(enum.StrEnum):
    """How a multiple-choice question is scored (``quiz_questions.scoring``)."""

    ALL_OR_NOTHING = "all_or_nothing"  # every point for exactly the key, else none
    PARTIAL = "partial"  # floor(points * max(0, right - wrong) / key size)


# The server's bound on an explanation (quiz_answer_keys.explanation).
MAX_EXPLANATION_CHARS = 2000


@dataclass(frozen=True)
class Option:
    id: str
    text: str


@dataclass(frozen=True)
class Question:
    """One quiz question.  ``correct`` is the answer key as the server stores
    it in ``quiz_answer_keys.correct``: option ids for choice questions,
    accepted answers for short answer."""

    id: uuid.UUID
    key: str  # the author's stable ``id = "q1"``
    position: int  # 1-based, in the order written
    kind: QuestionKind
    prompt: str
    options: tuple[Option, ...]
    correct: tuple[str, ...]
    points: int
    scoring: Scoring = Scoring.ALL_OR_NOTHING  # multiple choice only
    case_sensitive: bool = False  # short answer only
    explanation: str | None = None  # why the answer is right; travels with the key


@dataclass(frozen=True)
class Media:
    """A video, sound or PDF a lesson shows, from one of its ``media`` blocks
    (``media_blocks``), in the order of the lesson.  Paths are package paths."""

    index: int  # 0-based: the lesson's n-th media block
    path: str
    title: str
    kind: str  # "video", "audio" or "document"
    content_type: str
    duration_seconds: int | None  # as written, else as the file says, else None
    poster: str | None = None  # an image of the package (video only)
    captions: str | None = None  # a WebVTT file of the package (video and audio)

    @property
    def files(self) -> tuple[str, ...]:
        return tuple(path for path in (self.path, self.poster, self.captions) if path)


@dataclass(frozen=True)
class Lesson:
    id: uuid.UUID
    slug: str  # the file stem: ``02-requests.md`` → ``02-requests``
    file: str  # path of the Markdown file inside the package
    title: str
    description: str | None
    order: int
    duration_minutes: int | None
    free_preview: bool
    prerequisites: tuple[str, ...]  # lesson slugs, as written
    prerequisite_ids: tuple[uuid.UUID, ...]
    learning_objectives: tuple[str, ...]
    quiz_mode: QuizMode
    questions: tuple[Question, ...]
    body_markdown: str
    images: tuple[str, ...]  # package paths the body refers to
    component_path: str
    quiz_rules: QuizRules = QuizRules()
    language: str | None = None  # its own, when it differs from the course's
    direction: Direction | None = None  # None: the course's
    media: tuple[Media, ...] = ()

    @property
    def files(self) -> tuple[str, ...]:
        """Every package file the lesson shows: images, media, posters, captions."""
        return tuple(
            dict.fromkeys([*self.images, *(path for item in self.media for path in item.files)])
        )


@dataclass(frozen=True)
class Achievement:
    id: uuid.UUID
    key: str
    title: str
    description: str | None
    icon: str
    badge_color: str
    points_value: int
    criteria: Mapping[str, Any]


@dataclass(frozen=True)
class Asset:
    """A file published beside the lessons (images, captions, and media:
    video, sound, PDF), stored on the server at ``course-content/<course
    id>/<path>``.  A media file's bytes stay where the package is until they
    are read (``media``; ``data`` is then empty)."""

    path: str
    data: bytes
    content_type: str
    media: MediaFile | None = None

    @property
    def size(self) -> int:
        return self.media.size if self.media is not None else len(self.data)

    def chunks(self) -> Iterator[bytes]:
        """The file's bytes, a piece at a time (``source.MediaReadError`` when a
        media file changed since the package was read)."""
        if self.media is not None:
            yield from self.media.chunks()
        else:
            yield self.data

    def sha256(self) -> str:
        if self.media is not None:
            return self.media.sha256()
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class CoursePackage:
    id: uuid.UUID
    slug: str
    title: str
    description: str | None
    category: str | None
    difficulty: Difficulty
    estimated_duration_hours: int | None
    tags: tuple[str, ...]
    is_premium: bool
    price: Decimal
    thumbnail: str | None  # package path of the cover image
    lessons: tuple[Lesson, ...]  # sorted by order
    achievements: tuple[Achievement, ...]
    assets: tuple[Asset, ...]  # sorted by path
    total_size: int  # bytes of every file read from the package
    language: str | None = None  # a BCP 47 tag (text_direction)
    direction: Direction = Direction.AUTO

    def storage_path(self, package_path: str) -> str:
        """Object name inside the ``course-content`` bucket."""
        return f"{self.id}/{package_path}"

    def lesson(self, slug: str) -> Lesson:
        for lesson in self.lessons:
            if lesson.slug == slug:
                return lesson
        raise KeyError(slug)

    @property
    def question_count(self) -> int:
        return sum(len(lesson.questions) for lesson in self.lessons)
