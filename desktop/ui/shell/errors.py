"""Exceptions from the store, the account and sync turned into a sentence and a way forward.

The layers below the UI raise codes and data (``exc.reason``, ``exc.status``,
``exc.detail``, ``exc.wait_s``…), never a sentence for the learner: this module
words every code in the installed language.  The words the command line shares
are in ``desktop/ui/words/errors.py`` (context ``errors``); the few here are the
app's own (its tabs and buttons, its wording for a learner at the screen).  Only
an exception no layer gave a code for reads "Something went wrong: …".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.account.settings import SettingsError
from desktop.account.setup_code import SetupCodeError
from desktop.store.db import LockError
from desktop.store.errors import (
    CorruptStore,
    InvalidAction,
    NotEnrolled,
    NotFound,
    ProfileError,
    QuizNotAvailable,
    SchemaTooNew,
    StoreError,
    StoreReadFailed,
    StoreUnavailable,
    StoreWriteFailed,
)
from desktop.ui import i18n
from desktop.ui.i18n import translate
from desktop.ui.words import errors as words

if TYPE_CHECKING:
    from desktop.publish.report import PublishProblem
    from desktop.sync.errors import SyncError


def wait_text(seconds: float) -> str:
    """ "30 s", "2 min": how long until the next try, in the learner's locale."""
    return words.wait_text(seconds, i18n.voice())


def something_went_wrong(exc: BaseException) -> str:
    """For an exception no layer gave a code: what it says, as a last resort."""
    return words.something_went_wrong(exc, i18n.voice())


# ---- sync and the account's session -------------------------------------------


def _sync_words() -> dict[str, Callable[[SyncError], str]]:
    """The app's own words for codes of ``desktop.sync.errors``; the others are shared."""
    return {
        "offline": lambda e: translate(
            "errors", "You're offline — your work is saved and will sync when you reconnect."
        ),
        "session_ended": lambda e: translate(
            "errors", "Please sign in again to sync. Your work is kept on this computer."
        ),
        "wrong_credentials": lambda e: translate(
            "errors", "That email and password don't match an account on this server."
        ),
        "other_account": lambda e: translate("errors", "The server answered for another account."),
    }


def describe_sync_error(exc: SyncError) -> str:
    """The sentence for a ``SyncError``, from its code and data."""
    return words.sync_text(exc, i18n.voice(), own=_sync_words())


def describe_publish_error(exc: PublishProblem) -> str:
    """A publish's refusal or stopped upload (``desktop.publish.report``): its
    ``what``, worded by the publish's table (``desktop/ui/words/publish.py``)."""
    from desktop.ui.words.publish import publish_text

    return publish_text(exc.what, i18n.voice())


# ---- the server settings and setup codes --------------------------------------


def _settings_words() -> dict[str, Callable[[SettingsError], str]]:
    """The app's own words: it points at the Server tab."""
    return {
        "not_an_object": lambda e: translate(
            "errors", "{path} does not hold a server address and its project key."
        ).format(path=e.path),
        "half_given": lambda e: translate(
            "errors", "Give both the server address and its project key."
        ),
        "no_server_chosen": lambda e: translate(
            "errors", "Choose a server first (the Server tab)."
        ),
    }


def describe_settings_error(exc: SettingsError) -> str:
    return words.settings_text(exc, i18n.voice(), own=_settings_words())


def describe_setup_code_error(exc: SetupCodeError) -> str:
    """Why a pasted setup code or link cannot be used (``desktop.account.setup_code``)."""
    return words.setup_code_text(exc, i18n.voice())


# ---- the shared computer's lock -----------------------------------------------


def _lock_words() -> dict[str, Callable[[LockError], str]]:
    return {
        "locked": lambda e: translate(
            "errors",
            "This learner signed out on this computer: their password or PIN opens "
            "their courses again.",
        ),
        # shown after "The PIN was not saved: " (app_flow)
        "quick_pin_off": lambda e: translate("errors", "quick PIN sign-in is off on this computer"),
    }


def describe_lock_error(exc: LockError) -> str:
    """A refusal of ``desktop.store.db.unlock`` (the sign-in dialog says more, knowing
    whether a PIN or a password was typed: ``sign_in.unlock_message``)."""
    return words.lock_text(exc, i18n.voice(), own=_lock_words())


# ---- the local store ------------------------------------------------------------


def _store_sentences() -> tuple[tuple[type[BaseException], str], ...]:
    """The store's exceptions worded by their class; the first that matches decides
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
        (StoreReadFailed, words.read_failed_text(i18n.voice())),
    )


def _corrupt(exc: CorruptStore) -> str:
    """Why a database file was found damaged, from ``CorruptStore``'s code."""
    path, detail = exc.path, exc.detail
    words: dict[str, Callable[[], str]] = {
        "not_sqlite": lambda: translate("errors", "{path} is not a Lantern database.").format(
            path=path
        ),
        "unreadable": lambda: translate("errors", "{path} cannot be read: {detail}").format(
            path=path, detail=detail
        ),
        "integrity": lambda: translate(
            "errors", "{path} is damaged (its integrity check failed: {detail})."
        ).format(path=path, detail=detail),
        "cannot_migrate": lambda: translate(
            "errors", "{path} cannot be brought up to date: {detail}"
        ).format(path=path, detail=detail),
    }
    coded = words.get(exc.reason)
    return (
        coded()
        if coded is not None
        else translate("errors", "{path} is damaged.").format(path=path)
    )


def _unusable(exc: StoreUnavailable | ProfileError) -> str | None:
    """A folder, file or learner list the store cannot use, from its code; None
    for an error raised without one."""
    path, detail = exc.path, exc.detail
    words: dict[str, Callable[[], str]] = {
        "cannot_create": lambda: translate(
            "errors", "Lantern cannot create the folder {path}: {detail}"
        ).format(path=path, detail=detail),
        "cannot_open": lambda: translate("errors", "Lantern cannot open {path}: {detail}").format(
            path=path, detail=detail
        ),
        "bad_user_id": lambda: translate("errors", "“{id}” is not a usable learner id.").format(
            id=detail
        ),
        "registry_unreadable": lambda: translate(
            "errors", "The list of learners {path} is unreadable: {detail}"
        ).format(path=path, detail=detail),
        "other_learner": lambda: translate("errors", "{path} holds another learner's data.").format(
            path=path
        ),
    }
    coded = words.get(exc.reason)
    return coded() if coded is not None else None


def _coded_store_error(exc: StoreError) -> str | None:
    """The sentence for a store error that carries a code, or None."""
    if isinstance(exc, CorruptStore):
        return _corrupt(exc)
    if isinstance(exc, SchemaTooNew):
        return translate(
            "errors",
            "{path} was saved by a newer version of Lantern. Update Lantern to open it.",
        ).format(path=exc.path)
    if isinstance(exc, StoreUnavailable | ProfileError):
        return _unusable(exc)
    return None


def describe_store_error(exc: StoreError) -> str:
    if isinstance(exc, LockError):
        return describe_lock_error(exc)
    for kind, sentence in _store_sentences():
        if isinstance(exc, kind):
            return sentence
    if isinstance(exc, InvalidAction):
        return translate("errors", "That didn't work: {reason}").format(reason=exc)
    return _coded_store_error(exc) or something_went_wrong(exc)


def describe_error(exc: BaseException) -> str:
    """The sentence a learner reads for ``exc``."""
    # imported here: desktop.sync.errors pulls in the SDK, which start-up does not need
    from desktop.sync.errors import SyncError

    if isinstance(exc, SyncError):
        return describe_sync_error(exc)
    if isinstance(exc, StoreError):
        return describe_store_error(exc)
    if isinstance(exc, SettingsError):
        return describe_settings_error(exc)
    if isinstance(exc, SetupCodeError):
        return describe_setup_code_error(exc)
    return something_went_wrong(exc)
