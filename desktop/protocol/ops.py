"""Local ops: what a learner did offline, as ``sync_push`` will receive it.

Each op is one outbox row.  ``sync_push(device_id, ops)`` gets, per op, the
envelope ``{"seq": int, "op_id": uuid, "kind": str, "hlc": str, "payload": {...}}``
(``desktop/protocol/push.py: PendingOp.wire``).  ``seq`` increases by one per
op of this device; ``hlc`` is the hybrid-logical-clock stamp
``"<wall ms:013d>-<counter:06d>-<device id>"`` (``desktop/rules/hlc.py``);
times in payloads are ISO-8601 UTC text.  Payload shapes and the rule the
server applies are in each class's docstring (and docs/sync-rules.md).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any, ClassVar, Self

from desktop.protocol.errors import UnknownOp
from desktop.protocol.times import parse_time, to_text


@dataclass(frozen=True)
class Op:
    KIND: ClassVar[str] = ""
    TIME_FIELDS: ClassVar[frozenset[str]] = frozenset()

    op_id: str
    hlc: str

    def payload(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field in fields(self):
            if field.name in ("op_id", "hlc"):
                continue
            value = getattr(self, field.name)
            out[field.name] = to_text(value) if isinstance(value, datetime) else value
        return out

    def target(self) -> str:
        """The mirror row this op changes, e.g. ``lesson:<id>`` (re-applied after pulls)."""
        raise NotImplementedError

    @classmethod
    def from_payload(cls, op_id: str, hlc: str, payload: dict[str, Any]) -> Self:
        values: dict[str, Any] = {"op_id": op_id, "hlc": hlc}
        for field in fields(cls):
            if field.name in values:
                continue
            if field.name not in payload:
                raise UnknownOp(f"{cls.KIND} op {op_id} lacks {field.name!r}")
            value = payload[field.name]
            if field.name in cls.TIME_FIELDS and value is not None:
                value = parse_time(str(value))
            values[field.name] = value
        return cls(**values)


@dataclass(frozen=True)
class EnrollmentSet(Op):
    """``enrollment.set`` {course_id, status: "active"|"unenrolled", changed_at}.

    Server: upsert enrollments(user, course); status and hlc replaced only when
    the op's hlc is greater than the stored one (LWW); enrolled_at keeps the
    earliest; unenrolling never deletes the row or its progress.
    """

    KIND: ClassVar[str] = "enrollment.set"
    TIME_FIELDS: ClassVar[frozenset[str]] = frozenset({"changed_at"})
    course_id: str
    status: str
    changed_at: datetime

    def target(self) -> str:
        return f"enrollment:{self.course_id}"


@dataclass(frozen=True)
class LessonOpened(Op):
    """``progress.open`` {lesson_id, course_id, accessed_at}.

    Server: upsert lesson_progress; last_accessed = greatest(stored, accessed_at).
    """

    KIND: ClassVar[str] = "progress.open"
    TIME_FIELDS: ClassVar[frozenset[str]] = frozenset({"accessed_at"})
    lesson_id: str
    course_id: str
    accessed_at: datetime

    def target(self) -> str:
        return f"lesson:{self.lesson_id}"


@dataclass(frozen=True)
class SectionProgressed(Op):
    """``progress.section`` {lesson_id, course_id, sections, lesson_percent}.

    ``sections`` is ``{"<section key>": {"percent": 0..100, <other fields>}}``.
    Server: for each key, section_progress[key] = merge_section(stored,
    entry + {"hlc": op hlc}) — highest percent, other fields from the later
    hlc; completion_percentage = greatest(stored, lesson_percent) when
    lesson_percent is not null.
    """

    KIND: ClassVar[str] = "progress.section"
    lesson_id: str
    course_id: str
    sections: dict[str, dict[str, Any]]
    lesson_percent: int | None

    def target(self) -> str:
        return f"lesson:{self.lesson_id}"


@dataclass(frozen=True)
class TimeSpent(Op):
    """``progress.time`` {lesson_id, course_id, seconds > 0, recorded_at}.

    Server: insert (op_id, lesson, seconds) into its time ledger once; only
    when that insert happened add ``seconds`` to time_spent_seconds.
    """

    KIND: ClassVar[str] = "progress.time"
    TIME_FIELDS: ClassVar[frozenset[str]] = frozenset({"recorded_at"})
    lesson_id: str
    course_id: str
    seconds: int
    recorded_at: datetime

    def target(self) -> str:
        return f"lesson:{self.lesson_id}"


@dataclass(frozen=True)
class LessonCompleted(Op):
    """``progress.complete`` {lesson_id, course_id, completed_at}.

    Server: completion_percentage = 100; completed_at = earliest non-null.
    """

    KIND: ClassVar[str] = "progress.complete"
    TIME_FIELDS: ClassVar[frozenset[str]] = frozenset({"completed_at"})
    lesson_id: str
    course_id: str
    completed_at: datetime

    def target(self) -> str:
        return f"lesson:{self.lesson_id}"


@dataclass(frozen=True)
class QuizSubmitted(Op):
    """``quiz.submit`` {attempt_id, lesson_id, answers, time_taken_seconds, completed_at}.

    Exactly the arguments of ``submit_quiz_attempt``: insert once under the
    client's attempt_id, graded by the server against the versions named in
    ``answers`` ({"<question_id>": {"version": int, "answer": ...}}).
    """

    KIND: ClassVar[str] = "quiz.submit"
    TIME_FIELDS: ClassVar[frozenset[str]] = frozenset({"completed_at"})
    attempt_id: str
    lesson_id: str
    answers: dict[str, Any]
    time_taken_seconds: int | None
    completed_at: datetime

    def target(self) -> str:
        return f"attempt:{self.attempt_id}"


@dataclass(frozen=True)
class RatingSet(Op):
    """``rating.set`` {course_id, rating 1..5, review, rated_at}.

    Server: upsert course_ratings(user, course); rating, review and hlc
    replaced only when the op's hlc is greater (LWW).  Needs an enrollment.
    """

    KIND: ClassVar[str] = "rating.set"
    TIME_FIELDS: ClassVar[frozenset[str]] = frozenset({"rated_at"})
    course_id: str
    rating: int
    review: str | None
    rated_at: datetime

    def target(self) -> str:
        return f"rating:{self.course_id}"


@dataclass(frozen=True)
class NotificationRead(Op):
    """``notification.read`` {notification_id, read_at}.  Server: is_read = true."""

    KIND: ClassVar[str] = "notification.read"
    TIME_FIELDS: ClassVar[frozenset[str]] = frozenset({"read_at"})
    notification_id: str
    read_at: datetime

    def target(self) -> str:
        return f"notification:{self.notification_id}"


OP_TYPES: dict[str, type[Op]] = {
    cls.KIND: cls
    for cls in (
        EnrollmentSet,
        LessonOpened,
        SectionProgressed,
        TimeSpent,
        LessonCompleted,
        QuizSubmitted,
        RatingSet,
        NotificationRead,
    )
}


def decode(kind: str, op_id: str, hlc: str, payload: dict[str, Any]) -> Op:
    try:
        cls = OP_TYPES[kind]
    except KeyError:
        raise UnknownOp(f"unknown op kind {kind!r} ({op_id})") from None
    return cls.from_payload(op_id, hlc, payload)
