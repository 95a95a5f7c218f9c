"""The command line's own phrases for the codes the store and the account raise
(``desktop/cli/error_words.py``, context ``cli.errors``): what is wrong with
Lantern's data, a damaged file moved aside, where a session is kept.  The words
it shares with the app, and its other own sentences: tests/ui/shell/test_error_words.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.account.vault import VaultInfo
from desktop.cli import messages
from desktop.cli.common import describe_error, unusable_data
from desktop.cli.error_words import describe_damage, describe_vault
from desktop.store.errors import (
    CANNOT_MIGRATE,
    INTEGRITY,
    NOT_SQLITE,
    UNREADABLE,
    CorruptStore,
    ProfileError,
    SchemaTooNew,
    StoreError,
    StoreUnavailable,
)

DB = Path("/data/learners/u1/lantern.db")


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    with messages.speaking("en"):
        yield


STORE: list[tuple[StoreError, str]] = [
    (CorruptStore(DB, NOT_SQLITE), f"{DB}: not an SQLite database"),
    (CorruptStore(DB, UNREADABLE, "disk I/O error"), f"{DB}: unreadable: disk I/O error"),
    (
        CorruptStore(DB, INTEGRITY, "page 3 is never used"),
        f"{DB}: integrity check failed: page 3 is never used",
    ),
    (
        CorruptStore(DB, CANNOT_MIGRATE, "no such table"),
        f"{DB}: cannot migrate: no such table",
    ),
    (SchemaTooNew(DB, 9, 7), f"{DB} has local schema version 9; this Lantern knows up to 7"),
    (
        StoreUnavailable("x", reason="cannot_create", path=DB.parent, detail="Permission denied"),
        f"cannot create {DB.parent}: Permission denied",
    ),
    (
        StoreUnavailable("x", reason="cannot_open", path=DB, detail="database is locked"),
        f"cannot open {DB}: database is locked",
    ),
    (ProfileError("x", reason="bad_user_id", detail="../x"), "“../x” is not a usable user id"),
    (
        ProfileError("x", reason="registry_unreadable", path=DB.parent, detail="not JSON"),
        f"{DB.parent} is unreadable: not JSON",
    ),
    (ProfileError("x", reason="other_learner", path=DB), f"{DB} belongs to another learner"),
]


@pytest.mark.parametrize(
    ("exc", "problem"), STORE, ids=[f"{type(e).__name__}-{e.reason}" for e, _ in STORE]
)
def test_each_store_code_says_what_is_wrong_with_the_data(exc: StoreError, problem: str) -> None:
    sentence = f"Lantern cannot use its data: {problem}."
    assert describe_error(exc) == sentence
    assert unusable_data(exc) == sentence


def test_a_damaged_file_moved_aside_says_why() -> None:
    assert describe_damage(NOT_SQLITE) == "not an SQLite database"
    assert describe_damage(INTEGRITY, "page 3\x1b[2J") == (
        r"integrity check failed: page 3\x1b[2J"  # no control character reaches the terminal
    )


def test_where_the_session_is_kept() -> None:
    assert describe_vault(VaultInfo("keyring", "SecretService")) == (
        "the system keyring (SecretService)"
    )
    assert describe_vault(VaultInfo("file", "/home/ana/tokens.json")) == (
        "a private file (/home/ana/tokens.json) — no system keyring was found on this computer"
    )
