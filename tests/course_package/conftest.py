"""Publishing tests use the real devserver and the real SDK.

The devserver fixtures live in ``tests/devserver/conftest.py``; importing
them here makes them available to this package (pytest registers fixtures
found in a conftest's namespace).  This package then has its own
session devserver — one more database copy per run.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import psycopg
import pytest

from devserver.server import DevServer
from tests.devserver.conftest import (  # noqa: F401  # fixtures, registered by import
    SignedUpUser,
    devserver,
    make_client,
    signed_up_user,
)
from tests.sync.conftest import (  # noqa: F401  # fixtures, registered by import
    healthy_devserver,
    keyring_backend,
    new_learner,
    profiles,
    server_settings,
)


@pytest.fixture
def make_instructor(
    devserver: DevServer, signed_up_user: Callable[..., SignedUpUser]  # noqa: F811
) -> Callable[[], SignedUpUser]:
    """``make_instructor()``: a new account given the instructor role by an admin."""

    def make() -> SignedUpUser:
        user = signed_up_user()
        with psycopg.connect(devserver.db_url, autocommit=True) as conn:
            conn.execute("update public.profiles set role = 'instructor' where id = %s",
                         (user.id,))
        return user

    return make


@pytest.fixture
def unique_slug() -> str:
    return "course-" + uuid.uuid4().hex[:10]
