"""The demo accounts a fresh devserver offers: one learner, one instructor.

``supabase/seed.sql`` may create them already; otherwise they are signed up
through the devserver's own auth code (so they get a bcrypt password, an
identity and — through the migration's trigger — a profile), and the
instructor's profile is given its role.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Any

import psycopg

from devserver.auth import users
from devserver.context import ServerContext

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DemoAccount:
    email: str
    password: str
    role: str  # profiles.role
    full_name: str


DEMO_ACCOUNTS = (
    DemoAccount("learner@lantern.local", "lantern-learner", "student", "Demo Learner"),
    DemoAccount("instructor@lantern.local", "lantern-instructor", "instructor", "Demo Instructor"),
)


def _has_profiles(conn: psycopg.Connection[Any]) -> bool:
    return conn.execute("select to_regclass('public.profiles') is not null").fetchone() == (True,)


UNKNOWN_PASSWORD = "(changed since it was created)"


def _ensure(conn: psycopg.Connection[Any], account: DemoAccount, rounds: int) -> DemoAccount:
    existing = users.find_user_by_email(conn, account.email)
    if existing is not None:
        # Made by the seed or an earlier start: keep it, but never print a
        # password that no longer works.
        if users.password_matches(account.password, existing["encrypted_password"]):
            return account
        return replace(account, password=UNKNOWN_PASSWORD)
    username = account.email.split("@", 1)[0]
    uid = users.create_user(
        conn,
        account.email,
        account.password,
        {"username": username, "full_name": account.full_name},
        rounds=rounds,
    )
    if not _has_profiles(conn):
        return account
    # Before the profile trigger existed the schema tests made profiles by hand;
    # do the same so the demo works on any schema version.
    conn.execute(
        "insert into public.profiles (id, username, full_name) values (%s, %s, %s) "
        "on conflict (id) do nothing",
        (uid, username, account.full_name),
    )
    if account.role != "student":
        conn.execute("update public.profiles set role = %s where id = %s", (account.role, uid))
    log.info("created demo account %s", account.email)
    return account


def ensure_demo_accounts(ctx: ServerContext) -> list[DemoAccount]:
    with ctx.pool.connection() as conn, conn.transaction():
        return [_ensure(conn, account, ctx.bcrypt_rounds) for account in DEMO_ACCOUNTS]
