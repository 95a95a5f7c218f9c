"""What can go wrong talking to the server, in terms the app can act on.

Every network-facing call in ``desktop.sync`` turns library exceptions into
one of these through :func:`classify`, so the sync state machine and the UI
deal with five cases instead of every SDK's own hierarchy.

Each error carries a stable code, ``reason`` (the ``REASON_*`` names below),
and the data a sentence needs (``status``, the server's own message as
``detail``); the UI (``desktop/ui/shell/errors.py``) and the command line
(``desktop/cli/common.py``) word the codes in the learner's language.
``str(exc)`` stays an English sentence for logs and developers: no screen shows it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any, ClassVar

import httpx
from postgrest.exceptions import APIError
from storage3.exceptions import StorageApiError
from supabase_auth.errors import AuthApiError, AuthRetryableError, AuthWeakPasswordError

from desktop.protocol import MalformedReply

# GoTrue codes that mean the stored session is gone for good: sign in again.
SESSION_GONE_CODES = frozenset(
    {
        "refresh_token_not_found",
        "refresh_token_already_used",
        "session_not_found",
        "session_expired",
        "user_not_found",
        "bad_jwt",
        "no_authorization",
    }
)


# The codes (``SyncError.reason``), each worded by the UI and the command line:
REASON_FAILED = "failed"  # raised with a sentence and no code (a layer not converted yet)
REASON_UNKNOWN = "unknown"  # classify() met an exception it does not know; detail: its text
REASON_OFFLINE = "offline"  # no network, server down, or timed out connecting
REASON_SIGN_IN_OFFLINE = "sign_in_offline"  # the sign-in (auth) server can't be reached
REASON_NO_ANSWER = "no_answer"  # connected, but no answer within the timeout
REASON_SERVER_BUSY = "server_busy"  # 5xx/408/429 or a gateway's page; status, detail: if known
REASON_SIGN_IN_BUSY = "sign_in_busy"  # the sign-in server answered 5xx; status
REASON_SIGN_IN_PROBLEM = "sign_in_problem"  # the sign-in server failed; detail: its message
REASON_FILE_SERVER = "file_server"  # the storage server failed; detail: its message
REASON_SESSION_ENDED = "session_ended"  # the session was revoked or expired for good
REASON_SESSION_DAMAGED = "session_damaged"  # the saved session cannot be read
REASON_NOT_SIGNED_IN = "not_signed_in"  # no session here: sign in to sync
REASON_WRONG_CREDENTIALS = "wrong_credentials"  # email and password don't match
REASON_WEAK_PASSWORD = "weak_password"  # detail: the server's words on why
REASON_REJECTED = "rejected"  # refused for good; detail: the server's own message
REASON_NOT_UNDERSTOOD = "not_understood"  # the answer broke the protocol; detail: what
REASON_NO_SESSION = "no_session"  # signed in, but the server started no session
REASON_CONFIRM_EMAIL = "confirm_email"  # account created; confirm the email, then sign in
REASON_OTHER_ACCOUNT = "other_account"  # the server answered for another account
REASON_GUEST_LEADERBOARD = "guest_leaderboard"  # a guest cannot be on the leaderboard
REASON_SIGN_IN_FOR_LEADERBOARD = "sign_in_for_leaderboard"  # sign in to change the setting
REASON_LEADERBOARD_UNCHANGED = "leaderboard_unchanged"  # the server changed nothing
REASON_SIGN_IN_FOR_FEEDBACK = "sign_in_for_feedback"  # sign in to see the quiz's verdicts


class SyncError(Exception):
    """Base class: ``reason`` says what happened, ``status`` and ``detail`` the data.

    ``str(exc)`` is an English sentence for logs; the UI and the command line
    word ``reason`` instead.  An error raised with a sentence and no code has
    the class's default reason (:data:`REASON_FAILED` here): its sentence is all
    there is to show."""

    default_reason: ClassVar[str] = REASON_FAILED

    def __init__(
        self,
        message: str = "",
        *,
        reason: str | None = None,
        detail: str = "",
        status: int | None = None,
    ) -> None:
        self.reason = reason or self.default_reason
        self.detail = detail
        self.status = status
        super().__init__(message or detail or self.reason)


class OfflineError(SyncError):
    """The server cannot be reached: no network, server down, or timed out."""

    default_reason = REASON_OFFLINE


class NeedsSignIn(SyncError):
    """The saved session was revoked or expired beyond refresh."""

    default_reason = REASON_SESSION_ENDED


class WrongCredentials(SyncError):
    """Email or password was not accepted."""

    default_reason = REASON_WRONG_CREDENTIALS


class ServerError(SyncError):
    """The server answered with an error that retrying may fix (5xx)."""

    default_reason = REASON_SERVER_BUSY


class ServerNotResponding(ServerError):
    """Connected, but no answer within the timeout (a hung server or proxy)."""

    default_reason = REASON_NO_ANSWER


class TransientStatus(ServerError):
    """An HTTP answer whose status says "not now" (5xx, 408, 429), whatever its body.

    Raised by :func:`raise_for_transient_status` before the SDK reads the
    body: a gateway or proxy in front of PostgREST answers 502/503/504 with
    its own JSON (``{"message": "upstream timeout"}``, no ``code``) or an
    HTML page, and the SDK's ``APIError`` does not carry the status, so
    without this the answer would look like a refusal of the request.
    ``detail`` is the HTTP reason phrase ("Service Unavailable"), if any.
    """

    def __init__(self, status: int, phrase: str = "") -> None:
        super().__init__(
            f"The server is busy or had a problem (HTTP {status}"
            f"{' ' + phrase if phrase else ''}); will try again.",
            reason=REASON_SERVER_BUSY,
            detail=phrase,
            status=status,
        )


class RequestRejected(SyncError):
    """The server refused the request for good (4xx other than auth).

    ``detail`` is the server's own message (its words, not Lantern's); raised
    with only a message, the message is the detail."""

    default_reason = REASON_REJECTED

    def __init__(
        self,
        message: str = "",
        *,
        code: str | None = None,
        hint: str | None = None,
        reason: str | None = None,
        detail: str | None = None,
    ) -> None:
        super().__init__(message, reason=reason, detail=message if detail is None else detail)
        self.code = code
        self.hint = hint  # the server's machine-readable reason (a RAISE's HINT), if any


class InvalidReply(SyncError):
    """The server's answer was not what the protocol promises (``detail``: what, if known)."""

    default_reason = REASON_NOT_UNDERSTOOD


def classify(exc: BaseException) -> SyncError:
    """Map an SDK/httpx exception to a :class:`SyncError`.

    The first row of :data:`_TRANSLATIONS` whose types match decides; the
    order matters (a read timeout is also a transport error, a weak password
    also an auth API error).
    """
    if isinstance(exc, SyncError):
        return exc
    for kinds, translate in _TRANSLATIONS:
        if isinstance(exc, kinds):
            return translate(exc)
    detail = str(exc) or type(exc).__name__
    return SyncError(detail, reason=REASON_UNKNOWN, detail=detail)


def _no_answer(_exc: BaseException) -> SyncError:
    return ServerNotResponding("The server accepted the connection but did not answer.")


def _unreachable(_exc: BaseException) -> SyncError:
    return OfflineError("The server can't be reached right now.")


def _auth_unavailable(exc: AuthRetryableError) -> SyncError:
    if is_transient_status(exc.status):  # it answered 502/503/504: up, but not now
        return ServerError(
            f"The sign-in server is busy or had a problem (HTTP {exc.status}).",
            reason=REASON_SIGN_IN_BUSY,
            status=exc.status,
        )
    return OfflineError(
        "The sign-in server can't be reached right now.", reason=REASON_SIGN_IN_OFFLINE
    )


def _weak_password(exc: AuthWeakPasswordError) -> SyncError:
    return RequestRejected(
        f"That password is too weak: {exc.message}",
        code=exc.code,
        reason=REASON_WEAK_PASSWORD,
        detail=exc.message,
    )


def _auth_refused(exc: AuthApiError) -> SyncError:
    if exc.code == "invalid_credentials" or (exc.status == 400 and exc.code is None):
        return WrongCredentials("That email and password don't match an account.")
    if exc.code in SESSION_GONE_CODES:
        return NeedsSignIn("Your session has ended; please sign in again.")
    if is_transient_status(exc.status):
        return ServerError(
            f"The sign-in server had a problem: {exc.message}",
            reason=REASON_SIGN_IN_PROBLEM,
            detail=exc.message,
            status=exc.status,
        )
    return RequestRejected(exc.message, code=exc.code)


def _postgrest_refused(exc: APIError) -> SyncError:
    code = str(exc.code or "")
    if code in {"PGRST301", "PGRST303"}:
        return NeedsSignIn("Your session has ended; please sign in again.")
    if _is_transient(code) or not _POSTGREST_CODE.fullmatch(code):
        # A code-less or foreign body is not PostgREST speaking: a
        # gateway or proxy failed, which says nothing about the request.
        return ServerError(
            f"The server is busy or had a problem ({exc.message}).", detail=str(exc.message or "")
        )
    hint = exc.hint if isinstance(exc.hint, str) else None
    return RequestRejected(str(exc.message or exc), code=code or None, hint=hint)


def _storage_refused(exc: StorageApiError) -> SyncError:
    status = int(str(exc.status)) if str(exc.status).isdigit() else 400
    if is_transient_status(status):
        return ServerError(
            f"The file server had a problem: {exc.message}",
            reason=REASON_FILE_SERVER,
            detail=exc.message,
            status=status,
        )
    return RequestRejected(exc.message, code=str(exc.code))


def _not_understood(exc: BaseException) -> SyncError:
    # A pulled row that does not fit (MalformedReply) is one of these too.
    return InvalidReply(
        f"The server sent something Lantern did not understand ({exc}).",
        detail=str(exc) or type(exc).__name__,
    )


_TRANSLATIONS: tuple[
    tuple[type[BaseException] | tuple[type[BaseException], ...], Callable[[Any], SyncError]], ...
] = (
    ((httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout), _no_answer),
    ((httpx.TransportError, ConnectionError, TimeoutError), _unreachable),
    (AuthRetryableError, _auth_unavailable),
    (AuthWeakPasswordError, _weak_password),
    (AuthApiError, _auth_refused),
    (APIError, _postgrest_refused),
    (MalformedReply, _not_understood),
    (StorageApiError, _storage_refused),
    ((json.JSONDecodeError, ValueError, KeyError, TypeError), _not_understood),
)


# PostgREST error codes and SQLSTATE classes that a retry may fix: connection
# and pool problems (PGRST0xx), deadlocks and serialization failures (40),
# resources (53), timeouts/shutdown (57, 55P03 lock timeout), internal (XX).
_TRANSIENT_PREFIXES = ("PGRST0", "08", "40", "53", "57", "XX", "55P03")


# What a genuine PostgREST error's code looks like: its own PGRSTnnn, a
# PostgreSQL SQLSTATE (five characters), or the bare HTTP status the SDK puts
# in when the body is not PostgREST JSON.  Anything else came from elsewhere.
_POSTGREST_CODE = re.compile(r"PGRST[0-9A-Z]{3}|[0-9A-Z]{5}|[0-9]{3}")


def _is_transient(code: str) -> bool:
    if code.isdigit() and len(code) == 3:  # a bare HTTP status from a non-JSON reply
        return is_transient_status(int(code))
    return code.startswith(_TRANSIENT_PREFIXES)


def is_transient_status(status: int) -> bool:
    """5xx, request timeout and rate limiting: retry later, reject nothing."""
    return status >= 500 or status in (408, 429)


def raise_for_transient_status(response: httpx.Response) -> None:
    """httpx response hook: a transient status raises :class:`TransientStatus`.

    It runs before the SDK parses the body, so the status decides whatever
    the body says.  (It also ends the SDK's own retry of a GET answered 503;
    the sync service retries on its own back-off instead.)
    """
    # The SDK's services share one HTTP client (desktop/account/http_client.py):
    # only PostgREST answers are judged here; the auth and storage SDKs keep
    # the status in their own errors (AuthRetryableError, StorageApiError).
    if "/rest/v1/" not in response.request.url.path:
        return
    if is_transient_status(response.status_code):
        raise TransientStatus(response.status_code, response.reason_phrase)


def watch_statuses(session: httpx.Client) -> None:
    """Install :func:`raise_for_transient_status` on an SDK's HTTP session (once)."""
    hooks = session.event_hooks
    if raise_for_transient_status not in hooks["response"]:
        session.event_hooks = {
            **hooks,
            "response": [*hooks["response"], raise_for_transient_status],
        }
