"""The wire contract with the server's sync RPCs, as typed values (docs/sync-protocol.md).

Pure: no I/O, no Qt, no store.  ``ops`` (the op kinds and their payloads),
``pull`` (a ``sync_pull`` page), ``push`` (the ops sent and the typed
``sync_push`` answer), ``times`` (timestamps as wire text), ``errors``
(``MalformedReply`` names the field of a reply that breaks the contract),
``changes`` (what a sync cycle changed, for the views to refresh on).
"""

from desktop.protocol.changes import LEADERBOARD, SyncChanges
from desktop.protocol.errors import MalformedReply, UnknownOp
from desktop.protocol.ops import (
    OP_TYPES,
    EnrollmentSet,
    LessonCompleted,
    LessonOpened,
    NotificationRead,
    Op,
    QuizSubmitted,
    RatingSet,
    SectionProgressed,
    TimeSpent,
    decode,
)
from desktop.protocol.pull import PulledPage, Tombstone
from desktop.protocol.push import PendingOp, PushReply, PushResult, parse_push_reply

__all__ = [
    "LEADERBOARD",
    "OP_TYPES",
    "EnrollmentSet",
    "LessonCompleted",
    "LessonOpened",
    "MalformedReply",
    "NotificationRead",
    "Op",
    "PendingOp",
    "PulledPage",
    "PushReply",
    "PushResult",
    "QuizSubmitted",
    "RatingSet",
    "SectionProgressed",
    "SyncChanges",
    "TimeSpent",
    "Tombstone",
    "UnknownOp",
    "decode",
    "parse_push_reply",
]
