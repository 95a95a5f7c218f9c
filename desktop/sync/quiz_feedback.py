"""Which answers of an attempt were right, asked of the server (online only).

``public.quiz_attempt_feedback(attempt_id)`` answers for the learner's own
graded attempt: for a practice quiz at any time, for an assessed one only
once the quiz is closed for them (passed, or every attempt used) and the
instructor allows it.  It never returns an answer key: only right or wrong
per question.
"""

from __future__ import annotations

from typing import Any

from desktop.account.session import AuthSession
from desktop.sync.errors import InvalidReply, NeedsSignIn, classify


def attempt_feedback(session: AuthSession, attempt_id: str) -> dict[str, bool]:
    """Question id -> answered right, for one attempt; raises a ``SyncError``."""
    if session.identity is None:
        raise NeedsSignIn("Sign in to see which answers were right.")
    try:
        reply = session.client().rpc("quiz_attempt_feedback", {"attempt_id": attempt_id}).execute()
    except Exception as exc:  # every SDK/httpx failure becomes one of our SyncErrors
        raise classify(exc) from exc
    return _verdicts(reply.data)


def _verdicts(rows: Any) -> dict[str, bool]:
    if not isinstance(rows, list):
        raise InvalidReply("quiz_attempt_feedback did not answer with a list of rows")
    verdicts: dict[str, bool] = {}
    for row in rows:
        if not (
            isinstance(row, dict)
            and isinstance(row.get("question_id"), str)
            and isinstance(row.get("is_correct"), bool)
        ):
            raise InvalidReply(f"quiz_attempt_feedback row is not a verdict: {row!r}")
        verdicts[row["question_id"]] = row["is_correct"]
    return verdicts
