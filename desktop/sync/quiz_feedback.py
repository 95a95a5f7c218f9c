"""Which answers of an attempt were right, asked of the server (online only).

``public.quiz_attempt_feedback(attempt_id)`` answers for the learner's own
graded attempt: for a practice quiz at any time, for an assessed one only
once the quiz is closed for them (passed, or every attempt used) and the
instructor allows it.  It never returns an answer key: per question, right
or not, the points the answer earned and the instructor's explanation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.account.session import AuthSession
from desktop.sync.errors import REASON_SIGN_IN_FOR_FEEDBACK, InvalidReply, NeedsSignIn, classify


@dataclass(frozen=True)
class Feedback:
    """One attempt's feedback, by question id."""

    verdicts: dict[str, bool]
    points: dict[str, int]  # what each answer earned (partial credit below the question's)
    explanations: dict[str, str]  # the instructor's, for the questions that have one


def attempt_feedback(session: AuthSession, attempt_id: str) -> Feedback:
    """The server's feedback on one attempt; raises a ``SyncError``."""
    if session.identity is None:
        raise NeedsSignIn(
            "Sign in to see which answers were right.", reason=REASON_SIGN_IN_FOR_FEEDBACK
        )
    try:
        reply = session.client().rpc("quiz_attempt_feedback", {"attempt_id": attempt_id}).execute()
    except Exception as exc:  # every SDK/httpx failure becomes one of our SyncErrors
        raise classify(exc) from exc
    return _feedback(reply.data)


def _feedback(rows: Any) -> Feedback:
    if not isinstance(rows, list):
        raise InvalidReply("quiz_attempt_feedback did not answer with a list of rows")
    feedback = Feedback({}, {}, {})
    for row in rows:
        if not (
            isinstance(row, dict)
            and isinstance(row.get("question_id"), str)
            and isinstance(row.get("is_correct"), bool)
            and _optional(row, "points_awarded", int)
            and _optional(row, "explanation", str)
        ):
            raise InvalidReply(f"quiz_attempt_feedback row is not a verdict: {row!r}")
        question = row["question_id"]
        feedback.verdicts[question] = row["is_correct"]
        earned = row.get("points_awarded")
        if isinstance(earned, int):
            feedback.points[question] = earned
        if row.get("explanation"):
            feedback.explanations[question] = row["explanation"]
    return feedback


def _optional(row: dict[str, Any], key: str, kind: type) -> bool:
    value = row.get(key)
    return value is None or (isinstance(value, kind) and not isinstance(value, bool))


def _verdicts(rows: Any) -> dict[str, bool]:
    """Question id -> answered right (the feedback's verdicts alone)."""
    return _feedback(rows).verdicts
