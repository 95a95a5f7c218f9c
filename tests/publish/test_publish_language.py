"""A course's language and direction travel: package → publish → sync_pull → reader."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from postgrest.exceptions import APIError

from desktop.course_package import load_files
from desktop.course_package.text_direction import Direction
from desktop.publish.course import Publisher
from desktop.store.actions import learning
from desktop.store.models import Course, Lesson
from desktop.sync.download import CourseDownloader
from desktop.sync.engine import SyncEngine
from desktop.ui.operations import reads as ui_reads
from tests.course_package.packages import COURSE, SECOND, tiny_package
from tests.fixtures.devserver import SignedUpUser
from tests.fixtures.learners import Learner
from tests.helpers.json_rows import json_rows


def test_an_arabic_course_with_a_french_lesson_reaches_the_reader_right_to_left(
    make_instructor: Callable[[], SignedUpUser],
    new_learner: Callable[..., Learner],
    unique_slug: str,
) -> None:
    course_toml = COURSE.replace('"tiny"', f'"{unique_slug}"') + 'language = "ar"\n'
    french = SECOND.replace("order = 2\n", 'order = 2\nlanguage = "fr"\n')
    result = load_files(tiny_package({"course.toml": course_toml, "second.md": french}))
    package = result.package
    assert package is not None, result.problems
    teacher = make_instructor()
    Publisher(teacher.client, teacher.id).publish(package)

    course_id = str(package.id)
    server = json_rows(
        teacher.client.table("courses")
        .select("language, direction")
        .eq("id", course_id)
        .execute()
        .data
    )
    assert server == [{"language": "ar", "direction": "auto"}]
    lessons = json_rows(
        teacher.client.table("lessons")
        .select("component_path, language, direction")
        .eq("course_id", course_id)
        .order("order_index")
        .execute()
        .data
    )
    assert [(row["language"], row["direction"]) for row in lessons] == [(None, None), ("fr", None)]

    learner = new_learner()
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()
    learning.enroll(learner.store, course_id)
    CourseDownloader(engine).download(course_id)
    with learner.store.db.read() as session:
        course = session.get(Course, course_id)
        first = session.get(Lesson, str(package.lesson("first").id))
        second = session.get(Lesson, str(package.lesson("second").id))
    assert course is not None
    assert first is not None
    assert second is not None
    assert (course.language, course.direction) == ("ar", "auto")
    assert (first.language, second.language) == (None, "fr")

    arabic = ui_reads.lesson_content(learner.store, first.id)
    assert (arabic.language, arabic.direction) == ("ar", Direction.RTL)
    in_french = ui_reads.lesson_content(learner.store, second.id)
    assert (in_french.language, in_french.direction) == ("fr", Direction.LTR)


def test_the_server_refuses_a_malformed_language_or_direction(
    make_instructor: Callable[[], SignedUpUser], unique_slug: str
) -> None:
    result = load_files(tiny_package({"course.toml": COURSE.replace('"tiny"', f'"{unique_slug}"')}))
    assert result.package is not None
    teacher = make_instructor()
    Publisher(teacher.client, teacher.id).publish(result.package)
    courses = teacher.client.table("courses")
    for change in ({"language": "ar_EG"}, {"language": "x" * 40}, {"direction": "up"}):
        with pytest.raises(APIError, match="check"):
            courses.update(change).eq("id", str(result.package.id)).execute()
    lessons = teacher.client.table("lessons")
    with pytest.raises(APIError, match="check"):
        lessons.update({"direction": "sideways"}).eq("course_id", str(result.package.id)).execute()
    courses.update({"language": "he-IL", "direction": "rtl"}).eq(
        "id", str(result.package.id)
    ).execute()
