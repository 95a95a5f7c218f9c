"""Which criteria a course's achievement may have.

The same rule as the server's ``private.course_achievement_problem``
(``private.course_achievement_problem`` in ``supabase/migrations/*_rewards.sql``), so
``lantern check`` reports a badge the server would refuse, with its line,
before anything is published:

* ``{ type = "course_completion" }`` — completing this course;
* ``{ type = "lessons_completed", required_count = n }`` — n lessons of this
  course completed;
* ``{ type = "quiz_master", required_count = n }`` — n quizzes of this course
  passed;

n a whole number from 1 to 10000.  ``course_id`` may be given and must then
be this course's id; no other keys.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

COURSE_TYPES = ("course_completion", "lessons_completed", "quiz_master")
KEYS = ("type", "course_id", "required_count")
MAX_COUNT = 10_000


def criteria_problem(criteria: Mapping[str, Any], course_id: uuid.UUID | None) -> str | None:
    """None when the server will accept ``criteria``; else a sentence why not."""
    kind = criteria.get("type")
    if kind not in COURSE_TYPES:
        return (
            f"the criteria 'type' is {kind!r}; a course's achievement may use "
            + ", ".join(f'"{name}"' for name in COURSE_TYPES)
            + "."
        )
    extra = sorted(key for key in criteria if key not in KEYS)
    if extra:
        return f"the criteria key '{extra[0]}' is not understood (known: {', '.join(KEYS)})."
    named = criteria.get("course_id")
    if named is not None and course_id is not None and named != str(course_id):
        return (
            f"the criteria name course {named!r}, but this course's id is "
            f"{course_id}; leave course_id out."
        )
    count = criteria.get("required_count")
    if kind == "course_completion":
        if count is not None and (count != 1 or isinstance(count, bool)):
            return (
                '"course_completion" is earned by completing this course and takes '
                "no required_count."
            )
        return None
    if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= MAX_COUNT:
        return (
            f'"{kind}" needs a required_count, a whole number from 1 to {MAX_COUNT}, '
            "counted within this course."
        )
    return None
