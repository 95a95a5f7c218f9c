"""Errors of the local store.  The UI turns each into a sentence for the learner.

Each carries a code, ``reason``, and the data a sentence needs (``path``,
``detail``…): the UI (``desktop/ui/shell/errors.py``) and the command line
(``desktop/cli/common.py``) word them; ``str(exc)`` is English, for logs.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base of every error the local store raises.

    ``reason`` ``"failed"``: raised with a sentence and no code (its class says
    the rest: NotFound, InvalidAction…)."""

    reason: str = "failed"


# CorruptStore's codes
NOT_SQLITE = "not_sqlite"  # the file does not start as an SQLite database does
UNREADABLE = "unreadable"  # SQLite cannot read it (detail: SQLite's words)
INTEGRITY = "integrity"  # PRAGMA integrity_check failed (detail: its first line)
CANNOT_MIGRATE = "cannot_migrate"  # its schema cannot be brought up to date (detail)
_DAMAGE_ENGLISH = {  # for logs: the UI and the command line word the codes
    NOT_SQLITE: "not an SQLite database",
    UNREADABLE: "unreadable",
    INTEGRITY: "integrity check failed",
    CANNOT_MIGRATE: "cannot migrate",
}


class CorruptStore(StoreError):
    """The database file is not SQLite, or fails ``PRAGMA integrity_check``:
    ``reason`` is one of the codes above, ``detail`` SQLite's own words."""

    def __init__(self, path: Path, reason: str, detail: str = "") -> None:
        english = _DAMAGE_ENGLISH.get(reason, reason)
        super().__init__(f"{path}: {english}{': ' + detail if detail else ''}")
        self.path = path
        self.reason = reason
        self.detail = detail


class SchemaTooNew(StoreError):
    """The file was written by a newer Lantern than this one."""

    reason = "schema_too_new"

    def __init__(self, path: Path, found: int, known: int) -> None:
        super().__init__(
            f"{path} has local schema version {found}; this Lantern knows up to {known}"
        )
        self.path = path
        self.found = found
        self.known = known


class StoreWriteFailed(StoreError):
    """A local action could not be saved; nothing of it was written."""


class StoreReadFailed(StoreError):
    """The local database could not be read (locked for too long, disk error)."""


class StoreUnavailable(StoreError):
    """The data directory or database file cannot be created or opened:
    ``reason`` ``cannot_create`` (the folder ``path``) or ``cannot_open`` (the file
    ``path``), ``detail`` the system's or SQLite's words."""

    def __init__(
        self, message: str, *, reason: str = "failed", path: Path | None = None, detail: str = ""
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.path = path
        self.detail = detail


class NotFound(StoreError):
    """A course, lesson, question or notification is not in the local store."""


class NotEnrolled(StoreError):
    """The action needs an enrollment in the course (rating, for instance)."""


class InvalidAction(StoreError):
    """The action's values are out of range (rating 0, negative seconds …)."""


class QuizNotAvailable(StoreError):
    """The quiz's questions (or, for practice, its key) were not downloaded."""


class ProfileError(StoreError):
    """The learner registry or a profile directory cannot be used: ``reason``
    ``bad_user_id`` (``detail``: the id), ``registry_unreadable`` (``path``,
    ``detail``: why) or ``other_learner`` (``path``: a learner's file that holds
    another learner's data)."""

    def __init__(
        self, message: str, *, reason: str = "failed", path: Path | None = None, detail: str = ""
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.path = path
        self.detail = detail
