"""The shared-laptop lock: scrypt verifiers, persisted back-off, the store gate."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import stat
from pathlib import Path

import pytest

from desktop.store.db.profiles import ProfileDirectory
from desktop.store.db.unlock import (
    FIRST_WAIT_S,
    FREE_TRIES,
    MAX_WAIT_S,
    SCRYPT_N,
    BadPin,
    LearnerLocked,
    LockBook,
    NoVerifier,
    TryLater,
    WrongSecret,
    wait_after,
)

ANA = "a2222222-2222-4222-8222-222222222222"
BEN = "b3333333-3333-4333-8333-333333333333"


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def profiles(tmp_path: Path) -> ProfileDirectory:
    profiles = ProfileDirectory(tmp_path / "data")
    for user_id in (ANA, BEN):
        profiles.remember(user_id, f"{user_id[:1]}@example.org", user_id[:3], "")
        store, _recovery = profiles.open_learner(user_id)
        store.close()
    return profiles


def book(profiles: ProfileDirectory, clock: Clock) -> LockBook:
    return LockBook(profiles.data_dir, clock=clock)


def test_a_signed_out_learner_opens_only_with_the_right_password(
    profiles: ProfileDirectory, clock: Clock
) -> None:
    locks = book(profiles, clock)
    locks.remember_password(ANA, "correct-horse-9")
    locks.sign_out(ANA)
    with pytest.raises(LearnerLocked):
        profiles.open_learner(ANA)  # no store (and no outbox) without the check
    with pytest.raises(WrongSecret) as wrong:
        locks.check(ANA, "correct-horse-8", pin=False)
    assert wrong.value.wait_s == 0  # the first mistake costs no wait
    with pytest.raises(LearnerLocked):
        profiles.open_learner(ANA)
    store, _recovery = profiles.open_learner(BEN)  # the other learner is not affected
    store.close()
    locks.check(ANA, "correct-horse-9", pin=False)
    store, _recovery = profiles.open_learner(ANA)
    store.close()


def test_the_back_off_doubles_and_survives_a_restart(
    profiles: ProfileDirectory, clock: Clock
) -> None:
    locks = book(profiles, clock)
    locks.remember_password(ANA, "correct-horse-9")
    locks.sign_out(ANA)
    waits = []
    for _ in range(FREE_TRIES + 2):
        with pytest.raises(WrongSecret) as wrong:
            locks.check(ANA, "guess", pin=False)
        waits.append(wrong.value.wait_s)
        clock.now += wrong.value.wait_s
    assert waits == [0.0] * FREE_TRIES + [FIRST_WAIT_S, 2 * FIRST_WAIT_S]
    with pytest.raises(WrongSecret):
        locks.check(ANA, "guess", pin=False)
    assert FIRST_WAIT_S == 30.0
    # the app restarts: a new LockBook reads the wait from the file
    restarted = book(profiles, clock)
    assert restarted.wait_s(ANA) == 4 * FIRST_WAIT_S
    clock.now += 4 * FIRST_WAIT_S - 1
    with pytest.raises(TryLater) as later:
        restarted.check(ANA, "correct-horse-9", pin=False)  # even the right one waits
    assert later.value.wait_s == pytest.approx(1.0)
    assert restarted.is_locked(ANA)
    clock.now += 1
    restarted.check(ANA, "correct-horse-9", pin=False)
    assert not restarted.is_locked(ANA)
    assert restarted.state(ANA).failures == 0


def test_the_wait_is_capped_and_a_clock_set_back_cannot_stretch_it(
    profiles: ProfileDirectory, clock: Clock
) -> None:
    assert wait_after(FREE_TRIES + 40) == MAX_WAIT_S
    locks = book(profiles, clock)
    locks.remember_password(ANA, "pw")
    locks.sign_out(ANA)
    for _ in range(FREE_TRIES + 1):
        locks.record_failure(ANA)
    clock.now -= 10 * 24 * 3600  # someone winds the clock back ten days
    assert locks.wait_s(ANA) == FIRST_WAIT_S


def test_each_verifier_has_its_own_salt_and_is_scrypt_with_sound_parameters(
    profiles: ProfileDirectory, clock: Clock
) -> None:
    locks = book(profiles, clock)
    locks.remember_password(ANA, "same-password")
    locks.remember_password(BEN, "same-password")
    first = locks.state(ANA).password
    other = locks.state(BEN).password
    assert first is not None
    assert other is not None
    assert first.salt != other.salt
    assert first.digest != other.digest
    locks.remember_password(ANA, "same-password")  # every online sign-in: a new salt
    again = locks.state(ANA).password
    assert again is not None
    assert again.salt != first.salt
    assert (again.n, again.r, again.p) == (SCRYPT_N, 8, 1)
    assert SCRYPT_N >= 2**15
    assert len(again.salt) == 16
    assert len(again.digest) == 32
    expected = hashlib.scrypt(
        b"same-password",
        salt=again.salt,
        n=again.n,
        r=again.r,
        p=again.p,
        maxmem=64 * 1024 * 1024,
        dklen=32,
    )
    assert again.digest == expected
    path = locks.path(ANA)
    text = path.read_text(encoding="utf-8")
    assert "same-password" not in text
    assert base64.b64encode(expected).decode() in text
    assert path.parent == profiles.learner_db_path(ANA).parent  # beside the database
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_pin_is_digits_checked_here_and_can_be_removed(
    profiles: ProfileDirectory, clock: Clock
) -> None:
    locks = book(profiles, clock)
    locks.remember_password(ANA, "correct-horse-9")
    for bad in ("123", "12a4", "123456789", "١٢٣٤"):  # too short, letters, too long, not ASCII
        with pytest.raises(BadPin):
            locks.set_pin(ANA, bad)
    locks.set_pin(ANA, "2468")
    locks.sign_out(ANA)
    with pytest.raises(WrongSecret):
        locks.check(ANA, "2469", pin=True)
    with pytest.raises(WrongSecret):
        locks.check(ANA, "correct-horse-9", pin=True)  # the password is not a PIN
    locks.check(ANA, "2468", pin=True)
    assert not locks.is_locked(ANA)
    locks.clear_pin(ANA)
    locks.sign_out(ANA)
    with pytest.raises(NoVerifier):
        locks.check(ANA, "2468", pin=True)
    assert locks.is_locked(ANA)


def test_a_damaged_or_doctored_lock_file_never_opens_a_learner(
    profiles: ProfileDirectory, clock: Clock
) -> None:
    locks = book(profiles, clock)
    locks.remember_password(ANA, "pw")
    locks.sign_out(ANA)
    path = locks.path(ANA)
    good = json.loads(path.read_text(encoding="utf-8"))
    for doctored in (
        "{not json",
        json.dumps({**good, "signed_out": "no"}),
        json.dumps({**good, "version": 99}),
        json.dumps([1, 2]),
    ):
        path.write_text(doctored, encoding="utf-8")
        assert locks.is_locked(ANA)
        with pytest.raises(LearnerLocked):
            profiles.open_learner(ANA)
    # a verifier asking for absurd scrypt costs is no verifier (no hang, no gigabytes)
    path.write_text(
        json.dumps({**good, "password": {**good["password"], "n": 2**30}}), encoding="utf-8"
    )
    with pytest.raises(NoVerifier):
        locks.check(ANA, "pw", pin=False)
    assert locks.is_locked(ANA)
    locks.remember_password(ANA, "pw")  # an online sign-in writes a sound file again
    assert not locks.is_locked(ANA)


def test_the_lock_keeps_the_count_of_unsent_work_without_opening_the_store(
    profiles: ProfileDirectory, clock: Clock
) -> None:
    from desktop.store.db.profiles import ProfileDirectory as Directory

    locks = book(profiles, clock)
    assert profiles.waiting_work(ANA) == 0
    locks.remember_password(ANA, "correct-horse-9")
    locks.sign_out(ANA, waiting=profiles.waiting_work(ANA))
    assert Directory(profiles.data_dir).waiting_work(ANA) == 0  # read from the lock
    locks.sign_out(ANA, waiting=3)
    assert locks.waiting_at_sign_out(ANA) == 3
    assert profiles.waiting_work(ANA) == 3
    assert locks.waiting_at_sign_out(BEN) is None  # not signed out: their store is the truth
    # a doctored count is "unknown", never a reason to open or to lock
    path = locks.path(ANA)
    for bad in (-1, "3", 2.5, True, None):
        raw = json.loads(path.read_text())
        path.write_text(json.dumps({**raw, "waiting": bad}))
        assert locks.is_locked(ANA)
        assert locks.waiting_at_sign_out(ANA) is None
    locks.check(ANA, "correct-horse-9", pin=False)
    assert locks.waiting_at_sign_out(ANA) is None  # open again: the store counts
