"""``python -m devserver`` as a real subprocess: start, use with the SDK, Ctrl-C, restart."""

from __future__ import annotations

import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import psycopg
import pytest
from supabase import create_client

from devserver.__main__ import build_parser, main
from devserver.server import DevServer
from tests.fixtures.devserver import client_options, new_email
from tests.helpers.pg import Cluster

REPO = Path(__file__).resolve().parents[2]
ENV_KEYS = {"API_URL", "ANON_KEY", "SERVICE_ROLE_KEY", "JWT_SECRET", "DB_URL"}


def _read_env(path: Path) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)
    return {key: value for key, value in pairs}


@contextmanager
def running_cli(
    tmp_path: Path, *args: str, timeout: float = 180
) -> Iterator[tuple[subprocess.Popen[str], dict[str, str]]]:
    """Start the CLI, wait for its env file, and always stop it afterwards."""
    env_file = tmp_path / f"devserver-{time.monotonic_ns()}.env"
    process = subprocess.Popen(
        [sys.executable, "-m", "devserver", "--port", "0", "--env-file", str(env_file), *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + timeout
        while not env_file.exists():
            if process.poll() is not None:
                output = process.stdout.read() if process.stdout else ""
                pytest.fail(f"devserver exited with {process.returncode}:\n{output}")
            assert time.monotonic() < deadline, "the devserver did not start in time"
            time.sleep(0.1)  # noqa: TID251 - deliberate: polling for the env file with a deadline  # allowed-sleep
        yield process, _read_env(env_file)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(30)


def _interrupt(process: subprocess.Popen[str], sig: int = signal.SIGINT) -> str:
    process.send_signal(sig)
    output, _ = process.communicate(timeout=60)
    assert process.returncode == 0, output
    return output


@pytest.fixture
def pg_data_dir() -> Iterator[Path]:
    """A data dir outside pytest's tmp_path: a concurrently starting pytest run
    makes /tmp/pytest-of-<user> private again, which locks out the unprivileged
    PostgreSQL user (we run as root) in the middle of initdb."""
    with tempfile.TemporaryDirectory(prefix="lantern-cli-") as tmp:
        yield Path(tmp) / "data"


def test_cli_serves_the_sdk_stops_on_ctrl_c_and_restarts_with_the_same_keys(
    tmp_path: Path, pg_data_dir: Path
) -> None:
    data_dir = pg_data_dir
    with running_cli(tmp_path, "--data-dir", str(data_dir), "--jwt-expiry", "120") as (
        process,
        env,
    ):
        assert set(env) == ENV_KEYS
        client = create_client(env["API_URL"], env["ANON_KEY"], client_options())
        learner = client.auth.sign_in_with_password(
            {"email": "learner@lantern.local", "password": "lantern-learner"}
        )
        assert learner.session is not None
        assert learner.session.expires_in == 120
        email = new_email("cli")
        client.auth.sign_up({"email": email, "password": "kept-across-restarts"})
        output = _interrupt(process)
    assert "learner@lantern.local" in output
    assert "lantern-instructor" in output
    assert f"ANON_KEY={env['ANON_KEY']}" in output
    assert not (data_dir / "postgres" / "postmaster.pid").exists()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(env["DB_URL"], connect_timeout=3).close()

    with running_cli(tmp_path, "--data-dir", str(data_dir)) as (process, again):
        assert (again["ANON_KEY"], again["JWT_SECRET"]) == (env["ANON_KEY"], env["JWT_SECRET"])
        client = create_client(again["API_URL"], again["ANON_KEY"], client_options())
        response = client.auth.sign_in_with_password(
            {"email": email, "password": "kept-across-restarts"}
        )
        assert response.user is not None
        assert response.user.email == email
        with psycopg.connect(again["DB_URL"]) as conn:
            demo_users = conn.execute(
                "select count(*) from auth.users where email like '%%@lantern.local'"
            ).fetchone()
        assert demo_users == (2,)  # not created a second time
        _interrupt(process, signal.SIGTERM)


def test_cli_on_an_existing_database_applies_fault_flags(
    tmp_path: Path, pg_cluster: Cluster, db_template: str
) -> None:
    with (
        pg_cluster.copy_of(db_template) as url,
        running_cli(
            tmp_path,
            "--database-url",
            url,
            "--data-dir",
            str(tmp_path / "data"),
            "--failure-rate",
            "1",
            "--failure-mode",
            "5xx",
        ) as (process, env),
    ):
        assert env["DB_URL"] == url
        response = httpx.get(f"{env['API_URL']}/auth/v1/health", timeout=10)
        assert response.status_code == 503
        _interrupt(process)


def test_cli_starts_offline_and_sigusr1_brings_it_online(
    tmp_path: Path, pg_cluster: Cluster, db_template: str
) -> None:
    with (
        pg_cluster.copy_of(db_template) as url,
        running_cli(
            tmp_path, "--database-url", url, "--data-dir", str(tmp_path / "data"), "--offline"
        ) as (process, env),
    ):
        health = f"{env['API_URL']}/auth/v1/health"
        with pytest.raises(httpx.ConnectError):
            httpx.get(health, timeout=5)
        process.send_signal(signal.SIGUSR1)
        deadline = time.monotonic() + 30
        while True:
            try:
                assert httpx.get(health, timeout=5).status_code == 200
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline, "the devserver never came online"
                time.sleep(0.1)  # noqa: TID251 - deliberate: polling with a deadline  # allowed-sleep
        _interrupt(process)


@pytest.mark.parametrize(
    "argv",
    [
        ["--failure-rate", "2"],
        ["--failure-mode", "explode"],
        ["--port", "-1"],
        ["--jwt-expiry", "0"],
    ],
)
def test_cli_refuses_invalid_options(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(argv)
    assert exited.value.code == 2


def test_cli_refuses_a_short_jwt_secret(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--jwt-secret", "too-short"]) == 2
    assert "at least 32 characters" in capsys.readouterr().err


def test_cli_reports_a_database_it_cannot_reach(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql://postgres@127.0.0.1:1/none?connect_timeout=2"
    assert main(["--database-url", url, "--data-dir", str(tmp_path), "--port", "0"]) == 1
    assert "could not start" in capsys.readouterr().err


def test_cli_reports_a_port_already_in_use(
    tmp_path: Path, devserver: DevServer, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [
        "--database-url",
        devserver.db_url,
        "--data-dir",
        str(tmp_path),
        "--port",
        str(devserver.port),
    ]
    assert main(argv) == 1
    assert f"cannot listen on 127.0.0.1:{devserver.port}" in capsys.readouterr().err
