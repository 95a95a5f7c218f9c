"""Leaving the leaderboard: changed on the real devserver as the learner, then mirrored."""

from __future__ import annotations

import socket
from collections.abc import Callable

import pytest

from desktop.account.profile_settings import set_leaderboard_visibility
from desktop.account.session import AuthSession, make_client
from desktop.account.settings import ServerSettings
from desktop.account.vault import KeyringVault
from desktop.store.replica.leaderboard import shown_on_leaderboard
from desktop.sync.engine import SyncEngine
from desktop.sync.errors import OfflineError
from devserver.server import DevServer
from tests.fixtures.learners import Learner
from tests.helpers.json_rows import json_rows
from tests.helpers.keyring import MemoryKeyring
from tests.helpers.leaderboard import make_top_scorer


def _listed(learner: Learner) -> bool:
    """On the board, where a top scorer must be: its first row."""
    rows = json_rows(
        learner.auth.client().rpc("get_leaderboard", {"limit_count": 100}).execute().data
    )
    own = [i for i, row in enumerate(rows) if row["is_self"]]
    assert own in ([], [0]), f"the top scorer is listed at rows {own}"
    return bool(own)


def test_learner_who_leaves_the_leaderboard_is_omitted_and_can_return(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    learner = new_learner()
    make_top_scorer(healthy_devserver.db_url, learner.user_id)  # other tests share the board
    SyncEngine(learner.store, learner.auth).run_cycle()  # mirrors the profile row
    assert _listed(learner)
    assert shown_on_leaderboard(learner.store)

    set_leaderboard_visibility(learner.auth, learner.store, False)
    assert not _listed(learner)
    assert not shown_on_leaderboard(learner.store)
    SyncEngine(learner.store, learner.auth).run_cycle()  # a later pull agrees
    assert not shown_on_leaderboard(learner.store)

    set_leaderboard_visibility(learner.auth, learner.store, True)
    assert _listed(learner)
    assert shown_on_leaderboard(learner.store)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_offline_change_raises_offline_and_changes_nothing(
    new_learner: Callable[..., Learner],
    server_settings: ServerSettings,
    keyring_backend: MemoryKeyring,
    healthy_devserver: DevServer,
) -> None:
    learner = new_learner()
    make_top_scorer(healthy_devserver.db_url, learner.user_id)
    SyncEngine(learner.store, learner.auth).run_cycle()
    gone = ServerSettings(f"http://127.0.0.1:{_closed_port()}", server_settings.anon_key)
    unreachable = AuthSession(
        server_settings,
        KeyringVault(keyring_backend),
        client_factory=lambda _s, token: make_client(gone, token),
    )
    assert unreachable.restore(learner.user_id) is not None
    with pytest.raises(OfflineError, match="can't be reached"):
        set_leaderboard_visibility(unreachable, learner.store, False)
    assert shown_on_leaderboard(learner.store)
    assert _listed(learner)
