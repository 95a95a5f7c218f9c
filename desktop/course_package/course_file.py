"""Reading ``course.toml``: the course's catalogue entry and achievements."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.course_package import identity
from desktop.course_package.criteria import criteria_problem
from desktop.course_package.fields import Fields
from desktop.course_package.model import Achievement, Difficulty
from desktop.course_package.problems import Phrase, ProblemLog
from desktop.course_package.text_direction import Direction, read_language
from desktop.course_package.toml_text import KeyLines, TomlError, parse_toml

COURSE_KEYS = (
    "id",
    "slug",
    "title",
    "description",
    "category",
    "difficulty",
    "estimated_duration_hours",
    "tags",
    "is_premium",
    "price",
    "thumbnail",
    "language",
    "direction",
    "achievements",
)
ACHIEVEMENT_KEYS = (
    "key",
    "title",
    "description",
    "icon",
    "badge_color",
    "points_value",
    "criteria",
)
# The server's bound on a badge's points (achievements_points_value_bounded).
MAX_BADGE_POINTS = 1000


@dataclass(frozen=True)
class CourseSettings:
    """``course.toml`` once read; None marks a value that was wrong (and
    reported) or, for optional settings, absent."""

    id: uuid.UUID | None
    slug: str | None
    title: str | None
    description: str | None
    category: str | None
    difficulty: Difficulty | None
    estimated_duration_hours: int | None
    tags: tuple[str, ...]
    is_premium: bool
    price: Decimal
    thumbnail: str | None
    thumbnail_line: int | None
    achievements: tuple[Achievement, ...]
    language: str | None = None
    direction: Direction | None = None


def read_course_file(file: str, text: str, problems: ProblemLog) -> CourseSettings | None:
    document = parse_toml(text)
    if isinstance(document, TomlError):
        problems.add(file, document.line, "toml.invalid", reason=document.message)
        return None
    fields = Fields(
        document,
        file=file,
        lines=KeyLines(text),
        at=(),
        problems=problems,
        where=Phrase.of("where.course"),
    )
    fields.unknown_keys(COURSE_KEYS)
    explicit_id = _course_uuid(fields)
    slug = fields.text("slug", required=True)
    if slug is not None and not identity.is_slug(slug):
        fields.report("slug", "course.bad_slug", slug=repr(slug))
        slug = None
    course_id = identity.course_id(slug or "", explicit_id) if slug or explicit_id else None
    language, direction = read_language(fields)
    return CourseSettings(
        id=course_id,
        slug=slug,
        title=fields.text("title", required=True),
        description=fields.text("description"),
        category=fields.text("category"),
        difficulty=fields.choice("difficulty", Difficulty, Difficulty.BEGINNER),
        estimated_duration_hours=fields.integer("estimated_duration_hours", minimum=1),
        tags=fields.text_list("tags"),
        is_premium=fields.boolean("is_premium", False),
        price=_price(fields),
        thumbnail=fields.text("thumbnail"),
        thumbnail_line=fields.line("thumbnail"),
        achievements=_achievements(fields, course_id),
        language=language,
        direction=direction,
    )


def _course_uuid(fields: Fields) -> uuid.UUID | None:
    text = fields.text("id")
    if text is None:
        return None
    try:
        return uuid.UUID(text)
    except ValueError:
        fields.report("id", "course.id_not_uuid", id=repr(text))
        return None


MAX_PRICE = Decimal("99999999.99")


def _price(fields: Fields) -> Decimal:
    value = fields.table.get("price", 0)
    try:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidOperation
        price = Decimal(str(value))
        if (
            not price.is_finite()
            or price < 0
            or price > MAX_PRICE
            or price != price.quantize(Decimal("0.01"))
        ):
            raise InvalidOperation
    except InvalidOperation:
        # courses.price is numeric(10, 2): at most 99,999,999.99.
        # The bound as TOML writes it (ASCII digits, a point), as the author types it.
        fields.report("price", "course.bad_price", maximum=str(MAX_PRICE))
        return Decimal(0)
    return price


def _achievements(fields: Fields, course_id: uuid.UUID | None) -> tuple[Achievement, ...]:
    value = fields.table.get("achievements", [])
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        fields.report("achievements", "achievement.not_tables")
        return ()
    result: list[Achievement] = []
    seen: set[str] = set()
    for index, table in enumerate(value):
        achievement = _achievement(fields, index, table, course_id, seen)
        if achievement is not None:
            result.append(achievement)
    return tuple(result)


def _achievement(
    course: Fields,
    index: int,
    table: dict[str, Any],
    course_id: uuid.UUID | None,
    seen: set[str],
) -> Achievement | None:
    fields = Fields(
        table,
        file=course.file,
        lines=course.lines,
        at=("achievements", index),
        problems=course.problems,
        where=Phrase.of("where.achievement", number=index + 1),
    )
    fields.unknown_keys(ACHIEVEMENT_KEYS)
    key = fields.text("key", required=True)
    if key is not None and key in seen:
        fields.report("key", "achievement.duplicate_key", key=repr(key))
        key = None
    if key is not None:
        seen.add(key)
    title = fields.text("title", required=True)
    description = fields.text("description")
    icon = fields.text("icon") or "trophy"
    badge_color = fields.text("badge_color") or "blue"
    points = fields.integer("points_value", minimum=0, maximum=MAX_BADGE_POINTS)
    criteria = fields.table_at("criteria")
    if criteria is not None and not isinstance(criteria.get("type"), str):
        fields.report("criteria", "achievement.criteria_without_type")
        return None
    problem = criteria_problem(criteria, course_id) if criteria is not None else None
    if problem is not None:
        fields.report("criteria", "achievement.bad_criteria", problem=problem)
        return None
    if key is None or title is None or course_id is None:
        return None
    return Achievement(
        id=identity.achievement_id(course_id, key),
        key=key,
        title=title,
        description=description,
        icon=icon,
        badge_color=badge_color,
        points_value=points or 0,
        criteria=dict(criteria)
        if criteria is not None
        else {
            # Without criteria: earned by completing this course.
            "type": "course_completion",
            "course_id": str(course_id),
        },
    )
