"""A course's badges enter and leave the catalogue scope with their course
(private.sync_course_visibility re-stamps a course's achievements)."""

from __future__ import annotations

import json
import uuid
from typing import Any

import psycopg

from tests.supabase.conftest import ANON, Cast
from tests.supabase.sync_support import pull_all

Conn = psycopg.Connection[dict[str, Any]]


def add_badge(admin: Conn, course: str) -> str:
    badge = str(uuid.uuid4())
    admin.execute(
        "insert into public.achievements (id, title, description, icon, criteria, course_id) "
        "values (%s, 'Finished it', 'All lessons done', 'trophy', %s, %s)",
        (badge, json.dumps({"type": "course_completion", "course_id": course}), course),
    )
    return badge


def test_a_badge_added_while_the_course_was_a_draft_arrives_when_it_is_published(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    badge = add_badge(admin_conn, cast.draft)
    # A learner's device pulls while the course is still a draft: its cursor
    # moves past the badge, which it may not see yet.
    catalogue = pull_all(api_conn, ANON, "catalogue")
    assert badge not in catalogue.keys("achievements")
    admin_conn.execute("update public.courses set is_published = true where id = %s", (cast.draft,))
    pull_all(api_conn, ANON, "catalogue", catalogue)
    assert cast.draft in catalogue.keys("courses")
    assert badge in catalogue.keys("achievements")


def test_unpublishing_takes_the_course_badges_off_every_device_and_back(
    cast: Cast, admin_conn: Conn, api_conn: Conn
) -> None:
    badge = add_badge(admin_conn, cast.course)
    platform = str(uuid.uuid4())
    admin_conn.execute(
        "insert into public.achievements (id, title, icon, criteria) values "
        "(%s, 'Everyone', 'star', '{\"type\": \"lessons_completed\", "
        '"required_count": 1}\')',
        (platform,),
    )
    catalogue = pull_all(api_conn, ANON, "catalogue")
    assert {badge, platform} <= catalogue.keys("achievements")
    admin_conn.execute(
        "update public.courses set is_published = false where id = %s", (cast.course,)
    )
    pull_all(api_conn, ANON, "catalogue", catalogue)
    assert badge not in catalogue.keys("achievements")
    assert platform in catalogue.keys("achievements")
    admin_conn.execute(
        "update public.courses set is_published = true where id = %s", (cast.course,)
    )
    pull_all(api_conn, ANON, "catalogue", catalogue)
    assert badge in catalogue.keys("achievements")
