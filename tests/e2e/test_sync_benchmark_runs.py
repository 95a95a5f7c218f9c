"""The sync benchmark runs end to end (tiny sizes; the figures are not judged here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import local_actions
from benchmarks.sync_benchmark import Sizes, run
from desktop.sync.engine import PULL_LIMIT
from devserver.server import DevServer
from tests.fixtures.devserver import TEST_BCRYPT_ROUNDS


@pytest.mark.slow
def test_sync_benchmark_runs_and_reports_every_figure(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A catalogue of more than one pull page (PULL_LIMIT rows).
    sizes = Sizes(
        ops=300,
        courses=12,
        lessons=PULL_LIMIT + 100,
        latency_ms=5,
        seed_sample=5,
        big_lessons=2 * PULL_LIMIT + 300,
    )
    with DevServer(
        data_dir=tmp_path / "server",
        database_url=db_url,
        demo_accounts=False,
        bcrypt_rounds=TEST_BCRYPT_ROUNDS,
    ) as server:
        figures = run(server, sizes)
    out = capsys.readouterr().out
    assert "EXTRAPOLATED" in out
    assert "rows/s" in out
    assert "ops/s" in out
    assert figures["push_requests"] == 2  # 300 ops in batches of 250
    assert figures["pull_requests"] >= 2  # more than one page
    assert figures["pull_rows_per_s"] > 0
    assert figures["push_ops_per_s"] > 0
    assert figures["server_ops_per_s"] > 0
    assert "server cost: sync_push of 300 ops" in out
    # The second pull read the grown catalogue (its lessons, its courses, the
    # earlier rows), and its cost per row is reported against the first.
    assert figures["big_pull_rows"] > 2 * PULL_LIMIT + 300
    assert figures["pull_row_cost_growth"] > 0
    assert "pull growth, no latency:" in out


@pytest.mark.slow
def test_local_actions_benchmark_reports_both_settings(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with DevServer(
        data_dir=tmp_path / "server",
        database_url=db_url,
        demo_accounts=False,
        bcrypt_rounds=TEST_BCRYPT_ROUNDS,
    ) as server:
        figures = local_actions.run(server, 20, 5, tmp_path / "stores")
    out = capsys.readouterr().out
    assert "synchronous = normal" in out
    assert "synchronous = full" in out
    assert 0 < figures["p50_ms"] <= figures["p99_ms"]
    assert 0 < figures["other_p50_ms"] <= figures["other_p99_ms"]
