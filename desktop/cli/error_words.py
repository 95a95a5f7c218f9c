"""The command line's words for the codes the sync, account and store layers raise.

Those layers raise codes and data (``exc.reason``, ``exc.status``, ``exc.detail``,
``exc.wait_s``…), never a sentence for a person: :func:`describe` words them in
the command line's language (context ``cli.errors``), as
``desktop/ui/shell/errors.py`` does for the app.  ``desktop.cli.common.describe_error``
is the way in; the layers are imported when asked, so ``lantern`` (the GUI) does
not load the SDK or the ORM for its first frame.  Data from outside (paths, the
server's words) is shown through :func:`~desktop.course_package.problems.showable`:
no control character reaches the terminal.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeGuard

from desktop.cli.messages import translate
from desktop.course_package.problems import showable

if TYPE_CHECKING:
    from desktop.account.settings import SettingsError
    from desktop.account.setup_code import SetupCodeError
    from desktop.account.vault import VaultInfo
    from desktop.publish.report import PublishProblem
    from desktop.store.db import LockError
    from desktop.store.errors import StoreError
    from desktop.sync.errors import SyncError


def _shown(value: object) -> str:
    return showable(str(value)) if value is not None else ""


def something_went_wrong(exc: BaseException) -> str:
    """For an exception no layer gave a code: what it says, as a last resort."""
    detail = getattr(exc, "detail", "") or str(exc) or type(exc).__name__
    return translate("cli.errors", "Something went wrong: {detail}").format(detail=_shown(detail))


def wait_text(seconds: float) -> str:
    """``30 s``, ``2 min``: how long until the next try."""
    if seconds < 60:
        return translate("cli.errors", "{seconds} s").format(seconds=max(1, math.ceil(seconds)))
    return translate("cli.errors", "{minutes} min").format(minutes=math.ceil(seconds / 60))


# ---- sync and the account's session -------------------------------------------


def _server_busy(exc: SyncError) -> str:
    detail = _shown(exc.detail)
    if exc.status is not None and detail:
        return translate(
            "cli.errors",
            "The server is busy or had a problem (HTTP {status} {detail}); will try again.",
        ).format(status=exc.status, detail=detail)
    if exc.status is not None:
        return translate(
            "cli.errors", "The server is busy or had a problem (HTTP {status}); will try again."
        ).format(status=exc.status)
    if detail:
        return translate("cli.errors", "The server is busy or had a problem ({detail}).").format(
            detail=detail
        )
    return translate("cli.errors", "The server is busy or had a problem.")


def _not_understood(exc: SyncError) -> str:
    if exc.detail:
        return translate(
            "cli.errors", "The server sent something Lantern did not understand ({detail})."
        ).format(detail=_shown(exc.detail))
    return translate("cli.errors", "The server sent something Lantern did not understand.")


def _rejected(exc: SyncError) -> str:
    # the server's own message (its words, not Lantern's), when it sent one
    return _shown(exc.detail) or translate("cli.errors", "The server refused the request.")


def _sync_words() -> dict[str, Callable[[SyncError], str]]:
    """Each code of ``desktop.sync.errors`` (``REASON_*``) and its sentence."""
    return {
        "unknown": something_went_wrong,
        "offline": lambda e: translate("cli.errors", "The server can't be reached right now."),
        "sign_in_offline": lambda e: translate(
            "cli.errors", "The sign-in server can't be reached right now."
        ),
        "no_answer": lambda e: translate(
            "cli.errors", "The server accepted the connection but did not answer."
        ),
        "server_busy": _server_busy,
        "sign_in_busy": lambda e: translate(
            "cli.errors", "The sign-in server is busy or had a problem (HTTP {status})."
        ).format(status=e.status),
        "sign_in_problem": lambda e: translate(
            "cli.errors", "The sign-in server had a problem: {detail}"
        ).format(detail=_shown(e.detail)),
        "file_server": lambda e: translate(
            "cli.errors", "The file server had a problem: {detail}"
        ).format(detail=_shown(e.detail)),
        "session_ended": lambda e: translate(
            "cli.errors", "Your session has ended; please sign in again."
        ),
        "session_damaged": lambda e: translate(
            "cli.errors", "The saved session is damaged; please sign in again."
        ),
        "not_signed_in": lambda e: translate("cli.errors", "Please sign in to sync."),
        "wrong_credentials": lambda e: translate(
            "cli.errors", "That email and password don't match an account."
        ),
        "weak_password": lambda e: translate(
            "cli.errors", "That password is too weak: {detail}"
        ).format(detail=_shown(e.detail)),
        "rejected": _rejected,
        "not_understood": _not_understood,
        "no_session": lambda e: translate("cli.errors", "The server did not start a session."),
        "confirm_email": lambda e: translate(
            "cli.errors", "Your account was created; confirm your email, then sign in."
        ),
        "other_account": lambda e: translate(
            "cli.errors", "The server returned a session for another account."
        ),
        "guest_leaderboard": lambda e: translate(
            "cli.errors", "Guests are not on the leaderboard; sign in to take part."
        ),
        "sign_in_for_leaderboard": lambda e: translate(
            "cli.errors", "Sign in to change your leaderboard setting."
        ),
        "leaderboard_unchanged": lambda e: translate(
            "cli.errors", "The server did not change your leaderboard setting."
        ),
        "sign_in_for_feedback": lambda e: translate(
            "cli.errors", "Sign in to see which answers were right."
        ),
        **_engine_words(),
    }


def _engine_words() -> dict[str, Callable[[SyncError], str]]:
    """The codes of ``desktop.sync.engine`` and ``desktop.sync.download``."""
    return {
        "guest_never_synced": lambda e: translate(
            "cli.errors", "Guest work stays on this computer and is never synced."
        ),
        "wrong_learner": lambda e: translate(
            "cli.errors",
            "This work belongs to another learner; it is kept for them "
            "and will sync when they sign in.",
        ),
        "nothing_settled": lambda e: translate(
            "cli.errors", "The server did not accept any change; will try again later."
        ),
        "reset_loop": lambda e: translate(
            "cli.errors", "The server keeps asking to start {scope} again."
        ).format(scope=_shown(e.detail)),
        "course_not_here": lambda e: translate(
            "cli.errors", "That course is not in the catalogue on this computer; sync first."
        ),
        "download_stopped": lambda e: translate(
            "cli.errors",
            "Download stopped: {done} of {total} images are on this computer; "
            "download again to go on.",
        ).format(done=getattr(e, "images_done", 0), total=getattr(e, "images_total", 0)),
    }


def describe_sync_error(exc: SyncError) -> str:
    from desktop.publish.report import PublishProblem  # light once the SDK is loaded

    if isinstance(exc, PublishProblem):
        return describe_publish_error(exc)
    words = _sync_words().get(exc.reason)
    if words is not None:
        return words(exc)
    # "failed": raised with a sentence and no code: that sentence
    return showable(str(exc)) or something_went_wrong(exc)


def describe_publish_error(exc: PublishProblem) -> str:
    """A publish's refusal or stopped upload (``desktop.publish.report``): its
    ``what``, worded by the publish's table (``desktop/ui/words/publish.py``)."""
    from desktop.cli.messages import voice
    from desktop.ui.words.publish import publish_text

    return publish_text(exc.what, voice())


# ---- the server settings and setup codes --------------------------------------


def _settings_words() -> dict[str, Callable[[SettingsError], str]]:
    return {
        "not_an_address": lambda e: translate(
            "cli.errors", "“{address}” is not a server address; it should look like {example}"
        ).format(address=_shown(e.url), example="https://your-project.supabase.co"),
        "key_too_short": lambda e: translate(
            "cli.errors",
            "The project key is missing or too short; "
            "ask your teacher for the school's setup code.",
        ),
        "not_json": lambda e: translate("cli.errors", "{path} is not valid JSON: {detail}").format(
            path=_shown(e.path), detail=_shown(e.detail)
        ),
        "not_an_object": lambda e: translate(
            "cli.errors", "{path} should hold an object with url and anon_key"
        ).format(path=_shown(e.path)),
        "half_given": lambda e: translate(
            "cli.errors", "Give both the server URL and its anon key."
        ),
        "unreachable": lambda e: translate(
            "cli.errors",
            "Lantern couldn't reach {address}: {detail}. Check the address and your connection.",
        ).format(address=_shown(e.url), detail=_shown(e.detail)),
        "key_refused": lambda e: translate(
            "cli.errors",
            "The server refused this project key; ask your teacher for a new setup code.",
        ),
        "not_supabase": lambda e: translate(
            "cli.errors", "{address} doesn't look like a Supabase project (it answered {status})."
        ).format(address=_shown(e.url), status=e.status),
        "no_server_chosen": lambda e: translate(
            "cli.errors",
            "No server is set up: pass --url and --anon-key, or set "
            "SUPABASE_URL and SUPABASE_ANON_KEY.",
        ),
        "no_demo_server": lambda e: translate(
            "cli.errors", "No demo server is running. Start Lantern with “{command}” to get one."
        ).format(command="lantern demo"),  # untranslated: a command
    }


def describe_settings_error(exc: SettingsError) -> str:
    words = _settings_words().get(exc.reason)
    if words is not None:
        return words(exc)
    return translate("cli.errors", "These server settings can't be used.")


def describe_setup_code_error(exc: SetupCodeError) -> str:
    """Why a setup code or link cannot be used (``desktop.account.setup_code``)."""
    words = {
        "empty": translate("cli.errors", "Paste the setup code or link your school gave you."),
        "not_a_code": translate(
            "cli.errors",
            "This doesn't look like a Lantern setup code. It starts with “{code}” "
            "or “{link}” — check it with your teacher.",
        ).format(code="lantern1.", link="lantern://"),
        "incomplete": translate(
            "cli.errors", "This code is incomplete — check it with your teacher."
        ),
        "newer_code": translate(
            "cli.errors",
            "This setup code is for a newer version of Lantern. "
            "Update Lantern, then paste it again.",
        ),
        "newer_link": translate(
            "cli.errors",
            "This setup link is for a newer version of Lantern. "
            "Update Lantern, then open the link again.",
        ),
        "bad_address": translate(
            "cli.errors",
            "The server address in this code is not valid. Ask your teacher for a new setup code.",
        ),
        "not_https": translate(
            "cli.errors",
            "The server address must start with https:// (http:// is only for a server "
            "on this computer). Ask your teacher for a new setup code.",
        ),
        "secret_key": translate(
            "cli.errors",
            "This code carries the project's secret key, which must never be given to "
            "learners. Ask your teacher for a new setup code.",
        ),
        "incomplete_key": translate(
            "cli.errors",
            "The project key in this code is not complete. Ask your teacher for a new setup code.",
        ),
    }
    return words.get(exc.reason) or translate(
        "cli.errors", "This setup code can't be used — check it with your teacher."
    )


def describe_vault(info: VaultInfo) -> str:
    """Where a learner's session is kept (``desktop.account.vault.VaultInfo``)."""
    if info.kind == "file":
        return translate(
            "cli.errors",
            "a private file ({path}) — no system keyring was found on this computer",
        ).format(path=_shown(info.where))
    return translate("cli.errors", "the system keyring ({backend})").format(
        backend=_shown(info.where)
    )


# ---- the shared computer's lock and the local store ---------------------------


def describe_lock_error(exc: LockError) -> str:
    from desktop.store.db import BadPin, LearnerLocked, NoVerifier, TryLater, WrongSecret

    if isinstance(exc, WrongSecret):
        if exc.wait_s <= 0:
            return translate("cli.errors", "Wrong password or PIN.")
        return translate("cli.errors", "Wrong password or PIN. Try again in {wait}.").format(
            wait=wait_text(exc.wait_s)
        )
    if isinstance(exc, TryLater):
        return translate("cli.errors", "Too many wrong tries. Try again in {wait}.").format(
            wait=wait_text(exc.wait_s)
        )
    if isinstance(exc, NoVerifier):
        return _no_verifier(exc.reason)
    if isinstance(exc, LearnerLocked):
        return translate(
            "cli.errors",
            "This learner signed out on this computer; "
            "sign in again first (lantern login --email …).",
        )
    if isinstance(exc, BadPin):
        return translate("cli.errors", "A PIN is {low} to {high} digits.").format(
            low=exc.low, high=exc.high
        )
    return something_went_wrong(exc)


def _no_verifier(reason: str) -> str:
    if reason == "no_pin":
        return translate("cli.errors", "No PIN is set on this computer. Use the password instead.")
    if reason == "no_password":
        return translate(
            "cli.errors",
            "Lantern can't check this password offline on this computer yet. "
            "Connect to the internet and try again.",
        )
    return translate("cli.errors", "Quick PIN sign-in is off on this computer.")


def describe_damage(reason: str, detail: str = "") -> str:
    """Why a database file was found damaged, as a phrase (``CorruptStore`` and
    ``Recovery`` codes): "not an SQLite database", "integrity check failed: …"."""
    shown = _shown(detail)
    words: dict[str, Callable[[], str]] = {
        "not_sqlite": lambda: translate("cli.errors", "not an SQLite database"),
        "unreadable": lambda: translate("cli.errors", "unreadable: {detail}").format(detail=shown),
        "integrity": lambda: translate("cli.errors", "integrity check failed: {detail}").format(
            detail=shown
        ),
        "cannot_migrate": lambda: translate("cli.errors", "cannot migrate: {detail}").format(
            detail=shown
        ),
    }
    phrase = words.get(reason)
    return phrase() if phrase is not None else translate("cli.errors", "damaged")


def _unusable(exc: Any) -> str | None:
    """A folder, file or learner list the store cannot use (``StoreUnavailable``,
    ``ProfileError``), as a phrase from its code; None for an error without one."""
    path, detail = _shown(exc.path), _shown(exc.detail).rstrip(".")
    words: dict[str, Callable[[], str]] = {
        "cannot_create": lambda: translate("cli.errors", "cannot create {path}: {detail}").format(
            path=path, detail=detail
        ),
        "cannot_open": lambda: translate("cli.errors", "cannot open {path}: {detail}").format(
            path=path, detail=detail
        ),
        "bad_user_id": lambda: translate("cli.errors", "“{id}” is not a usable user id").format(
            id=detail
        ),
        "registry_unreadable": lambda: translate(
            "cli.errors", "{path} is unreadable: {detail}"
        ).format(path=path, detail=detail),
        "other_learner": lambda: translate(
            "cli.errors", "{path} belongs to another learner"
        ).format(path=path),
    }
    coded = words.get(exc.reason)
    return coded() if coded is not None else None


def store_problem(exc: StoreError) -> str | None:
    """What is wrong with Lantern's data, as a phrase for "Lantern cannot use its
    data: …" (``desktop.cli.common.unusable_data``); None for an error that is not
    about the data's files."""
    from desktop.store.errors import CorruptStore, ProfileError, SchemaTooNew, StoreUnavailable

    if isinstance(exc, CorruptStore):
        return translate("cli.errors", "{path}: {why}").format(
            path=_shown(exc.path), why=describe_damage(exc.reason, exc.detail)
        )
    if isinstance(exc, SchemaTooNew):
        return translate(
            "cli.errors",
            "{path} has local schema version {found}; this Lantern knows up to {known}",
        ).format(path=_shown(exc.path), found=exc.found, known=exc.known)
    if isinstance(exc, StoreUnavailable | ProfileError):
        return _unusable(exc)
    return None


def describe_store_error(exc: StoreError) -> str:
    from desktop.cli.common import unusable_data
    from desktop.store.db import LockError
    from desktop.store.errors import StoreReadFailed, StoreWriteFailed

    if isinstance(exc, LockError):
        return describe_lock_error(exc)
    if isinstance(exc, StoreWriteFailed):
        return translate(
            "cli.errors",
            "Lantern couldn't save to this computer's disk. Check there is free space; "
            "nothing saved earlier is lost.",
        )
    if isinstance(exc, StoreReadFailed):
        return translate(
            "cli.errors",
            "Lantern couldn't read its data on this computer just now. Try again in a moment.",
        )
    if store_problem(exc) is not None:
        return unusable_data(exc)
    return something_went_wrong(exc)


def describe(exc: BaseException) -> str:
    """The sentence the terminal prints for ``exc``."""
    from desktop.account.settings import SettingsError
    from desktop.account.setup_code import SetupCodeError
    from desktop.store.errors import StoreError

    if isinstance(exc, StoreError):
        return describe_store_error(exc)
    if isinstance(exc, SettingsError):
        return describe_settings_error(exc)
    if isinstance(exc, SetupCodeError):
        return describe_setup_code_error(exc)
    if _is_sync_error(exc):
        return describe_sync_error(exc)
    return something_went_wrong(exc)


def _is_sync_error(exc: BaseException) -> TypeGuard[SyncError]:
    """Whether ``exc`` is a ``SyncError``, without importing the SDK to know: if
    ``desktop.sync.errors`` was never imported, nothing raised one."""
    errors = sys.modules.get("desktop.sync.errors")
    return errors is not None and isinstance(exc, errors.SyncError)
