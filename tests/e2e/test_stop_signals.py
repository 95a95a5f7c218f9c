"""``kill`` (SIGTERM) or Ctrl+C (SIGINT) closes ``lantern demo`` as Quit does: the app
shuts down, the devserver it started stops, and its PostgreSQL with it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from desktop.ui.shell.demo_server import READY

ROOT = Path(__file__).resolve().parents[2]


def _wait_for(condition: object, timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.2)  # noqa: TID251  # allowed-sleep: polling another process's files
    pytest.fail(f"timed out after {timeout_s:.0f} s waiting for {what}")


def _devservers(folder: Path) -> list[int]:
    """Processes whose command line names ``folder``: the devserver and its PostgreSQL."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if str(folder).encode() in command:
                found.append(int(entry.name))
    return found


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_closes_the_demo_and_stops_its_server(number: signal.Signals) -> None:
    # Not under pytest's tmp_path (see test_local_backend.py): PostgreSQL's user must read it.
    home = Path(tempfile.mkdtemp(prefix="lantern-signal-test-"))
    demo = home / ".local" / "share" / "Lantern" / "demo" / "devserver"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "demo"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        log = demo / "devserver.log"
        _wait_for(
            lambda: log.exists() and READY in log.read_text(errors="replace"),
            180,
            "the demo server to start",
        )
        assert _devservers(demo), "the devserver should be running"
        app.send_signal(number)
        output, _ = app.communicate(timeout=90)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    said = output.decode(errors="replace")
    assert app.returncode == 128 + number, said  # the shell's convention: ended by a signal
    assert "Traceback" not in said, said
    assert not (demo / "server" / "postgres" / "postmaster.pid").exists()
    _wait_for(lambda: not _devservers(demo), 30, "the devserver and PostgreSQL to end")
    shutil.rmtree(home, ignore_errors=True)
