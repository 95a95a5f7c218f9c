"""What can go wrong talking to the server, in terms the app can act on.

Every network-facing call in ``desktop.sync`` turns library exceptions into
one of these through :func:`classify`, so the sync state machine and the UI
deal with five cases instead of every SDK's own hierarchy.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

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


class SyncError(Exception):
    """Base class; ``str(exc)`` is a sentence a learner can read."""


class OfflineError(SyncError):
    """The server cannot be reached: no network, server down, or timed out."""


class NeedsSignIn(SyncError):
    """The saved session was revoked or expired beyond refresh."""


class WrongCredentials(SyncError):
    """Email or password was not accepted."""


class ServerError(SyncError):
    """The server answered with an error that retrying may fix (5xx)."""


class ServerNotResponding(ServerError):
    """Connected, but no answer within the timeout (a hung server or proxy)."""


class TransientStatus(ServerError):
    """An HTTP answer whose status says "not now" (5xx, 408, 429), whatever its body.

    Raised by :func:`raise_for_transient_status` before the SDK reads the
    body: a gateway or proxy in front of PostgREST answers 502/503/504 with
    its own JSON (``{"message": "upstream timeout"}``, no ``code``) or an
    HTML page, and the SDK's ``APIError`` does not carry the status, so
    without this the answer would look like a refusal of the request.
    """

    def __init__(self, status: int, reason: str = "") -> None:
        super().__init__(
            f"The server is busy or had a problem (HTTP {status}"
            f"{' ' + reason if reason else ''}); will try again."
        )
        self.status = status


class RequestRejected(SyncError):
    """The server refused the request for good (4xx other than auth)."""

    def __init__(self, message: str, *, code: str | None = None, hint: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.hint = hint  # the server's machine-readable reason (a RAISE's HINT), if any


class InvalidReply(SyncError):
    """The server's answer was not what the protocol promises."""


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
    return SyncError(str(exc) or type(exc).__name__)


def _no_answer(_exc: BaseException) -> SyncError:
    return ServerNotResponding("The server accepted the connection but did not answer.")


def _unreachable(_exc: BaseException) -> SyncError:
    return OfflineError("The server can't be reached right now.")


def _auth_unavailable(exc: AuthRetryableError) -> SyncError:
    if is_transient_status(exc.status):  # it answered 502/503/504: up, but not now
        return ServerError(f"The sign-in server is busy or had a problem (HTTP {exc.status}).")
    return OfflineError("The sign-in server can't be reached right now.")


def _weak_password(exc: AuthWeakPasswordError) -> SyncError:
    return RequestRejected(f"That password is too weak: {exc.message}", code=exc.code)


def _auth_refused(exc: AuthApiError) -> SyncError:
    if exc.code == "invalid_credentials" or (exc.status == 400 and exc.code is None):
        return WrongCredentials("That email and password don't match an account.")
    if exc.code in SESSION_GONE_CODES:
        return NeedsSignIn("Your session has ended; please sign in again.")
    if is_transient_status(exc.status):
        return ServerError(f"The sign-in server had a problem: {exc.message}")
    return RequestRejected(exc.message, code=exc.code)


def _postgrest_refused(exc: APIError) -> SyncError:
    code = str(exc.code or "")
    if code in {"PGRST301", "PGRST303"}:
        return NeedsSignIn("Your session has ended; please sign in again.")
    if _is_transient(code) or not _POSTGREST_CODE.fullmatch(code):
        # A code-less or foreign body is not PostgREST speaking: a
        # gateway or proxy failed, which says nothing about the request.
        return ServerError(f"The server is busy or had a problem ({exc.message}).")
    hint = exc.hint if isinstance(exc.hint, str) else None
    return RequestRejected(str(exc.message or exc), code=code or None, hint=hint)


def _storage_refused(exc: StorageApiError) -> SyncError:
    status = int(str(exc.status)) if str(exc.status).isdigit() else 400
    if is_transient_status(status):
        return ServerError(f"The file server had a problem: {exc.message}")
    return RequestRejected(exc.message, code=str(exc.code))


def _not_understood(exc: BaseException) -> SyncError:
    # A pulled row that does not fit (MalformedReply) is one of these too.
    return InvalidReply(f"The server sent something Lantern did not understand ({exc}).")


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
