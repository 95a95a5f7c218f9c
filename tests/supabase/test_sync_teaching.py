"""sync_pull's teaching scope: what a course's teacher sees of its learners (issue #17).

``teaching:<course>`` serves the course's enrollments (each carrying the
learner's public card), progress rows and quiz attempts, and tombstones of
scope 'teaching', with the cursor rules of every other scope.  Only the
course's teacher and admins may pull it.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from devserver.db import as_caller
from tests.supabase.conftest import ANON, Cast, User, claims_of
from tests.supabase.quiz_builders import add_question, answers, make_course, submit
from tests.supabase.sync_support import (
    call_pull,
    call_push,
    hlc,
    make_op,
    pull_all,
    wait_for_horizon,
)

Conn = psycopg.Connection[dict[str, Any]]

CARD = ("learner_username", "learner_full_name", "learner_avatar_url")


def scope_of(course: str) -> str:
    return f"teaching:{course}"


def enroll(admin: Conn, user: User, course: str) -> str:
    row = admin.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s) returning id",
        (user.id, course),
    ).fetchone()
    assert row is not None
    return str(row["id"])


def progress(admin: Conn, user: User, lesson: str, course: str, percent: int) -> str:
    row = admin.execute(
        "insert into public.lesson_progress (user_id, lesson_id, course_id, "
        "completion_percentage) values (%s, %s, %s, %s) returning id",
        (user.id, lesson, course, percent),
    ).fetchone()
    assert row is not None
    return str(row["id"])


def attempt(admin: Conn, user: User, lesson: str, score: int = 3) -> str:
    row = admin.execute(
        "insert into public.quiz_attempts (user_id, lesson_id, score, max_score, answers) "
        "values (%s, %s, %s, 4, '{}') returning id",
        (user.id, lesson, score),
    ).fetchone()
    assert row is not None
    return str(row["id"])


def pull_pages(
    conn: Conn, caller: Any, scope: str, cursor: str | None, *, limit: int = 1000
) -> tuple[list[dict[str, Any]], str | None]:
    """Every page from ``cursor`` to the end of the stream, and the last cursor."""
    wait_for_horizon(conn)
    pages = []
    for _ in range(2000):
        page = call_pull(conn, claims_of(caller), scope, cursor, limit)
        assert not page["reset_required"]
        pages.append(page)
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return pages, cursor
    raise AssertionError("still has_more after 2000 pages")


def served(pages: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(c["table"], str(c["row"]["id"])) for page in pages for c in page["changes"]]


def teaching_tombstones(api_conn: Conn, caller: Any, course: str) -> list[dict[str, Any]]:
    with as_caller(api_conn, claims_of(caller)):
        return api_conn.execute(
            "select table_name, row_id from public.sync_tombstones "
            "where scope = 'teaching' and scope_id = %s",
            (course,),
        ).fetchall()


@pytest.fixture
def other_course(cast: Cast, admin_conn: Conn) -> tuple[str, str]:
    """A published course of ``other_instructor`` and its lesson."""
    course, lesson = str(uuid.uuid4()), str(uuid.uuid4())
    admin_conn.execute(
        "insert into public.courses (id, title, instructor_id, is_published) "
        "values (%s, 'Other', %s, true)",
        (course, cast.other_instructor.id),
    )
    admin_conn.execute(
        "insert into public.lessons (id, course_id, title, component_path, order_index) "
        "values (%s, %s, 'Other lesson', 'other', 1)",
        (lesson, course),
    )
    return course, lesson


def test_the_teacher_pulls_every_learner_with_progress_attempts_and_name(
    cast: Cast,
    admin_conn: Conn,
    api_conn: Conn,
    make_user: Callable[..., User],
    other_course: tuple[str, str],
) -> None:
    ada = make_user(username="ada_l", full_name="Ada Lovelace")
    learners = [cast.student, ada]
    enrollments = {enroll(admin_conn, u, cast.course): u for u in learners}
    progress_ids = {
        progress(admin_conn, u, lesson, cast.course, 40)
        for u in learners
        for lesson in (cast.free_lesson, cast.paid_lesson)
    }
    attempt_ids = {attempt(admin_conn, u, cast.free_lesson) for u in learners}
    attempt_ids.add(attempt(admin_conn, ada, cast.paid_lesson, score=4))
    # Rows of another teacher's course, and of a draft of the same teacher,
    # belong to other scopes.
    enroll(admin_conn, ada, other_course[0])
    progress(admin_conn, ada, other_course[1], other_course[0], 10)
    attempt(admin_conn, ada, other_course[1])
    enroll(admin_conn, ada, cast.draft)
    progress(admin_conn, ada, cast.draft_lesson, cast.draft, 5)

    for caller in (cast.instructor, cast.admin):
        replica = pull_all(api_conn, caller.claims, scope_of(cast.course))
        assert replica.keys("enrollments") == set(enrollments)
        assert replica.keys("lesson_progress") == progress_ids
        assert replica.keys("quiz_attempts") == attempt_ids
        assert {t for (t, _) in replica.rows} == {"enrollments", "lesson_progress", "quiz_attempts"}
        assert all("row_txid" not in row for row in replica.rows.values())
        for enrollment_id, user in enrollments.items():
            row = replica.rows[("enrollments", enrollment_id)]
            assert row["user_id"] == user.id
            assert row["course_id"] == cast.course
            assert row["status"] == "active"
        cards = {
            replica.rows[("enrollments", e)]["user_id"]: tuple(
                replica.rows[("enrollments", e)][k] for k in CARD
            )
            for e in enrollments
        }
        assert cards[ada.id] == ("ada_l", "Ada Lovelace", None)
        assert cards[cast.student.id][1] == f"User {cast.student.id[:8]}"
        assert {
            r["score"]
            for (t, _), r in replica.rows.items()
            if t == "quiz_attempts" and r["lesson_id"] == cast.paid_lesson
        } == {4}


@pytest.mark.parametrize("who", ["other_instructor", "student", "anon"])
def test_only_the_teacher_and_admins_may_pull_it_or_read_its_tombstones(
    cast: Cast, admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User], who: str
) -> None:
    # ``student`` stays an active learner of the course; another one leaves.
    enroll(admin_conn, cast.student, cast.course)
    progress(admin_conn, cast.student, cast.free_lesson, cast.course, 50)
    attempt(admin_conn, cast.student, cast.free_lesson)
    enrollment = enroll(admin_conn, make_user(), cast.course)
    admin_conn.execute("delete from public.enrollments where id = %s", (enrollment,))
    teacher_sees = teaching_tombstones(api_conn, cast.instructor, cast.course)
    assert [(r["table_name"], r["row_id"]) for r in teacher_sees] == [("enrollments", enrollment)]
    assert len(teaching_tombstones(api_conn, cast.admin, cast.course)) == 1

    caller = cast.caller(who)
    with pytest.raises(psycopg.errors.InsufficientPrivilege) as refused:
        call_pull(api_conn, claims_of(caller), scope_of(cast.course))
    hint = "not_signed_in" if who == "anon" else "not_teacher"
    assert refused.value.diag.message_hint == hint
    # Not with a cursor either, nor for a course that does not exist.
    cursor = pull_all(api_conn, cast.instructor.claims, scope_of(cast.course)).cursor
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        call_pull(api_conn, claims_of(caller), scope_of(cast.course), cursor)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        call_pull(api_conn, claims_of(caller), scope_of(str(uuid.uuid4())))
    # The table shows them no teaching tombstone at all.
    assert teaching_tombstones(api_conn, caller, cast.course) == []
    with as_caller(api_conn, claims_of(caller)):
        scopes = {
            r["scope"]
            for r in api_conn.execute("select scope from public.sync_tombstones").fetchall()
        }
    assert "teaching" not in scopes


def test_a_teacher_cannot_pull_a_course_they_no_longer_teach(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    enroll(admin_conn, cast.student, cast.course)
    replica = pull_all(api_conn, cast.instructor.claims, scope_of(cast.course))
    admin_conn.execute(
        "update public.courses set instructor_id = %s where id = %s",
        (cast.other_instructor.id, cast.course),
    )
    with pytest.raises(psycopg.errors.InsufficientPrivilege) as refused:
        call_pull(api_conn, cast.instructor.claims, scope_of(cast.course), replica.cursor)
    assert refused.value.diag.message_hint == "not_teacher"
    # The new teacher pulls it (from zero), and an empty stream is not an error.
    fresh = pull_all(api_conn, cast.other_instructor.claims, scope_of(cast.course))
    assert len(fresh.keys("enrollments")) == 1
    assert pull_all(api_conn, cast.instructor.claims, scope_of(cast.draft)).rows == {}


def test_a_learner_who_leaves_the_course_is_dropped_by_a_tombstone(
    cast: Cast, admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User]
) -> None:
    stays = make_user()
    leaving = enroll(admin_conn, cast.student, cast.course)
    staying = enroll(admin_conn, stays, cast.course)
    replica = pull_all(api_conn, cast.instructor.claims, scope_of(cast.course))
    learner_me = pull_all(api_conn, cast.student.claims, "me")
    assert replica.keys("enrollments") == {leaving, staying}

    # The learner deletes their own enrollment through the API.
    with as_caller(api_conn, cast.student.claims):
        gone = api_conn.execute(
            "delete from public.enrollments where course_id = %s", (cast.course,)
        ).rowcount
    assert gone == 1
    pages, _ = pull_pages(api_conn, cast.instructor, scope_of(cast.course), replica.cursor)
    tombstones = [t for page in pages for t in page["tombstones"]]
    assert tombstones == [{"table": "enrollments", "id": leaving, "pk": {"id": leaving}}]
    assert served(pages) == []
    pull_all(api_conn, cast.instructor.claims, scope_of(cast.course), replica)
    assert replica.keys("enrollments") == {staying}
    # The learner's own scope still gets its user tombstone.
    pull_all(api_conn, cast.student.claims, "me", learner_me)
    assert leaving not in learner_me.keys("enrollments")


def test_unenrolling_through_sync_sends_the_row_again_without_the_name(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    device = str(uuid.uuid4())
    now_ms = int(time.time() * 1000)
    result = call_push(
        api_conn,
        cast.student.claims,
        device,
        [
            make_op(
                1,
                "enrollment.set",
                {"course_id": cast.course, "status": "active"},
                hlc=hlc(now_ms),
            )
        ],
    )
    assert result["results"][0]["status"] == "applied"
    replica = pull_all(api_conn, cast.instructor.claims, scope_of(cast.course))
    (enrollment,) = replica.keys("enrollments")
    assert replica.rows[("enrollments", enrollment)]["learner_username"] is not None

    call_push(
        api_conn,
        cast.student.claims,
        device,
        [
            make_op(
                2,
                "enrollment.set",
                {"course_id": cast.course, "status": "unenrolled"},
                hlc=hlc(now_ms + 1),
            )
        ],
    )
    pages, _ = pull_pages(api_conn, cast.instructor, scope_of(cast.course), replica.cursor)
    assert served(pages) == [("enrollments", enrollment)]
    (row,) = [c["row"] for page in pages for c in page["changes"]]
    assert row["status"] == "unenrolled"
    assert all(row[k] is None for k in CARD)


def test_new_progress_after_the_cursor_comes_on_the_next_pull_once(
    cast: Cast, admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User]
) -> None:
    other = make_user()
    for user in (cast.student, other):
        enroll(admin_conn, user, cast.course)
        progress(admin_conn, user, cast.free_lesson, cast.course, 20)
    replica = pull_all(api_conn, cast.instructor.claims, scope_of(cast.course))
    assert (
        call_pull(api_conn, cast.instructor.claims, scope_of(cast.course), replica.cursor)[
            "changes"
        ]
        == []
    )

    # The learner works on: a push completes the paid lesson, then an attempt.
    result = call_push(
        api_conn,
        cast.student.claims,
        str(uuid.uuid4()),
        [
            make_op(
                1,
                "progress.complete",
                {"lesson_id": cast.paid_lesson, "course_id": cast.course},
            )
        ],
    )
    assert result["results"][0]["status"] == "applied"
    new_attempt = attempt(admin_conn, cast.student, cast.paid_lesson)
    pages, cursor = pull_pages(
        api_conn, cast.instructor, scope_of(cast.course), replica.cursor, limit=1
    )
    got = served(pages)
    assert len(got) == len(set(got)), f"served twice: {got}"
    progress_rows = [
        c["row"] for page in pages for c in page["changes"] if c["table"] == "lesson_progress"
    ]
    assert [(r["user_id"], r["lesson_id"], r["completion_percentage"]) for r in progress_rows] == [
        (cast.student.id, cast.paid_lesson, 100)
    ]
    assert ("quiz_attempts", new_attempt) in got
    # Only the learner who worked: their enrollment (its progress moved), the
    # new progress row and the attempt; nothing of the other learner.
    tables = sorted(t for t, _ in got)
    assert tables == ["enrollments", "lesson_progress", "quiz_attempts"]
    assert all(c["row"]["user_id"] == cast.student.id for page in pages for c in page["changes"])
    again, _ = pull_pages(api_conn, cast.instructor, scope_of(cast.course), cursor)
    assert served(again) == []


def test_a_learners_rename_reaches_the_teachers_next_pull(
    cast: Cast, admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User]
) -> None:
    other = make_user()
    mine = enroll(admin_conn, cast.student, cast.course)
    enroll(admin_conn, other, cast.course)
    replica = pull_all(api_conn, cast.instructor.claims, scope_of(cast.course))
    learner_me = pull_all(api_conn, cast.student.claims, "me")
    with as_caller(api_conn, cast.student.claims):
        api_conn.execute(
            "update public.profiles set full_name = 'Grace Hopper', username = 'amazing_grace' "
            "where id = %s",
            (cast.student.id,),
        )
    pages, _ = pull_pages(api_conn, cast.instructor, scope_of(cast.course), replica.cursor)
    assert served(pages) == [("enrollments", mine)]
    pull_all(api_conn, cast.instructor.claims, scope_of(cast.course), replica)
    row = replica.rows[("enrollments", mine)]
    assert (row["learner_username"], row["learner_full_name"]) == ("amazing_grace", "Grace Hopper")
    # The learner's own scope has the new name in their profile row.
    pull_all(api_conn, cast.student.claims, "me", learner_me)
    assert learner_me.rows[("profiles", cast.student.id)]["full_name"] == "Grace Hopper"
    # An update that changes no part of the card restamps nothing.
    admin_conn.execute(
        "update public.profiles set points = points + 5 where id = %s", (cast.student.id,)
    )
    pages, _ = pull_pages(api_conn, cast.instructor, scope_of(cast.course), replica.cursor)
    assert served(pages) == []


@pytest.mark.parametrize("limit", [1, 3, 7])
def test_small_pages_serve_every_row_exactly_once(
    cast: Cast,
    admin_conn: Conn,
    api_conn: Conn,
    make_user: Callable[..., User],
    limit: int,
) -> None:
    learners = [make_user() for _ in range(6)]
    expected: set[tuple[str, str]] = set()
    # Half in one transaction (pages split inside it), half one by one.
    with admin_conn.transaction():
        for user in learners[:3]:
            expected.add(("enrollments", enroll(admin_conn, user, cast.course)))
            for lesson in (cast.free_lesson, cast.paid_lesson):
                expected.add(
                    ("lesson_progress", progress(admin_conn, user, lesson, cast.course, 30))
                )
                expected.add(("quiz_attempts", attempt(admin_conn, user, lesson)))
    for user in learners[3:]:
        expected.add(("enrollments", enroll(admin_conn, user, cast.course)))
        expected.add(
            ("lesson_progress", progress(admin_conn, user, cast.free_lesson, cast.course, 60))
        )
        expected.add(("quiz_attempts", attempt(admin_conn, user, cast.paid_lesson)))
        expected.add(("quiz_attempts", attempt(admin_conn, user, cast.free_lesson)))

    whole, _ = pull_pages(api_conn, cast.instructor, scope_of(cast.course), None)
    assert set(served(whole)) == expected
    pages, _ = pull_pages(api_conn, cast.instructor, scope_of(cast.course), None, limit=limit)
    got = served(pages)
    assert len(got) == len(expected)
    assert set(got) == expected
    assert all(len(page["changes"]) + len(page["tombstones"]) <= limit for page in pages)
    assert len(pages) >= len(expected) // limit
    # Rows and tombstones through a paged replica end where one page ends.
    paged = pull_all(api_conn, cast.instructor.claims, scope_of(cast.course), limit=limit)
    one = pull_all(api_conn, cast.instructor.claims, scope_of(cast.course))
    assert paged.rows == one.rows


def test_a_deleted_lesson_is_one_tombstone_for_its_progress_and_attempts(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    enroll(admin_conn, cast.student, cast.course)
    kept = progress(admin_conn, cast.student, cast.free_lesson, cast.course, 10)
    progress(admin_conn, cast.student, cast.paid_lesson, cast.course, 10)
    attempt(admin_conn, cast.student, cast.paid_lesson)
    replica = pull_all(api_conn, cast.instructor.claims, scope_of(cast.course))
    admin_conn.execute("delete from public.lessons where id = %s", (cast.paid_lesson,))
    pages, _ = pull_pages(api_conn, cast.instructor, scope_of(cast.course), replica.cursor)
    tombstones = [(t["table"], t["id"]) for page in pages for t in page["tombstones"]]
    # The lesson's own tombstone covers what went with it (the client drops
    # the lesson's progress and attempts); the lesson's progress row left
    # the enrollment's progress, so the enrollment comes again.
    assert tombstones == [("lessons", cast.paid_lesson)]
    assert {t for t, _ in served(pages)} <= {"enrollments"}
    # A progress row deleted on its own has a tombstone of its own.
    admin_conn.execute("delete from public.lesson_progress where id = %s", (kept,))
    pages, _ = pull_pages(
        api_conn, cast.instructor, scope_of(cast.course), pages[-1]["next_cursor"]
    )
    assert [(t["table"], t["id"]) for page in pages for t in page["tombstones"]] == [
        ("lesson_progress", kept)
    ]


def test_deleting_the_course_leaves_no_teaching_tombstones(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    enroll(admin_conn, cast.student, cast.course)
    progress(admin_conn, cast.student, cast.free_lesson, cast.course, 10)
    attempt(admin_conn, cast.student, cast.free_lesson)
    admin_conn.execute("delete from public.courses where id = %s", (cast.course,))
    row = admin_conn.execute(
        "select count(*) as n from public.sync_tombstones where scope = 'teaching'"
    ).fetchone()
    assert row is not None
    assert row["n"] == 0
    # The learner's own scope keeps its tombstones, as before.
    rows = admin_conn.execute(
        "select table_name from public.sync_tombstones where scope = 'user' and scope_id = %s",
        (cast.student.id,),
    ).fetchall()
    assert {r["table_name"] for r in rows} >= {"enrollments", "lesson_progress", "quiz_attempts"}


def test_the_learners_own_scopes_carry_no_card(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    enrollment = enroll(admin_conn, cast.student, cast.course)
    mine = pull_all(api_conn, cast.student.claims, "me")
    assert not set(CARD) & set(mine.rows[("enrollments", enrollment)])
    course = pull_all(api_conn, cast.student.claims, f"course:{cast.course}")
    assert {t for (t, _) in course.rows} <= {"lessons", "lesson_contents"}
    teacher = pull_all(api_conn, cast.instructor.claims, scope_of(cast.course))
    replica_row = teacher.rows[("enrollments", enrollment)]
    assert {k: v for k, v in replica_row.items() if k not in CARD} == mine.rows[
        ("enrollments", enrollment)
    ]


def test_a_replica_of_the_teaching_scope_converges(
    cast: Cast, admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User]
) -> None:
    """Changes, deletions and re-enrolment in between pulls: the replica ends
    as a fresh pull."""
    learners = [make_user() for _ in range(3)]
    ids = {u.id: enroll(admin_conn, u, cast.course) for u in learners}
    replica = pull_all(api_conn, cast.instructor.claims, scope_of(cast.course), limit=2)
    admin_conn.execute("delete from public.enrollments where id = %s", (ids[learners[0].id],))
    progress(admin_conn, learners[1], cast.free_lesson, cast.course, 70)
    with admin_conn.transaction():
        admin_conn.execute("delete from public.enrollments where id = %s", (ids[learners[2].id],))
        enroll(admin_conn, learners[2], cast.course)
    pull_all(api_conn, cast.instructor.claims, scope_of(cast.course), replica, limit=2)
    fresh = pull_all(api_conn, cast.instructor.claims, scope_of(cast.course))
    assert replica.rows == fresh.rows
    assert len(fresh.keys("enrollments")) == 2


def test_attempts_name_the_questions_they_missed_for_the_teacher_only(
    cast: Cast, admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User]
) -> None:
    """An assessed quiz's right/wrong per question reaches its teacher, graded
    on the server by the attempt's own versions and keys; nobody else learns it."""
    course = make_course(admin_conn, cast.instructor.id, lessons=1, quiz_mode="assessed")
    lesson = course.lesson_ids[0]
    first = add_question(admin_conn, lesson, "single_choice", ["a"], position=1)
    second = add_question(admin_conn, lesson, "multiple_choice", ["a", "b"], position=2)
    third = add_question(admin_conn, lesson, "short_answer", ["Paris"], position=3)
    ada = make_user()
    enroll(admin_conn, ada, course.id)
    given = answers({first: "a", second: ["a"], third: "paris"})
    stored = submit(api_conn, ada.claims, lesson, given)
    replica = pull_all(api_conn, cast.instructor.claims, scope_of(course.id))
    row = replica.rows[("quiz_attempts", str(stored["id"]))]
    assert row["missed_questions"] == [second]
    assert row["counted"] is True
    for caller in (ada, cast.other_instructor, cast.student):
        with as_caller(api_conn, claims_of(caller)):
            said = api_conn.execute(
                "select public.teaching_missed_questions(%s, %s, true) as m",
                (lesson, json.dumps(given)),
            ).fetchone()
        assert said is not None
        assert said["m"] is None
    with as_caller(api_conn, claims_of(ANON)), pytest.raises(psycopg.errors.InsufficientPrivilege):
        api_conn.execute(
            "select public.teaching_missed_questions(%s, '{}', true)", (lesson,)
        ).fetchone()
