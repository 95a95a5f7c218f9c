"""Password recovery through the SDK, as GoTrue does it: a mailed one-time code (the
devserver prints the mail and keeps it in its mailbox), traded for a session once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from supabase import Client
from supabase_auth.errors import AuthApiError

from devserver.server import DevServer
from tests.fixtures.devserver import SignedUpUser, new_email


def _mails_to(devserver: DevServer, email: str) -> list[dict[str, Any]]:
    return [m for m in devserver.context.extras.get("mailbox", []) if m["to"] == email]


def test_a_mailed_code_sets_a_new_password_once(
    devserver: DevServer,
    make_client: Callable[..., Client],
    signed_up_user: Callable[..., SignedUpUser],
) -> None:
    user = signed_up_user()
    anon = make_client()
    anon.auth.reset_password_for_email(user.email)
    [mail] = _mails_to(devserver, user.email)
    assert len(mail["code"]) == 6
    assert mail["code"] in mail["link"]
    reply = anon.auth.verify_otp({"email": user.email, "token": mail["code"], "type": "recovery"})
    assert reply.session is not None
    assert reply.user is not None
    assert reply.user.id == user.id
    anon.auth.update_user({"password": "a-brand-new-secret"})
    fresh = make_client()
    with pytest.raises(AuthApiError):
        fresh.auth.sign_in_with_password({"email": user.email, "password": user.password})
    assert (
        fresh.auth.sign_in_with_password(
            {"email": user.email, "password": "a-brand-new-secret"}
        ).session
        is not None
    )
    with pytest.raises(AuthApiError, match="expired or is invalid"):  # once only
        make_client().auth.verify_otp(
            {"email": user.email, "token": mail["code"], "type": "recovery"}
        )


def test_a_wrong_code_or_another_address_gets_nothing(
    devserver: DevServer,
    make_client: Callable[..., Client],
    signed_up_user: Callable[..., SignedUpUser],
) -> None:
    user, other = signed_up_user(), signed_up_user()
    make_client().auth.reset_password_for_email(user.email)
    [mail] = _mails_to(devserver, user.email)
    wrong = f"{(int(mail['code']) + 1) % 1_000_000:06d}"
    for email, code in ((user.email, wrong), (other.email, mail["code"])):
        with pytest.raises(AuthApiError, match="expired or is invalid"):
            make_client().auth.verify_otp({"email": email, "token": code, "type": "recovery"})


def test_an_unknown_address_is_answered_alike_and_nothing_is_sent(
    devserver: DevServer, make_client: Callable[..., Client]
) -> None:
    email = new_email("nobody")
    make_client().auth.reset_password_for_email(email)  # no error: no account discovery
    assert _mails_to(devserver, email) == []


def test_asking_again_within_a_minute_is_refused(
    make_client: Callable[..., Client], signed_up_user: Callable[..., SignedUpUser]
) -> None:
    user = signed_up_user()
    make_client().auth.reset_password_for_email(user.email)
    with pytest.raises(AuthApiError, match="only request this after 60 seconds"):
        make_client().auth.reset_password_for_email(user.email)
