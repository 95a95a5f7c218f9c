"""Fixtures for sync tests: a real devserver, real SQLite stores, a memory keyring."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.store.profiles import ProfileDirectory
from desktop.store.store import LearnerStore
from desktop.sync.session import AuthSession
from desktop.sync.settings import ServerSettings
from desktop.sync.vault import KeyringVault
from devserver.server import DevServer
from tests.devserver.conftest import (  # noqa: F401 - fixtures shared with the devserver tests
    devserver,
    healthy_devserver,
    short_jwt_expiry,
)
from tests.helpers.keyring import MemoryKeyring

PYTHON_COURSE = "c0c0c0c0-0000-4000-8000-000000000001"
HELLO_LESSON = "e1e1e1e1-0001-4000-8000-000000000001"  # free, practice quiz
VARIABLES_LESSON = "e1e1e1e1-0001-4000-8000-000000000002"
FUNCTIONS_LESSON = "e1e1e1e1-0001-4000-8000-000000000004"  # assessed quiz


@dataclass
class Learner:
    auth: AuthSession
    store: LearnerStore
    email: str
    password: str

    @property
    def user_id(self) -> str:
        assert self.store.user_id is not None
        return self.store.user_id


@pytest.fixture
def keyring_backend() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def server_settings(healthy_devserver: DevServer) -> ServerSettings:  # noqa: F811 - the imported fixture
    return ServerSettings(healthy_devserver.url, healthy_devserver.anon_key)


@pytest.fixture
def profiles(tmp_path: Path) -> ProfileDirectory:
    return ProfileDirectory(tmp_path / "data")


@pytest.fixture
def new_learner(server_settings: ServerSettings, keyring_backend: MemoryKeyring,
                profiles: ProfileDirectory) -> Iterator[Callable[..., Learner]]:
    """``new_learner()``: signs up a new account and opens its local store."""
    opened: list[LearnerStore] = []

    def make(profile_dir: ProfileDirectory | None = None) -> Learner:
        auth = AuthSession(server_settings, KeyringVault(keyring_backend))
        email, password = f"l-{uuid.uuid4().hex[:10]}@example.test", "correct-horse-9"
        identity = auth.sign_up(email, password, username="u_" + uuid.uuid4().hex[:10],
                                full_name="Sync Tester")
        store, _ = (profile_dir or profiles).open_learner(identity.user_id)
        opened.append(store)
        return Learner(auth, store, email, password)

    yield make
    for store in opened:
        store.close()
