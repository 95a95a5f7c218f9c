"""``lantern download`` prints a course's file bytes as they arrive, now and then."""

from __future__ import annotations

import pytest

from desktop.cli.syncing import FilesLines
from desktop.sync.download import FilesProgress


class Clock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def test_lines_come_every_two_seconds_with_the_rate_and_once_at_the_end(
    capsys: pytest.CaptureFixture[str],
) -> None:
    clock = Clock()
    lines = FilesLines(clock=clock)
    lines(FilesProgress("c", 10_000_000, 210_000_000, 1, 5))  # 10 MB were here before
    clock.now += 1
    lines(FilesProgress("c", 30_000_000, 210_000_000, 1, 5))  # too soon: nothing
    clock.now += 1
    lines(FilesProgress("c", 50_000_000, 210_000_000, 1, 5))
    clock.now += 4
    lines(FilesProgress("c", 210_000_000, 210_000_000, 5, 5))
    lines(FilesProgress("c", 210_000_000, 210_000_000, 5, 5, finished=True))  # said already
    assert capsys.readouterr().out.splitlines() == [
        "  files: 50.0 MB of 210.0 MB, 20.0 MB/s, about 8 s left",
        "  files: 210.0 MB of 210.0 MB",
    ]


def test_a_course_without_files_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    clock = Clock()
    lines = FilesLines(clock=clock)
    clock.now += 10
    lines(FilesProgress("c", 0, 0, 0, 0))
    assert capsys.readouterr().out == ""
