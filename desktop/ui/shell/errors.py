"""Exceptions from the store and sync turned into a sentence and a way forward."""

from __future__ import annotations

from desktop.store.db import PIN_LENGTH, BadPin, LearnerLocked
from desktop.store.errors import (
    InvalidAction,
    NotEnrolled,
    NotFound,
    QuizNotAvailable,
    StoreError,
    StoreWriteFailed,
)
from desktop.ui import i18n
from desktop.ui.i18n import translate


def _store_sentences() -> tuple[tuple[type[BaseException], str], ...]:
    """The store's exceptions and what each says; the first that matches decides
    (NotEnrolled and QuizNotAvailable before NotFound, their parent).  Worded
    when asked, in the language installed by then."""
    return (
        (
            NotEnrolled,
            translate(
                "errors", "Enrol in the course first (the Enrol button at the top of the course)."
            ),
        ),
        (
            QuizNotAvailable,
            translate(
                "errors",
                "This quiz isn't on this computer yet — download the course, then try again.",
            ),
        ),
        (
            NotFound,
            translate(
                "errors",
                "That isn't on this computer yet. Sync or download the course, then try again.",
            ),
        ),
        (
            StoreWriteFailed,
            translate(
                "errors",
                "Lantern couldn't save to this computer's disk. Check there is free space; "
                "nothing you saved earlier is lost.",
            ),
        ),
        (
            LearnerLocked,
            translate(
                "errors",
                "This learner signed out on this computer: their password or PIN opens "
                "their courses again.",
            ),
        ),
        (
            BadPin,
            translate("errors", "A PIN is {low} to {high} digits.").format(
                low=i18n.number(PIN_LENGTH[0]), high=i18n.number(PIN_LENGTH[1])
            ),
        ),
    )


def _sync_sentences() -> tuple[tuple[type[BaseException], str], ...]:
    # imported here: desktop.sync.errors pulls in the SDK, which start-up does not need
    from desktop.sync.errors import NeedsSignIn, OfflineError, WrongCredentials

    return (
        (
            OfflineError,
            translate(
                "errors", "You're offline — your work is saved and will sync when you reconnect."
            ),
        ),
        (
            NeedsSignIn,
            translate(
                "errors", "Please sign in again to sync. Your work is kept on this computer."
            ),
        ),
        (
            WrongCredentials,
            translate("errors", "That email and password don't match an account on this server."),
        ),
    )


def describe_error(exc: BaseException) -> str:
    """The sentence a learner reads for ``exc``."""
    from desktop.sync.errors import SyncError

    for kind, sentence in (*_sync_sentences(), *_store_sentences()):
        if isinstance(exc, kind):
            return sentence
    if isinstance(exc, InvalidAction):
        return translate("errors", "That didn't work: {reason}").format(reason=exc)
    if isinstance(exc, StoreError | SyncError):
        return str(exc)
    return translate("errors", "Something went wrong: {reason}").format(reason=exc)
