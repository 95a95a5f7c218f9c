"""Start and stop a local devserver for the demo (``lantern demo``).

The app never imports ``devserver`` (it is not shipped with the app); the
demo runs it as a child process, learns its address and keys from the
``--env-file`` it writes (the same lines as ``supabase status -o env``), and
stops it when the window closes.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from desktop.sync.settings import ServerSettings

log = logging.getLogger(__name__)

DEMO_LEARNER = ("learner@lantern.local", "lantern-learner")
DEMO_INSTRUCTOR = ("instructor@lantern.local", "lantern-instructor")


class LocalBackendError(RuntimeError):
    """The local devserver could not be started."""


def read_env_file(path: Path) -> dict[str, str]:
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip():
            values[key.strip()] = value.strip().strip('"')
    return values


class LocalBackend:
    """A ``lantern-devserver`` child process with its data under ``data_dir``."""

    def __init__(self, data_dir: Path, *, port: int = 0, extra_args: list[str] | None = None,
                 python: str = sys.executable) -> None:
        self.data_dir = data_dir
        self.env_file = data_dir / "devserver.env"
        self.log_file = data_dir / "devserver.log"
        self._args = [python, "-m", "devserver", "--data-dir", str(data_dir / "server"),
                      "--port", str(port), "--env-file", str(self.env_file),
                      *(extra_args or [])]
        self._process: subprocess.Popen[bytes] | None = None
        self.env: dict[str, str] = {}

    def start(self, timeout: float = 180.0) -> ServerSettings:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.env_file.unlink(missing_ok=True)
        log.info("starting the local backend: %s", " ".join(self._args))
        with self.log_file.open("wb") as log_fh:
            self._process = subprocess.Popen(
                self._args, stdout=log_fh, stderr=subprocess.STDOUT,
                start_new_session=os.name != "nt",
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise LocalBackendError(
                    f"The local backend stopped while starting (exit {self._process.returncode})."
                    f" Its log is in {self.log_file}:\n{self._log_tail()}"
                )
            if self.env_file.exists():
                env = read_env_file(self.env_file)
                if "API_URL" in env and "ANON_KEY" in env:
                    self.env = env
                    return ServerSettings(env["API_URL"], env["ANON_KEY"])
            time.sleep(0.2)
        self.stop()
        raise LocalBackendError(f"The local backend did not start within {timeout:.0f} s; "
                                f"see {self.log_file}.")

    def _log_tail(self) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-15:])
        except OSError:
            return ""

    def stop(self, timeout: float = 30.0) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        if sys.platform == "win32":
            process.send_signal(signal.CTRL_BREAK_EVENT)
        else:
            process.send_signal(signal.SIGINT)  # the devserver stops PostgreSQL cleanly
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            log.warning("the local backend did not stop in %.0f s; killing it", timeout)
            process.kill()
            process.wait(10)

    def __enter__(self) -> LocalBackend:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()
