"""Errors of the local store.  The UI turns each into a sentence for the learner."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base of every error the local store raises."""


class CorruptStore(StoreError):
    """The database file is not SQLite, or fails ``PRAGMA integrity_check``."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class SchemaTooNew(StoreError):
    """The file was written by a newer Lantern than this one."""

    def __init__(self, path: Path, found: int, known: int) -> None:
        super().__init__(
            f"{path} has local schema version {found}; this Lantern knows up to {known}"
        )
        self.found = found
        self.known = known


class StoreWriteFailed(StoreError):
    """A local action could not be saved; nothing of it was written."""


class StoreReadFailed(StoreError):
    """The local database could not be read (locked for too long, disk error)."""


class StoreUnavailable(StoreError):
    """The data directory or database file cannot be created or opened."""


class NotFound(StoreError):
    """A course, lesson, question or notification is not in the local store."""


class NotEnrolled(StoreError):
    """The action needs an enrollment in the course (rating, for instance)."""


class InvalidAction(StoreError):
    """The action's values are out of range (rating 0, negative seconds …)."""


class QuizNotAvailable(StoreError):
    """The quiz's questions (or, for practice, its key) were not downloaded."""


class ProfileError(StoreError):
    """The learner registry or a profile directory cannot be used."""
