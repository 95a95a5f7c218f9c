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

_SAVED_DISK = (
    "Lantern couldn't save to this laptop's disk. Check there is free space; "
    "nothing you saved earlier is lost."
)
_LOCKED = "This learner signed out on this laptop: their password or PIN opens their courses again."

# The store's exceptions and what each says; the first that matches decides
# (NotEnrolled and QuizNotAvailable before NotFound, their parent).
_STORE_SENTENCES: tuple[tuple[type[BaseException], str], ...] = (
    (NotEnrolled, "Enrol in the course first (the Enrol button at the top of the course)."),
    (
        QuizNotAvailable,
        "This quiz isn't on this laptop yet — download the course, then try again.",
    ),
    (NotFound, "That isn't on this laptop yet. Sync or download the course, then try again."),
    (StoreWriteFailed, _SAVED_DISK),
    (LearnerLocked, _LOCKED),
    (BadPin, "A PIN is 4 to 8 digits."),
)


def _sync_sentences() -> tuple[tuple[type[BaseException], str], ...]:
    # imported here: desktop.sync.errors pulls in the SDK, which start-up does not need
    from desktop.sync.errors import NeedsSignIn, OfflineError, WrongCredentials

    return (
        (OfflineError, "You're offline — your work is saved and will sync when you reconnect."),
        (NeedsSignIn, "Please sign in again to sync. Your work is kept on this laptop."),
        (WrongCredentials, "That email and password don't match an account on this server."),
    )


def describe_error(exc: BaseException) -> str:
    """The sentence a learner reads for ``exc``."""
    from desktop.sync.errors import SyncError

    for kind, sentence in (*_sync_sentences(), *_STORE_SENTENCES):
        if isinstance(exc, kind):
            return sentence
    if isinstance(exc, InvalidAction):
        return f"That didn't work: {exc}"
    if isinstance(exc, StoreError | SyncError):
        return str(exc)
    return f"Something went wrong: {exc}"
