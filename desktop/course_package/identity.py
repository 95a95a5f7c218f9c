"""Stable identities for everything a package creates on the server.

A course keeps its id across edits and re-publishes so learners' progress
survives an update (issue #5).  Ids are UUIDv5 names, derived only from
things an instructor does not change by accident:

* the course: ``course.toml``'s ``id`` when given, else
  uuid5(LANTERN_COURSES, "course:" + slug);
* a lesson: uuid5(course id, "lesson:" + file stem);
* a question: uuid5(course id, "question:" + file stem + ":" + question id);
* an achievement: uuid5(course id, "achievement:" + key);
* a file's manifest row (``course_files``): uuid5(course id, "file:" + path),
  so a local import and the server's row of the same file are one row.

Renaming a lesson file or a question's ``id`` therefore makes a new lesson or
question (old progress stays with the old one); editing text, order, options
or points keeps the identity.
"""

from __future__ import annotations

import re
import uuid

# Fixed forever: changing it would orphan every published course's progress.
LANTERN_COURSES = uuid.UUID("6f1c1d2e-5a4b-4c1e-9a57-1a7e2b0c0a11")

SLUG_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_\-]*")


def course_id(slug: str, explicit: uuid.UUID | None = None) -> uuid.UUID:
    if explicit is not None:
        return explicit
    return uuid.uuid5(LANTERN_COURSES, f"course:{slug}")


def lesson_id(course: uuid.UUID, lesson_slug: str) -> uuid.UUID:
    return uuid.uuid5(course, f"lesson:{lesson_slug}")


def question_id(course: uuid.UUID, lesson_slug: str, question_key: str) -> uuid.UUID:
    return uuid.uuid5(course, f"question:{lesson_slug}:{question_key}")


def achievement_id(course: uuid.UUID, key: str) -> uuid.UUID:
    return uuid.uuid5(course, f"achievement:{key}")


def file_id(course: uuid.UUID, path: str) -> uuid.UUID:
    return uuid.uuid5(course, f"file:{path}")


def component_path(course_slug: str, lesson_slug: str) -> str:
    """``lessons.component_path``: must match ``^[a-zA-Z0-9\\-_/]+$`` on the
    server, which slugs checked against ``SLUG_PATTERN`` always do."""
    return f"{course_slug}/{lesson_slug}"


def is_slug(text: str) -> bool:
    return SLUG_PATTERN.fullmatch(text) is not None
