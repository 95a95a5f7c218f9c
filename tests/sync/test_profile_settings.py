"""Leaving the leaderboard: changed on the real devserver as the learner, then mirrored."""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

import pytest

from desktop.store.leaderboard import shown_on_leaderboard
from desktop.sync.engine import SyncEngine
from desktop.sync.errors import OfflineError
from desktop.sync.profile_settings import set_leaderboard_visibility
from desktop.sync.session import AuthSession, make_client
from desktop.sync.settings import ServerSettings
from desktop.sync.vault import KeyringVault
from tests.helpers.keyring import MemoryKeyring
from tests.sync.conftest import Learner


def _listed(learner: Learner) -> bool:
    rows: list[dict[str, Any]] = learner.auth.client().rpc(
        "get_leaderboard", {"limit_count": 100}).execute().data
    return any(row["is_self"] for row in rows)


def test_learner_who_leaves_the_leaderboard_is_omitted_and_can_return(
        new_learner: Callable[..., Learner]) -> None:
    learner = new_learner()
    SyncEngine(learner.store, learner.auth).run_cycle()  # mirrors the profile row
    assert _listed(learner) and shown_on_leaderboard(learner.store)

    set_leaderboard_visibility(learner.auth, learner.store, False)
    assert not _listed(learner)
    assert not shown_on_leaderboard(learner.store)
    SyncEngine(learner.store, learner.auth).run_cycle()  # a later pull agrees
    assert not shown_on_leaderboard(learner.store)

    set_leaderboard_visibility(learner.auth, learner.store, True)
    assert _listed(learner) and shown_on_leaderboard(learner.store)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_offline_change_raises_offline_and_changes_nothing(
        new_learner: Callable[..., Learner], server_settings: ServerSettings,
        keyring_backend: MemoryKeyring) -> None:
    learner = new_learner()
    SyncEngine(learner.store, learner.auth).run_cycle()
    gone = ServerSettings(f"http://127.0.0.1:{_closed_port()}", server_settings.anon_key)
    unreachable = AuthSession(server_settings, KeyringVault(keyring_backend),
                              client_factory=lambda _s, token: make_client(gone, token))
    assert unreachable.restore(learner.user_id) is not None
    with pytest.raises(OfflineError, match="can't be reached"):
        set_leaderboard_visibility(unreachable, learner.store, False)
    assert shown_on_leaderboard(learner.store)
    assert _listed(learner)
