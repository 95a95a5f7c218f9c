"""``lantern demo``'s backend: a devserver child process, found and stopped cleanly."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from desktop.account.session import AuthSession
from desktop.account.vault import KeyringVault
from desktop.ui.shell.demo_server import DemoServerProcess
from tests.helpers.keyring import MemoryKeyring


def test_demo_backend_starts_signs_in_the_demo_learner_and_stops_postgres() -> None:
    # Not under pytest's tmp_path: a second pytest run makes that tree private
    # again, locking PostgreSQL's unprivileged user out mid-initdb.
    folder = Path(tempfile.mkdtemp(prefix="lantern-demo-test-"))
    backend = DemoServerProcess(folder / "demo")
    try:
        demo = backend.start()
        assert demo.settings.url.startswith("http://127.0.0.1:")
        identity = AuthSession(demo.settings, KeyringVault(MemoryKeyring())).sign_in(
            demo.learner_email, demo.learner_password
        )
        assert identity.email == demo.learner_email
        process = backend.process
        assert process is not None
    finally:
        backend.stop()
    assert process.poll() == 0  # SIGTERM: a clean exit
    assert not (folder / "demo" / "server" / "postgres" / "postmaster.pid").exists()
    shutil.rmtree(folder, ignore_errors=True)
