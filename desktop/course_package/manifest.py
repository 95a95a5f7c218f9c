"""The manifest of a package's files: what ``course_files`` holds (issue #16).

One entry per file the package publishes beside its lessons: its path in
the course's storage folder, size, SHA-256, content type, and the lessons
whose bodies use it.  ``lantern publish`` writes these rows to the server and
the importer writes the same rows (with the same ids) into a learner's local
store, so sizes and hashes read the same whichever way a course arrived.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.course_package import identity
from desktop.course_package.model import CoursePackage


@dataclass(frozen=True)
class FileEntry:
    id: str  # identity.file_id: the same row locally and on the server
    path: str
    size_bytes: int
    sha256: str  # lowercase hex
    content_type: str
    lesson_ids: tuple[str, ...]  # sorted


def file_manifest(package: CoursePackage) -> tuple[FileEntry, ...]:
    users: dict[str, set[str]] = {}
    for lesson in package.lessons:
        for path in lesson.files:
            users.setdefault(path, set()).add(str(lesson.id))
    return tuple(
        FileEntry(
            id=str(identity.file_id(package.id, asset.path)),
            path=asset.path,
            size_bytes=asset.size,
            sha256=asset.sha256(),
            content_type=asset.content_type,
            lesson_ids=tuple(sorted(users.get(asset.path, ()))),
        )
        for asset in package.assets
    )
