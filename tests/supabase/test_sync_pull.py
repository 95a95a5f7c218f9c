"""sync_pull: scopes, RLS, paging, tombstones and the retention horizon (issue #4)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from devserver.db import as_caller
from tests.helpers.pg import Cluster
from tests.supabase.conftest import ANON, Cast, User
from tests.supabase.sync_support import Replica, call_pull, pull_all

Conn = psycopg.Connection[dict[str, Any]]


def add_lessons(admin: Conn, course: str, count: int, *, start: int = 100) -> list[str]:
    ids = [str(uuid.uuid4()) for _ in range(count)]
    with admin.cursor() as cur:
        cur.executemany(
            "insert into public.lessons (id, course_id, title, component_path, order_index) "
            "values (%s, %s, %s, 'x', %s)",
            [(lid, course, f"L{i}", start + i) for i, lid in enumerate(ids)],
        )
    return ids


def test_catalogue_has_published_courses_and_their_lessons_only(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    replica = pull_all(api_conn, ANON, "catalogue")
    courses = replica.keys("courses")
    assert cast.course in courses
    assert cast.draft not in courses
    lessons = replica.keys("lessons")
    assert {cast.free_lesson, cast.paid_lesson} <= lessons
    assert cast.draft_lesson not in lessons
    assert not replica.keys("lesson_contents")  # bodies travel in course scopes
    assert all("row_txid" not in row for row in replica.rows.values())


def test_catalogue_courses_name_their_teacher_and_follow_a_rename(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    catalogue = pull_all(api_conn, ANON, "catalogue")
    course = catalogue.rows[("courses", cast.course)]
    assert course["instructor_name"] == f"User {cast.instructor.id[:8]}"
    admin_conn.execute(
        "update public.profiles set full_name = 'Ada Lovelace' where id = %s", (cast.instructor.id,)
    )
    pull_all(api_conn, ANON, "catalogue", catalogue)
    assert catalogue.rows[("courses", cast.course)]["instructor_name"] == "Ada Lovelace"


def test_a_signed_in_learners_catalogue_names_the_teacher(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    # The teacher's name comes from a SECURITY DEFINER function, not from
    # the profiles table (which shows a signed-in caller their own row only).
    catalogue = pull_all(api_conn, cast.student.claims, "catalogue")
    course = catalogue.rows[("courses", cast.course)]
    assert course["instructor_name"] == f"User {cast.instructor.id[:8]}"
    admin_conn.execute(
        "update public.profiles set full_name = 'Grace Hopper' where id = %s",
        (cast.instructor.id,),
    )
    pull_all(api_conn, cast.student.claims, "catalogue", catalogue)
    assert catalogue.rows[("courses", cast.course)]["instructor_name"] == "Grace Hopper"


def test_small_pages_deliver_the_same_rows_as_one_page(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    add_lessons(admin_conn, cast.course, 25)
    whole = pull_all(api_conn, cast.student.claims, f"course:{cast.course}")
    paged = pull_all(api_conn, cast.student.claims, f"course:{cast.course}", limit=4)
    assert paged.pages > 7
    assert paged.rows == whole.rows
    assert len(whole.keys("lessons")) == 27


def test_pages_split_inside_one_transaction_lose_nothing(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    """A course published in one transaction: pages end mid-transaction, mid-table."""
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (cast.student.id, cast.course),
    )
    scope = f"course:{cast.course}"
    before = pull_all(api_conn, cast.student.claims, scope)
    with admin_conn.transaction():
        lessons = add_lessons(admin_conn, cast.course, 30)
        with admin_conn.cursor() as cur:
            cur.executemany(
                "insert into public.lesson_contents (lesson_id, body_markdown) values (%s, 'b')",
                [(lid,) for lid in lessons],
            )
    with admin_conn.transaction():
        admin_conn.execute("delete from public.lessons where id = any(%s)", (lessons[:7],))
        admin_conn.execute(
            "update public.lesson_contents set body_markdown = 'changed' where lesson_id = any(%s)",
            (lessons[7:12],),
        )
    for limit in (1, 3, 7):
        paged = pull_all(
            api_conn,
            cast.student.claims,
            scope,
            Replica(dict(before.rows), before.cursor),
            limit=limit,
        )
        assert paged.keys("lessons") == {cast.free_lesson, cast.paid_lesson, *lessons[7:]}
        assert paged.keys("lesson_contents") == {cast.free_lesson, cast.paid_lesson, *lessons[7:]}
        assert {paged.rows[("lesson_contents", lid)]["body_markdown"] for lid in lessons[7:12]} == {
            "changed"
        }


def test_a_caught_up_cursor_gets_nothing_until_something_changes(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    replica = pull_all(api_conn, ANON, "catalogue")
    again = call_pull(api_conn, ANON, "catalogue", replica.cursor)
    assert again["changes"] == []
    assert again["tombstones"] == []
    assert again["has_more"] is False
    admin_conn.execute("update public.courses set title = 'Renamed' where id = %s", (cast.course,))
    after = call_pull(api_conn, ANON, "catalogue", again["next_cursor"])
    assert [(c["table"], c["row"]["title"]) for c in after["changes"]] == [("courses", "Renamed")]


def test_course_scope_gives_bodies_only_to_those_who_may_read_them(
    cast: Cast, admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User]
) -> None:
    scope = f"course:{cast.course}"
    outsider = pull_all(api_conn, cast.student.claims, scope)
    assert outsider.keys("lesson_contents") == {cast.free_lesson}

    # Enrolling starts the course scope at zero: content written long before arrives.
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (cast.student.id, cast.course),
    )
    enrolled = pull_all(api_conn, cast.student.claims, scope)
    assert enrolled.keys("lesson_contents") == {cast.free_lesson, cast.paid_lesson}
    # The old cursor alone would never have brought the paid body.
    stale = pull_all(api_conn, cast.student.claims, scope, outsider)
    assert cast.paid_lesson not in stale.keys("lesson_contents")

    anon_draft = pull_all(api_conn, ANON, f"course:{cast.draft}")
    assert anon_draft.rows == {}


def test_me_scope_never_carries_another_learners_rows(
    cast: Cast, admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User]
) -> None:
    other = make_user()
    for user in (cast.student, other):
        admin_conn.execute(
            "insert into public.enrollments (user_id, course_id) values (%s, %s)",
            (user.id, cast.course),
        )
        admin_conn.execute(
            "insert into public.lesson_progress (user_id, lesson_id, course_id, "
            "completion_percentage) values (%s, %s, %s, 40)",
            (user.id, cast.free_lesson, cast.course),
        )
        admin_conn.execute(
            "insert into public.course_ratings (user_id, course_id, rating) values (%s, %s, 4)",
            (user.id, cast.course),
        )
    mine = pull_all(api_conn, cast.student.claims, "me")
    owners = {row.get("user_id", row.get("id")) for row in mine.rows.values()}
    assert owners == {cast.student.id}
    assert {t for (t, _) in mine.rows} >= {
        "profiles",
        "enrollments",
        "lesson_progress",
        "course_ratings",
    }
    # Their deletions are not ours either.
    admin_conn.execute("delete from public.course_ratings where user_id = %s", (other.id,))
    after = call_pull(api_conn, cast.student.claims, "me", mine.cursor)
    assert after["tombstones"] == []


def test_me_scope_needs_a_signed_in_learner(api_conn: Conn) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        call_pull(api_conn, ANON, "me")


@pytest.mark.parametrize(
    ("scope", "cursor"),
    [
        ("everything", None),
        ("course:nope", None),
        ("catalogue", "garbage"),
        ("catalogue", "1:2"),
        ("catalogue", "not-a-token!:12::"),
        ("catalogue", "0123456789ab:twelve::"),
    ],
)
def test_bad_scope_or_cursor_is_refused_clearly(
    api_conn: Conn, scope: str, cursor: str | None
) -> None:
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        call_pull(api_conn, ANON, scope, cursor)


def test_deleted_rows_arrive_as_tombstones_and_cascade(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (cast.student.id, cast.course),
    )
    scope = f"course:{cast.course}"
    replica = pull_all(api_conn, cast.student.claims, scope)
    catalogue = pull_all(api_conn, ANON, "catalogue")
    assert cast.paid_lesson in replica.keys("lesson_contents")
    admin_conn.execute("delete from public.lessons where id = %s", (cast.paid_lesson,))
    pull_all(api_conn, cast.student.claims, scope, replica)
    pull_all(api_conn, ANON, "catalogue", catalogue)
    assert cast.paid_lesson not in replica.keys("lessons")
    assert cast.paid_lesson not in replica.keys("lesson_contents")
    assert cast.paid_lesson not in catalogue.keys("lessons")
    # A body deleted on its own has its own tombstone.
    admin_conn.execute(
        "delete from public.lesson_contents where lesson_id = %s", (cast.free_lesson,)
    )
    pull_all(api_conn, cast.student.claims, scope, replica)
    assert replica.keys("lesson_contents") == set()


def test_unpublishing_removes_a_course_from_the_catalogue_and_republishing_restores_it(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    catalogue = pull_all(api_conn, ANON, "catalogue")
    admin_conn.execute(
        "update public.courses set is_published = false where id = %s", (cast.course,)
    )
    pull_all(api_conn, ANON, "catalogue", catalogue)
    assert cast.course not in catalogue.keys("courses")
    assert not {cast.free_lesson, cast.paid_lesson} & catalogue.keys("lessons")
    admin_conn.execute(
        "update public.courses set is_published = true where id = %s", (cast.course,)
    )
    pull_all(api_conn, ANON, "catalogue", catalogue)
    assert cast.course in catalogue.keys("courses")
    assert {cast.free_lesson, cast.paid_lesson} <= catalogue.keys("lessons")


def test_delete_and_reinsert_in_one_transaction_ends_with_the_row(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    replica = pull_all(api_conn, cast.student.claims, f"course:{cast.course}")
    with admin_conn.transaction():
        admin_conn.execute(
            "delete from public.lesson_contents where lesson_id = %s", (cast.free_lesson,)
        )
        admin_conn.execute(
            "insert into public.lesson_contents (lesson_id, body_markdown) values (%s, '# Again')",
            (cast.free_lesson,),
        )
    page = call_pull(api_conn, cast.student.claims, f"course:{cast.course}", replica.cursor)
    # Only the current row: no stale tombstone a client could apply after it.
    assert page["tombstones"] == []
    assert [c["row"]["body_markdown"] for c in page["changes"]] == ["# Again"]


def test_a_cursor_older_than_pruned_tombstones_must_reset(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    old = pull_all(api_conn, ANON, "catalogue")
    admin_conn.execute("delete from public.lessons where id = %s", (cast.paid_lesson,))
    admin_conn.execute("update public.sync_tombstones set deleted_at = now() - interval '1 year'")
    with admin_conn.transaction():
        admin_conn.execute("set local role service_role")
        pruned = admin_conn.execute(
            "select public.sync_prune_tombstones(interval '30 days') as n"
        ).fetchone()
    assert pruned is not None
    assert pruned["n"] >= 1
    page = call_pull(api_conn, ANON, "catalogue", old.cursor)
    assert page["reset_required"] is True
    assert page["changes"] == []
    assert page["next_cursor"] is None
    # Starting over is always allowed, and a fresh cursor is past the horizon.
    fresh = pull_all(api_conn, ANON, "catalogue")
    assert cast.paid_lesson not in fresh.keys("lessons")
    assert call_pull(api_conn, ANON, "catalogue", fresh.cursor)["reset_required"] is False


def test_a_cursor_from_a_restored_servers_future_must_reset(cast: Cast, api_conn: Conn) -> None:
    fresh = pull_all(api_conn, ANON, "catalogue")
    assert fresh.cursor is not None
    token, txid = fresh.cursor.split(":")[:2]
    page = call_pull(api_conn, ANON, "catalogue", f"{token}:{int(txid) + 1_000_000}::")
    assert page["reset_required"] is True
    assert page["next_cursor"] is None


def test_learners_cannot_prune_tombstones(cast: Cast, api_conn: Conn) -> None:
    with (
        pytest.raises(psycopg.errors.InsufficientPrivilege),
        as_caller(api_conn, cast.student.claims),
    ):
        api_conn.execute("select public.sync_prune_tombstones(interval '0 days')")


def test_a_full_page_of_1000_rows_is_well_inside_the_statement_timeout(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (cast.student.id, cast.course),
    )
    lessons = add_lessons(admin_conn, cast.course, 600)
    with admin_conn.cursor() as cur:
        cur.executemany(
            "insert into public.lesson_contents (lesson_id, body_markdown) values (%s, %s)",
            [(lid, "# Body\n" + "text " * 200) for lid in lessons],
        )
    started = time.perf_counter()
    page = call_pull(api_conn, cast.student.claims, f"course:{cast.course}")
    elapsed = time.perf_counter() - started
    assert len(page["changes"]) == 1000
    assert page["has_more"] is True
    assert elapsed < 4.0, f"a 1000-row page took {elapsed:.2f} s"


def test_catalogue_pages_hold_up_to_5000_rows_and_course_pages_1000(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    admin_conn.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)",
        (cast.student.id, cast.course),
    )
    add_lessons(admin_conn, cast.course, 5200)
    started = time.perf_counter()
    page = call_pull(api_conn, ANON, "catalogue", limit=10_000)
    elapsed = time.perf_counter() - started
    assert len(page["changes"]) == 5000
    assert page["has_more"] is True
    assert elapsed < 4.0, f"a 5000-row catalogue page took {elapsed:.2f} s"
    course = call_pull(api_conn, cast.student.claims, f"course:{cast.course}", limit=5000)
    assert len(course["changes"]) == 1000
    assert course["has_more"] is True
    assert len(call_pull(api_conn, ANON, "catalogue")["changes"]) == 1000  # the default


def test_a_long_open_transaction_holds_pulls_back_and_loses_nothing(
    cast: Cast, admin_conn: Conn, api_conn: Conn, db_url: str
) -> None:
    replica = pull_all(api_conn, ANON, "catalogue")
    with psycopg.connect(db_url) as slow:
        slow.execute("update public.courses set title = 'Slow' where id = %s", (cast.course,))
        # Committed after the slow writer started: held back, not skipped.
        admin_conn.execute(
            "update public.lessons set title = 'Quick' where id = %s", (cast.free_lesson,)
        )
        stalled = call_pull(api_conn, ANON, "catalogue", replica.cursor)
        assert stalled["changes"] == []
        assert stalled["has_more"] is False
        replica.apply(stalled)
        slow.commit()
    pull_all(api_conn, ANON, "catalogue", replica)
    assert replica.rows[("courses", cast.course)]["title"] == "Slow"
    assert replica.rows[("lessons", cast.free_lesson)]["title"] == "Quick"


def test_a_transaction_open_in_another_database_does_not_hold_pulls_back(
    cast: Cast, admin_conn: Conn, api_conn: Conn, pg_cluster: Cluster
) -> None:
    """Only this database's transactions can write its rows (#11): one left
    open elsewhere in the cluster made every pull here serve nothing new."""
    replica = pull_all(api_conn, ANON, "catalogue")
    with psycopg.connect(pg_cluster.admin_url) as elsewhere:
        elsewhere.execute("select pg_current_xact_id()")  # holds a transaction id, open
        admin_conn.execute(
            "update public.lessons set title = 'Quick' where id = %s", (cast.free_lesson,)
        )
        page = call_pull(api_conn, ANON, "catalogue", replica.cursor)
        replica.apply(page)
        assert replica.rows[("lessons", cast.free_lesson)]["title"] == "Quick"
        # ... and a transaction of this database opened meanwhile still holds.
        with psycopg.connect(admin_conn.info.dsn) as slow:
            slow.execute("update public.courses set title = 'Slow' where id = %s", (cast.course,))
            admin_conn.execute(
                "update public.lessons set title = 'Quicker' where id = %s", (cast.free_lesson,)
            )
            stalled = call_pull(api_conn, ANON, "catalogue", replica.cursor)
            assert stalled["changes"] == []
            assert stalled["has_more"] is False
            replica.apply(stalled)
            slow.commit()
        replica.apply(call_pull(api_conn, ANON, "catalogue", replica.cursor))
    assert replica.rows[("courses", cast.course)]["title"] == "Slow"
    assert replica.rows[("lessons", cast.free_lesson)]["title"] == "Quicker"
