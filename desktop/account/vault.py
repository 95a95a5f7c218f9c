"""Where a learner's tokens live between runs: the OS keyring, or a private file.

Each learner on a shared laptop has their own entry, keyed by server and user
id, so signing one learner in never touches another's tokens.  When no usable
keyring exists (a headless machine, a minimal Linux desktop) tokens go to a
JSON file readable only by the current OS user, and ``VaultInfo`` says so, so
the app can tell the learner plainly where they are kept.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "Lantern"


@dataclass(frozen=True)
class StoredTokens:
    access_token: str
    refresh_token: str
    expires_at: int  # unix seconds

    def to_json(self) -> str:
        return json.dumps(
            {
                "access_token": self.access_token,
                "refresh_token": self.refresh_token,
                "expires_at": self.expires_at,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> StoredTokens | None:
        try:
            raw = json.loads(text)
            return cls(str(raw["access_token"]), str(raw["refresh_token"]), int(raw["expires_at"]))
        except (ValueError, KeyError, TypeError):
            return None


@dataclass(frozen=True)
class VaultInfo:
    """Where the tokens are, as data the UI and the command line word."""

    kind: str  # "keyring" or "file"
    where: str  # the keyring backend's name, or the file's path

    @property
    def description(self) -> str:
        """In English, for logs."""
        if self.kind == "file":
            return f"a private file ({self.where}) — no system keyring was found on this computer"
        return f"the system keyring ({self.where})"


class TokenVault(Protocol):
    info: VaultInfo

    def load(self, account: str) -> StoredTokens | None: ...
    def save(self, account: str, tokens: StoredTokens) -> None: ...
    def delete(self, account: str) -> None: ...


def account_key(server_url: str, user_id: str) -> str:
    return f"{server_url.rstrip('/')}|{user_id}"


class KeyringVault:
    """Tokens in the OS keyring (Keychain, Credential Manager, Secret Service)."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend or keyring.get_keyring()
        self.info = VaultInfo("keyring", type(self._backend).__name__)

    def load(self, account: str) -> StoredTokens | None:
        text = self._backend.get_password(SERVICE, account)
        return StoredTokens.from_json(text) if text else None

    def save(self, account: str, tokens: StoredTokens) -> None:
        self._backend.set_password(SERVICE, account, tokens.to_json())

    def delete(self, account: str) -> None:
        # Nothing stored means already signed out.
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self._backend.delete_password(SERVICE, account)


class FileVault:
    """Fallback: one JSON file, mode 0600, in the Lantern data directory."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self.info = VaultInfo("file", str(path))

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except ValueError:
            log.warning("token file %s is unreadable; starting a new one", self._path)
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def _write(self, data: dict[str, str]) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        os.replace(tmp, self._path)

    def load(self, account: str) -> StoredTokens | None:
        text = self._read().get(account)
        return StoredTokens.from_json(text) if text else None

    def save(self, account: str, tokens: StoredTokens) -> None:
        data = self._read()
        data[account] = tokens.to_json()
        self._write(data)

    def delete(self, account: str) -> None:
        data = self._read()
        if data.pop(account, None) is not None:
            self._write(data)


def keyring_usable(backend: KeyringBackend | None = None) -> bool:
    backend = backend or keyring.get_keyring()
    # The "fail" and "null" backends have priority 0 or below: nothing is stored.
    return float(getattr(backend, "priority", 0)) > 0


def default_vault(data_dir: Path, backend: KeyringBackend | None = None) -> TokenVault:
    """The OS keyring when one works here, else the private-file fallback."""
    if keyring_usable(backend):
        return KeyringVault(backend)
    log.info("no usable keyring; tokens are kept in a private file under %s", data_dir)
    return FileVault(data_dir / "tokens.json")
