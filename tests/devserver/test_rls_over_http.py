"""The schema's access rules, driven over HTTP with the SDK (a representative set).

tests/supabase checks the policies with SQL as each role; here the same rules must
hold when requests come through the devserver's REST and Storage APIs, with
real access tokens from sign-up.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from postgrest.exceptions import APIError
from storage3.exceptions import StorageApiError
from supabase import Client

from tests.fixtures.devserver import SignedUpUser
from tests.helpers.json_rows import json_object, json_rows
from tests.helpers.rest_fixtures import *  # noqa: F403

AdminSql = Callable[..., list[dict[str, Any]]]


@dataclass
class Course:
    id: str
    teacher: SignedUpUser
    free_lesson: str  # practice quiz
    paid_lesson: str  # assessed quiz
    free_question: str
    paid_question: str


def _question(admin_sql: AdminSql, lesson: str) -> str:
    qid = str(uuid.uuid4())
    admin_sql(
        "insert into public.quiz_questions (id, lesson_id, kind, prompt, options) "
        "values (%s, %s, 'single_choice', 'Pick a', "
        '\'[{"id": "a", "text": "A"}, {"id": "b", "text": "B"}]\')',
        (qid, lesson),
    )
    admin_sql(
        "insert into public.quiz_answer_keys (question_id, version, correct) "
        "values (%s, 1, '[\"a\"]')",
        (qid,),
    )
    return qid


@pytest.fixture
def course(signed_up_user: Callable[..., SignedUpUser], admin_sql: AdminSql) -> Course:
    teacher = signed_up_user()
    admin_sql("update public.profiles set role = 'instructor' where id = %s", (teacher.id,))
    course_id = str(uuid.uuid4())
    admin_sql(
        "insert into public.courses (id, title, instructor_id, is_published, price, "
        "is_premium) values (%s, 'RLS Course', %s, true, 10, true)",
        (course_id, teacher.id),
    )
    lessons = []
    for index, (free, mode) in enumerate([(True, "practice"), (False, "assessed")], start=1):
        lesson = str(uuid.uuid4())
        admin_sql(
            "insert into public.lessons (id, course_id, title, component_path, "
            "order_index, is_free, quiz_mode) values (%s, %s, %s, 'l/x', %s, %s, %s)",
            (lesson, course_id, f"Lesson {index}", index, free, mode),
        )
        admin_sql(
            "insert into public.lesson_contents (lesson_id, body_markdown) values (%s, %s)",
            (lesson, f"# Body {index}"),
        )
        lessons.append(lesson)
    return Course(
        course_id,
        teacher,
        lessons[0],
        lessons[1],
        _question(admin_sql, lessons[0]),
        _question(admin_sql, lessons[1]),
    )


def bodies(client: Client, lesson: str) -> list[dict[str, Any]]:
    return json_rows(
        client.table("lesson_contents")
        .select("body_markdown")
        .eq("lesson_id", lesson)
        .execute()
        .data
    )


def keys(client: Client, question: str) -> list[dict[str, Any]]:
    return json_rows(
        client.table("quiz_answer_keys")
        .select("correct")
        .eq("question_id", question)
        .execute()
        .data
    )


def test_learner_cannot_promote_self_to_admin(
    signed_up_user: Callable[..., SignedUpUser], admin_sql: AdminSql
) -> None:
    learner = signed_up_user()
    with pytest.raises(APIError) as caught:
        learner.client.table("profiles").update({"role": "admin"}).eq("id", learner.id).execute()
    assert caught.value.code == "42501"
    with pytest.raises(APIError) as caught:
        learner.client.rpc(
            "set_user_role", {"user_uuid": learner.id, "new_role": "admin"}
        ).execute()
    assert caught.value.code == "42501"
    assert admin_sql("select role from public.profiles where id = %s", (learner.id,)) == [
        {"role": "student"}
    ]


def test_learner_edits_own_name_but_not_points(
    signed_up_user: Callable[..., SignedUpUser], admin_sql: AdminSql
) -> None:
    learner = signed_up_user()
    rows = json_rows(
        learner.client.table("profiles")
        .update({"full_name": "Renamed"})
        .eq("id", learner.id)
        .execute()
        .data
    )
    assert rows[0]["full_name"] == "Renamed"
    with pytest.raises(APIError):
        learner.client.table("profiles").update({"points": 10**6}).eq("id", learner.id).execute()
    assert admin_sql("select points from public.profiles where id = %s", (learner.id,)) == [
        {"points": 0}
    ]


def test_learner_cannot_read_unenrolled_paid_lesson_body(
    course: Course, anon: Client, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    learner = signed_up_user()
    assert bodies(anon, course.free_lesson) == [{"body_markdown": "# Body 1"}]
    assert bodies(anon, course.paid_lesson) == []
    assert bodies(learner.client, course.paid_lesson) == []
    learner.client.table("enrollments").insert(
        {"user_id": learner.id, "course_id": course.id}
    ).execute()
    assert bodies(learner.client, course.paid_lesson) == [{"body_markdown": "# Body 2"}]


def test_learner_cannot_read_an_assessed_answer_key(
    course: Course, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    learner = signed_up_user()
    learner.client.table("enrollments").insert(
        {"user_id": learner.id, "course_id": course.id}
    ).execute()
    assert keys(learner.client, course.free_question) == [{"correct": ["a"]}]
    assert keys(learner.client, course.paid_question) == []
    # The teacher manages the course and sees every key.
    assert keys(course.teacher.client, course.paid_question) == [{"correct": ["a"]}]


def test_learner_cannot_enroll_someone_else(
    course: Course, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    learner, victim = signed_up_user(), signed_up_user()
    with pytest.raises(APIError) as caught:
        learner.client.table("enrollments").insert(
            {"user_id": victim.id, "course_id": course.id}
        ).execute()
    assert caught.value.code == "42501"


def test_learner_cannot_read_another_learners_progress(
    course: Course, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    alice, bob = signed_up_user(), signed_up_user()
    alice.client.table("lesson_progress").insert(
        {
            "user_id": alice.id,
            "lesson_id": course.free_lesson,
            "course_id": course.id,
            "completion_percentage": 50,
        }
    ).execute()
    assert (
        len(
            json_rows(
                alice.client.table("lesson_progress")
                .select("id")
                .eq("user_id", alice.id)
                .execute()
                .data
            )
        )
        == 1
    )
    assert (
        json_rows(
            bob.client.table("lesson_progress").select("id").eq("user_id", alice.id).execute().data
        )
        == []
    )


def test_learner_cannot_record_progress_on_a_paid_lesson_without_enrolling(
    course: Course, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    learner = signed_up_user()
    with pytest.raises(APIError) as caught:
        learner.client.table("lesson_progress").insert(
            {"user_id": learner.id, "lesson_id": course.paid_lesson, "course_id": course.id}
        ).execute()
    assert caught.value.code == "42501"


def test_anon_sees_published_courses_only(
    course: Course, anon: Client, admin_sql: AdminSql
) -> None:
    draft = str(uuid.uuid4())
    admin_sql(
        "insert into public.courses (id, title, instructor_id) values (%s, 'Draft', %s)",
        (draft, course.teacher.id),
    )
    found = json_rows(
        anon.table("courses").select("id").in_("id", [course.id, draft]).execute().data
    )
    assert found == [{"id": course.id}]
    mine = json_rows(
        course.teacher.client.table("courses").select("id").eq("id", draft).execute().data
    )
    assert mine == [{"id": draft}]


def test_learner_cannot_create_a_course(signed_up_user: Callable[..., SignedUpUser]) -> None:
    learner = signed_up_user()
    with pytest.raises(APIError) as caught:
        learner.client.table("courses").insert(
            {"title": "Mine", "instructor_id": learner.id}
        ).execute()
    assert caught.value.code == "42501"


def test_course_content_is_written_by_its_teacher_and_read_by_anyone(
    course: Course, anon: Client, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    path = f"{course.id}/images/one.png"
    course.teacher.client.storage.from_("course-content").upload(
        path, b"\x89PNG lesson image", {"content-type": "image/png"}
    )

    def public_read() -> bytes:
        response = httpx.get(anon.storage.from_("course-content").get_public_url(path))
        assert response.status_code == 200
        return response.content

    assert public_read() == b"\x89PNG lesson image"
    learner = signed_up_user()
    with pytest.raises(StorageApiError) as caught:
        learner.client.storage.from_("course-content").upload(
            f"{course.id}/images/evil.png", b"nope", {"content-type": "image/png"}
        )
    assert str(caught.value.status) == "403"
    with pytest.raises(StorageApiError):
        learner.client.storage.from_("course-content").update(
            path, b"defaced", {"content-type": "image/png"}
        )
    assert public_read() == b"\x89PNG lesson image"
    assert learner.client.storage.from_("course-content").remove([path]) == []
    assert public_read() == b"\x89PNG lesson image"


def test_only_the_teacher_lists_course_content(
    course: Course, anon: Client, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    """Issue #12, item 2: the bucket is public for downloads by URL, not for listing."""
    path = f"{course.id}/images/pic.png"
    course.teacher.client.storage.from_("course-content").upload(
        path, b"\x89PNG bytes", {"content-type": "image/png"}
    )
    learner = signed_up_user()
    for client in (anon, learner.client):
        bucket = client.storage.from_("course-content")
        assert bucket.list(f"{course.id}/images") == []
        assert bucket.list() == []
        with pytest.raises(StorageApiError) as caught:
            bucket.download(path)  # the authenticated route runs as the caller
        assert str(caught.value.status) == "404"
        assert httpx.get(bucket.get_public_url(path)).content == b"\x89PNG bytes"
    names = [
        e["name"]
        for e in course.teacher.client.storage.from_("course-content").list(f"{course.id}/images")
    ]
    assert names == ["pic.png"]


def test_quiz_attempts_are_only_written_through_submit_quiz_attempt(
    course: Course, signed_up_user: Callable[..., SignedUpUser], admin_sql: AdminSql
) -> None:
    learner = signed_up_user()
    with pytest.raises(APIError) as caught:
        learner.client.table("quiz_attempts").insert(
            {
                "user_id": learner.id,
                "lesson_id": course.free_lesson,
                "score": 100,
                "max_score": 100,
                "answers": {},
            }
        ).execute()
    assert caught.value.code == "42501"
    attempt = str(uuid.uuid4())
    args = {
        "attempt_id": attempt,
        "lesson_id": course.free_lesson,
        "answers": {course.free_question: {"version": 1, "answer": "a"}},
    }
    graded = json_object(learner.client.rpc("submit_quiz_attempt", args).execute().data)
    assert (graded["id"], graded["score"], graded["max_score"], graded["is_passed"]) == (
        attempt,
        1,
        1,
        True,
    )
    again = json_object(learner.client.rpc("submit_quiz_attempt", args).execute().data)
    assert again["id"] == attempt
    assert admin_sql(
        "select count(*) as n from public.quiz_attempts where id = %s", (attempt,)
    ) == [{"n": 1}]


def test_notifications_are_private_and_only_is_read_changes(
    signed_up_user: Callable[..., SignedUpUser], admin_sql: AdminSql
) -> None:
    alice, bob = signed_up_user(), signed_up_user()
    note = str(uuid.uuid4())
    admin_sql(
        "insert into public.notifications (id, user_id, type, title, message) "
        "values (%s, %s, 'achievement', 'Well done', 'You did it')",
        (note, alice.id),
    )
    assert (
        json_rows(bob.client.table("notifications").select("id").eq("id", note).execute().data)
        == []
    )
    rows = json_rows(
        alice.client.table("notifications").update({"is_read": True}).eq("id", note).execute().data
    )
    assert rows[0]["is_read"] is True
    with pytest.raises(APIError) as caught:
        alice.client.table("notifications").update({"title": "Hacked"}).eq("id", note).execute()
    assert caught.value.code == "42501"
    with pytest.raises(APIError):
        bob.client.table("notifications").insert(
            {"user_id": alice.id, "type": "achievement", "title": "x", "message": "y"}
        ).execute()


def test_learner_cannot_award_themselves_points(
    signed_up_user: Callable[..., SignedUpUser],
) -> None:
    learner = signed_up_user()
    with pytest.raises(APIError) as caught:
        learner.client.table("point_awards").insert(
            {
                "user_id": learner.id,
                "reason": "achievement",
                "ref_id": str(uuid.uuid4()),
                "points": 1000,
            }
        ).execute()
    assert caught.value.code == "42501"
    with pytest.raises(APIError) as caught:
        learner.client.table("profiles").update({"points": 1000}).eq("id", learner.id).execute()
    assert caught.value.code == "42501"
