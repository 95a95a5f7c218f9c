"""What a sync cycle changed in the local store, so each view refreshes only its data.

Anki's ``OpChanges`` for sync: the engine reports the server tables (wire
names) whose local rows it wrote or deleted and the scopes that brought them;
the UI turns that into the flags its pages look at
(``desktop/ui/operations/sync_bridge.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

LEADERBOARD = "leaderboard"  # not a pulled table: get_leaderboard's cached answer


@dataclass(frozen=True)
class SyncChanges:
    tables: frozenset[str] = frozenset()  # server tables written or deleted locally
    scopes: frozenset[str] = frozenset()  # the scopes whose pulls brought any of them
    outbox: bool = False  # ops acknowledged, rejected or queued again

    @classmethod
    def pulled(cls, scope: str, tables: Iterable[str]) -> SyncChanges:
        written = frozenset(tables)
        return cls(written, frozenset({scope}) if written else frozenset())

    def __bool__(self) -> bool:
        return bool(self.tables) or self.outbox

    def __or__(self, other: SyncChanges) -> SyncChanges:
        return SyncChanges(
            self.tables | other.tables, self.scopes | other.scopes, self.outbox or other.outbox
        )
