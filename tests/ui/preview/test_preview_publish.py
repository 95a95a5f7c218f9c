"""Preview → publish as the devserver's demo instructor; a learner account is refused."""

from __future__ import annotations

import re
import shutil
import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.account.session import AuthSession
from desktop.account.settings import ServerSettings
from desktop.account.vault import KeyringVault
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.preview.flow import PreviewFlow
from desktop.ui.theme import RESOURCES
from devserver.server import DevServer
from tests.helpers.keyring import MemoryKeyring


def _own_package(tmp_path: Path) -> Path:
    """The sample course under a fresh id, so other tests' catalogues are untouched."""
    folder = tmp_path / "course"
    shutil.copytree(RESOURCES / "sample-course", folder)
    toml = folder / "course.toml"
    text = re.sub(
        r'^id = ".*"$',
        f'id = "{uuid.uuid4()}"',
        toml.read_text(encoding="utf-8"),
        flags=re.MULTILINE,
    )
    toml.write_text(
        text.replace('slug = "how-the-web-works"', f'slug = "web-{uuid.uuid4().hex[:8]}"'),
        encoding="utf-8",
    )
    return folder


def _session(server: DevServer, role: str) -> AuthSession:
    account = next(a for a in server.demo_accounts if a.role == role)
    session = AuthSession(
        ServerSettings(server.url, server.anon_key), KeyringVault(MemoryKeyring())
    )
    session.sign_in(account.email, account.password)
    return session


@pytest.mark.parametrize(("role", "expected"), [("instructor", "published"), ("student", "")])
def test_publish_from_the_preview(
    healthy_devserver: DevServer, tmp_path: Path, qtbot: QtBot, role: str, expected: str
) -> None:
    if not any(a.role == role for a in healthy_devserver.demo_accounts):
        pytest.skip(f"the devserver has no demo {role}")
    runner = TaskRunner()
    flow = PreviewFlow(runner, confirm=False)
    flow.session = _session(healthy_devserver, role)
    window = flow.open(_own_package(tmp_path))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.result is not None and window.result.ok, timeout=10_000)
    window.publish_requested.emit(str(window.folder))
    qtbot.waitUntil(lambda: flow.last_message != "", timeout=30_000)
    if expected:
        assert expected in flow.last_message
        assert "Added lessons" in flow.last_message
    else:
        assert "Only instructors can publish" in flow.last_message
    runner.wait_for_done()


def test_publishing_needs_a_signed_in_account(tmp_path: Path, qtbot: QtBot) -> None:
    runner = TaskRunner()
    flow = PreviewFlow(runner, confirm=False)
    window = flow.open(_own_package(tmp_path))
    qtbot.addWidget(window)
    window.publish_requested.emit(str(window.folder))
    assert "Sign in with your instructor account" in flow.last_message
    runner.wait_for_done()
