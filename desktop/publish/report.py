"""What a publish did, and the one refusal it can end with."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from desktop.sync.errors import SyncError


class PublishRefused(SyncError):
    """The server (RLS) or the account's role does not allow this publish;
    the message says why in a sentence."""


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
        return (
            f"lessons +{len(self.lessons_added)} ~{len(self.lessons_updated)} "
            f"-{len(self.lessons_removed)} ={len(self.lessons_unchanged)}; questions "
            f"+{self.questions_added} ~{self.questions_updated} "
            f"-{self.questions_retired}; images +{self.images_uploaded} "
            f"-{self.images_removed}"
        )

    def lines(self) -> list[str]:
        """A few sentences for the instructor."""
        state = "published" if self.published else "saved as a draft (not published)"
        lines = [f"Course {self.course_id} {'created and ' if self.course_created else ''}{state}."]
        for label, titles in (
            ("Added", self.lessons_added),
            ("Updated", self.lessons_updated),
            ("Removed", self.lessons_removed),
        ):
            if titles:
                lines.append(f"{label} lessons: {', '.join(titles)}.")
        if self.lessons_unchanged:
            lines.append(f"{len(self.lessons_unchanged)} lessons unchanged.")
        lines.append(
            f"Questions: {self.questions_added} added, {self.questions_updated} "
            f"updated, {self.questions_retired} retired. Files: "
            f"{self.images_uploaded} uploaded, {self.images_removed} removed."
        )
        for label, titles in (
            ("Added", self.achievements_added),
            ("Updated", self.achievements_updated),
            ("Retired", self.achievements_retired),
        ):
            if titles:
                lines.append(f"{label} achievements: {', '.join(titles)}.")
        return lines
