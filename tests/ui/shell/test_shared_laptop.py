"""Shared laptops: a learner who signed out opens again only with their password or PIN.

Through the real sign-in dialog and app flow, against the devserver: sign in
online, sign out, then "Continue" asks for the password (online: the server
checks it; offline: the verifier kept from the last online sign-in), or for
the PIN the learner chose when the school turned quick PIN sign-in on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.store.db.unlock import FREE_TRIES, LearnerLocked
from desktop.ui.shell.app_flow import AppFlow
from desktop.ui.shell.sign_in import SignInDialog
from devserver.server import DevServer
from tests.fixtures.devserver import SignedUpUser
from tests.ui.app_flows import AppFlows

LaptopFactory = Callable[..., AppFlow]


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def laptop(
    app_flows: AppFlows,
    healthy_devserver: DevServer,
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[LaptopFactory]:
    """``laptop(quick_pin=False)``: the app on a laptop that uses the devserver."""
    monkeypatch.delenv("SUPABASE_URL", raising=False)
    monkeypatch.delenv("SUPABASE_ANON_KEY", raising=False)

    def make(*, quick_pin: bool = False) -> AppFlow:
        accounts = app_flows.accounts(server=healthy_devserver, quick_pin=quick_pin, clock=clock)
        return app_flows.open(accounts)

    yield make
    healthy_devserver.set_offline(False)  # before app_flows closes the flows


def dialog_of(flow: AppFlow) -> SignInDialog:
    assert flow.dialog is not None
    return flow.dialog


def sign_in(flow: AppFlow, qtbot: QtBot, user: SignedUpUser, *, pin: str = "") -> None:
    dialog = dialog_of(flow)
    qtbot.keyClicks(dialog.email, user.email)
    qtbot.keyClicks(dialog.password, user.password)
    if pin:
        qtbot.keyClicks(dialog.new_pin, pin)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.shell is not None, timeout=20_000)


def sign_out(flow: AppFlow, qtbot: QtBot) -> SignInDialog:
    shell = flow.shell
    assert shell is not None
    qtbot.waitUntil(lambda: shell.settings.data is not None, timeout=10_000)
    shell.settings.on_sign_out_clicked()  # confirm=False answers "yes"
    qtbot.waitUntil(
        lambda: flow.shell is None and flow.dialog is not None and flow.dialog.isVisible(),
        timeout=20_000,
    )
    dialog = dialog_of(flow)
    assert "signed out" in dialog.learners.item(0).text()
    return dialog


def try_unlock(flow: AppFlow, qtbot: QtBot, secret: str) -> str:
    """Type ``secret`` and press Continue; the message shown, or "" when it opened."""
    dialog = dialog_of(flow)
    assert dialog.unlock_box.isVisible()
    dialog.unlock_secret.clear()
    qtbot.keyClicks(dialog.unlock_secret, secret)
    assert dialog.unlock_status.isHidden()  # typing again clears the last answer
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: flow.shell is not None or not dialog.unlock_status.isHidden(), timeout=20_000
    )
    return "" if flow.shell is not None else dialog.unlock_status.text()


def assert_locked(flow: AppFlow, user: SignedUpUser) -> None:
    assert flow.shell is None
    assert flow.opened is None
    with pytest.raises(LearnerLocked):  # nobody can record work for them meanwhile
        flow.accounts.profiles.open_learner(user.id)


def test_continue_after_sign_out_needs_the_password_checked_by_the_server(
    laptop: LaptopFactory, qtbot: QtBot, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    user = signed_up_user()
    flow = laptop()
    sign_in(flow, qtbot, user)
    dialog = sign_out(flow, qtbot)
    assert dialog.unlock_box.isVisible()
    assert not dialog.use_pin.isVisible()
    assert "Type the password" in dialog.unlock_hint.text()

    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)  # nothing typed
    assert dialog.unlock_status.text() == "Type the password first."
    assert_locked(flow, user)

    assert try_unlock(flow, qtbot, "not-the-password") == "Wrong password."
    assert_locked(flow, user)

    assert try_unlock(flow, qtbot, user.password) == ""
    opened = flow.opened
    assert opened is not None
    assert opened.profile.user_id == user.id
    assert opened.session is not None
    assert opened.session.signed_in


def test_offline_the_password_is_checked_here_with_a_wait_after_wrong_tries(
    laptop: LaptopFactory,
    qtbot: QtBot,
    healthy_devserver: DevServer,
    clock: Clock,
    signed_up_user: Callable[..., SignedUpUser],
) -> None:
    user = signed_up_user()
    flow = laptop()
    sign_in(flow, qtbot, user)
    sign_out(flow, qtbot)
    healthy_devserver.set_offline(True)

    for _ in range(FREE_TRIES):
        assert try_unlock(flow, qtbot, "not-the-password") == "Wrong password."
    assert try_unlock(flow, qtbot, "still-not-it") == "Wrong password. Try again in 30 s."
    assert_locked(flow, user)
    # even the right password waits (and a restarted app would read the same wait)
    assert try_unlock(flow, qtbot, user.password) == "Too many wrong tries. Try again in 30 s."
    assert_locked(flow, user)

    clock.now += 30
    assert try_unlock(flow, qtbot, user.password) == ""
    opened = flow.opened
    assert opened is not None
    assert opened.profile.user_id == user.id
    # signing out ended the session: sync will ask for a sign-in when back online
    assert opened.session is not None
    assert not opened.session.signed_in


def test_a_pin_chosen_at_sign_in_or_in_settings_reopens_the_learner(
    laptop: LaptopFactory,
    qtbot: QtBot,
    healthy_devserver: DevServer,
    signed_up_user: Callable[..., SignedUpUser],
) -> None:
    user = signed_up_user()
    flow = laptop(quick_pin=True)
    sign_in(flow, qtbot, user, pin="2468")
    dialog = sign_out(flow, qtbot)
    assert dialog.use_pin.isVisible()
    assert dialog.use_pin.isChecked()
    assert "Type the PIN" in dialog.unlock_hint.text()

    healthy_devserver.set_offline(True)  # a PIN never needs the server
    assert try_unlock(flow, qtbot, "1357") == "Wrong PIN."
    assert_locked(flow, user)
    assert try_unlock(flow, qtbot, "2468") == ""
    opened = flow.opened
    assert opened is not None
    assert opened.profile.user_id == user.id
    # with a PIN, signing out kept the session here: the work still syncs
    assert opened.session is not None
    assert opened.session.signed_in
    healthy_devserver.set_offline(False)

    shell = flow.shell
    assert shell is not None
    qtbot.waitUntil(lambda: shell.settings.data is not None, timeout=10_000)
    settings = shell.settings
    assert not settings.pin_row.isHidden()
    assert not settings.remove_pin.isHidden()
    qtbot.keyClicks(settings.pin_edit, "97531")
    qtbot.mouseClick(settings.save_pin, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.pin_status.text().startswith("PIN saved"), timeout=10_000)
    sign_out(flow, qtbot)
    assert try_unlock(flow, qtbot, "2468") == "Wrong PIN."  # the old PIN is gone
    assert try_unlock(flow, qtbot, "97531") == ""


def test_the_password_still_opens_a_learner_who_has_a_pin(
    laptop: LaptopFactory, qtbot: QtBot, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    user = signed_up_user()
    flow = laptop(quick_pin=True)
    sign_in(flow, qtbot, user, pin="2468")
    dialog = sign_out(flow, qtbot)
    dialog.use_pin.setChecked(False)
    assert "Type the password" in dialog.unlock_hint.text()
    assert try_unlock(flow, qtbot, "2468") == "Wrong password."  # a PIN is not a password
    assert try_unlock(flow, qtbot, user.password) == ""


def test_without_quick_pin_sign_in_no_pin_is_offered(
    laptop: LaptopFactory, qtbot: QtBot, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    user = signed_up_user()
    flow = laptop()
    dialog = dialog_of(flow)
    assert not dialog.new_pin.isVisible()
    sign_in(flow, qtbot, user)
    shell = flow.shell
    assert shell is not None
    qtbot.waitUntil(lambda: shell.settings.data is not None, timeout=10_000)
    assert shell.settings.pin_row.isHidden()
