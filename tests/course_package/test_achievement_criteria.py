"""A course's achievements: criteria the server would refuse are reported
by the parser, with their line; the ones it accepts load unchanged."""

from __future__ import annotations

import pytest

from desktop.course_package import load_files
from tests.course_package.packages import COURSE, tiny_package
from tests.course_package.test_problems import assert_reported, problems_of

BADGE = """
[[achievements]]
key = "badge"
title = "Badge"
criteria = {criteria}
"""
CRITERIA_LINE = COURSE.count("\n") + 5


def with_criteria(criteria: str) -> dict[str, str | bytes | None]:
    return {"course.toml": COURSE + BADGE.format(criteria=criteria)}


@pytest.mark.parametrize(
    ("criteria", "fragment"),
    [
        ('{ type = "streak", required_days = 3 }', "'streak'"),
        ('{ type = "points", required_points = 10 }', "'points'"),
        ('{ type = "lessons_completed" }', "needs a required_count"),
        ('{ type = "quiz_master", required_count = 0 }', "from 1 to 10,000"),
        ('{ type = "quiz_master", required_count = 2.5 }', "whole number"),
        ('{ type = "lessons_completed", required_count = true }', "whole number"),
        ('{ type = "course_completion", required_count = 3 }', "takes no required_count"),
        (
            '{ type = "course_completion", course_id = "00000000-0000-4000-8000-000000000000" }',
            "leave course_id out",
        ),
        ('{ type = "course_completion", colour = "red" }', "'colour' is not understood"),
    ],
)
def test_criteria_the_server_refuses_are_reported_with_their_line(
    criteria: str, fragment: str
) -> None:
    problems = problems_of(with_criteria(criteria))
    assert_reported(problems, "course.toml", CRITERIA_LINE, "achievement 1", fragment)


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ('{ type = "course_completion" }', {"type": "course_completion"}),
        (
            '{ type = "lessons_completed", required_count = 2 }',
            {"type": "lessons_completed", "required_count": 2},
        ),
        (
            '{ type = "quiz_master", required_count = 1 }',
            {"type": "quiz_master", "required_count": 1},
        ),
    ],
)
def test_criteria_the_server_accepts_load_unchanged(
    criteria: str, expected: dict[str, object]
) -> None:
    result = load_files(tiny_package(with_criteria(criteria)))
    assert result.problems == ()
    assert result.package is not None
    (badge,) = result.package.achievements
    assert dict(badge.criteria) == expected


def test_without_criteria_a_badge_is_earned_by_completing_this_course() -> None:
    result = load_files(
        tiny_package({"course.toml": COURSE + BADGE.replace("criteria = {criteria}\n", "")})
    )
    assert result.package is not None
    (badge,) = result.package.achievements
    assert dict(badge.criteria) == {
        "type": "course_completion",
        "course_id": str(result.package.id),
    }


POINTS_LINE = COURSE.count("\n") + 5


@pytest.mark.parametrize("points", ["2000000000", "1001", "-1"])
def test_badge_points_beyond_the_servers_bound_are_reported(points: str) -> None:
    """Issue #12, item 4: the server bounds a badge at 0..1000 points."""
    text = COURSE + BADGE.format(criteria='{ type = "course_completion" }').replace(
        "criteria =", f"points_value = {points}\ncriteria ="
    )
    problems = problems_of({"course.toml": text})
    assert_reported(problems, "course.toml", POINTS_LINE, "achievement 1", "from 0 to 1,000")


def test_badge_points_up_to_the_bound_load() -> None:
    text = COURSE + BADGE.format(criteria='{ type = "course_completion" }').replace(
        "criteria =", "points_value = 1000\ncriteria ="
    )
    result = load_files(tiny_package({"course.toml": text}))
    assert result.problems == ()
    assert result.package is not None
    assert result.package.achievements[0].points_value == 1000
