"""What ``lantern sync`` prints after a cycle (desktop/cli/syncing.py summary)."""

from __future__ import annotations

from desktop.cli.syncing import summary
from desktop.sync.engine import CycleReport


def test_an_ordinary_cycle_is_one_line() -> None:
    text = summary(CycleReport(pushed=3, pulled_rows=12, requests=4))
    assert text == "Up to date: sent 3 changes; received 12 updates in 4 requests."


def test_refused_changes_are_counted() -> None:
    text = summary(CycleReport(pushed=3, rejected=1, pulled_rows=0, requests=2))
    assert text.startswith("Up to date: sent 3 changes, 1 refused by the server;")


def test_changes_sent_again_after_a_server_restore_are_reported() -> None:
    lines = summary(CycleReport(pushed=9, resent=5, unrecoverable=2, requests=3)).splitlines()
    assert len(lines) == 3
    assert "lost 5 changes" in lines[1]
    assert "they were sent again" in lines[1]
    assert lines[2].startswith("2 changes the server lost are no longer on this computer")
