from __future__ import annotations

import stat
from pathlib import Path

from keyring.backends import fail

from desktop.account.vault import (
    FileVault,
    KeyringVault,
    StoredTokens,
    account_key,
    default_vault,
)
from tests.helpers.keyring import MemoryKeyring

TOKENS = StoredTokens("access.jwt.x", "refresh-1", 1_900_000_000)


def test_keyring_is_used_when_one_works(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    vault = default_vault(tmp_path, backend)
    assert isinstance(vault, KeyringVault)
    assert (vault.info.kind, vault.info.where) == ("keyring", "MemoryKeyring")
    vault.save("srv|a", TOKENS)
    assert vault.load("srv|a") == TOKENS
    assert not (tmp_path / "tokens.json").exists()


def test_without_a_keyring_tokens_go_to_a_private_file(tmp_path: Path) -> None:
    vault = default_vault(tmp_path, fail.Keyring())
    assert isinstance(vault, FileVault)
    assert (vault.info.kind, vault.info.where) == ("file", str(tmp_path / "tokens.json"))
    assert "no system keyring" in vault.info.description  # the log's English
    vault.save("srv|a", TOKENS)
    path = tmp_path / "tokens.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert FileVault(path).load("srv|a") == TOKENS


def test_each_learner_has_their_own_entry(tmp_path: Path) -> None:
    for vault in (KeyringVault(MemoryKeyring()), FileVault(tmp_path / "t.json")):
        a, b = account_key("https://x.test/", "user-a"), account_key("https://x.test", "user-b")
        vault.save(a, TOKENS)
        vault.save(b, StoredTokens("other", "refresh-b", 1))
        vault.delete(b)
        assert vault.load(a) == TOKENS
        assert vault.load(b) is None
        vault.delete(b)  # deleting twice is harmless


def test_a_damaged_token_file_reads_as_signed_out(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    path.write_text("{not json")
    vault = FileVault(path)
    assert vault.load("srv|a") is None
    vault.save("srv|a", TOKENS)
    assert vault.load("srv|a") == TOKENS
