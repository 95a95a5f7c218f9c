"""Nothing anon, a learner or another teacher can read names a draft course, or
another learner (issue #12).

Items 21, 22 and 34 were one chain: a draft's id, read where it should not
be (the bucket listing, the tombstones), opened the draft through another
hole.  This sweeps the whole class instead of one table at a time: a draft
with everything a course can have (lessons, bodies, a quiz and its key, a
course badge, an image in the bucket, a deleted lesson's tombstone), then
every table and view of ``public`` and ``storage`` each caller holds SELECT
on, read whole, and the sync scopes they may pull, searched for the draft's
ids.  A new table or view with a loose policy fails here without anyone
having to remember to add a test for it.

The same sweep looks for a learner's own rows (their id, their progress,
attempt, rating, badges and notifications) as seen by a classmate in
the same course and by anon: items 24, 27 and 29 closed such reads one table
at a time.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest

from devserver.db import as_caller
from tests.helpers.pg import Cluster
from tests.supabase.conftest import ANON, Cast, User
from tests.supabase.quiz_builders import add_question

Conn = psycopg.Connection[dict[str, Any]]


@pytest.fixture(scope="module", params=["current", "legacy"])
def db_url(request: pytest.FixtureRequest, pg_cluster: Cluster, db_template: str) -> Iterator[str]:
    template = (
        db_template if request.param == "current" else request.getfixturevalue("db_template_legacy")
    )
    with pg_cluster.copy_of(template) as url:
        yield url


def _fill_the_draft(admin: Conn, cast: Cast) -> list[str]:
    """Give the cast's draft one of everything; its ids, as text."""
    practice, gone = str(uuid.uuid4()), str(uuid.uuid4())
    admin.execute(
        "insert into public.lessons (id, course_id, title, component_path, order_index, "
        "is_free, quiz_mode) values (%s, %s, 'Quiz', 'quiz', 2, true, 'practice'), "
        "(%s, %s, 'Gone', 'gone', 3, true, 'practice')",
        (practice, cast.draft, gone, cast.draft),
    )
    question = add_question(admin, practice, "single_choice", ["a"])
    admin.execute("delete from public.lessons where id = %s", (gone,))  # leaves a tombstone
    badge = admin.execute(
        "insert into public.achievements (title, icon, points_value, criteria, course_id) "
        "values ('Draft badge', 'star', 10, %s, %s) returning id",
        (json.dumps({"type": "course_completion", "course_id": cast.draft}), cast.draft),
    ).fetchone()
    assert badge is not None
    admin.execute(
        "insert into storage.objects (bucket_id, name, owner) values ('course-content', %s, %s)",
        (f"{cast.draft}/images/secret.png", cast.instructor.id),
    )
    # The deleted lesson's id is left out on purpose: its catalogue tombstone
    # (everyone's) carries it, so that every device drops the row; the row
    # is gone, so the id opens nothing (docs/schema-security.md, item 37).
    return [cast.draft, cast.draft_lesson, practice, question, str(badge["id"])]


def _read_everything(api_conn: Conn, caller: dict[str, Any], role: str) -> dict[str, str]:
    """Each readable relation's rows, and each sync scope the caller may pull, as text."""
    seen: dict[str, str] = {}
    for relation in _readable_relations(api_conn, role):
        with as_caller(api_conn, caller):
            rows = api_conn.execute(
                f"select to_jsonb(t)::text as row from {relation} t".encode()
            ).fetchall()
        seen[relation] = "\n".join(row["row"] for row in rows)
    return seen


def _pulled(api_conn: Conn, caller: dict[str, Any], scope: str) -> str:
    with as_caller(api_conn, caller):
        page = api_conn.execute(
            "select public.sync_pull(%s, null, 1000)::text as page", (scope,)
        ).fetchone()
    assert page is not None
    return str(page["page"])


def _readable_relations(api_conn: Conn, role: str) -> list[str]:
    rows = api_conn.execute(
        "select format('%%I.%%I', n.nspname, c.relname) as name from pg_class c "
        "join pg_namespace n on n.oid = c.relnamespace "
        "where n.nspname in ('public', 'storage') and c.relkind in ('r', 'v', 'm', 'p') "
        "and has_table_privilege(%s, c.oid, 'SELECT') order by 1",
        (role,),
    ).fetchall()
    return [row["name"] for row in rows]


@pytest.mark.parametrize("who", ["anon", "student", "other_instructor"])
def test_no_readable_row_or_pull_names_a_draft(
    cast: Cast, admin_conn: Conn, api_conn: Conn, who: str
) -> None:
    secret_ids = _fill_the_draft(admin_conn, cast)
    caller = ANON if who == "anon" else getattr(cast, who).claims
    role = "anon" if who == "anon" else "authenticated"
    if who == "student":  # a learner of the published course, with their own rows
        admin_conn.execute(
            "insert into public.enrollments (user_id, course_id) values (%s, %s)",
            (cast.student.id, cast.course),
        )
    seen = _read_everything(api_conn, caller, role)
    assert "public.courses" in seen  # the sweep reads what the caller can
    scopes = ["catalogue", f"course:{cast.draft}"] + ([] if who == "anon" else ["me"])
    for scope in scopes:
        seen[f"sync_pull({scope})"] = _pulled(api_conn, caller, scope)
    leaks = sorted(
        f"{where} shows {secret}"
        for where, text in seen.items()
        for secret in secret_ids
        if secret in text
    )
    assert leaks == []


def _a_learners_rows(admin: Conn, cast: Cast) -> list[str]:
    """The cast's student, enrolled in the published course with one of each
    of a learner's rows; the ids that are theirs."""
    student, course = cast.student, cast.course
    admin.execute(
        "insert into public.enrollments (user_id, course_id) values (%s, %s)", (student.id, course)
    )
    progress = admin.execute(
        "insert into public.lesson_progress (user_id, lesson_id, course_id, "
        "completion_percentage, completed_at) values (%s, %s, %s, 100, now()) returning id",
        (student.id, cast.free_lesson, course),
    ).fetchone()
    attempt = admin.execute(
        "insert into public.quiz_attempts (user_id, lesson_id, score, max_score, answers) "
        "values (%s, %s, 1, 1, '{}') returning id",
        (student.id, cast.paid_lesson),
    ).fetchone()
    rating = admin.execute(
        "insert into public.course_ratings (user_id, course_id, rating, review) "
        "values (%s, %s, 4, 'Mine') returning id",
        (student.id, course),
    ).fetchone()
    assert progress is not None
    assert attempt is not None
    assert rating is not None
    return [student.id, str(progress["id"]), str(attempt["id"]), str(rating["id"])]


@pytest.mark.parametrize("who", ["anon", "classmate"])
def test_no_readable_row_or_pull_names_another_learner(
    cast: Cast, admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User], who: str
) -> None:
    secret_ids = _a_learners_rows(admin_conn, cast)
    mine = admin_conn.execute(
        "select id::text as id from public.notifications where user_id = %s "
        "union all select id::text from public.user_achievements where user_id = %s",
        (cast.student.id, cast.student.id),
    ).fetchall()
    secret_ids += [row["id"] for row in mine]
    if who == "anon":
        caller, role, scopes = ANON, "anon", ["catalogue", f"course:{cast.course}"]
    else:
        classmate = make_user("student")
        admin_conn.execute(
            "insert into public.enrollments (user_id, course_id) values (%s, %s)",
            (classmate.id, cast.course),
        )
        caller, role = classmate.claims, "authenticated"
        scopes = ["catalogue", f"course:{cast.course}", "me"]
    seen = _read_everything(api_conn, caller, role)
    for scope in scopes:
        seen[f"sync_pull({scope})"] = _pulled(api_conn, caller, scope)
    leaks = sorted(
        f"{where} shows {secret}"
        for where, text in seen.items()
        for secret in secret_ids
        if secret in text
    )
    assert leaks == []
