"""Publishing an assessed quiz's rules, and a practice quiz turned assessed
(issue #12, items 3 and 7), to the devserver with the real SDK."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from postgrest.exceptions import APIError

from desktop.course_package.problems import Phrase
from desktop.publish.course import Publisher
from desktop.publish.report import PublishRefused
from desktop.ui.words.publish import publish_text
from tests.course_package.packages import FIRST, SECOND_QUIZ
from tests.fixtures.devserver import SignedUpUser
from tests.helpers.json_rows import json_rows
from tests.publish.test_publish import make_package

ASSESSED_FIRST = FIRST.replace('mode = "practice"', 'mode = "assessed"\nattempts = 2')


def test_the_rules_reach_the_lesson_row_and_republishing_changes_nothing(
    make_instructor: Callable[[], SignedUpUser],
    unique_slug: str,
) -> None:
    teacher = make_instructor()
    quiz = 'attempts = 5\ngrading = "last"\nfeedback = true\n' + SECOND_QUIZ
    package = make_package(unique_slug, second_dot_quiz_dot_toml=quiz)
    publisher = Publisher(teacher.client, teacher.id)
    publisher.publish(package)
    rows = json_rows(
        teacher.client.table("lessons")
        .select("component_path, quiz_mode, quiz_max_attempts, quiz_grading, quiz_feedback")
        .eq("course_id", str(package.id))
        .order("order_index")
        .execute()
        .data
    )
    assert [tuple(row.values()) for row in rows[:2]] == [
        (f"{unique_slug}/first", "practice", 3, "best", False),
        (f"{unique_slug}/second", "assessed", 5, "last", True),
    ]
    assert publisher.publish(package).lessons_updated == []


def test_a_practice_quiz_turned_assessed_with_the_same_questions_is_refused_before_upload(
    make_instructor: Callable[[], SignedUpUser],
    unique_slug: str,
) -> None:
    teacher = make_instructor()
    Publisher(teacher.client, teacher.id).publish(make_package(unique_slug))
    writes: list[Phrase] = []
    switched = make_package(unique_slug, first_dot_md=ASSESSED_FIRST.replace("# First", "# New"))
    with pytest.raises(PublishRefused) as raised:
        Publisher(teacher.client, teacher.id, before_write=writes.append).publish(switched)
    assert re.search(r"lesson first is assessed.*'q1'.*new id", publish_text(raised.value.what))
    assert writes == [], "nothing may be written before the refusal"
    lesson = (
        teacher.client.table("lessons")
        .select("quiz_mode")
        .eq("id", str(switched.lesson("first").id))
        .execute()
        .data
    )
    assert lesson == [{"quiz_mode": "practice"}]


def test_a_practice_quiz_turned_assessed_with_new_questions_is_published(
    make_instructor: Callable[[], SignedUpUser],
    signed_up_user: Callable[..., SignedUpUser],
    unique_slug: str,
) -> None:
    teacher = make_instructor()
    publisher = Publisher(teacher.client, teacher.id)
    old = make_package(unique_slug).lesson("first").questions[0]
    publisher.publish(make_package(unique_slug))
    switched = make_package(
        unique_slug, first_dot_md=ASSESSED_FIRST.replace('id = "q1"', 'id = "q1-assessed"')
    )
    report = publisher.publish(switched)
    assert report.questions_added == 1
    assert report.questions_retired == 1
    new = switched.lesson("first").questions[0]
    rows = json_rows(
        teacher.client.table("quiz_questions")
        .select("id, is_active, key_exposed")
        .in_("id", [str(old.id), str(new.id)])
        .execute()
        .data
    )
    assert {row["id"]: (row["is_active"], row["key_exposed"]) for row in rows} == {
        str(old.id): (False, True),
        str(new.id): (True, False),
    }
    learner = signed_up_user()  # "first" is a free lesson: anyone may read its quiz
    keys = (
        learner.client.table("quiz_answer_keys")
        .select("question_id")
        .in_("question_id", [str(new.id)])
        .execute()
        .data
    )
    assert keys == []


def test_the_server_refuses_the_switch_whatever_the_client(
    make_instructor: Callable[[], SignedUpUser],
    unique_slug: str,
) -> None:
    teacher = make_instructor()
    package = make_package(unique_slug)
    Publisher(teacher.client, teacher.id).publish(package)
    with pytest.raises(APIError, match="learners downloaded the answer keys"):
        teacher.client.table("lessons").update({"quiz_mode": "assessed"}).eq(
            "id", str(package.lesson("first").id)
        ).execute()
