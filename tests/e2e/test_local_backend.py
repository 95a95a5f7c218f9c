"""``lantern demo``'s backend: a devserver child process, found and stopped."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from desktop.localbackend import DEMO_LEARNER, LocalBackend
from desktop.sync.session import AuthSession
from desktop.sync.vault import KeyringVault
from tests.helpers.keyring import MemoryKeyring


def test_demo_backend_starts_signs_in_the_demo_learner_and_stops() -> None:
    # Not under pytest's tmp_path: a second pytest run makes that tree private
    # again, locking PostgreSQL's unprivileged user out mid-initdb.
    tmp_path = Path(tempfile.mkdtemp(prefix="lantern-demo-test-"))
    backend = LocalBackend(tmp_path / "demo")
    with backend:
        settings = backend.start()
        assert settings.url.startswith("http://127.0.0.1:")
        auth = AuthSession(settings, KeyringVault(MemoryKeyring()))
        identity = auth.sign_in(*DEMO_LEARNER)
        assert identity.email == DEMO_LEARNER[0]
        process = backend._process
        assert process is not None
    assert process.poll() == 0  # Ctrl-C: a clean exit, PostgreSQL stopped
    assert not (tmp_path / "demo" / "server" / "postgres" / "postmaster.pid").exists()
    shutil.rmtree(tmp_path, ignore_errors=True)
