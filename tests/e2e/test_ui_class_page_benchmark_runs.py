"""The GUI-stall benchmark of the Class page runs end to end (a small class; the
figures are not judged here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from benchmarks import ui_class_page
from tests.ui.helpers import OFFSCREEN_NOISE


@pytest.mark.slow
@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
def test_ui_class_page_benchmark_reports_the_stalls_of_opening_a_class(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: QApplication
) -> None:
    figures = ui_class_page.run(tmp_path, learners=30, lessons=6, news=5)
    out = capsys.readouterr().out
    assert "built the teacher's store in " in out
    assert "30 learners (" in out
    assert " x 6 lessons, " in out
    assert "the read on the worker (operations.reads.class_page, median of 3): " in out
    for scenario in (
        "opening the class of 1 learner x 1 lesson (floor)",
        "opening the class of 30 x 6",
        "returning to the Class page from the catalogue",
        "re-showing the class after a sync brought 10 rows",
        "switching the selected learner 10 times",
        'sorting the learners by "Last active"',
    ):
        assert f"while {scenario}: longest GUI stall " in out
    assert out.count("target < 50 ms: ") == 11  # each scenario, then the summary's five
    assert "floor: the longest stall opening the 1 x 1 class, " in out
    for line in ("open", "return", "refresh", "switch learner", "sort"):
        assert f"\n{line}: longest stall " in out
    assert figures["read_ms"] > 0
    assert figures["floor_longest_stall_ms"] >= 0
    assert figures["open_longest_stall_ms"] >= 0
    assert figures["open_p99_gap_ms"] > 0
    assert figures["switch_learner_p99_gap_ms"] > 0
