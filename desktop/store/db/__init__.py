"""Opening a learner's database: files, schema migrations, the store object.

``profiles.ProfileDirectory`` finds each learner's file and opens it
(``open_learner``/``open_guest``, with corrupt-file recovery in ``database``
and unsent work kept by ``salvage``); ``database.Database`` sets the pragmas,
checks integrity and runs the migrations in ``schema``;
``learner_store.LearnerStore`` holds the device id, the hybrid clock and the
``write()`` transaction every action runs in; ``unlock`` is the shared-laptop
lock.
"""

from desktop.store.db.learner_store import LearnerStore
from desktop.store.db.profiles import KnownLearner, ProfileDirectory, default_data_dir
from desktop.store.db.unlock import (
    NO_PASSWORD,
    NO_PIN,
    PIN_LENGTH,
    QUICK_PIN_OFF,
    BadPin,
    LearnerLocked,
    LockBook,
    LockError,
    NoVerifier,
    TryLater,
    WrongSecret,
    check_pin_format,
)

__all__ = [
    "NO_PASSWORD",
    "NO_PIN",
    "PIN_LENGTH",
    "QUICK_PIN_OFF",
    "BadPin",
    "KnownLearner",
    "LearnerLocked",
    "LearnerStore",
    "LockBook",
    "LockError",
    "NoVerifier",
    "ProfileDirectory",
    "TryLater",
    "WrongSecret",
    "check_pin_format",
    "default_data_dir",
]
