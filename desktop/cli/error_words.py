"""The command line's words for the codes the sync, account and store layers raise.

Those layers raise codes and data (``exc.reason``, ``exc.status``, ``exc.detail``,
``exc.wait_s``…), never a sentence for a person: :func:`describe` words them in
the command line's language.  The words the app shares are in
``desktop/ui/words/errors.py`` (context ``errors``); the few here (context
``cli.errors``) are the command line's own: they name its commands and flags,
and its short phrases for "Lantern cannot use its data: …".
``desktop.cli.common.describe_error`` is the way in; the layers are imported
when asked, so ``lantern`` (the GUI) does not load the SDK or the ORM for its
first frame.  Data from outside (paths, the server's words) is shown through
:func:`~desktop.course_package.problems.showable`: no control character reaches
the terminal.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeGuard

from desktop.cli.messages import translate, voice
from desktop.course_package.problems import showable
from desktop.ui.words import errors as words

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
    return words.something_went_wrong(exc, voice(), _shown)


def wait_text(seconds: float) -> str:
    """``30 s``, ``2 min``: how long until the next try."""
    return words.wait_text(seconds, voice())


# ---- sync and the account's session -------------------------------------------


def _sync_words() -> dict[str, Callable[[SyncError], str]]:
    """The command line's own words for codes of ``desktop.sync.errors``."""
    return {
        "offline": lambda e: translate("cli.errors", "The server can't be reached right now."),
        "session_ended": lambda e: translate(
            "cli.errors", "Your session has ended; please sign in again."
        ),
        "wrong_credentials": lambda e: translate(
            "cli.errors", "That email and password don't match an account."
        ),
        "other_account": lambda e: translate(
            "cli.errors", "The server returned a session for another account."
        ),
    }


def describe_sync_error(exc: SyncError) -> str:
    return words.sync_text(exc, voice(), _shown, own=_sync_words())


def describe_publish_error(exc: PublishProblem) -> str:
    """A publish's refusal or stopped upload (``desktop.publish.report``): its
    ``what``, worded by the publish's table (``desktop/ui/words/publish.py``)."""
    from desktop.ui.words.publish import publish_text

    return publish_text(exc.what, voice())


# ---- the server settings and setup codes --------------------------------------


def _settings_words() -> dict[str, Callable[[SettingsError], str]]:
    """The command line's own words: they name its flags and the settings' keys."""
    return {
        "not_an_object": lambda e: translate(
            "cli.errors", "{path} should hold an object with url and anon_key"
        ).format(path=_shown(e.path)),
        "half_given": lambda e: translate(
            "cli.errors", "Give both the server URL and its anon key."
        ),
        "no_server_chosen": lambda e: translate(
            "cli.errors",
            "No server is set up: pass --url and --anon-key, or set "
            "SUPABASE_URL and SUPABASE_ANON_KEY.",
        ),
    }


def describe_settings_error(exc: SettingsError) -> str:
    return words.settings_text(exc, voice(), _shown, own=_settings_words())


def describe_setup_code_error(exc: SetupCodeError) -> str:
    """Why a setup code or link cannot be used (``desktop.account.setup_code``)."""
    return words.setup_code_text(exc, voice())


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


def _lock_words() -> dict[str, Callable[[LockError], str]]:
    return {
        "locked": lambda e: translate(
            "cli.errors",
            "This learner signed out on this computer; "
            "sign in again first (lantern login --email …).",
        ),
        "quick_pin_off": lambda e: translate(
            "cli.errors", "Quick PIN sign-in is off on this computer."
        ),
    }


def describe_lock_error(exc: LockError) -> str:
    return words.lock_text(exc, voice(), _shown, own=_lock_words())


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
        return words.read_failed_text(voice())
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
