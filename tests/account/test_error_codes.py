"""The account layer refuses with codes and data, not sentences: the server
check, the saved session and the setup code (the UI and the command line word
them: tests/ui/shell/test_error_words.py, tests/cli/test_error_words.py)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from desktop.account import setup_code
from desktop.account.server_check import check_server
from desktop.account.session import AuthSession, _jwt_payload
from desktop.account.settings import ServerSettings, SettingsError
from desktop.account.setup_code import SetupCodeError, parse_setup
from desktop.account.vault import FileVault
from desktop.sync.errors import NeedsSignIn

KEY = "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.c2lnbmF0dXJl"
SETTINGS = ServerSettings("https://school.example/", KEY)


def _client(answer: httpx.Response | Exception) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(answer, Exception):
            raise answer
        return answer

    return httpx.Client(transport=httpx.MockTransport(handler))


@pytest.mark.parametrize(
    ("answer", "reason", "status", "detail"),
    [
        (httpx.ConnectError("refused"), "unreachable", None, "ConnectError"),
        (httpx.Response(401), "key_refused", None, ""),
        (httpx.Response(403), "key_refused", None, ""),
        (httpx.Response(404), "not_supabase", 404, ""),
    ],
)
def test_the_server_check_refuses_with_a_code(
    answer: httpx.Response | Exception, reason: str, status: int | None, detail: str
) -> None:
    with pytest.raises(SettingsError) as refused:
        check_server(SETTINGS, client=_client(answer))
    error = refused.value
    assert (error.reason, error.status, error.detail) == (reason, status, detail)
    assert error.url == ("https://school.example" if reason != "key_refused" else "")


def test_a_server_that_answers_passes_the_check() -> None:
    check_server(SETTINGS, client=_client(httpx.Response(200, json={})))


@pytest.mark.parametrize("token", ["not-a-jwt", "a.W10.c"])  # W10: base64 of "[]"
def test_a_damaged_saved_session_has_its_code(token: str) -> None:
    with pytest.raises(NeedsSignIn) as refused:
        _jwt_payload(token)
    assert refused.value.reason == "session_damaged"


def test_no_session_here_has_its_code(tmp_path: Path) -> None:
    session = AuthSession(SETTINGS, FileVault(tmp_path / "tokens.json"))
    with pytest.raises(NeedsSignIn) as refused:
        session.access_token()
    assert refused.value.reason == "not_signed_in"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", setup_code.EMPTY),
        ("hello", setup_code.NOT_A_CODE),
        ("lantern1.abc", setup_code.INCOMPLETE),
        ("lantern9.abcd.01234567", setup_code.NEWER_CODE),
        ("lantern://setup?v=2&url=x&key=y", setup_code.NEWER_LINK),
        (f"lantern://setup?v=1&url=https://u:p@school.example&key={KEY}", setup_code.BAD_ADDRESS),
        (f"lantern://setup?v=1&url=http://school.example&key={KEY}", setup_code.NOT_HTTPS),
        (
            "lantern://setup?v=1&url=https://school.example&key=sb_secret_abcdefghijklmnopqrstu",
            setup_code.SECRET_KEY,
        ),
        ("lantern://setup?v=1&url=https://school.example&key=a.b.c", setup_code.INCOMPLETE_KEY),
    ],
)
def test_each_refused_setup_code_has_its_code(text: str, reason: str) -> None:
    with pytest.raises(SetupCodeError) as refused:
        parse_setup(text)
    assert refused.value.reason == reason
    assert str(refused.value).endswith(".")  # an English sentence, for the log
