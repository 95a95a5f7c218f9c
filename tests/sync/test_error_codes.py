"""classify() gives every SDK and network failure a code and its data
(``SyncError.reason``, ``status``, ``detail``), built from the real SDK
exceptions; the UI and the command line word the codes."""

from __future__ import annotations

import json

import httpx
import pytest
from postgrest.exceptions import APIError
from storage3.exceptions import StorageApiError
from supabase_auth.errors import AuthApiError, AuthRetryableError, AuthWeakPasswordError

from desktop.protocol import MalformedReply
from desktop.sync.errors import (
    REASON_FILE_SERVER,
    REASON_NO_ANSWER,
    REASON_NOT_UNDERSTOOD,
    REASON_OFFLINE,
    REASON_REJECTED,
    REASON_SERVER_BUSY,
    REASON_SESSION_ENDED,
    REASON_SIGN_IN_BUSY,
    REASON_SIGN_IN_OFFLINE,
    REASON_SIGN_IN_PROBLEM,
    REASON_UNKNOWN,
    REASON_WEAK_PASSWORD,
    REASON_WRONG_CREDENTIALS,
    InvalidReply,
    NeedsSignIn,
    OfflineError,
    RequestRejected,
    ServerError,
    ServerNotResponding,
    SyncError,
    TransientStatus,
    WrongCredentials,
    classify,
    raise_for_transient_status,
)


def _json_error() -> json.JSONDecodeError:
    try:
        json.loads("{not json")
    except json.JSONDecodeError as exc:
        return exc
    raise AssertionError("that was JSON")


CASES: list[tuple[BaseException, type[SyncError], str, int | None, str]] = [
    (httpx.ReadTimeout("slow"), ServerNotResponding, REASON_NO_ANSWER, None, ""),
    (httpx.ConnectError("refused"), OfflineError, REASON_OFFLINE, None, ""),
    (ConnectionResetError(), OfflineError, REASON_OFFLINE, None, ""),
    (AuthRetryableError("bad gateway", 502), ServerError, REASON_SIGN_IN_BUSY, 502, ""),
    (AuthRetryableError("no route", 0), OfflineError, REASON_SIGN_IN_OFFLINE, None, ""),
    (
        AuthWeakPasswordError("Password should be at least 6 characters.", 422, ["length"]),
        RequestRejected,
        REASON_WEAK_PASSWORD,
        None,
        "Password should be at least 6 characters.",
    ),
    (
        AuthApiError("Invalid login credentials", 400, "invalid_credentials"),
        WrongCredentials,
        REASON_WRONG_CREDENTIALS,
        None,
        "",
    ),
    (
        AuthApiError("Session not found", 403, "session_not_found"),
        NeedsSignIn,
        REASON_SESSION_ENDED,
        None,
        "",
    ),
    (
        AuthApiError("database down", 500, "unexpected_failure"),
        ServerError,
        REASON_SIGN_IN_PROBLEM,
        500,
        "database down",
    ),
    (
        AuthApiError("Token has expired or is invalid", 403, "otp_expired"),
        RequestRejected,
        REASON_REJECTED,
        None,
        "Token has expired or is invalid",
    ),
    (
        APIError({"code": "PGRST301", "message": "JWT expired"}),
        NeedsSignIn,
        REASON_SESSION_ENDED,
        None,
        "",
    ),
    (
        APIError({"message": "upstream timeout"}),  # a gateway's JSON: no code
        ServerError,
        REASON_SERVER_BUSY,
        None,
        "upstream timeout",
    ),
    (
        APIError({"code": "40001", "message": "could not serialize access"}),
        ServerError,
        REASON_SERVER_BUSY,
        None,
        "could not serialize access",
    ),
    (
        APIError({"code": "23505", "message": "duplicate key value", "hint": "already_enrolled"}),
        RequestRejected,
        REASON_REJECTED,
        None,
        "duplicate key value",
    ),
    (
        StorageApiError("gateway timeout", "InternalError", 504),
        ServerError,
        REASON_FILE_SERVER,
        504,
        "gateway timeout",
    ),
    (
        StorageApiError("Object not found", "not_found", 404),
        RequestRejected,
        REASON_REJECTED,
        None,
        "Object not found",
    ),
    (
        MalformedReply("row 3 has no id"),
        InvalidReply,
        REASON_NOT_UNDERSTOOD,
        None,
        "row 3 has no id",
    ),
    (KeyError("id"), InvalidReply, REASON_NOT_UNDERSTOOD, None, "'id'"),
    (ZeroDivisionError("boom"), SyncError, REASON_UNKNOWN, None, "boom"),
]


@pytest.mark.parametrize(
    ("raised", "kind", "reason", "status", "detail"),
    CASES,
    ids=[f"{type(c[0]).__name__}-{c[2]}" for c in CASES],
)
def test_classify_gives_each_failure_its_code_and_data(
    raised: BaseException, kind: type[SyncError], reason: str, status: int | None, detail: str
) -> None:
    error = classify(raised)
    assert type(error) is kind
    assert (error.reason, error.status, error.detail) == (reason, status, detail)
    assert str(error)  # an English sentence for the log


def test_a_json_error_is_not_understood() -> None:
    error = classify(_json_error())
    assert (type(error), error.reason) == (InvalidReply, REASON_NOT_UNDERSTOOD)
    assert "Expecting property name" in error.detail


def test_the_refusals_keep_the_server_s_codes() -> None:
    error = classify(
        APIError({"code": "23505", "message": "duplicate key value", "hint": "already_enrolled"})
    )
    assert isinstance(error, RequestRejected)
    assert (error.code, error.hint) == ("23505", "already_enrolled")
    expired = classify(AuthApiError("Token has expired or is invalid", 403, "otp_expired"))
    assert isinstance(expired, RequestRejected)
    assert expired.code == "otp_expired"


def test_a_transient_status_carries_its_status_and_phrase() -> None:
    response = httpx.Response(503, request=httpx.Request("GET", "http://x/rest/v1/courses"))
    with pytest.raises(TransientStatus) as caught:
        raise_for_transient_status(response)
    error = classify(caught.value)
    assert (error.reason, error.status, error.detail) == (
        REASON_SERVER_BUSY,
        503,
        "Service Unavailable",
    )


def test_an_error_raised_with_only_a_sentence_keeps_its_class_s_code() -> None:
    assert OfflineError("x").reason == REASON_OFFLINE
    assert NeedsSignIn("Please sign in to sync.").reason == REASON_SESSION_ENDED
    assert InvalidReply("x").detail == ""
    assert RequestRejected("Only the author may edit this.").detail == (
        "Only the author may edit this."
    )
    assert SyncError("The server keeps asking to start again.").reason == "failed"
