"""Forgot password, through the real dialog and Accounts against the devserver: the mailed
code (the devserver's mailbox) sets a new password and signs the learner in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.password_reset import PasswordResetDialog
from desktop.ui.shell.sign_in import SignInDialog
from devserver.server import DevServer
from tests.fixtures.devserver import SignedUpUser
from tests.ui.app_flows import laptop_accounts


def test_a_forgotten_password_is_reset_with_the_mailed_code(
    qtbot: QtBot,
    tmp_path: Path,
    healthy_devserver: DevServer,
    signed_up_user: Callable[..., SignedUpUser],
) -> None:
    user = signed_up_user()
    accounts = laptop_accounts(tmp_path / "data", server=healthy_devserver)
    runner = TaskRunner()
    dialog = SignInDialog(accounts, runner, current_server=healthy_devserver.url)
    qtbot.addWidget(dialog)
    dialog.email.setText(user.email)
    dialog.forgot.click()
    reset = dialog.reset_dialog
    assert isinstance(reset, PasswordResetDialog)
    assert reset.email.text() == user.email
    reset.send.click()
    qtbot.waitUntil(lambda: "code is on its way" in reset.status.text(), timeout=10_000)
    [mail] = [m for m in healthy_devserver.context.extras["mailbox"] if m["to"] == user.email]
    reset.code.setText(mail["code"])
    reset.password.setText("brand-new-secret")
    reset.confirm.setText("brand-new-secrex")
    reset.set_password.click()
    assert reset.status.text() == "The two passwords are not the same."  # before any request
    reset.confirm.setText("brand-new-secret")
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000) as signed:
        reset.set_password.click()
    assert signed.args[0].user_id == user.id
    runner.wait_for_done()
    assert accounts.opened is not None
    assert accounts.opened.profile.user_id == user.id
    accounts.opened.store.close()


def test_a_wrong_code_is_said_plainly(
    qtbot: QtBot,
    tmp_path: Path,
    healthy_devserver: DevServer,
    signed_up_user: Callable[..., SignedUpUser],
) -> None:
    user = signed_up_user()
    accounts = laptop_accounts(tmp_path / "data", server=healthy_devserver)
    runner = TaskRunner()
    reset = PasswordResetDialog(accounts, runner, user.email)
    qtbot.addWidget(reset)
    reset.code.setText("000000")  # no code was even asked for
    reset.password.setText("brand-new-secret")
    reset.confirm.setText("brand-new-secret")
    reset.set_password.click()
    qtbot.waitUntil(lambda: "wrong or has expired" in reset.status.text(), timeout=10_000)
    runner.wait_for_done()
