"""The sync service seen from the GUI: its callbacks become queued Qt signals.

``desktop.sync.service.SyncService`` runs cycles on its own thread and reports
through plain callbacks; :class:`SyncBridge` gives it callbacks that emit
signals, so the status bar and the pages update on the GUI thread.  A cycle
is broadcast as one :class:`Changes` made from what the engine says it
changed (``CycleReport.changed``): a cycle that brought only notifications
reloads the notifications page and leaves the catalogue alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from desktop.protocol import LEADERBOARD, SyncChanges
from desktop.ui.operations.changes import Changes

if TYPE_CHECKING:  # the SDK behind AuthSession is slow to import; start-up needs none of it
    from desktop.account.session import AuthSession
    from desktop.store.db import LearnerStore
    from desktop.sync.states import SyncState

EVERYTHING = Changes(
    catalogue=True,
    enrollment=True,
    progress=True,
    quiz=True,
    dashboard=True,
    notifications=True,
    outbox=True,
    account=True,
    teaching=True,
)


CATALOGUE_TABLES = frozenset(
    {"courses", "lessons", "course_files", "lesson_contents", "course_ratings"}
)
QUIZ_TABLES = frozenset(
    {"quiz_attempts", "quiz_questions", "quiz_question_versions", "quiz_answer_keys"}
)
DASHBOARD_TABLES = frozenset(
    {
        "profiles",
        "enrollments",
        "lesson_progress",
        "quiz_attempts",
        "user_achievements",
        "achievements",
        LEADERBOARD,
    }
)

# desktop.store.replica.CLASS_TABLE_NAMES, written out: importing the store here
# would load the database libraries before the window's first frame
CLASS_TABLES = frozenset({"class_members", "class_progress", "class_attempts"})


def changes_of(changed: SyncChanges) -> Changes:
    """The pages a cycle's changes concern (a course scope also moves its offline state)."""
    tables = changed.tables
    return Changes(
        catalogue=bool(tables & CATALOGUE_TABLES)
        or any(s.startswith("course:") for s in changed.scopes),
        enrollment="enrollments" in tables,
        progress="lesson_progress" in tables,
        quiz=bool(tables & QUIZ_TABLES),
        dashboard=bool(tables & DASHBOARD_TABLES),
        notifications="notifications" in tables,
        outbox=changed.outbox,
        account="profiles" in tables,
        teaching=bool(tables & CLASS_TABLES),
    )


class SyncControls(Protocol):
    """What the GUI asks of the sync service (``desktop.sync.service.SyncService``)."""

    def start(self) -> None: ...

    def stop(self, timeout: float = 10.0) -> None: ...

    def bind(self, store: LearnerStore | None, auth: AuthSession | None) -> None: ...

    def sync_now(self) -> None: ...

    def notify_local_change(self) -> None: ...

    def set_offline(self, offline: bool) -> None: ...


class SyncBridge(QObject):
    state_changed = Signal(object)  # SyncState
    synced = Signal(object)  # Changes after a finished cycle
    pulled = Signal(object)  # frozenset of the scopes that cycle pulled to the end (first)

    # called on the sync thread --------------------------------------------------
    def on_state(self, state: SyncState) -> None:
        self.state_changed.emit(state)

    def on_report(self, report: object) -> None:
        scopes = getattr(report, "scopes", ())
        self.pulled.emit(frozenset(s for s in scopes if isinstance(s, str)))
        changed = getattr(report, "changed", None)
        self.synced.emit(changes_of(changed) if isinstance(changed, SyncChanges) else EVERYTHING)
