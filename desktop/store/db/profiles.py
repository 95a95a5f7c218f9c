"""Where each learner's database lives, and the learners known on this machine.

``<data>/learners/<user_id>/lantern.db`` per signed-in learner,
``<data>/guest/lantern.db`` for the guest, and ``<data>/learners.json``:
the profile switcher's list (user id, email, display name, server URL, last
used).  The registry holds no secrets: tokens live in the OS keyring.

A learner who signed out on this laptop is locked (``desktop.store.db.unlock``):
``open_learner`` refuses their store until their password or PIN was checked,
so nothing can be read through Lantern or recorded — and later pushed —
under their account by whoever uses the laptop next.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path

import platformdirs

from desktop.store.columns import parse_time, to_text, utc_now
from desktop.store.db.database import Recovery, open_or_recover
from desktop.store.db.learner_store import LearnerStore
from desktop.store.db.salvage import read_pending_ops, requeue
from desktop.store.db.unlock import LearnerLocked, LockBook
from desktop.store.errors import ProfileError

log = logging.getLogger(__name__)

DB_NAME = "lantern.db"
REGISTRY_NAME = "learners.json"
_SAFE_ID = re.compile(r"^[A-Za-z0-9-]{1,64}$")


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("Lantern"))


@dataclass(frozen=True)
class KnownLearner:
    user_id: str
    email: str
    display_name: str
    server_url: str
    last_used: datetime


class ProfileDirectory:
    """Paths and the learner registry under one data directory (``--data-dir``)."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self.data_dir = Path(data_dir) if data_dir is not None else default_data_dir()

    def learner_db_path(self, user_id: str) -> Path:
        if not _SAFE_ID.match(user_id):
            # A user id becomes a folder name: refuse anything that could escape it.
            raise ProfileError(
                f"not a usable user id: {user_id!r}", reason="bad_user_id", detail=user_id
            )
        return self.data_dir / "learners" / user_id / DB_NAME

    def guest_db_path(self) -> Path:
        return self.data_dir / "guest" / DB_NAME

    @property
    def locks(self) -> LockBook:
        return LockBook(self.data_dir)

    @property
    def registry_path(self) -> Path:
        return self.data_dir / REGISTRY_NAME

    def known_learners(self) -> list[KnownLearner]:
        """Most recently used first."""
        if not self.registry_path.exists():
            return []
        try:
            raw = json.loads(self.registry_path.read_text(encoding="utf-8"))
            learners = [
                KnownLearner(**{**item, "last_used": parse_time(item["last_used"])})
                for item in raw["learners"]
            ]
        except (ValueError, KeyError, TypeError) as exc:
            raise ProfileError(
                f"{self.registry_path} is unreadable: {exc}",
                reason="registry_unreadable",
                path=self.registry_path,
                detail=str(exc),
            ) from exc
        return sorted(learners, key=lambda learner: learner.last_used, reverse=True)

    def remember(
        self,
        user_id: str,
        email: str,
        display_name: str,
        server_url: str,
        *,
        when: datetime | None = None,
    ) -> KnownLearner:
        self.learner_db_path(user_id)  # validates the id
        entry = KnownLearner(user_id, email, display_name, server_url, when or utc_now())
        others = [k for k in self.known_learners() if k.user_id != user_id]
        self._write([entry, *others])
        return entry

    def forget(self, user_id: str) -> None:
        """Drop from the switcher; the learner's database (and unsent work) stays."""
        self._write([k for k in self.known_learners() if k.user_id != user_id])

    def _write(self, learners: list[KnownLearner]) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        items = [{**asdict(k), "last_used": to_text(k.last_used)} for k in learners]
        tmp = self.registry_path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps({"learners": items}, indent=2), encoding="utf-8")
        os.replace(tmp, self.registry_path)  # atomic: never a half-written registry

    def open_learner(self, user_id: str) -> tuple[LearnerStore, Recovery | None]:
        """The learner's store; a corrupt file is moved aside and ``Recovery`` says
        so (with how many unsent changes could be kept from it).

        :class:`LearnerLocked` when the learner signed out here and has not
        been unlocked since (``LockBook.check``, or an online sign-in)."""
        path = self.learner_db_path(user_id)  # validates the id first
        if self.locks.is_locked(user_id):
            raise LearnerLocked(user_id)
        return _open(path, user_id)

    def open_to_save_work(self, user_id: str) -> tuple[LearnerStore, Recovery | None]:
        """The learner's store even while they are signed out here, for one
        use only: saving their waiting work to a file (``lantern export-work
        --all``, a teacher carrying a shared laptop's work to the server).
        The file can only ever be applied as that learner's own work, and
        saving neither adds nor sends a change, so the lock's count of
        waiting work stays exact."""
        return _open(self.learner_db_path(user_id), user_id)

    def waiting_work(self, user_id: str) -> int | None:
        """How many of the learner's changes are unsent, without opening their store.

        For a learner who signed out here, the count kept in their lock
        (``None`` if they signed out before it was kept)."""
        if self.locks.is_locked(user_id):
            return self.locks.waiting_at_sign_out(user_id)
        path = self.learner_db_path(user_id)
        return len(read_pending_ops(path, user_id)) if path.exists() else 0

    def open_guest(self) -> tuple[LearnerStore, Recovery | None]:
        return _open(self.guest_db_path(), None)


def _open(path: Path, user_id: str | None) -> tuple[LearnerStore, Recovery | None]:
    db, recovery = open_or_recover(path)
    try:
        store = LearnerStore(db, user_id=user_id)
    except BaseException:
        db.close()
        raise
    if recovery is not None:
        kept = requeue(store, read_pending_ops(recovery.moved_to, user_id))
        recovery = replace(recovery, kept_unsent=kept)
    return store, recovery
