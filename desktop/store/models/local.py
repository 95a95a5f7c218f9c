"""Tables that exist only on this device: outbox, sync state, downloads, caches."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Field, SQLModel

from desktop.store.columns import JsonType, UtcDateTime

# Outbox states.  "sent" means the server acknowledged it (applied or a duplicate).
PENDING = "pending"
SENT = "sent"
REJECTED = "rejected"

# Download states of a course.
NOT_DOWNLOADED = "not_downloaded"
DOWNLOADING = "downloading"
AVAILABLE_OFFLINE = "available_offline"
UPDATE_AVAILABLE = "update_available"
# The learner removed the download (Settings, Storage): not pulled, even when
# enrolled, until downloaded again.
REMOVED = "removed"

# Which of a course's files (pictures, media) a download brings.
ALL_FILES = "all"
TEXT_ONLY = "text"  # the lessons' text and quizzes, no files
SOME_LESSONS = "lessons"  # the files of the lessons in ``file_lessons``
FILE_CHOICES = (ALL_FILES, TEXT_ONLY, SOME_LESSONS)


class OutboxRow(SQLModel, table=True):
    """One local op waiting for (or done with) ``sync_push``.

    ``seq`` is the per-device sequence number the server deduplicates on;
    ``target`` names the mirror row the op changes so a pull can re-apply it.
    """

    __tablename__ = "outbox"

    seq: int | None = Field(default=None, primary_key=True)
    op_id: str = Field(unique=True)
    kind: str
    payload: dict[str, Any] = Field(sa_type=JsonType)
    hlc: str
    attempts: int = 0
    last_error: str | None = None
    state: str = PENDING
    created_at: datetime = Field(sa_type=UtcDateTime)
    user_id: str | None = None
    target: str


class SyncState(SQLModel, table=True):
    """A single row (id = 1): who owns this database and how far sync got."""

    __tablename__ = "sync_state"

    id: int = Field(default=1, primary_key=True)
    device_id: str
    user_id: str | None = None
    last_seq_acknowledged: int = 0
    last_sync_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    last_error: str | None = None
    clock: str | None = None  # last hybrid-clock stamp issued or seen
    seq_base: int = 0  # wire seq = outbox.seq - seq_base (reset with a new device id)
    device_key: str | None = None  # hex; signs saved work (a new one with a new device id)
    key_registered_for: str | None = None  # the device id the server holds device_key for
    server_id: str | None = None  # public.sync_server's id, learned when registering the key


class SavedWorkChunk(SQLModel, table=True):
    """A signed chunk saved to a file (desktop/protocol/work.py), by its MAC."""

    __tablename__ = "saved_work"

    mac: str = Field(primary_key=True)
    device_id: str
    first_seq: int  # wire seqs under device_id
    last_seq: int
    saved_at: datetime = Field(sa_type=UtcDateTime)
    settled: bool = False  # the server's answer for it is recorded, or it was sent anyway


class SyncCursor(SQLModel, table=True):
    """Pull cursor per scope: "catalogue", "course:<id>", "learner"."""

    __tablename__ = "sync_cursors"

    scope: str = Field(primary_key=True)
    cursor: str | None = None
    updated_at: datetime = Field(sa_type=UtcDateTime)


class CourseDownload(SQLModel, table=True):
    __tablename__ = "course_downloads"

    course_id: str = Field(primary_key=True)
    state: str = NOT_DOWNLOADED
    items_done: int = 0
    items_total: int = 0
    bytes_done: int = 0
    # The course's updated_at when downloaded: a newer one means "update available".
    content_updated_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    downloaded_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    last_error: str | None = None
    files: str = ALL_FILES  # FILE_CHOICES: which files the download brings
    file_lessons: list[str] | None = Field(default=None, sa_type=JsonType)  # SOME_LESSONS
    files_paused: bool = False  # the learner paused fetching its files


class CachedImage(SQLModel, table=True):
    __tablename__ = "cached_images"

    url: str = Field(primary_key=True)
    course_id: str
    local_path: str
    size_bytes: int = 0
    fetched_at: datetime = Field(sa_type=UtcDateTime)
    sha256: str | None = None  # checked against the manifest (course_files); None: not known


class TimeIncrement(SQLModel, table=True):
    """Every time-spent increment made on this device, keyed by its op id.

    Kept after the op is acknowledged: the dashboard's study time per day
    reads it (the server only keeps totals per lesson).
    """

    __tablename__ = "time_ledger"

    op_id: str = Field(primary_key=True)
    user_id: str | None = None
    lesson_id: str
    course_id: str
    seconds: int
    recorded_at: datetime = Field(sa_type=UtcDateTime)
