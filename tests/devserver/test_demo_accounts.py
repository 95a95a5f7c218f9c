"""Demo accounts: created when missing, never printed with a password that fails."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg_pool import ConnectionPool

from devserver.auth.users import password_matches
from devserver.context import ServerContext
from devserver.demo import DEMO_ACCOUNTS, UNKNOWN_PASSWORD, ensure_demo_accounts


@pytest.fixture
def context(db_url: str, tmp_path: Path) -> Iterator[ServerContext]:
    with ConnectionPool(db_url, min_size=1, max_size=2, kwargs={"autocommit": True}) as pool:
        yield ServerContext(pool=pool, jwt_secret="x" * 40, data_dir=tmp_path, bcrypt_rounds=4)


def test_missing_demo_accounts_are_created_with_their_profile_roles(
    context: ServerContext, db_url: str
) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("delete from auth.users where email like '%%@lantern.local'")
    accounts = ensure_demo_accounts(context)

    assert accounts == list(DEMO_ACCOUNTS)
    with psycopg.connect(db_url) as conn:
        for account in accounts:
            row = conn.execute(
                "select u.encrypted_password, p.role from auth.users u "
                "join public.profiles p on p.id = u.id where u.email = %s",
                (account.email,),
            ).fetchone()
            assert row is not None
            assert password_matches(account.password, row[0])
            assert row[1] == account.role


def test_a_demo_password_changed_since_is_not_printed(context: ServerContext, db_url: str) -> None:
    ensure_demo_accounts(context)
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute(
            "update auth.users set encrypted_password = '' where email = 'learner@lantern.local'"
        )
    passwords = {account.email: account.password for account in ensure_demo_accounts(context)}
    assert passwords == {
        "learner@lantern.local": UNKNOWN_PASSWORD,
        "instructor@lantern.local": "lantern-instructor",
    }
