"""What a publish did, and the errors it can end with, as codes and data (issue #18).

Nothing here is worded for people: a :class:`PublishReport` is counts and
titles, an error of a publish carries ``what``, a
:class:`~desktop.course_package.problems.Phrase` (a code such as
``"refused.not_instructor"`` and its data).  ``desktop/ui/words/publish.py``
words both, for the app and for ``lantern publish``; ``str()`` of an error is
for logs (the code and its data).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from desktop.course_package.problems import Phrase
from desktop.sync.errors import (
    NeedsSignIn,
    OfflineError,
    ServerError,
    ServerNotResponding,
    SyncError,
)

REASON_PUBLISH_REFUSED = "publish_refused"  # the server or the account's role says no


class PublishProblem(SyncError):
    """An error of a publish that says what happened as a phrase, ``what``.

    ``reason`` stays the class's (``offline``, ``session_ended`` …) for code
    that acts on it; the words a person reads come from ``what``."""

    def __init__(self, what: Phrase, *, status: int | None = None) -> None:
        super().__init__(str(what), status=status)
        self.what = what


class PublishRefused(PublishProblem):
    """The server (RLS, its bucket's limits) or the account's role does not
    allow this publish; ``what`` says why."""

    default_reason = REASON_PUBLISH_REFUSED


class UploadNeedsSignIn(PublishProblem, NeedsSignIn):
    """The session ended during a resumable upload (publishing again continues it)."""


class UploadOffline(PublishProblem, OfflineError):
    """The server could not be reached during an upload (publishing again continues it)."""


class UploadNoAnswer(PublishProblem, ServerNotResponding):
    """The server stopped answering during an upload (publishing again continues it)."""


class UploadStopped(PublishProblem, ServerError):
    """The server stopped taking an upload (publishing again continues it)."""


@dataclass
class PublishReport:
    course_id: uuid.UUID
    course_created: bool = False
    course_updated: bool = False
    published: bool = False
    lessons_added: list[str] = field(default_factory=list)
    lessons_updated: list[str] = field(default_factory=list)
    lessons_removed: list[str] = field(default_factory=list)
    lessons_unchanged: list[str] = field(default_factory=list)
    questions_added: int = 0
    questions_updated: int = 0
    questions_retired: int = 0
    images_uploaded: int = 0
    images_removed: int = 0
    achievements_added: list[str] = field(default_factory=list)
    achievements_updated: list[str] = field(default_factory=list)
    achievements_retired: list[str] = field(default_factory=list)

    def one_line(self) -> str:
        """The counts in a log's shorthand (``+`` added, ``~`` updated, ``-``
        removed, ``=`` unchanged); people read ``desktop.ui.words.publish.report_lines``."""
        return (
            f"lessons +{len(self.lessons_added)} ~{len(self.lessons_updated)} "
            f"-{len(self.lessons_removed)} ={len(self.lessons_unchanged)}; questions "
            f"+{self.questions_added} ~{self.questions_updated} "
            f"-{self.questions_retired}; images +{self.images_uploaded} "
            f"-{self.images_removed}"
        )
