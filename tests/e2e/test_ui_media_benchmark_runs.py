"""The GUI-stall benchmark of a download and a playing video runs end to end
(tiny sizes; the figures are not judged here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from benchmarks import ui_media_responsiveness
from devserver.server import DevServer
from tests.fixtures.devserver import TEST_BCRYPT_ROUNDS
from tests.ui.helpers import MULTIMEDIA_NOISE, OFFSCREEN_NOISE


@pytest.mark.slow
@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, *MULTIMEDIA_NOISE)
def test_ui_media_benchmark_reports_the_stalls_of_a_download_and_of_playback(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: QApplication
) -> None:
    with DevServer(
        data_dir=tmp_path / "server", database_url=db_url, bcrypt_rounds=TEST_BCRYPT_ROUNDS
    ) as server:
        work = tmp_path / "work"
        work.mkdir()
        # 7 MB: above 6 MiB, so the publish goes through the resumable (TUS) upload
        figures = ui_media_responsiveness.run(
            ui_media_responsiveness.demo_server_of(server), work, video_mb=7, play_s=1
        )
    out = capsys.readouterr().out
    assert "published the sample with a 7.0 MB video" in out
    assert "download: 7.0 MB in " in out
    for scenario in (
        "while downloading",
        "while the lesson with the video opens (Qt Multimedia loads)",
        "while the video opens, the first time (its first player)",
        "while the video plays",
        "while the video opens again",
    ):
        assert f"{scenario}: longest GUI stall " in out
    assert out.count("target < 50 ms: ") == 5
    assert "heartbeats in " in out
    assert figures["mb_per_s"] > 0
    assert figures["longest_stall_ms"] >= 0
    assert figures["p99_gap_ms"] > 0
    assert figures["play_played_s"] == 1.0
    assert figures["play_p99_gap_ms"] > 0
