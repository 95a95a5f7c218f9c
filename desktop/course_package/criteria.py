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

from desktop.course_package.problems import Phrase

COURSE_TYPES = ("course_completion", "lessons_completed", "quiz_master")
KEYS = ("type", "course_id", "required_count")
MAX_COUNT = 10_000


def criteria_problem(criteria: Mapping[str, Any], course_id: uuid.UUID | None) -> Phrase | None:
    """None when the server will accept ``criteria``; else why not (``criteria.*``)."""
    kind = criteria.get("type")
    if kind not in COURSE_TYPES:
        return Phrase.of(
            "criteria.unknown_type",
            value=repr(kind),
            types=tuple(f'"{name}"' for name in COURSE_TYPES),
        )
    extra = sorted(key for key in criteria if key not in KEYS)
    if extra:
        return Phrase.of("criteria.unknown_key", key=extra[0], known=KEYS)
    named = criteria.get("course_id")
    if named is not None and course_id is not None and named != str(course_id):
        return Phrase.of("criteria.other_course", named=repr(named), course_id=str(course_id))
    count = criteria.get("required_count")
    if kind == "course_completion":
        if count is not None and (count != 1 or isinstance(count, bool)):
            return Phrase.of("criteria.completion_takes_no_count")
        return None
    if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= MAX_COUNT:
        return Phrase.of("criteria.needs_count", kind=str(kind), maximum=MAX_COUNT)
    return None
