"""Round trip: any valid course, written out in the package format, parses
back to exactly what was written (Hypothesis generates the courses)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.course_package import Difficulty, QuestionKind, QuizMode, load_files
from tests.course_package.packages import TINY_PNG
from tests.helpers.profiles import examples

# Text an author might type: any printable character, trimmed, never empty.
words = (
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30)
    .map(str.strip)
    .filter(bool)
)
slugs = st.from_regex(r"[a-z0-9][a-z0-9_\-]{0,15}", fullmatch=True)
bodies = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters="!<\r")
    | st.just("\n"),
    max_size=200,
)


def toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, str):
        # A JSON string is a TOML basic string (control characters escaped as
        # \\u escapes; others written as they are, so no surrogate pairs).
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(toml(item) for item in value) + "]"
    return "{ " + ", ".join(f"{toml(key)} = {toml(item)}" for key, item in value.items()) + " }"


def table(values: dict[str, Any]) -> str:
    return "".join(f"{key} = {toml(value)}\n" for key, value in values.items() if value is not None)


@dataclass
class QuestionSpec:
    key: str
    kind: QuestionKind
    prompt: str
    options: list[dict[str, str]]
    correct: list[str]
    points: int


@st.composite
def questions(draw: st.DrawFn, key: str) -> QuestionSpec:
    kind = draw(st.sampled_from(QuestionKind))
    if kind is QuestionKind.SHORT_ANSWER:
        return QuestionSpec(
            key,
            kind,
            draw(words),
            [],
            draw(st.lists(words, min_size=1, max_size=3, unique=True)),
            draw(st.integers(1, 5)),
        )
    ids = draw(st.lists(slugs, min_size=2, max_size=5, unique=True))
    options = [{"id": option_id, "text": draw(words)} for option_id in ids]
    if kind is QuestionKind.SINGLE_CHOICE:
        correct = [draw(st.sampled_from(ids))]
    else:
        correct = draw(st.lists(st.sampled_from(ids), min_size=1, unique=True))
    return QuestionSpec(key, kind, draw(words), options, correct, draw(st.integers(1, 5)))


@st.composite
def lessons(draw: st.DrawFn, slug: str, order: int, earlier: list[str]) -> dict[str, Any]:
    keys = draw(st.lists(slugs, max_size=3, unique=True))
    return {
        "slug": slug,
        "title": draw(words),
        "order": order,
        "description": draw(st.none() | words),
        "duration_minutes": draw(st.none() | st.integers(1, 600)),
        "free_preview": draw(st.booleans()),
        "prerequisites": draw(st.lists(st.sampled_from(earlier), unique=True)) if earlier else [],
        "learning_objectives": draw(st.lists(words, max_size=3)),
        "mode": draw(st.sampled_from(QuizMode)),
        "questions": [draw(questions(key)) for key in keys],
        "quiz_in_file": draw(st.booleans()),
        "body": draw(bodies),
    }


@st.composite
def courses(draw: st.DrawFn) -> dict[str, Any]:
    lesson_slugs = draw(st.lists(slugs, min_size=1, max_size=4, unique_by=str.lower))
    orders = draw(st.permutations(range(1, len(lesson_slugs) + 1)))
    specs: list[dict[str, Any]] = []
    for slug, order in sorted(zip(lesson_slugs, orders, strict=True), key=lambda p: p[1]):
        specs.append(draw(lessons(slug, order, [s["slug"] for s in specs])))
    return {
        "slug": draw(slugs),
        "title": draw(words),
        "description": draw(st.none() | words),
        "category": draw(st.none() | words),
        "difficulty": draw(st.sampled_from(Difficulty)),
        "tags": draw(st.lists(words, max_size=4)),
        "is_premium": draw(st.booleans()),
        "price": draw(st.decimals(0, 9999, places=2)),
        "lessons": specs,
    }


def write(course: dict[str, Any]) -> dict[str, bytes]:
    files = {
        "course.toml": table(
            {
                "slug": course["slug"],
                "title": course["title"],
                "description": course["description"],
                "category": course["category"],
                "difficulty": course["difficulty"].value,
                "tags": course["tags"],
                "is_premium": course["is_premium"],
                "price": course["price"],
                "thumbnail": "images/cover.png",
            }
        ).encode(),
        "images/cover.png": TINY_PNG,
    }
    for lesson in course["lessons"]:
        quiz = f"mode = {toml(lesson['mode'].value)}\n"
        for q in lesson["questions"]:
            answer = (
                {"accepted": q.correct}
                if q.kind is QuestionKind.SHORT_ANSWER
                else {"options": q.options, "correct": q.correct}
            )
            quiz += "\n[[questions]]\n" + table(
                {
                    "id": q.key,
                    "kind": q.kind.value,
                    "prompt": q.prompt,
                    "points": q.points,
                    **answer,
                }
            )
        front = table(
            {
                key: lesson[key]
                for key in (
                    "title",
                    "description",
                    "order",
                    "duration_minutes",
                    "free_preview",
                    "prerequisites",
                    "learning_objectives",
                )
            }
        )
        if lesson["quiz_in_file"]:
            files[f"{lesson['slug']}.quiz.toml"] = quiz.encode()
        else:  # the same quiz, nested under [quiz] in the front matter
            front += "\n[quiz]\n" + quiz.replace("[[questions]]", "[[quiz.questions]]")
        files[f"{lesson['slug']}.md"] = f"+++\n{front}+++\n{lesson['body']}".encode()
    return files


def expected_body(body: str) -> str:
    lines = body.split("\n")
    start = next((n for n, line in enumerate(lines) if line.strip()), len(lines))
    return "\n".join(lines[start:])


@settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(courses())
def test_any_valid_course_written_as_a_package_parses_back_unchanged(
    course: dict[str, Any],
) -> None:
    result = load_files(write(course))
    assert result.problems == ()
    package = result.package
    assert package is not None
    assert (
        package.slug,
        package.title,
        package.description,
        package.category,
        package.difficulty,
        list(package.tags),
        package.is_premium,
        package.price,
    ) == (
        course["slug"],
        course["title"],
        course["description"],
        course["category"],
        course["difficulty"],
        course["tags"],
        course["is_premium"],
        course["price"],
    )
    assert len(package.lessons) == len(course["lessons"])
    for lesson, spec in zip(package.lessons, course["lessons"], strict=True):
        assert (
            lesson.slug,
            lesson.title,
            lesson.order,
            lesson.description,
            lesson.duration_minutes,
            lesson.free_preview,
            list(lesson.prerequisites),
            list(lesson.learning_objectives),
            lesson.quiz_mode,
        ) == (
            spec["slug"],
            spec["title"],
            spec["order"],
            spec["description"],
            spec["duration_minutes"],
            spec["free_preview"],
            spec["prerequisites"],
            spec["learning_objectives"],
            spec["mode"],
        )
        assert lesson.body_markdown == expected_body(spec["body"])
        assert [
            (
                q.key,
                q.kind,
                q.prompt,
                [{"id": o.id, "text": o.text} for o in q.options],
                list(q.correct),
                q.points,
            )
            for q in lesson.questions
        ] == [(q.key, q.kind, q.prompt, q.options, q.correct, q.points) for q in spec["questions"]]
