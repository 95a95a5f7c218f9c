"""Saved work as tasks off the GUI thread: saving this learner's waiting work
to a file, and delivering files saved on other laptops (issue #17).

Both run on the task runner's threads; the flow in
``desktop.ui.shell.saved_work_flow`` words their outcomes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.account.session import AuthSession
from desktop.protocol.work import SavedWork, SavedWorkError
from desktop.store import replica
from desktop.store.db import LearnerStore
from desktop.sync.delivery import FileDelivery, deliver
from desktop.sync.engine import CycleReport, SyncEngine


def save_to(store: LearnerStore, path: Path, *, server_url: str, learner_name: str) -> SavedWork:
    """Sign the learner's waiting work and write it to ``path``.

    ``replica.NotReadyToSave`` (nothing waiting, key not yet registered) or
    ``OSError`` (the path cannot be written)."""
    saved = replica.save_work(
        store.db, server_url=server_url, learner_name=learner_name, now=datetime.now(UTC)
    )
    replica.write_saved_work(path, saved)
    return saved


@dataclass(frozen=True)
class DeliveredFile:
    path: Path
    outcome: FileDelivery | None  # None: the file could not be read
    # why not: SavedWorkError (its code) or the OSError reading it; the flow words it
    unreadable: SavedWorkError | OSError | None = None


def deliver_files(
    store: LearnerStore, session: AuthSession, paths: list[Path]
) -> list[DeliveredFile]:
    """Deliver the saved work in ``paths`` with the signed-in learner's session.

    Offline, the server unavailable or the session expired raise (the sync
    errors); the files are kept and can be given again."""
    readable: list[tuple[Path, SavedWork]] = []
    unreadable: list[DeliveredFile] = []
    for path in paths:
        try:
            readable.append((path, replica.read_saved_work(path)))
        except (SavedWorkError, OSError) as exc:
            unreadable.append(DeliveredFile(path, None, exc))
    if not readable:
        return unreadable
    engine = SyncEngine(store, session)
    engine.check_account()
    outcomes = deliver(engine, CycleReport(), [work for _, work in readable])
    delivered = [DeliveredFile(path, o) for (path, _), o in zip(readable, outcomes, strict=True)]
    return delivered + unreadable
