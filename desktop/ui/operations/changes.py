"""What an op changed, broadcast once so each view refreshes only what it shows.

Anki's ``OpChanges``/``operation_did_execute`` idea: a write op returns a
:class:`Changes`; the task runner emits it once; every item model looks at the
flags it cares about and ignores the rest.  ``initiator`` is the view that
made the change and already shows it: that view skips its own refresh.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Changes:
    catalogue: bool = False  # courses, offline state, enrollment counts
    enrollment: bool = False
    progress: bool = False  # lesson/section progress, time spent, completion
    quiz: bool = False  # attempts and grades
    dashboard: bool = False  # points, streak, badges, leaderboard
    notifications: bool = False
    outbox: bool = False  # pending changes and their states
    account: bool = False  # sign-in, profile, settings
    teaching: bool = False  # a taught course's class (the teaching scope's rows)
    initiator: object | None = field(default=None, compare=False, repr=False)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in _flags())

    def __or__(self, other: Changes) -> Changes:
        # a merge of two changes has no single initiator: every view refreshes
        return Changes(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in _flags()}
        )


def _flags() -> list[Any]:
    return [f for f in fields(Changes) if f.name != "initiator"]
