"""Publishing a package's quiz questions and answer keys.

A question's id is stable (``desktop.course_package.identity``); the server
makes a new version whenever what the learner sees changes, and keeps the
old ones, so attempts taken offline still grade.  Each question's *current*
version gets the package's key (the server may have carried the previous
key forward already).  Questions the package dropped are retired
(``is_active = false``), never deleted.

A question whose answer key learners could download (it was in a practice
quiz: ``quiz_questions.key_exposed``) can never be asked in an assessed
quiz.  ``check_assessed_quizzes`` refuses such a package before anything is
uploaded; ``retire_exposed_questions`` retires a practice quiz's old
questions just before its lesson becomes assessed (the server refuses the
switch while they are active).
"""

from __future__ import annotations

from typing import Any

from desktop.course_package import CoursePackage, Question, QuizMode
from desktop.course_package.problems import Phrase
from desktop.publish import rows
from desktop.publish.report import PublishRefused, PublishReport
from desktop.publish.rest import RestCalls

KeyMap = dict[tuple[str, int], Any]


def check_assessed_quizzes(rest: RestCalls, package: CoursePackage) -> None:
    """Refuse, before any write, an assessed quiz that reuses questions whose
    keys were downloadable (the quiz was practice before)."""
    assessed = [
        lesson
        for lesson in package.lessons
        if lesson.quiz_mode is QuizMode.ASSESSED and lesson.questions
    ]
    wanted = [str(q.id) for lesson in assessed for q in lesson.questions]
    exposed = {
        row["id"]
        for row in rest.select_in("quiz_questions", "id, key_exposed", "id", wanted)
        if row["key_exposed"]
    }
    for lesson in assessed:
        seen = [q.key for q in lesson.questions if str(q.id) in exposed]
        if seen:
            # one question or several: two sentences (the list is not a count)
            code = "refused.answers_exposed" if len(seen) > 1 else "refused.answer_exposed"
            raise PublishRefused(
                Phrase.of(
                    code,
                    lesson=lesson.slug,
                    questions=tuple(repr(key) for key in seen),
                    example=seen[0],
                )
            )


def retire_exposed_questions(
    rest: RestCalls, lesson_id: str, lesson_slug: str, report: PublishReport
) -> None:
    """Retire a practice quiz's questions before its lesson becomes assessed."""
    retired = rest.update(
        "quiz_questions",
        {"is_active": False},
        Phrase.of("step.retire_practice_questions", slug=lesson_slug),
        lesson_id=lesson_id,
        is_active="true",
    )
    report.questions_retired += len(retired)


def publish_questions(
    rest: RestCalls, package: CoursePackage, lesson_ids: list[str], report: PublishReport
) -> None:
    columns = "id, lesson_id, version, " + ", ".join(rows.QUESTION_COLUMNS)
    stored = {
        row["id"]: row for row in rest.select_in("quiz_questions", columns, "lesson_id", lesson_ids)
    }
    keys: KeyMap = {
        (row["question_id"], row["version"]): _key_content(row)
        for row in rest.select_in(
            "quiz_answer_keys",
            "question_id, version, correct, explanation",
            "question_id",
            list(stored),
            order="question_id,version",
        )
    }
    wanted = {
        str(q.id): (str(lesson.id), q) for lesson in package.lessons for q in lesson.questions
    }
    new = [
        {"id": question_id, "lesson_id": lesson_id, **rows.question_row(question)}
        for question_id, (lesson_id, question) in wanted.items()
        if question_id not in stored
    ]
    versions = {
        row["id"]: int(row["version"])
        for row in rest.insert("quiz_questions", new, Phrase.of("step.add_questions", n=len(new)))
    }
    report.questions_added += len(new)
    for question_id, (_, question) in wanted.items():
        current = stored.get(question_id)
        if current is None:
            continue
        versions[question_id] = int(current["version"])
        row = rows.question_row(question)
        if rows.differs(row, current):
            step = Phrase.of("step.update_question", key=question.key)
            updated = rest.update("quiz_questions", row, step, id=question_id)
            if not updated:
                raise PublishRefused(Phrase.of("refused.question_unchanged"))
            versions[question_id] = int(updated[0]["version"])
            report.questions_updated += 1
    _answer_keys(rest, wanted, versions, keys)
    for question_id, current in stored.items():
        if question_id not in wanted and current["is_active"]:
            step = Phrase.of("step.retire_question")
            rest.update("quiz_questions", {"is_active": False}, step, id=question_id)
            report.questions_retired += 1


def _answer_keys(
    rest: RestCalls,
    wanted: dict[str, tuple[str, Question]],
    versions: dict[str, int],
    known: KeyMap,
) -> None:
    missing = [
        question_id
        for question_id, version in versions.items()
        if (question_id, version) not in known
    ]
    # A new version may already have the previous key carried forward.
    for row in rest.select_in(
        "quiz_answer_keys",
        "question_id, version, correct, explanation",
        "question_id",
        missing,
        order="question_id,version",
    ):
        known[(row["question_id"], row["version"])] = _key_content(row)
    new: list[dict[str, Any]] = []
    for question_id, (_, question) in wanted.items():
        version, key = versions[question_id], rows.answer_key(question)
        stored = known.get((question_id, version))
        if stored is None:
            new.append({"question_id": question_id, "version": version, **key})
        elif stored != key:
            rest.update(
                "quiz_answer_keys",
                key,
                Phrase.of("step.fix_answer_key", key=question.key),
                question_id=question_id,
                version=str(version),
            )
    rest.insert("quiz_answer_keys", new, Phrase.of("step.add_answer_keys", n=len(new)))


def _key_content(row: dict[str, Any]) -> dict[str, Any]:
    return {"correct": row["correct"], "explanation": row.get("explanation")}
