"""Quiz grading, exactly as the server grades (common brief, "Grading").

The same rules run in SQL on the server (``submit_quiz_attempt``) and here,
so a practice quiz graded offline gets the score the server will give it:

* single_choice: correct iff the answer is the one option id of the key;
* multiple_choice, scored "all_or_nothing" (the default): correct iff the
  set of answered ids equals the key set;
* multiple_choice, scored "partial": a question of P points whose key names
  K options, answered with R of them and W ids not in the key (each id
  counted once), earns floor(P * max(0, R - W) / K) points; it is correct
  iff it earns all P (the answer is exactly the key);
* short_answer: correct iff ``normalise(answer)`` equals ``normalise`` of any
  accepted answer (trim, collapse inner whitespace to one space, lower-case;
  a case-sensitive question keeps the case);
* a null, missing or wrongly-typed answer is wrong and earns 0;
* a question that is not partial earns all its points or none;
* score = points earned, max_score = points of every question in the
  attempt, passed iff score / max_score >= 0.7.

Pure: no I/O, no store.  Callers pass the question versions the learner was
shown and the keys of those versions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

QuestionKind = Literal["single_choice", "multiple_choice", "short_answer"]
Scoring = Literal["all_or_nothing", "partial"]
Answer = str | list[str] | None
SCORINGS: tuple[Scoring, ...] = ("all_or_nothing", "partial")

PASS_RATIO = Fraction(7, 10)
# What the server awards for the first pass of a lesson's quiz
# (private.points_for('quiz_passed'); tests/store/test_grading_parity.py checks it).
QUIZ_PASSED_POINTS = 20
# And for completing a lesson, once (private.points_for('lesson_completed')).
LESSON_COMPLETED_POINTS = 10


class GradingError(ValueError):
    """The attempt cannot be graded: a question or key is missing or malformed."""


@dataclass(frozen=True)
class GradableQuestion:
    """One question version as the learner saw it, with its answer key."""

    question_id: str
    version: int
    kind: QuestionKind
    points: int
    correct: tuple[str, ...]  # option ids, or accepted short answers
    scoring: Scoring = "all_or_nothing"  # multiple_choice only may be "partial"
    case_sensitive: bool = False  # short_answer only


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    version: int
    is_correct: bool
    points_awarded: int
    points_possible: int
    correct_answer: tuple[str, ...]  # shown to the learner as feedback


@dataclass(frozen=True)
class GradeResult:
    score: int
    max_score: int
    passed: bool
    questions: tuple[QuestionResult, ...]


# Characters Python calls whitespace but PostgreSQL's [[:space:]] (glibc,
# C.UTF-8) does not: the non-breaking spaces and the ASCII separators.  The
# server's normalise_answer() is the reference; tests/store/test_grading_parity.py
# compares the two over these and other awkward characters.
_NOT_SPACE_ON_SERVER = frozenset("\x1c\x1d\x1e\x1f\x85\xa0\u2007\u202f")


def _is_space(char: str) -> bool:
    return char.isspace() and char not in _NOT_SPACE_ON_SERVER


def _lower(char: str) -> str:
    # One character to one character, as PostgreSQL's lower() does: no
    # context rules (Greek final sigma) and İ becomes a plain i.
    low = char.lower()
    return low if len(low) == 1 else low[0]


def normalise(text: str, *, keep_case: bool = False) -> str:
    """Trim, collapse inner whitespace runs to one space, lower-case unless
    ``keep_case`` (as the server's normalise_answer and
    normalise_answer_keeping_case)."""
    words: list[str] = []
    current: list[str] = []
    for char in text:
        if _is_space(char):
            if current:
                words.append("".join(current))
                current = []
        else:
            current.append(char if keep_case else _lower(char))
    if current:
        words.append("".join(current))
    return " ".join(words)


def points_earned(question: GradableQuestion, answer: Answer) -> int:
    """The points ``answer`` earns, 0..question.points (server: private.question_points)."""
    if question.kind == "multiple_choice" and question.scoring == "partial":
        if not isinstance(answer, list):
            return 0
        key = set(question.correct)
        if not key:
            return 0
        chosen = set(answer)
        right = len(chosen & key)
        wrong = len(chosen - key)
        return question.points * max(0, right - wrong) // len(key)
    return question.points if is_correct(question, answer) else 0


def is_correct(question: GradableQuestion, answer: Answer) -> bool:
    """Right in full: every point earned."""
    if answer is None:
        return False
    if question.kind == "single_choice":
        return (
            isinstance(answer, str) and len(question.correct) == 1 and answer == question.correct[0]
        )
    if question.kind == "multiple_choice":
        return isinstance(answer, list) and set(answer) == set(question.correct)
    if question.kind == "short_answer":
        if not isinstance(answer, str):
            return False
        keep = question.case_sensitive
        wanted = normalise(answer, keep_case=keep)
        return any(wanted == normalise(accepted, keep_case=keep) for accepted in question.correct)
    raise GradingError(f"unknown question kind {question.kind!r}")


def passed(score: int, max_score: int) -> bool:
    # Fractions, not floats: 7/10 must pass exactly as numeric >= 0.7 does in SQL.
    return max_score > 0 and Fraction(score, max_score) >= PASS_RATIO


def grade(
    answers: Mapping[str, Mapping[str, object]],
    questions: Sequence[GradableQuestion],
) -> GradeResult:
    """Grade ``answers`` (the attempt's wire shape) against ``questions``.

    ``answers`` is ``{"<question_id>": {"version": int, "answer": ...}}`` with
    one entry per question shown; ``questions`` must hold exactly the versions
    named there.
    """
    by_key = {(q.question_id, q.version): q for q in questions}
    results: list[QuestionResult] = []
    for question_id, entry in answers.items():
        version = entry.get("version")
        if not isinstance(version, int):
            raise GradingError(f"answer for {question_id} has no version")
        question = by_key.get((question_id, version))
        if question is None:
            raise GradingError(f"no key for question {question_id} version {version}")
        earned = points_earned(question, _as_answer(entry.get("answer")))
        results.append(
            QuestionResult(
                question_id=question_id,
                version=version,
                is_correct=earned == question.points,
                points_awarded=earned,
                points_possible=question.points,
                correct_answer=question.correct,
            )
        )
    if not results:
        raise GradingError("an attempt needs at least one answered question")
    score = sum(r.points_awarded for r in results)
    max_score = sum(r.points_possible for r in results)
    return GradeResult(score, max_score, passed(score, max_score), tuple(results))


def _as_answer(value: object) -> Answer:
    """Shape-check one answer; anything else counts as a wrong answer."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [str(v) for v in value]
    return None


# -- an assessed quiz's attempts (server: private.quiz_standing) ------------------


@dataclass(frozen=True)
class CountedAttempt:
    """One attempt of a learner at a quiz, as the server stored it."""

    number: int  # quiz_attempts.attempt_number: the order the server received it
    score: int  # the server's grade of this attempt
    max_score: int


@dataclass(frozen=True)
class Standing:
    attempts_used: int
    score: int | None  # the quiz's grade under the rule; None before any attempt
    max_score: int | None
    passed: bool
    closed: bool  # assessed, and passed or out of attempts: nothing more counts


def standing(
    attempts: Sequence[CountedAttempt], *, assessed: bool, max_attempts: int, grading: str
) -> Standing:
    """Where a learner stands on a quiz, exactly as the server works it out.

    Only counted attempts are given.  The grade is the best attempt by score /
    max_score (the latest of equals) under "best", the latest under "last";
    an assessed quiz closes once an attempt passed or ``max_attempts`` are used.
    """
    used = len(attempts)
    did_pass = any(passed(a.score, a.max_score) for a in attempts)
    if grading == "last":
        chosen = max(attempts, key=lambda a: a.number, default=None)
    else:
        chosen = max(
            attempts, key=lambda a: (Fraction(a.score, a.max_score), a.number), default=None
        )
    return Standing(
        attempts_used=used,
        score=chosen.score if chosen else None,
        max_score=chosen.max_score if chosen else None,
        passed=did_pass,
        closed=assessed and (did_pass or used >= max_attempts),
    )
