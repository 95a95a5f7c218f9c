"""Download for offline and "get ready for offline", as ops the views run.

The rules live in :mod:`desktop.store.replica.downloads`; these wrappers say
which pages each op changed.
"""

from __future__ import annotations

from collections.abc import Collection

from desktop.store import replica
from desktop.store.db import LearnerStore
from desktop.store.replica import Readiness, readiness
from desktop.ui.operations.changes import Changes
from desktop.ui.viewdata import FileChoice

__all__ = [
    "Readiness",  # untranslated: a name exported
    "cancel_download",
    "cancel_files",
    "finish_downloads",
    "pause_files",
    "readiness",
    "remove_download",
    "request_all_downloads",
    "start_download",
]


def start_download(
    store: LearnerStore, course_id: str, choice: FileChoice | None = None
) -> Changes:
    """``choice`` None: the files chosen last time (all, the first time)."""
    if choice is None:
        replica.start_download(store, course_id)
    else:
        replica.start_download(store, course_id, choice.files, choice.lessons)
    return Changes(catalogue=True)


def cancel_download(store: LearnerStore, course_id: str) -> Changes:
    replica.cancel_download(store, course_id)
    return Changes(catalogue=True)


def pause_files(store: LearnerStore, course_id: str, paused: bool) -> Changes:
    replica.pause_files(store, course_id, paused)
    return Changes(catalogue=True)


def cancel_files(store: LearnerStore, course_id: str) -> Changes:
    replica.cancel_files(store, course_id)
    return Changes(catalogue=True)


def remove_download(store: LearnerStore, course_id: str) -> Changes:
    replica.remove_download(store, course_id)
    return Changes(catalogue=True)


def finish_downloads(store: LearnerStore, pulled_scopes: Collection[str] = ()) -> Changes:
    return Changes(catalogue=replica.finish_downloads(store, pulled_scopes))


def request_all_downloads(store: LearnerStore) -> Changes:
    replica.request_all_downloads(store)
    return Changes(catalogue=True)
