"""End to end: an instructor publishes a package to the devserver with the
real SDK; a learner reads exactly its content; edits and removals re-publish
in place; an interrupted publish, run again, equals one clean publish (#5)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from supabase import Client

from desktop.course_package import CoursePackage, load_files
from desktop.course_package.problems import Phrase
from desktop.publish import rest as publish_rest
from desktop.publish.course import Publisher
from desktop.publish.report import PublishRefused
from desktop.ui.words.publish import publish_text
from tests.course_package.packages import (
    COURSE,
    FIRST,
    SECOND,
    SECOND_QUIZ,
    TINY_PNG,
    tiny_package,
)
from tests.fixtures.devserver import SignedUpUser
from tests.helpers.json_rows import json_rows

THIRD = """\
+++
title = "Third"
order = 3
+++
Third body, never edited.
"""
PHOTO = TINY_PNG + b"\x00"  # a second, different image


def package_files(slug: str) -> dict[str, str | bytes | None]:
    return {
        "course.toml": COURSE.replace('"tiny"', f'"{slug}"'),
        "third.md": THIRD,
        "second.md": SECOND + "\n![Photo](images/photo.png)\n",
        "images/photo.png": PHOTO,
    }


def make_package(slug: str, **edits: str | bytes | None) -> CoursePackage:
    changes = package_files(slug)
    changes.update(
        {name.replace("__", "/").replace("_dot_", "."): value for name, value in edits.items()}
    )
    result = load_files(tiny_package(changes))
    assert result.package is not None, result.problems
    return result.package


def edited(slug: str) -> CoursePackage:
    """The package after the instructor edits the first lesson (text, a
    question) and removes the second (with its quiz and image)."""
    return make_package(
        slug,
        first_dot_md=FIRST.replace("# First", "# First, revised").replace("Pick a", "Choose a"),
        second_dot_md=None,
        second_dot_quiz_dot_toml=None,
        images__photo_dot_png=None,
    )


def snapshot(
    client: Client, package: CoursePackage, lister: Client | None = None
) -> dict[str, Any]:
    """What the server holds for the course, by slug and question key rather
    than by id, so two courses published from one package compare equal.
    Only the course's teacher lists its files (``lister``, default ``client``)."""
    course_id = str(package.id)
    course = json_rows(
        client.table("courses")
        .select(
            "title, description, difficulty_level, estimated_duration_hours, price, is_premium, "
            "tags, category, is_published, thumbnail_url"
        )
        .eq("id", course_id)
        .execute()
        .data
    )[0]
    course["thumbnail_url"] = (course["thumbnail_url"] or "").replace(course_id, "<id>")
    lessons = json_rows(
        client.table("lessons")
        .select("*")
        .eq("course_id", course_id)
        .order("order_index")
        .execute()
        .data
    )
    slug_of = {row["id"]: row["component_path"].split("/", 1)[1] for row in lessons}
    bodies = {
        row["lesson_id"]: row["body_markdown"]
        for row in json_rows(
            client.table("lesson_contents")
            .select("*")
            .in_("lesson_id", list(slug_of))
            .execute()
            .data
        )
    }
    questions = json_rows(
        client.table("quiz_questions").select("*").in_("lesson_id", list(slug_of)).execute().data
    )
    key_of = {
        (row["question_id"], row["version"]): row["correct"]
        for row in json_rows(
            client.table("quiz_answer_keys")
            .select("*")
            .in_("question_id", [q["id"] for q in questions])
            .execute()
            .data
        )
    }
    question_key = {
        str(question.id): f"{lesson.slug}/{question.key}"
        for lesson in package.lessons
        for question in lesson.questions
    }
    files = (lister or client).storage.from_("course-content").list(f"{course_id}/images")
    listed = json_rows(
        client.table("course_files")
        .select("path, size_bytes, sha256, content_type, lesson_ids")
        .eq("course_id", course_id)
        .order("path")
        .execute()
        .data
    )
    return {
        "course": course,
        "lessons": [
            {
                "slug": slug_of[row["id"]],
                "title": row["title"],
                "order": row["order_index"],
                "is_free": row["is_free"],
                "quiz_mode": row["quiz_mode"],
                "minutes": row["estimated_duration_minutes"],
                "prerequisites": [slug_of.get(p, p) for p in row["prerequisites"] or []],
                "body": bodies.get(row["id"]),
            }
            for row in lessons
        ],
        "questions": sorted(
            (
                question_key.get(row["id"], "retired"),
                row["position"],
                row["kind"],
                row["prompt"],
                str(row["options"]),
                row["points"],
                row["version"],
                row["is_active"],
                str(key_of.get((row["id"], row["version"]))),
            )
            for row in questions
        ),
        "images": sorted((entry["name"], entry["metadata"]["eTag"]) for entry in files),
        "file_list": [
            (
                row["path"],
                row["size_bytes"],
                row["sha256"],
                row["content_type"],
                sorted(slug_of.get(lesson_id, lesson_id) for lesson_id in row["lesson_ids"]),
            )
            for row in listed
        ],
    }


def test_instructor_publishes_and_learner_reads_exactly_the_package(
    make_instructor: Callable[[], SignedUpUser],
    signed_up_user: Callable[..., SignedUpUser],
    unique_slug: str,
) -> None:
    teacher = make_instructor()
    package = make_package(unique_slug)
    report = Publisher(teacher.client, teacher.id).publish(package)
    assert report.course_created
    assert report.published
    assert report.lessons_added == ["First", "Second", "Third"]
    assert (report.questions_added, report.images_uploaded) == (3, 2)

    learner = signed_up_user()
    db = learner.client
    course = json_rows(db.table("courses").select("*").eq("id", str(package.id)).execute().data)[0]
    assert (course["title"], course["instructor_id"], course["is_published"]) == (
        "A tiny course",
        teacher.id,
        True,
    )
    db.table("enrollments").insert({"user_id": learner.id, "course_id": str(package.id)}).execute()
    lessons = json_rows(
        db.table("lessons")
        .select("*")
        .eq("course_id", str(package.id))
        .order("order_index")
        .execute()
        .data
    )
    assert [(row["id"], row["title"], row["is_free"], row["quiz_mode"]) for row in lessons] == [
        (str(lesson.id), lesson.title, lesson.free_preview, lesson.quiz_mode.value)
        for lesson in package.lessons
    ]
    assert lessons[1]["prerequisites"] == [str(package.lesson("first").id)]
    bodies = json_rows(
        db.table("lesson_contents")
        .select("lesson_id, body_markdown")
        .in_("lesson_id", [row["id"] for row in lessons])
        .execute()
        .data
    )
    assert {row["lesson_id"]: row["body_markdown"] for row in bodies} == {
        str(lesson.id): lesson.body_markdown for lesson in package.lessons
    }
    questions = json_rows(
        db.table("quiz_questions")
        .select("id, kind, options")
        .in_("lesson_id", [row["id"] for row in lessons])
        .execute()
        .data
    )
    assert {row["id"] for row in questions} == {
        str(q.id) for lesson in package.lessons for q in lesson.questions
    }
    keys = json_rows(
        db.table("quiz_answer_keys")
        .select("question_id, correct")
        .in_("question_id", [row["id"] for row in questions])
        .execute()
        .data
    )
    practice = package.lesson("first").questions[0]
    assert keys == [{"question_id": str(practice.id), "correct": ["a"]}], (
        "practice keys travel; assessed keys stay on the server"
    )
    listed = json_rows(
        db.table("course_files")
        .select("path, size_bytes, sha256, content_type, lesson_ids")
        .eq("course_id", str(package.id))
        .order("path")
        .execute()
        .data
    )
    assert listed == [
        {
            "path": "images/cover.png",
            "size_bytes": len(TINY_PNG),
            "sha256": hashlib.sha256(TINY_PNG).hexdigest(),
            "content_type": "image/png",
            "lesson_ids": [str(package.lesson("first").id)],  # and the course's cover
        },
        {
            "path": "images/photo.png",
            "size_bytes": len(PHOTO),
            "sha256": hashlib.sha256(PHOTO).hexdigest(),
            "content_type": "image/png",
            "lesson_ids": [str(package.lesson("second").id)],
        },
    ], "the manifest lists every file with its size, hash and the lessons using it"
    for asset in package.assets:  # learners download by the public URL
        url = db.storage.from_("course-content").get_public_url(package.storage_path(asset.path))
        assert httpx.get(url).content == asset.data
    assert httpx.get(course["thumbnail_url"]).content == TINY_PNG


def test_republishing_an_edit_changes_only_what_changed(
    make_instructor: Callable[[], SignedUpUser],
    signed_up_user: Callable[..., SignedUpUser],
    unique_slug: str,
) -> None:
    teacher = make_instructor()
    publisher = Publisher(teacher.client, teacher.id)
    publisher.publish(make_package(unique_slug))
    third_before = json_rows(
        teacher.client.table("lessons")
        .select("updated_at")
        .eq("id", str(make_package(unique_slug).lesson("third").id))
        .execute()
        .data
    )

    package = edited(unique_slug)
    report = publisher.publish(package)
    assert (report.lessons_updated, report.lessons_removed, report.lessons_unchanged) == (
        [],
        ["Second"],
        ["First", "Third"],
    )
    assert (report.questions_updated, report.images_removed) == (1, 1)

    learner = signed_up_user()
    learner.client.table("enrollments").insert(
        {"user_id": learner.id, "course_id": str(package.id)}
    ).execute()
    seen = snapshot(learner.client, package, lister=teacher.client)
    assert [lesson["slug"] for lesson in seen["lessons"]] == ["first", "third"]
    assert seen["lessons"][0]["body"].startswith("# First, revised")
    (question,) = [q for q in seen["questions"] if q[0] == "first/q1"]
    assert (question[3], question[6]) == ("Choose a", 2), "an edit is a new version"
    assert seen["images"] == [("cover.png", '"' + hashlib.md5(TINY_PNG).hexdigest() + '"')]
    assert [entry[0] for entry in seen["file_list"]] == ["images/cover.png"]
    assert (
        json_rows(
            teacher.client.table("lessons")
            .select("updated_at")
            .eq("id", str(package.lesson("third").id))
            .execute()
            .data
        )
        == third_before
    )
    assert (
        publisher.publish(package).one_line()
        == "lessons +0 ~0 -0 =2; questions +0 ~0 -0; images +0 -0"
    ), "a repeat changes nothing"


class Interrupted(Exception):
    pass


def interrupt_after(writes: int) -> Callable[[Phrase], None]:
    done: list[Phrase] = []

    def before_write(step: Phrase) -> None:
        if len(done) == writes:
            raise Interrupted(step)
        done.append(step)

    return before_write


# (writes before the first publish is killed, writes before the re-publish
# of the edit is killed); the first publish makes ten writes, the edit five.
# (3, 0): killed as it lists the files, and as it unlists the removed image.
@pytest.mark.parametrize(("first", "again"), [(0, 0), (3, 0), (4, 1), (7, 3), (8, 4)])
def test_an_interrupted_publish_run_again_equals_one_clean_publish(
    make_instructor: Callable[[], SignedUpUser],
    unique_slug: str,
    first: int,
    again: int,
) -> None:
    teacher = make_instructor()
    clean_slug = unique_slug + "-clean"
    steps: list[Phrase] = []
    Publisher(teacher.client, teacher.id, before_write=steps.append).publish(
        make_package(clean_slug)
    )
    assert len(steps) == 10
    steps.clear()
    Publisher(teacher.client, teacher.id, before_write=steps.append).publish(edited(clean_slug))
    assert len(steps) == 5

    for package, writes in ((make_package(unique_slug), first), (edited(unique_slug), again)):
        with pytest.raises(Interrupted):
            Publisher(teacher.client, teacher.id, before_write=interrupt_after(writes)).publish(
                package
            )
        Publisher(teacher.client, teacher.id).publish(package)

    assert snapshot(teacher.client, edited(unique_slug)) == snapshot(
        teacher.client, edited(clean_slug)
    )


def test_an_interrupted_first_publish_is_not_visible_to_learners(
    make_instructor: Callable[[], SignedUpUser],
    signed_up_user: Callable[..., SignedUpUser],
    unique_slug: str,
) -> None:
    teacher = make_instructor()
    package = make_package(unique_slug)
    with pytest.raises(Interrupted):
        Publisher(teacher.client, teacher.id, before_write=interrupt_after(6)).publish(package)
    learner = signed_up_user()
    assert (
        json_rows(
            learner.client.table("courses").select("id").eq("id", str(package.id)).execute().data
        )
        == []
    )


def test_a_learner_cannot_publish(
    signed_up_user: Callable[..., SignedUpUser],
    unique_slug: str,
) -> None:
    learner = signed_up_user()
    with pytest.raises(PublishRefused) as raised:
        Publisher(learner.client, learner.id).publish(make_package(unique_slug))
    assert raised.value.what.code == "refused.not_instructor"
    assert publish_text(raised.value.what).startswith("Only instructors can publish")


@pytest.mark.parametrize("published", [True, False])
def test_an_instructor_cannot_publish_into_another_instructors_course(
    make_instructor: Callable[[], SignedUpUser],
    unique_slug: str,
    published: bool,
) -> None:
    owner, other = make_instructor(), make_instructor()
    package = make_package(unique_slug)
    Publisher(owner.client, owner.id).publish(package, publish=published)
    with pytest.raises(PublishRefused) as raised:
        Publisher(other.client, other.id).publish(edited(unique_slug))
    assert publish_text(raised.value.what) == (
        f"The course “A tiny course” ({package.id}) belongs to another instructor; you cannot "
        "publish into it. Give your package its own id in course.toml."
    )
    course = json_rows(
        owner.client.table("courses")
        .select("title, is_published")
        .eq("id", str(package.id))
        .execute()
        .data
    )
    assert course == [{"title": "A tiny course", "is_published": published}]


def test_republishing_reordered_lessons_swaps_their_order(
    make_instructor: Callable[[], SignedUpUser],
    unique_slug: str,
) -> None:
    teacher = make_instructor()
    publisher = Publisher(teacher.client, teacher.id)
    publisher.publish(make_package(unique_slug))
    # first 1 → 3 and third 3 → 1: each takes the other's place, which the
    # server's unique (course_id, order_index) refuses unless one moves aside.
    swapped = make_package(
        unique_slug,
        first_dot_md=FIRST.replace("order = 1", "order = 3"),
        third_dot_md=THIRD.replace("order = 3", "order = 1"),
        second_dot_md=SECOND.replace('["first"]', "[]") + "\n![Photo](images/photo.png)\n",
    )
    report = publisher.publish(swapped)
    assert sorted(report.lessons_updated) == ["First", "Second", "Third"]
    rows = json_rows(
        teacher.client.table("lessons")
        .select("title, order_index")
        .eq("course_id", str(swapped.id))
        .order("order_index")
        .execute()
        .data
    )
    assert [(row["title"], row["order_index"]) for row in rows] == [
        ("Third", 1),
        ("Second", 2),
        ("First", 3),
    ]


class TrustingPublisher(Publisher):
    """Skips the friendly role check, to show the server itself refuses."""

    def _role(self) -> str | None:
        return "instructor"


def test_rls_refuses_a_learner_even_past_the_role_check(
    signed_up_user: Callable[..., SignedUpUser],
    unique_slug: str,
) -> None:
    learner = signed_up_user()
    package = make_package(unique_slug)
    with pytest.raises(PublishRefused) as raised:
        TrustingPublisher(learner.client, learner.id).publish(package)
    assert publish_text(raised.value.what) == (
        "The server refused to change “A tiny course”: you can only publish courses you teach."
    )
    assert (
        json_rows(
            learner.client.table("courses").select("id").eq("id", str(package.id)).execute().data
        )
        == []
    )


def test_reads_and_writes_in_pages_and_chunks_miss_nothing(
    make_instructor: Callable[[], SignedUpUser],
    unique_slug: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Tiny pages and id chunks, so a three-lesson course spans several of each.
    monkeypatch.setattr(publish_rest, "PAGE", 2)
    monkeypatch.setattr(publish_rest, "IN_CHUNK", 2)
    monkeypatch.setattr(publish_rest, "INSERT_CHUNK", 2)
    teacher = make_instructor()
    publisher = Publisher(teacher.client, teacher.id)
    publisher.publish(make_package(unique_slug))
    again = publisher.publish(make_package(unique_slug))
    assert again.one_line() == "lessons +0 ~0 -0 =3; questions +0 ~0 -0; images +0 -0"


def test_a_removed_question_is_retired_and_an_assessed_key_change_is_fixed(
    make_instructor: Callable[[], SignedUpUser],
    unique_slug: str,
) -> None:
    teacher = make_instructor()
    publisher = Publisher(teacher.client, teacher.id)
    publisher.publish(make_package(unique_slug))
    quiz = SECOND_QUIZ[: SECOND_QUIZ.index('[[questions]]\nid = "word"')].replace(
        'correct = ["a", "c"]', 'correct = ["a", "b"]'
    )
    package = make_package(unique_slug, second_dot_quiz_dot_toml=quiz)
    report = publisher.publish(package)
    assert (report.questions_retired, report.questions_updated) == (1, 0)
    word = make_package(unique_slug).lesson("second").questions[1]
    many = package.lesson("second").questions[0]
    rows = json_rows(
        teacher.client.table("quiz_questions")
        .select("id, is_active, version")
        .in_("id", [str(word.id), str(many.id)])
        .execute()
        .data
    )
    assert {row["id"]: (row["is_active"], row["version"]) for row in rows} == {
        str(word.id): (False, 1),
        str(many.id): (True, 1),
    }
    keys = json_rows(
        teacher.client.table("quiz_answer_keys")
        .select("correct")
        .eq("question_id", str(many.id))
        .eq("version", 1)
        .execute()
        .data
    )
    assert keys == [{"correct": ["a", "b"]}], "a key fix needs no new question version"
