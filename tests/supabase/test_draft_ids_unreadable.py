"""Nothing anon, a learner or another teacher can read names a draft course (issue #12).

Items 21, 22 and 34 were one chain: a draft's id, read where it should not
be (the bucket listing, the tombstones), opened the draft through another
hole.  This sweeps the whole class instead of one table at a time: a draft
with everything a course can have (lessons, bodies, a quiz and its key, a
course badge, an image in the bucket, a deleted lesson's tombstone), then
every table and view of ``public`` and ``storage`` each caller holds SELECT
on, read whole, and the sync scopes they may pull, searched for the draft's
ids.  A new table or view with a loose policy fails here without anyone
having to remember to add a test for it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from devserver.db import as_caller
from tests.helpers.pg import Cluster
from tests.supabase.conftest import ANON, Cast
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
    relations = _readable_relations(api_conn, role)
    assert "public.courses" in relations  # the sweep reads what the caller can
    seen: dict[str, str] = {}
    for relation in relations:
        with as_caller(api_conn, caller):
            rows = api_conn.execute(
                f"select to_jsonb(t)::text as row from {relation} t".encode()
            ).fetchall()
        seen[relation] = "\n".join(row["row"] for row in rows)
    scopes = ["catalogue", f"course:{cast.draft}"] + ([] if who == "anon" else ["me"])
    for scope in scopes:
        with as_caller(api_conn, caller):
            page = api_conn.execute(
                "select public.sync_pull(%s, null, 1000)::text as page", (scope,)
            ).fetchone()
        assert page is not None
        seen[f"sync_pull({scope})"] = page["page"]
    leaks = sorted(
        f"{where} shows {secret}"
        for where, text in seen.items()
        for secret in secret_ids
        if secret in text
    )
    assert leaks == []
