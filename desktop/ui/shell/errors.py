"""Exceptions from the store and sync turned into a sentence and a way forward."""

from __future__ import annotations

from desktop.store.db import BadPin, LearnerLocked
from desktop.store.errors import (
    InvalidAction,
    NotEnrolled,
    NotFound,
    QuizNotAvailable,
    StoreError,
    StoreWriteFailed,
)


def describe_error(exc: BaseException) -> str:
    # imported here: desktop.sync.errors pulls in the SDK, which start-up does not need
    from desktop.sync.errors import NeedsSignIn, OfflineError, SyncError, WrongCredentials

    if isinstance(exc, OfflineError):
        return "You're offline — your work is saved and will sync when you reconnect."
    if isinstance(exc, NeedsSignIn):
        return "Please sign in again to sync. Your work is kept on this laptop."
    if isinstance(exc, WrongCredentials):
        return "That email and password don't match an account on this server."
    if isinstance(exc, NotEnrolled):
        return "Enrol in the course first (the Enrol button at the top of the course)."
    if isinstance(exc, QuizNotAvailable):
        return "This quiz isn't on this laptop yet — download the course, then try again."
    if isinstance(exc, NotFound):
        return "That isn't on this laptop yet. Sync or download the course, then try again."
    if isinstance(exc, InvalidAction):
        return f"That didn't work: {exc}"
    if isinstance(exc, StoreWriteFailed):
        return (
            "Lantern couldn't save to this laptop's disk. Check there is free space; "
            "nothing you saved earlier is lost."
        )
    if isinstance(exc, LearnerLocked):
        return (
            "This learner signed out on this laptop: their password or PIN opens "
            "their courses again."
        )
    if isinstance(exc, BadPin):
        return "A PIN is 4 to 8 digits."
    if isinstance(exc, StoreError | SyncError):
        return str(exc)
    return f"Something went wrong: {exc}"
