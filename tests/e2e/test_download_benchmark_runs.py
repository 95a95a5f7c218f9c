"""The download benchmark runs end to end (tiny sizes; the figures are not judged here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import download_benchmark
from devserver.server import DevServer
from tests.fixtures.devserver import TEST_BCRYPT_ROUNDS


@pytest.mark.slow
@pytest.mark.parametrize(
    ("resumable_upload", "uploaded"),
    [(False, "in one request"), (True, "through the resumable (TUS) endpoint, 2 PATCHes")],
    ids=["one-request-upload", "tus-upload"],
)
def test_download_benchmark_reports_throughput_and_resumes_after_every_kill(
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    resumable_upload: bool,
    uploaded: str,
) -> None:
    with DevServer(
        data_dir=tmp_path / "server",
        database_url=db_url,
        demo_accounts=False,
        bcrypt_rounds=TEST_BCRYPT_ROUNDS,
    ) as server:
        work = tmp_path / "files"
        work.mkdir()
        # 8 MB (7.6 MiB): two PATCHes of 6 MiB when it goes through TUS
        figures = download_benchmark.run(
            server, work, mb=8, kill_count=3, rounds=1, resumable_upload=resumable_upload
        )
    out = capsys.readouterr().out
    assert uploaded in out
    assert "of the floor" in out
    assert "3 SIGKILLs" in out
    assert figures["ratio"] > 0
    assert figures["hash_ok"] == 1.0  # the file put together over four processes is whole
    assert figures["max_refetched"] >= 0
    assert not (work / "object.bin").exists()  # the generated object goes once uploaded
