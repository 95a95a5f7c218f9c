"""``lantern sync`` and ``lantern download`` word the engine's progress codes and
counts, and ``lantern status`` the stored code of the last failure."""

from __future__ import annotations

import pytest

from desktop.cli import syncing
from desktop.cli.common import describe_error
from desktop.sync.download import (
    REASON_COURSE_NOT_HERE,
    DownloadCancelled,
    DownloadError,
    DownloadProgress,
    DownloadStep,
)
from desktop.sync.errors import OfflineError, SyncError
from desktop.sync.states import Stage, SyncProgress


@pytest.mark.parametrize(
    ("progress", "line"),
    [
        (SyncProgress(Stage.AUTHENTICATE), "Signing in…"),
        (SyncProgress(Stage.PUSH, 0.0, changes=1), "Sending 1 change…"),
        (SyncProgress(Stage.PUSH, 0.5, changes=250), "Sending 250 changes…"),
        (SyncProgress(Stage.PULL, 0.25, scope="catalogue"), "Updating catalogue…"),
        (SyncProgress(Stage.DONE, 1.0), "Up to date"),
    ],
)
def test_each_stage_of_a_cycle_is_worded(progress: SyncProgress, line: str) -> None:
    assert syncing.progress_line(progress) == line


@pytest.mark.parametrize(
    ("progress", "line"),
    [
        (DownloadProgress(DownloadStep.LESSONS, 0, 1), "[0/1] Downloading lessons…"),
        (
            DownloadProgress(DownloadStep.IMAGES, 2, 4, image=2, images=3),
            "[2/4] Downloading images (2/3)…",
        ),
        (DownloadProgress(DownloadStep.DONE, 4, 4), "[4/4] Available offline"),
    ],
)
def test_each_step_of_a_download_is_worded(progress: DownloadProgress, line: str) -> None:
    assert syncing.download_line(progress) == line


def test_a_downloads_own_failures_are_worded_by_their_code() -> None:
    stopped = DownloadCancelled(1, 3)
    assert syncing.problem(stopped) == (
        "Download stopped: 1 of 3 images are on this computer; download again to go on."
    )
    not_here = DownloadError("not here", reason=REASON_COURSE_NOT_HERE)
    assert syncing.problem(not_here) == (
        "That course is not in the catalogue on this computer; sync first."
    )
    assert syncing.problem(DownloadError("x", reason="offline")) == describe_error(
        DownloadError("x", reason="offline")
    )


def test_a_sync_error_is_worded_by_the_command_lines_describe_error() -> None:
    offline = OfflineError("The server can't be reached right now.")
    assert syncing.problem(offline) == describe_error(offline)
    assert syncing._sentence("offline", offline) == (
        f"{describe_error(offline)} Your work is saved and will sync when you reconnect."
    )


def test_the_last_failure_is_worded_from_its_stored_code() -> None:
    entry = {
        "last_error": "server_busy",
        "last_error_detail": "Bad Gateway",
        "last_error_status": 502,
    }
    expected = describe_error(SyncError(reason="server_busy", detail="Bad Gateway", status=502))
    assert syncing.last_error_words(entry) == expected
    assert syncing.last_error_words({"last_error": "offline"}) == describe_error(OfflineError())
    # an older Lantern stored its sentence: shown as it was
    old = "The server can't be reached right now."
    assert syncing.last_error_words({"last_error": old}) == old
