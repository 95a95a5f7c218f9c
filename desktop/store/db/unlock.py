"""The shared-laptop lock: who signed out here, and what opens them again.

When a learner signs out, their local data stays on the laptop (unsent work
is never thrown away) but is *locked*: ``ProfileDirectory.open_learner``
refuses to open their store until their password or PIN has been checked.
Online the server checks the password; offline (and for a PIN, always) it is
checked against a verifier kept here from the last online sign-in or from
when the learner chose the PIN.

One small JSON file per learner, ``<data>/learners/<user_id>/unlock.json``
(mode 0600), next to — never inside — their database, so the lock can be read
without opening the store it guards::

    {"version": 1, "signed_out": true,
     "password": {"salt": "…", "n": 32768, "r": 8, "p": 1, "hash": "…"},
     "pin": null, "failures": 0, "retry_at": 0.0, "waiting": 3}

``waiting`` is how many changes were still unsent when the learner signed
out; nothing can add to or send them while the lock holds, so the number
stays exact until the learner is opened again, and a teacher's
``lantern status --all`` reads it without opening the locked store.

A verifier is scrypt of the secret under a random 16-byte salt of its own
(new at every online sign-in and every PIN change), compared in constant
time.  Wrong answers are counted here, and after ``FREE_TRIES`` of them each
further wrong answer doubles the wait before the next try (``retry_at``, in
this file, so restarting the app does not reset it).

This is an app-level lock for an OS account that several learners share, not
encryption: anyone who can read the data folder can read the database file
itself (docs/schema-security.md, "Shared laptops (issue #12, item 15)").
No Qt, no network.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.store.errors import StoreError

log = logging.getLogger(__name__)

LOCK_NAME = "unlock.json"
VERSION = 1

# scrypt cost: 2**15 × 8 × 128 bytes = 32 MiB of memory and ~0.1 s per check
# on a school laptop — slow for guessing, quick enough for one learner.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
# What a stored verifier may ask for (a hostile file must not make a check
# take minutes or gigabytes, nor be trivially cheap).
N_RANGE = (2**14, 2**18)
R_RANGE = (8, 16)
P_RANGE = (1, 4)

FREE_TRIES = 2  # wrong answers before any wait
FIRST_WAIT_S = 30.0
MAX_WAIT_S = 30 * 60.0

PIN_LENGTH = (4, 8)


class LockError(StoreError):
    """Base of the lock's refusals; ``reason`` is a code the UI words for the learner
    (``str(exc)`` is English, for logs)."""


class LearnerLocked(LockError):
    """The learner signed out on this computer: their store stays shut until unlocked."""

    reason = "locked"

    def __init__(self, user_id: str) -> None:
        super().__init__(
            f"learner {user_id} signed out on this computer; their password "
            "or PIN opens their data again"
        )
        self.user_id = user_id


class WrongSecret(LockError):
    """The password or PIN did not match; ``wait_s`` before the next try (0: none)."""

    reason = "wrong_secret"

    def __init__(self, wait_s: float) -> None:
        super().__init__("wrong password or PIN")
        self.wait_s = wait_s


class TryLater(LockError):
    """Too many wrong answers: no check is made for ``wait_s`` more seconds."""

    reason = "try_later"

    def __init__(self, wait_s: float) -> None:
        super().__init__(f"too many wrong tries; next try in {wait_s:.0f} s")
        self.wait_s = wait_s


# NoVerifier's codes
NO_PIN = "no_pin"  # no PIN is set for this learner here
NO_PASSWORD = "no_password"  # no password was kept here (never signed in online on it)
QUICK_PIN_OFF = "quick_pin_off"  # the school did not turn quick PIN sign-in on here
_NO_VERIFIER_ENGLISH = {  # for logs: the UI words the codes
    NO_PIN: "no PIN is set",
    NO_PASSWORD: "no password was kept here",
    QUICK_PIN_OFF: "quick PIN sign-in is off on this computer",
}


class NoVerifier(LockError):
    """Nothing on this computer can check this secret: ``reason`` is
    :data:`NO_PIN`, :data:`NO_PASSWORD` or :data:`QUICK_PIN_OFF`."""

    def __init__(self, reason: str) -> None:
        super().__init__(_NO_VERIFIER_ENGLISH.get(reason, reason))
        self.reason = reason


class BadPin(LockError):
    """A PIN must be PIN_LENGTH digits (``low`` to ``high``)."""

    reason = "bad_pin"

    def __init__(self, low: int = PIN_LENGTH[0], high: int = PIN_LENGTH[1]) -> None:
        super().__init__(f"a PIN is {low} to {high} digits")
        self.low, self.high = low, high


@dataclass(frozen=True)
class Verifier:
    salt: bytes
    n: int
    r: int
    p: int
    digest: bytes

    @classmethod
    def make(
        cls, secret: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P
    ) -> Verifier:
        salt = secrets.token_bytes(SALT_BYTES)
        return cls(salt, n, r, p, _scrypt(secret, salt, n, r, p))

    def matches(self, secret: str) -> bool:
        return hmac.compare_digest(_scrypt(secret, self.salt, self.n, self.r, self.p), self.digest)

    def to_json(self) -> dict[str, Any]:
        return {
            "salt": _b64(self.salt),
            "n": self.n,
            "r": self.r,
            "p": self.p,
            "hash": _b64(self.digest),
        }

    @classmethod
    def from_json(cls, raw: object) -> Verifier | None:
        """None for anything that is not a verifier within the allowed parameters."""
        if not isinstance(raw, dict):
            return None
        try:
            n, r, p = (raw["n"], raw["r"], raw["p"])
            salt = base64.b64decode(str(raw["salt"]), validate=True)
            digest = base64.b64decode(str(raw["hash"]), validate=True)
        except (KeyError, ValueError):
            return None
        if not all(type(v) is int for v in (n, r, p)):
            return None
        if not (
            N_RANGE[0] <= n <= N_RANGE[1]
            and n & (n - 1) == 0
            and R_RANGE[0] <= r <= R_RANGE[1]
            and P_RANGE[0] <= p <= P_RANGE[1]
        ):
            return None
        if len(salt) < SALT_BYTES or len(digest) != HASH_BYTES:
            return None
        return cls(salt, n, r, p, digest)


def _scrypt(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        secret.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=128 * r * (n + p + 2) + 1024 * 1024,
        dklen=HASH_BYTES,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def wait_after(failures: int) -> float:
    """Seconds to wait after this many wrong answers in a row."""
    extra = failures - FREE_TRIES
    if extra <= 0:
        return 0.0
    return min(FIRST_WAIT_S * 2.0 ** min(extra - 1, 32), MAX_WAIT_S)


def check_pin_format(pin: str) -> None:
    low, high = PIN_LENGTH
    if not (low <= len(pin) <= high and pin.isascii() and pin.isdigit()):
        raise BadPin(low, high)


@dataclass
class LockState:
    signed_out: bool = False
    password: Verifier | None = None
    pin: Verifier | None = None
    failures: int = 0
    retry_at: float = 0.0
    waiting: int | None = None  # unsent changes when they signed out (None: unknown)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": VERSION,
            "signed_out": self.signed_out,
            "password": self.password.to_json() if self.password else None,
            "pin": self.pin.to_json() if self.pin else None,
            "failures": self.failures,
            "retry_at": self.retry_at,
            "waiting": self.waiting,
        }


def _parse(raw: object) -> LockState | None:
    if not isinstance(raw, dict) or raw.get("version") != VERSION:
        return None
    signed_out, failures, retry_at = (
        raw.get("signed_out"),
        raw.get("failures", 0),
        raw.get("retry_at", 0.0),
    )
    if type(signed_out) is not bool or type(failures) is not int or failures < 0:
        return None
    if type(retry_at) not in (int, float):
        return None
    waiting = raw.get("waiting")
    if type(waiting) is not int or waiting < 0:
        waiting = None  # informational only: a bad value is "unknown", not a lock
    return LockState(
        signed_out,
        Verifier.from_json(raw.get("password")),
        Verifier.from_json(raw.get("pin")),
        failures,
        float(retry_at),
        waiting,
    )


class LockBook:
    """The lock files of the learners under one data directory."""

    def __init__(self, data_dir: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.data_dir = data_dir
        self._clock = clock

    def path(self, user_id: str) -> Path:
        # the caller (ProfileDirectory) has checked that user_id is a safe folder name
        return self.data_dir / "learners" / user_id / LOCK_NAME

    # -- reading ---------------------------------------------------------------
    def state(self, user_id: str) -> LockState:
        path = self.path(user_id)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return LockState()  # never signed out here (or from before the lock)
        except OSError as exc:
            log.warning(
                "lock file %s is unreadable (%s); the learner stays locked",
                path,
                type(exc).__name__,
            )
            return LockState(signed_out=True)
        try:
            state = _parse(json.loads(text))
        except ValueError:
            state = None
        if state is None:
            # fail closed: a damaged file never opens a learner; an online
            # sign-in writes a new one
            log.warning("lock file %s is damaged; the learner stays locked", path)
            return LockState(signed_out=True)
        return state

    def is_locked(self, user_id: str) -> bool:
        return self.state(user_id).signed_out

    def waiting_at_sign_out(self, user_id: str) -> int | None:
        """Unsent changes of a learner who signed out here (None: unknown)."""
        state = self.state(user_id)
        return state.waiting if state.signed_out else None

    def has_pin(self, user_id: str) -> bool:
        return self.state(user_id).pin is not None

    def wait_s(self, user_id: str) -> float:
        """Seconds before the next try is checked (0: now)."""
        state = self.state(user_id)
        left = state.retry_at - self._clock()
        # a clock moved back never makes the wait longer than the schedule's
        return max(0.0, min(left, wait_after(state.failures)))

    # -- writing ---------------------------------------------------------------
    def _write(self, user_id: str, state: LockState) -> None:
        path = self.path(user_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(state.to_json(), fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)  # atomic: never a half-written lock

    def remember_password(self, user_id: str, password: str) -> None:
        """After the server accepted ``password``: a fresh verifier, unlocked, no waits."""
        state = self.state(user_id)
        state.password = Verifier.make(password)
        state.signed_out, state.failures, state.retry_at = False, 0, 0.0
        state.waiting = None
        self._write(user_id, state)

    def set_pin(self, user_id: str, pin: str) -> None:
        check_pin_format(pin)
        state = self.state(user_id)
        state.pin = Verifier.make(pin)
        self._write(user_id, state)

    def clear_pin(self, user_id: str) -> None:
        state = self.state(user_id)
        if state.pin is not None:
            state.pin = None
            self._write(user_id, state)

    def sign_out(self, user_id: str, *, waiting: int | None = None) -> None:
        """Lock the learner: their store opens again only after a check.

        ``waiting``: their unsent changes at this moment, kept for
        :meth:`waiting_at_sign_out`."""
        state = self.state(user_id)
        state.signed_out, state.waiting = True, waiting
        self._write(user_id, state)

    def record_failure(self, user_id: str) -> float:
        """One more wrong answer (the server's refusal counts too); the wait it starts."""
        state = self.state(user_id)
        state.failures += 1
        wait = wait_after(state.failures)
        state.retry_at = self._clock() + wait
        self._write(user_id, state)
        return wait

    def check(self, user_id: str, secret: str, *, pin: bool) -> None:
        """Check a password or PIN here and unlock, or raise.

        :class:`TryLater` while a wait is running (no check is made),
        :class:`NoVerifier` when nothing here can check it, :class:`WrongSecret`
        (with the wait it started) for a wrong answer.  Blocking: scrypt.
        """
        wait = self.wait_s(user_id)
        if wait > 0:
            raise TryLater(wait)
        state = self.state(user_id)
        verifier = state.pin if pin else state.password
        if verifier is None:
            raise NoVerifier(NO_PIN if pin else NO_PASSWORD)
        if not verifier.matches(secret):
            raise WrongSecret(self.record_failure(user_id))
        self.unlock(user_id)

    def unlock(self, user_id: str) -> None:
        """Open the learner again (after a check passed here or on the server)."""
        state = self.state(user_id)
        state.signed_out, state.failures, state.retry_at = False, 0, 0.0
        state.waiting = None
        self._write(user_id, state)
