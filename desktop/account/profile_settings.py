"""Account settings the learner changes on the server directly (online only).

The server lets a learner update a few of their own ``profiles`` columns
(column grant on ``public.profiles`` in ``supabase/migrations/*_policies.sql``);
these calls go through the official SDK as the signed-in learner, then the
store's mirror row is updated to match.
"""

from __future__ import annotations

import logging

from desktop.account.session import AuthSession
from desktop.store.db import LearnerStore
from desktop.store.replica import record_leaderboard_visibility
from desktop.sync.errors import (
    REASON_GUEST_LEADERBOARD,
    REASON_LEADERBOARD_UNCHANGED,
    REASON_SIGN_IN_FOR_LEADERBOARD,
    NeedsSignIn,
    RequestRejected,
    classify,
)

log = logging.getLogger(__name__)


def set_leaderboard_visibility(session: AuthSession, store: LearnerStore, visible: bool) -> None:
    """Show or hide the learner on ``get_leaderboard``; raises a ``SyncError``
    (``OfflineError`` when the server can't be reached) and changes nothing
    locally unless the server accepted it."""
    if store.user_id is None:
        raise NeedsSignIn(
            "Guests are not on the leaderboard; sign in to take part.",
            reason=REASON_GUEST_LEADERBOARD,
        )
    send_leaderboard_visibility(session, store.user_id, visible)
    record_leaderboard_visibility(store, visible)


def send_leaderboard_visibility(session: AuthSession, user_id: str, visible: bool) -> None:
    """The server half alone (network only, no store write), for callers that
    keep network work and store writes on different threads."""
    identity = session.identity
    if identity is None or identity.user_id != user_id:
        raise NeedsSignIn(
            "Sign in to change your leaderboard setting.", reason=REASON_SIGN_IN_FOR_LEADERBOARD
        )
    try:
        reply = (
            session.client()
            .table("profiles")
            .update({"show_on_leaderboard": visible})
            .eq("id", identity.user_id)
            .execute()
        )
    except Exception as exc:  # every SDK/httpx failure becomes one of our SyncErrors
        raise classify(exc) from exc
    if not reply.data:  # RLS filtered the row out: nothing was changed
        raise RequestRejected(
            "The server did not change your leaderboard setting.",
            reason=REASON_LEADERBOARD_UNCHANGED,
            detail="",
        )
    log.info("leaderboard visibility set to %s", visible)
