"""The words for the codes the sync, account and store layers raise, shared by the
app (``desktop/ui/shell/errors.py``) and the command line (``desktop/cli/error_words.py``).

Those layers raise codes and data (``exc.reason``, ``exc.status``, ``exc.detail``,
``exc.wait_s``…), never a sentence for a person.  The tables here hold the English
of every code both sides word alike, under the one context ``"errors"``; a
:class:`~desktop.ui.words.Voice` says them in the app's language
(``desktop.ui.i18n.voice``) or the command line's (``desktop.cli.messages.voice``).
Where the two need other words (the app points at its tabs and buttons, the
command line at its commands and flags) each side passes its own sentences in as
``own``: a code found there is worded by it, before this table.  ``shown`` is how
a side writes text from outside (paths, the server's words): as it is in the
app, with its control characters escaped on a terminal.  Qt-free, like the rest
of ``desktop.ui.words``; the layers are not imported, so neither is the SDK.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, TypeVar

from desktop.ui.words import ENGLISH, QT_TRANSLATE_NOOP, Voice

if TYPE_CHECKING:
    from desktop.account.settings import SettingsError
    from desktop.account.setup_code import SetupCodeError
    from desktop.store.db import LockError
    from desktop.sync.errors import SyncError

CONTEXT = "errors"

Shown = Callable[[object], str]  # how a side writes text from outside: str, or escaped
E = TypeVar("E", bound=BaseException)
Own = Mapping[str, Callable[[E], str]]  # a side's own sentences, by code


def said(template: str, voice: Voice = ENGLISH, **data: str) -> str:
    """``template`` in ``voice``'s language with ``data`` filled in; a translation
    with broken braces says the English."""
    text = voice.translate(CONTEXT, template, None, -1)
    try:
        return text.format(**data)
    except (KeyError, ValueError, IndexError):
        return template.format(**data)


def wait_text(seconds: float, voice: Voice = ENGLISH) -> str:
    """ "30 s", "2 min": how long until the next try."""
    if seconds < 60:
        whole = voice.number(max(1, math.ceil(seconds)))
        return said(QT_TRANSLATE_NOOP("errors", "{seconds} s"), voice, seconds=whole)
    minutes = voice.number(math.ceil(seconds / 60))
    return said(QT_TRANSLATE_NOOP("errors", "{minutes} min"), voice, minutes=minutes)


def something_went_wrong(exc: BaseException, voice: Voice = ENGLISH, shown: Shown = str) -> str:
    """For an exception no layer gave a code: what it says, as a last resort."""
    detail = getattr(exc, "detail", "") or str(exc) or type(exc).__name__
    return said(
        QT_TRANSLATE_NOOP("errors", "Something went wrong: {detail}"), voice, detail=shown(detail)
    )


# ---- sync and the account's session -------------------------------------------

# Each code of ``desktop.sync.errors`` (``REASON_*``), ``desktop.sync.engine`` and
# ``desktop.sync.download`` that both sides word alike; the ones with variants
# are in _VARIED.  {detail} and {scope}: the server's or the layer's words.
SYNC: dict[str, str] = {
    "sign_in_offline": QT_TRANSLATE_NOOP(
        "errors", "The sign-in server can't be reached right now."
    ),
    "no_answer": QT_TRANSLATE_NOOP(
        "errors", "The server accepted the connection but did not answer."
    ),
    "sign_in_busy": QT_TRANSLATE_NOOP(
        "errors", "The sign-in server is busy or had a problem (HTTP {status})."
    ),
    "sign_in_problem": QT_TRANSLATE_NOOP("errors", "The sign-in server had a problem: {detail}"),
    "file_server": QT_TRANSLATE_NOOP("errors", "The file server had a problem: {detail}"),
    "session_damaged": QT_TRANSLATE_NOOP(
        "errors", "The saved session is damaged; please sign in again."
    ),
    "not_signed_in": QT_TRANSLATE_NOOP("errors", "Please sign in to sync."),
    "weak_password": QT_TRANSLATE_NOOP("errors", "That password is too weak: {detail}"),
    "no_session": QT_TRANSLATE_NOOP("errors", "The server did not start a session."),
    "confirm_email": QT_TRANSLATE_NOOP(
        "errors", "Your account was created; confirm your email, then sign in."
    ),
    "guest_leaderboard": QT_TRANSLATE_NOOP(
        "errors", "Guests are not on the leaderboard; sign in to take part."
    ),
    "sign_in_for_leaderboard": QT_TRANSLATE_NOOP(
        "errors", "Sign in to change your leaderboard setting."
    ),
    "leaderboard_unchanged": QT_TRANSLATE_NOOP(
        "errors", "The server did not change your leaderboard setting."
    ),
    "sign_in_for_feedback": QT_TRANSLATE_NOOP("errors", "Sign in to see which answers were right."),
    # ---- desktop.sync.engine and desktop.sync.download
    "guest_never_synced": QT_TRANSLATE_NOOP(
        "errors", "Guest work stays on this computer and is never synced."
    ),
    "wrong_learner": QT_TRANSLATE_NOOP(
        "errors",
        "This work belongs to another learner; it is kept for them "
        "and will sync when they sign in.",
    ),
    "nothing_settled": QT_TRANSLATE_NOOP(
        "errors", "The server did not accept any change; will try again later."
    ),
    "reset_loop": QT_TRANSLATE_NOOP("errors", "The server keeps asking to start {scope} again."),
    "course_not_here": QT_TRANSLATE_NOOP(
        "errors", "That course is not in the catalogue on this computer; sync first."
    ),
    "download_stopped": QT_TRANSLATE_NOOP(
        "errors",
        "Download stopped: {done} of {total} images are on this computer; download again to go on.",
    ),
}


def _sync_data(exc: SyncError, voice: Voice, shown: Shown) -> dict[str, str]:
    return {
        "status": str(exc.status),  # an HTTP status: plain digits
        "detail": shown(exc.detail),
        "scope": shown(exc.detail),
        "done": voice.number(getattr(exc, "images_done", 0)),
        "total": voice.number(getattr(exc, "images_total", 0)),
    }


def _server_busy(exc: SyncError, voice: Voice, shown: Shown) -> str:
    status, detail = str(exc.status), shown(exc.detail)
    if exc.status is not None and exc.detail:
        return said(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server is busy or had a problem (HTTP {status} {detail}); will try again.",
            ),
            voice,
            status=status,
            detail=detail,
        )
    if exc.status is not None:
        return said(
            QT_TRANSLATE_NOOP(
                "errors", "The server is busy or had a problem (HTTP {status}); will try again."
            ),
            voice,
            status=status,
        )
    if exc.detail:
        return said(
            QT_TRANSLATE_NOOP("errors", "The server is busy or had a problem ({detail})."),
            voice,
            detail=detail,
        )
    return said(QT_TRANSLATE_NOOP("errors", "The server is busy or had a problem."), voice)


def _not_understood(exc: SyncError, voice: Voice, shown: Shown) -> str:
    if exc.detail:
        return said(
            QT_TRANSLATE_NOOP(
                "errors", "The server sent something Lantern did not understand ({detail})."
            ),
            voice,
            detail=shown(exc.detail),
        )
    return said(
        QT_TRANSLATE_NOOP("errors", "The server sent something Lantern did not understand."), voice
    )


def _rejected(exc: SyncError, voice: Voice, shown: Shown) -> str:
    # the server's own message (its words, not Lantern's), when it sent one
    if exc.detail:
        return shown(exc.detail)
    return said(QT_TRANSLATE_NOOP("errors", "The server refused the request."), voice)


_VARIED: dict[str, Callable[[SyncError, Voice, Shown], str]] = {
    "unknown": something_went_wrong,
    "server_busy": _server_busy,
    "not_understood": _not_understood,
    "rejected": _rejected,
}


def sync_text(
    exc: SyncError,
    voice: Voice = ENGLISH,
    shown: Shown = str,
    own: Own[SyncError] | None = None,
) -> str:
    """The sentence for a ``SyncError``, from its code and data; a publish's refusal
    or stopped upload (``desktop.publish.report``) from its ``what``, worded by the
    publish's table (``desktop/ui/words/publish.py``)."""
    from desktop.publish.report import PublishProblem  # light once the SDK is loaded

    if isinstance(exc, PublishProblem):
        from desktop.ui.words.publish import publish_text

        return publish_text(exc.what, voice)
    side = (own or {}).get(exc.reason)
    if side is not None:
        return side(exc)
    varied = _VARIED.get(exc.reason)
    if varied is not None:
        return varied(exc, voice, shown)
    template = SYNC.get(exc.reason)
    if template is not None:
        return said(template, voice, **_sync_data(exc, voice, shown))
    # "failed": raised with a sentence and no code: that sentence
    return shown(str(exc)) or something_went_wrong(exc, voice, shown)


# ---- the server settings and setup codes --------------------------------------

SETTINGS: dict[str, str] = {
    "not_an_address": QT_TRANSLATE_NOOP(
        "errors", "“{address}” is not a server address; it should look like {example}"
    ),
    "key_too_short": QT_TRANSLATE_NOOP(
        "errors",
        "The project key is missing or too short; ask your teacher for the school's setup code.",
    ),
    "not_json": QT_TRANSLATE_NOOP("errors", "{path} is not valid JSON: {detail}"),
    "unreachable": QT_TRANSLATE_NOOP(
        "errors",
        "Lantern couldn't reach {address}: {detail}. Check the address and your connection.",
    ),
    "key_refused": QT_TRANSLATE_NOOP(
        "errors", "The server refused this project key; ask your teacher for a new setup code."
    ),
    "not_supabase": QT_TRANSLATE_NOOP(
        "errors", "{address} doesn't look like a Supabase project (it answered {status})."
    ),
    "no_demo_server": QT_TRANSLATE_NOOP(
        "errors", "No demo server is running. Start Lantern with “{command}” to get one."
    ),
}
_INVALID_SETTINGS = QT_TRANSLATE_NOOP("errors", "These server settings can't be used.")


def settings_text(
    exc: SettingsError,
    voice: Voice = ENGLISH,
    shown: Shown = str,
    own: Own[SettingsError] | None = None,
) -> str:
    """Why server settings cannot be used (``desktop.account.settings``)."""
    side = (own or {}).get(exc.reason)
    if side is not None:
        return side(exc)
    template = SETTINGS.get(exc.reason, _INVALID_SETTINGS)
    return said(
        template,
        voice,
        address=shown(exc.url),
        path=shown(exc.path),
        detail=shown(exc.detail),
        status=str(exc.status),
        example="https://your-project.supabase.co",
        command="lantern demo",  # untranslated: a command
    )


SETUP_CODES: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP("errors", "Paste the setup code or link your school gave you."),
    "not_a_code": QT_TRANSLATE_NOOP(
        "errors",
        "This doesn't look like a Lantern setup code. It starts with “{code}” "
        "or “{link}” — check it with your teacher.",
    ),
    "incomplete": QT_TRANSLATE_NOOP(
        "errors", "This code is incomplete — check it with your teacher."
    ),
    "newer_code": QT_TRANSLATE_NOOP(
        "errors",
        "This setup code is for a newer version of Lantern. Update Lantern, then paste it again.",
    ),
    "newer_link": QT_TRANSLATE_NOOP(
        "errors",
        "This setup link is for a newer version of Lantern. "
        "Update Lantern, then open the link again.",
    ),
    "bad_address": QT_TRANSLATE_NOOP(
        "errors",
        "The server address in this code is not valid. Ask your teacher for a new setup code.",
    ),
    "not_https": QT_TRANSLATE_NOOP(
        "errors",
        "The server address must start with https:// (http:// is only for a server "
        "on this computer). Ask your teacher for a new setup code.",
    ),
    "secret_key": QT_TRANSLATE_NOOP(
        "errors",
        "This code carries the project's secret key, which must never be given to "
        "learners. Ask your teacher for a new setup code.",
    ),
    "incomplete_key": QT_TRANSLATE_NOOP(
        "errors",
        "The project key in this code is not complete. Ask your teacher for a new setup code.",
    ),
}
_UNUSABLE_CODE = QT_TRANSLATE_NOOP(
    "errors", "This setup code can't be used — check it with your teacher."
)


def setup_code_text(exc: SetupCodeError, voice: Voice = ENGLISH) -> str:
    """Why a setup code or link cannot be used (``desktop.account.setup_code``)."""
    template = SETUP_CODES.get(exc.reason, _UNUSABLE_CODE)
    return said(template, voice, code="lantern1.", link="lantern://")


# ---- the shared computer's lock and the local store ---------------------------

LOCKS: dict[str, str] = {
    "try_later": QT_TRANSLATE_NOOP("errors", "Too many wrong tries. Try again in {wait}."),
    "no_pin": QT_TRANSLATE_NOOP(
        "errors", "No PIN is set on this computer. Use the password instead."
    ),
    "no_password": QT_TRANSLATE_NOOP(
        "errors",
        "Lantern can't check this password offline on this computer yet. "
        "Connect to the internet and try again.",
    ),
    "bad_pin": QT_TRANSLATE_NOOP("errors", "A PIN is {low} to {high} digits."),
}


def lock_text(
    exc: LockError,
    voice: Voice = ENGLISH,
    shown: Shown = str,
    own: Own[LockError] | None = None,
) -> str:
    """A refusal of ``desktop.store.db.unlock``, from its code (``exc.reason``)."""
    side = (own or {}).get(exc.reason)
    if side is not None:
        return side(exc)
    wait_s = getattr(exc, "wait_s", 0)
    if exc.reason == "wrong_secret":
        if wait_s <= 0:
            return said(QT_TRANSLATE_NOOP("errors", "Wrong password or PIN."), voice)
        return said(
            QT_TRANSLATE_NOOP("errors", "Wrong password or PIN. Try again in {wait}."),
            voice,
            wait=wait_text(wait_s, voice),
        )
    template = LOCKS.get(exc.reason)
    if template is None:
        return something_went_wrong(exc, voice, shown)
    return said(
        template,
        voice,
        wait=wait_text(wait_s, voice),
        low=voice.number(getattr(exc, "low", 0)),
        high=voice.number(getattr(exc, "high", 0)),
    )


def read_failed_text(voice: Voice = ENGLISH) -> str:
    """``StoreReadFailed``: the store could not read just now."""
    return said(
        QT_TRANSLATE_NOOP(
            "errors",
            "Lantern couldn't read its data on this computer just now. Try again in a moment.",
        ),
        voice,
    )
