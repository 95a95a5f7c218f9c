"""Fixtures for talking to a real devserver over loopback HTTP with the real SDK.

``devserver`` is one server for the whole test session, on its own copy of
the template database (so the database is not built again).  Tests share it:
make your own users (``signed_up_user``) rather than relying on an empty
database, and leave ``devserver.faults`` / ``jwt_expiry`` as you found them
(the ``short_jwt_expiry`` fixture does that for you).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from supabase import Client, create_client
from supabase.lib.client_options import SyncClientOptions

from devserver.server import DevServer
from tests.helpers.pg import Cluster

# bcrypt's cheapest cost: still real bcrypt hashes, but sign-ups stay fast.
TEST_BCRYPT_ROUNDS = 4


@pytest.fixture(scope="session")
def devserver(pg_cluster: Cluster, db_template: str,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevServer]:
    """A running devserver (see ``DevServer``'s docstring for its attributes)."""
    with pg_cluster.copy_of(db_template) as url:
        server = DevServer(data_dir=tmp_path_factory.mktemp("devserver"), database_url=url,
                           bcrypt_rounds=TEST_BCRYPT_ROUNDS)
        with server:
            yield server


@pytest.fixture
def healthy_devserver(devserver: DevServer) -> Iterator[DevServer]:
    """The shared devserver, with any fault a test injects removed afterwards."""
    devserver.faults.reset()
    yield devserver
    devserver.faults.reset()


@pytest.fixture
def short_jwt_expiry(devserver: DevServer) -> Iterator[int]:
    """Access tokens issued during the test live 2 s."""
    before = devserver.jwt_expiry
    devserver.jwt_expiry = 2
    yield 2
    devserver.jwt_expiry = before


def client_options(**overrides: Any) -> SyncClientOptions:
    options: dict[str, Any] = {"auto_refresh_token": False, "persist_session": False}
    options.update(overrides)
    return SyncClientOptions(**options)


@pytest.fixture
def make_client(devserver: DevServer) -> Iterator[Callable[..., Client]]:
    """``make_client(key=None, **options)``: an SDK client on the devserver.

    The anon key and ``auto_refresh_token=False, persist_session=False`` by
    default; refresh timers are cancelled when the test ends.
    """
    made: list[Client] = []

    def make(key: str | None = None, **options: Any) -> Client:
        client = create_client(devserver.url, key or devserver.anon_key,
                               client_options(**options))
        made.append(client)
        return client

    yield make
    for client in made:
        timer = client.auth._refresh_token_timer  # no public way to stop auto-refresh
        if timer is not None:
            timer.cancel()


@dataclass
class SignedUpUser:
    client: Client  # signed in as this user
    id: str
    email: str
    password: str
    access_token: str
    refresh_token: str


def new_email(prefix: str = "user") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}@example.test"


@pytest.fixture
def signed_up_user(make_client: Callable[..., Client],
                   devserver: DevServer) -> Callable[..., SignedUpUser]:
    """``signed_up_user(role="student", **client_options)``: a new user, signed in.

    ``role`` is the profile role ("student", "instructor", "admin"); others
    than student are set directly in the database, as an admin would.
    """

    def make(role: str = "student", **options: Any) -> SignedUpUser:
        client = make_client(**options)
        email, password = new_email(), "correct-horse-battery"
        username = "u_" + uuid.uuid4().hex[:12]
        response = client.auth.sign_up({
            "email": email, "password": password,
            "options": {"data": {"username": username, "full_name": "Test Learner"}},
        })
        assert response.session is not None and response.user is not None
        if role != "student":
            with psycopg.connect(devserver.db_url, autocommit=True) as conn:
                updated = conn.execute("update public.profiles set role = %s where id = %s",
                                       (role, response.user.id)).rowcount
            assert updated == 1, "the sign-up made no profile"
        return SignedUpUser(client, response.user.id, email, password,
                            response.session.access_token, response.session.refresh_token)

    return make
