"""The app fetching a downloaded course's video over a slow link: the course
page and the status bar show the bytes as they arrive, Pause stops mid-file
and keeps the part, Resume goes on from it, and the file that arrives is the
one published (issue #16)."""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.course_package import load_package
from desktop.publish.course import Publisher
from desktop.store.replica import cached_image, default_files_dir, download_size, image_key
from desktop.store.replica.content import download_state
from desktop.sync.download import FilesProgress
from desktop.sync.fetch import part_path
from desktop.ui.shell.accounts import Accounts
from desktop.ui.shell.app_flow import AppFlow
from desktop.ui.viewdata import FileChoice
from devserver.server import DevServer
from tests.fixtures.devserver import SignedUpUser
from tests.sync.test_download import a_copy_of_the_sample_course
from tests.ui.app_flows import AppFlows, sign_up_through_dialog

PADDING = 3_000_000  # bytes added to the sample video
RATE = 1_500_000  # bytes a second on the slow link: the video takes about 2 s


def a_course_with_a_large_video(tmp_path: Path, teacher: SignedUpUser) -> tuple[str, Path]:
    """The sample with its media, the video grown by a ``free`` box (MP4 players
    skip it), published: (course id, the video's file)."""
    folder = Path(a_copy_of_the_sample_course(tmp_path, media=True))
    video = folder / "media" / "request.mp4"
    with video.open("ab") as handle:
        handle.write(struct.pack(">I4s", PADDING + 8, b"free") + b"\0" * PADDING)
    result = load_package(folder)
    assert result.package is not None, result.problems
    Publisher(teacher.client, teacher.id).publish(result.package)
    return str(result.package.id), video


def test_a_large_video_shows_its_progress_pauses_mid_file_and_resumes(
    tmp_path: Path,
    healthy_devserver: DevServer,
    make_instructor: Callable[[], SignedUpUser],
    app_flows: AppFlows,
    qtbot: QtBot,
) -> None:
    course_id, video = a_course_with_a_large_video(tmp_path, make_instructor())
    accounts: Accounts = app_flows.accounts()
    accounts.use_server(healthy_devserver.url, healthy_devserver.anon_key)
    flow: AppFlow = app_flows.open(accounts, start=False, synced=True, debounce_s=0.2)
    flow.start()
    sign_up_through_dialog(flow, qtbot, prefix="files", full_name="Files Learner")
    shell = flow.shell
    assert shell is not None
    qtbot.waitUntil(lambda: shell.catalogue.model.rowCount() > 0, timeout=20_000)
    shell.ops.set_enrolled(course_id, True)
    shell.open_course(course_id)
    qtbot.waitUntil(lambda: shell.window.current_page == "course", timeout=10_000)
    row, status = shell.course.files, shell.window.files_status
    healthy_devserver.faults.body_bytes_per_s = RATE
    shell.download(course_id, FileChoice())

    qtbot.waitUntil(lambda: row.live is not None and row.live[0] > 0, timeout=30_000)
    assert row.isVisible()
    assert row.bar.isVisible()
    assert " of " in row.label.text()
    assert row.label.text().startswith("Files: ")
    assert status.isVisible()
    assert status.text().startswith("Downloading files: ")
    assert flow.opened is not None
    store = flow.opened.store
    target = default_files_dir(store) / course_id / "media" / "request.mp4"
    qtbot.waitUntil(lambda: part_path(target).exists(), timeout=30_000)
    qtbot.waitUntil(lambda: part_path(target).stat().st_size > 256 * 1024, timeout=30_000)

    row.pause.click()
    qtbot.waitUntil(lambda: download_state(store, course_id).files_paused, timeout=10_000)
    qtbot.waitUntil(lambda: not flow._fetching_pictures, timeout=10_000)
    kept = part_path(target).stat().st_size
    assert 0 < kept < video.stat().st_size  # stopped mid-file, the part kept
    assert row.label.text().startswith("Files paused: ")
    assert row.pause.text() == "&Resume files"
    assert not target.exists()
    qtbot.wait(500)  # paused means paused: nothing more arrives
    assert part_path(target).stat().st_size == kept

    healthy_devserver.faults.body_bytes_per_s = None
    reports: list[int] = []
    show = shell.files.show

    def recorded(progress: FilesProgress) -> None:
        reports.append(progress.bytes_done)
        show(progress)

    shell.files.show = recorded  # type: ignore[method-assign]
    row.pause.click()  # Resume
    qtbot.waitUntil(lambda: download_size(store, course_id).remaining == 0, timeout=30_000)
    qtbot.waitUntil(lambda: not row.isVisible() and status.isHidden(), timeout=10_000)
    assert reports
    assert reports[0] >= kept
    cached = cached_image(store, image_key(course_id, "media/request.mp4"))
    assert cached is not None
    assert Path(cached.local_path).read_bytes() == video.read_bytes()
