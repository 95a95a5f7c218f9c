"""A package's achievements on the server (#5, public.achievements.course_id):
published as badges of the course, updated and retired on re-publish, and
earned by a learner who completes the course and syncs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlmodel import col, select
from supabase import Client

from desktop.course_package import CoursePackage, load_files
from desktop.publish.course import Publisher
from desktop.store.actions import learning
from desktop.store.models import Achievement, Notification, UserAchievement
from desktop.sync.engine import SyncEngine
from desktop.ui.words.publish import report_lines
from tests.course_package.packages import COURSE, tiny_package
from tests.fixtures.devserver import SignedUpUser
from tests.fixtures.learners import Learner
from tests.helpers.json_rows import json_rows

FINISHER = """
[[achievements]]
key = "finisher"
title = "Finisher"
points_value = 25
"""
READER = """
[[achievements]]
key = "reader"
title = "Reader"
icon = "book"
criteria = { type = "lessons_completed", required_count = 2 }
"""


def package(slug: str, *badges: str) -> CoursePackage:
    result = load_files(
        tiny_package({"course.toml": COURSE.replace('"tiny"', f'"{slug}"') + "".join(badges)})
    )
    assert result.package is not None, result.problems
    return result.package


def badges_of(client: Client, course: CoursePackage) -> dict[str, dict[str, Any]]:
    rows = json_rows(
        client.table("achievements")
        .select("id, title, icon, points_value, criteria, is_active, course_id")
        .eq("course_id", str(course.id))
        .execute()
        .data
    )
    return {row["title"]: row for row in rows}


def test_a_packages_achievements_arrive_as_badges_of_its_course(
    make_instructor: Callable[[], SignedUpUser],
    signed_up_user: Callable[..., SignedUpUser],
    unique_slug: str,
) -> None:
    teacher = make_instructor()
    course = package(unique_slug, FINISHER, READER)
    report = Publisher(teacher.client, teacher.id).publish(course)
    assert report.achievements_added == ["Finisher", "Reader"]
    assert "Added achievements: Finisher, Reader." in report_lines(report)

    seen = badges_of(signed_up_user().client, course)  # what any learner reads
    assert {
        title: (row["id"], row["points_value"], row["criteria"], row["is_active"])
        for title, row in seen.items()
    } == {
        "Finisher": (
            str(course.achievements[0].id),
            25,
            {"type": "course_completion", "course_id": str(course.id)},
            True,
        ),
        "Reader": (
            str(course.achievements[1].id),
            0,
            {"type": "lessons_completed", "required_count": 2},
            True,
        ),
    }


def test_republishing_updates_retires_and_brings_back_achievements(
    make_instructor: Callable[[], SignedUpUser],
    signed_up_user: Callable[..., SignedUpUser],
    unique_slug: str,
) -> None:
    teacher = make_instructor()
    publisher = Publisher(teacher.client, teacher.id)
    publisher.publish(package(unique_slug, FINISHER, READER))

    edited = package(unique_slug, FINISHER.replace("25", "30"))
    report = publisher.publish(edited)
    assert (
        report.achievements_added,
        report.achievements_updated,
        report.achievements_retired,
    ) == ([], ["Finisher"], ["Reader"])
    learner = signed_up_user().client
    assert {title: row["points_value"] for title, row in badges_of(learner, edited).items()} == {
        "Finisher": 30
    }, "learners no longer see the retired badge"
    assert badges_of(teacher.client, edited)["Reader"]["is_active"] is False

    again = publisher.publish(edited)
    assert (again.achievements_added, again.achievements_updated, again.achievements_retired) == (
        [],
        [],
        [],
    ), "a repeat changes nothing"

    back = publisher.publish(package(unique_slug, FINISHER.replace("25", "30"), READER))
    assert back.achievements_updated == ["Reader"], "the same key brings the same badge back"
    assert set(badges_of(learner, edited)) == {"Finisher", "Reader"}


def test_another_instructor_cannot_touch_a_courses_badges(
    make_instructor: Callable[[], SignedUpUser],
    unique_slug: str,
) -> None:
    owner, other = make_instructor(), make_instructor()
    course = package(unique_slug, FINISHER)
    Publisher(owner.client, owner.id).publish(course)
    badge_id = str(course.achievements[0].id)
    changed = (
        other.client.table("achievements")
        .update({"points_value": 999})
        .eq("id", badge_id)
        .execute()
        .data
    )
    assert changed == []
    assert badges_of(owner.client, course)["Finisher"]["points_value"] == 25


def test_a_learner_who_completes_the_published_course_gets_its_badge_after_sync(
    make_instructor: Callable[[], SignedUpUser],
    new_learner: Callable[..., Learner],
    unique_slug: str,
) -> None:
    teacher = make_instructor()
    course = package(unique_slug, FINISHER, READER)
    Publisher(teacher.client, teacher.id).publish(course)
    learner = new_learner()
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()  # the catalogue: the course, its lessons and badges
    learning.enroll(learner.store, str(course.id))
    first, *rest = course.lessons
    learning.complete_lesson(learner.store, str(first.id))
    engine.run_cycle()
    assert _earned(learner, course) == set(), "one lesson of two earns nothing yet"

    for lesson in rest:
        learning.complete_lesson(learner.store, str(lesson.id))
    report = engine.run_cycle()
    assert report.rejected == 0
    assert _earned(learner, course) == {"Finisher", "Reader"}
    engine.run_cycle()
    with learner.store.db.read() as session:
        notes = session.exec(select(Notification).where(Notification.type == "achievement")).all()
        badge = session.get(Achievement, str(course.achievements[0].id))
    titles = [note.data["title"] for note in notes]
    assert (titles.count("Finisher"), titles.count("Reader")) == (1, 1), (
        "one notification per badge, however often the learner syncs"
    )
    assert badge is not None
    assert badge.course_id == str(course.id)


def _earned(learner: Learner, course: CoursePackage) -> set[str]:
    """Titles of the course's badges the learner's store says they earned."""
    with learner.store.db.read() as session:
        rows = session.exec(
            select(Achievement.title)
            .join(UserAchievement, col(UserAchievement.achievement_id) == col(Achievement.id))
            .where(
                UserAchievement.user_id == learner.user_id, Achievement.course_id == str(course.id)
            )
        ).all()
    return set(rows)
