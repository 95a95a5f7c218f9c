"""Exceptions from the store, the account and sync turned into a sentence and a way forward.

The layers below the UI raise codes and data (``exc.reason``, ``exc.status``,
``exc.detail``, ``exc.wait_s``…), never a sentence for the learner: this module
words every code in the installed language.  Only an exception no layer gave a
code for reads "Something went wrong: …".
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.account.settings import SettingsError
from desktop.account.setup_code import SetupCodeError
from desktop.store.db import BadPin, LearnerLocked, LockError, NoVerifier, TryLater, WrongSecret
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

if TYPE_CHECKING:
    from desktop.publish.report import PublishProblem
    from desktop.sync.errors import SyncError


def wait_text(seconds: float) -> str:
    """ "30 s", "2 min": how long until the next try, in the learner's locale."""
    if seconds < 60:
        whole = i18n.number(max(1, math.ceil(seconds)))
        return translate("errors", "{seconds} s").format(seconds=whole)
    minutes = i18n.number(math.ceil(seconds / 60))
    return translate("errors", "{minutes} min").format(minutes=minutes)


def something_went_wrong(exc: BaseException) -> str:
    """For an exception no layer gave a code: what it says, as a last resort."""
    detail = getattr(exc, "detail", "") or str(exc) or type(exc).__name__
    return translate("errors", "Something went wrong: {detail}").format(detail=detail)


# ---- sync and the account's session -------------------------------------------


def _server_busy(exc: SyncError) -> str:
    if exc.status is not None and exc.detail:
        return translate(
            "errors",
            "The server is busy or had a problem (HTTP {status} {detail}); will try again.",
        ).format(status=exc.status, detail=exc.detail)
    if exc.status is not None:
        return translate(
            "errors", "The server is busy or had a problem (HTTP {status}); will try again."
        ).format(status=exc.status)
    if exc.detail:
        return translate("errors", "The server is busy or had a problem ({detail}).").format(
            detail=exc.detail
        )
    return translate("errors", "The server is busy or had a problem.")


def _not_understood(exc: SyncError) -> str:
    if exc.detail:
        return translate(
            "errors", "The server sent something Lantern did not understand ({detail})."
        ).format(detail=exc.detail)
    return translate("errors", "The server sent something Lantern did not understand.")


def _rejected(exc: SyncError) -> str:
    # the server's own message (its words, not Lantern's), when it sent one
    return exc.detail or translate("errors", "The server refused the request.")


def _sync_words() -> dict[str, Callable[[SyncError], str]]:
    """Each code of ``desktop.sync.errors`` (``REASON_*``) and its sentence."""
    return {
        "unknown": something_went_wrong,
        "offline": lambda e: translate(
            "errors", "You're offline — your work is saved and will sync when you reconnect."
        ),
        "sign_in_offline": lambda e: translate(
            "errors", "The sign-in server can't be reached right now."
        ),
        "no_answer": lambda e: translate(
            "errors", "The server accepted the connection but did not answer."
        ),
        "server_busy": _server_busy,
        "sign_in_busy": lambda e: translate(
            "errors", "The sign-in server is busy or had a problem (HTTP {status})."
        ).format(status=e.status),
        "sign_in_problem": lambda e: translate(
            "errors", "The sign-in server had a problem: {detail}"
        ).format(detail=e.detail),
        "file_server": lambda e: translate(
            "errors", "The file server had a problem: {detail}"
        ).format(detail=e.detail),
        "session_ended": lambda e: translate(
            "errors", "Please sign in again to sync. Your work is kept on this computer."
        ),
        "session_damaged": lambda e: translate(
            "errors", "The saved session is damaged; please sign in again."
        ),
        "not_signed_in": lambda e: translate("errors", "Please sign in to sync."),
        "wrong_credentials": lambda e: translate(
            "errors", "That email and password don't match an account on this server."
        ),
        "weak_password": lambda e: translate(
            "errors", "That password is too weak: {detail}"
        ).format(detail=e.detail),
        "rejected": _rejected,
        "not_understood": _not_understood,
        "no_session": lambda e: translate("errors", "The server did not start a session."),
        "confirm_email": lambda e: translate(
            "errors", "Your account was created; confirm your email, then sign in."
        ),
        "other_account": lambda e: translate("errors", "The server answered for another account."),
        "guest_leaderboard": lambda e: translate(
            "errors", "Guests are not on the leaderboard; sign in to take part."
        ),
        "sign_in_for_leaderboard": lambda e: translate(
            "errors", "Sign in to change your leaderboard setting."
        ),
        "leaderboard_unchanged": lambda e: translate(
            "errors", "The server did not change your leaderboard setting."
        ),
        "sign_in_for_feedback": lambda e: translate(
            "errors", "Sign in to see which answers were right."
        ),
        **_engine_words(),
    }


def _engine_words() -> dict[str, Callable[[SyncError], str]]:
    """The codes of ``desktop.sync.engine`` and ``desktop.sync.download``."""
    return {
        "guest_never_synced": lambda e: translate(
            "errors", "Guest work stays on this computer and is never synced."
        ),
        "wrong_learner": lambda e: translate(
            "errors",
            "This work belongs to another learner; it is kept for them "
            "and will sync when they sign in.",
        ),
        "nothing_settled": lambda e: translate(
            "errors", "The server did not accept any change; will try again later."
        ),
        "reset_loop": lambda e: translate(
            "errors", "The server keeps asking to start {scope} again."
        ).format(scope=e.detail),
        "course_not_here": lambda e: translate(
            "errors", "That course is not in the catalogue on this computer; sync first."
        ),
        "download_stopped": lambda e: translate(
            "errors",
            "Download stopped: {done} of {total} images are on this computer; "
            "download again to go on.",
        ).format(
            done=i18n.number(getattr(e, "images_done", 0)),
            total=i18n.number(getattr(e, "images_total", 0)),
        ),
    }


def describe_sync_error(exc: SyncError) -> str:
    """The sentence for a ``SyncError``, from its code and data."""
    from desktop.publish.report import PublishProblem  # light once the SDK is loaded

    if isinstance(exc, PublishProblem):
        return describe_publish_error(exc)
    words = _sync_words().get(exc.reason)
    if words is not None:
        return words(exc)
    # "failed": raised with a sentence and no code: that sentence
    return str(exc) or something_went_wrong(exc)


def describe_publish_error(exc: PublishProblem) -> str:
    """A publish's refusal or stopped upload (``desktop.publish.report``): its
    ``what``, worded by the publish's table (``desktop/ui/words/publish.py``)."""
    from desktop.ui.words.publish import publish_text

    return publish_text(exc.what, i18n.voice())


# ---- the server settings and setup codes --------------------------------------


def _settings_words() -> dict[str, Callable[[SettingsError], str]]:
    return {
        "not_an_address": lambda e: translate(
            "errors",
            "“{address}” is not a server address; it should look like {example}",
        ).format(address=e.url, example="https://your-project.supabase.co"),
        "key_too_short": lambda e: translate(
            "errors",
            "The project key is missing or too short; "
            "ask your teacher for the school's setup code.",
        ),
        "not_json": lambda e: translate("errors", "{path} is not valid JSON: {detail}").format(
            path=e.path, detail=e.detail
        ),
        "not_an_object": lambda e: translate(
            "errors", "{path} does not hold a server address and its project key."
        ).format(path=e.path),
        "half_given": lambda e: translate(
            "errors", "Give both the server address and its project key."
        ),
        "unreachable": lambda e: translate(
            "errors",
            "Lantern couldn't reach {address}: {detail}. Check the address and your connection.",
        ).format(address=e.url, detail=e.detail),
        "key_refused": lambda e: translate(
            "errors",
            "The server refused this project key; ask your teacher for a new setup code.",
        ),
        "not_supabase": lambda e: translate(
            "errors", "{address} doesn't look like a Supabase project (it answered {status})."
        ).format(address=e.url, status=e.status),
        "no_server_chosen": lambda e: translate(
            "errors", "Choose a server first (the Server tab)."
        ),
        "no_demo_server": lambda e: translate(
            "errors", "No demo server is running. Start Lantern with “{command}” to get one."
        ).format(command="lantern demo"),  # untranslated: a command
    }


def describe_settings_error(exc: SettingsError) -> str:
    words = _settings_words().get(exc.reason)
    if words is not None:
        return words(exc)
    return translate("errors", "These server settings can't be used.")


def describe_setup_code_error(exc: SetupCodeError) -> str:
    """Why a pasted setup code or link cannot be used (``desktop.account.setup_code``)."""
    words = {
        "empty": translate("errors", "Paste the setup code or link your school gave you."),
        "not_a_code": translate(
            "errors",
            "This doesn't look like a Lantern setup code. It starts with “{code}” "
            "or “{link}” — check it with your teacher.",
        ).format(code="lantern1.", link="lantern://"),
        "incomplete": translate("errors", "This code is incomplete — check it with your teacher."),
        "newer_code": translate(
            "errors",
            "This setup code is for a newer version of Lantern. "
            "Update Lantern, then paste it again.",
        ),
        "newer_link": translate(
            "errors",
            "This setup link is for a newer version of Lantern. "
            "Update Lantern, then open the link again.",
        ),
        "bad_address": translate(
            "errors",
            "The server address in this code is not valid. Ask your teacher for a new setup code.",
        ),
        "not_https": translate(
            "errors",
            "The server address must start with https:// (http:// is only for a server "
            "on this computer). Ask your teacher for a new setup code.",
        ),
        "secret_key": translate(
            "errors",
            "This code carries the project's secret key, which must never be given to "
            "learners. Ask your teacher for a new setup code.",
        ),
        "incomplete_key": translate(
            "errors",
            "The project key in this code is not complete. Ask your teacher for a new setup code.",
        ),
    }
    return words.get(exc.reason) or translate(
        "errors", "This setup code can't be used — check it with your teacher."
    )


# ---- the shared computer's lock -----------------------------------------------


def describe_lock_error(exc: LockError) -> str:
    """A refusal of ``desktop.store.db.unlock`` (the sign-in dialog says more, knowing
    whether a PIN or a password was typed: ``sign_in.unlock_message``)."""
    if isinstance(exc, WrongSecret):
        if exc.wait_s <= 0:
            return translate("errors", "Wrong password or PIN.")
        return translate("errors", "Wrong password or PIN. Try again in {wait}.").format(
            wait=wait_text(exc.wait_s)
        )
    if isinstance(exc, TryLater):
        return translate("errors", "Too many wrong tries. Try again in {wait}.").format(
            wait=wait_text(exc.wait_s)
        )
    if isinstance(exc, NoVerifier):
        return _no_verifier(exc)
    if isinstance(exc, LearnerLocked):
        return translate(
            "errors",
            "This learner signed out on this computer: their password or PIN opens "
            "their courses again.",
        )
    if isinstance(exc, BadPin):
        return translate("errors", "A PIN is {low} to {high} digits.").format(
            low=i18n.number(exc.low), high=i18n.number(exc.high)
        )
    return something_went_wrong(exc)


def _no_verifier(exc: NoVerifier) -> str:
    if exc.reason == "no_pin":
        return translate("errors", "No PIN is set on this computer. Use the password instead.")
    if exc.reason == "no_password":
        return translate(
            "errors",
            "Lantern can't check this password offline on this computer yet. "
            "Connect to the internet and try again.",
        )
    # shown after "The PIN was not saved: " (app_flow)
    return translate("errors", "quick PIN sign-in is off on this computer")


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
        (
            StoreReadFailed,
            translate(
                "errors",
                "Lantern couldn't read its data on this computer just now. Try again in a moment.",
            ),
        ),
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
