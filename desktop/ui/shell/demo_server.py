"""``lantern demo``: start the local devserver as a child process and find its demo learner.

The app never imports ``devserver`` (it is a separate package): it runs
``python -m devserver`` and reads what the server publishes — the ``--env-file``
(API URL and anon key) and the banner listing the demo accounts.  Closing the
app stops the child.

The demo's server folder holds demo data only, so the child runs with
``--reset-if-outdated``: a database built from migrations that have since
been folded is deleted and built anew from the seed instead of refusing to
start.
"""

from __future__ import annotations

import logging
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.account.settings import ServerSettings
from desktop.ui import i18n
from desktop.ui.i18n import translate

log = logging.getLogger(__name__)

_ACCOUNT = re.compile(
    r"^\s+(?P<role>\w+)\s+(?P<email>\S+@\S+)\s+password: (?P<password>\S+)$", re.MULTILINE
)
READY = "Press Ctrl-C to stop."  # untranslated: the devserver's banner, read


class DemoServerError(RuntimeError):
    """The demo server did not start; the message says what it printed (shown to the
    learner after "The demo server did not start: ")."""


@dataclass(frozen=True)
class DemoServer:
    settings: ServerSettings
    learner_email: str
    learner_password: str
    # the demo instructor, who publishes the demo catalogue (empty: none listed)
    instructor_email: str = ""
    instructor_password: str = ""


def parse_env(text: str) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in text.splitlines() if "=" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def parse_banner(text: str) -> dict[str, tuple[str, str]]:
    """role → (email, password) from the devserver's start-up banner."""
    return {m["role"]: (m["email"], m["password"]) for m in _ACCOUNT.finditer(text)}


class DemoServerProcess:
    def __init__(
        self, folder: Path, *, python: str = sys.executable, timeout_s: float = 180.0
    ) -> None:
        self.folder = folder
        self.python = python
        self.timeout_s = timeout_s
        self.process: subprocess.Popen[bytes] | None = None
        self.log_path = folder / "devserver.log"
        self.env_path = folder / "devserver.env"

    def start(self) -> DemoServer:
        """Blocking (a database is built the first time): run it on a worker thread."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self.env_path.unlink(missing_ok=True)
        with self.log_path.open("wb") as out:
            self.process = subprocess.Popen(
                [
                    self.python,
                    "-m",
                    "devserver",
                    "--port",
                    "0",
                    "--data-dir",
                    str(self.folder / "server"),
                    "--env-file",
                    str(self.env_path),
                    "--reset-if-outdated",
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + self.timeout_s
        while time.monotonic() < deadline:
            banner = self.log_path.read_text(encoding="utf-8", errors="replace")
            if self.env_path.exists() and READY in banner:
                return self._read(banner)
            if self.process.poll() is not None:
                raise DemoServerError(
                    translate("DemoServerProcess", "the demo server stopped: {output}").format(
                        output=banner.strip()[-500:]
                    )
                )
            time.sleep(0.2)  # noqa: TID251 - deliberate: polling a child process's files
        self.stop()
        raise DemoServerError(
            translate(
                "DemoServerProcess", "the demo server did not start within {seconds} s; see {path}"
            ).format(seconds=i18n.number(round(self.timeout_s)), path=self.log_path)
        )

    def _read(self, banner: str) -> DemoServer:
        env = parse_env(self.env_path.read_text(encoding="utf-8"))
        accounts = parse_banner(banner)
        if "student" not in accounts:
            raise DemoServerError(
                translate("DemoServerProcess", "the demo server listed no demo learner")
            )
        email, password = accounts["student"]
        teacher = accounts.get("instructor", ("", ""))
        return DemoServer(
            ServerSettings(env["API_URL"], env["ANON_KEY"]), email, password, *teacher
        )

    @property
    def stopped(self) -> bool:
        """Started once, and no longer running (it crashed, or someone ended it)."""
        return self.process is not None and self.process.poll() is not None

    def stop(self) -> None:
        process = self.process
        if process is None or process.poll() is not None:
            return
        process.terminate()  # the devserver stops PostgreSQL on SIGTERM
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            log.warning("demo server did not stop; killing it")
            process.kill()
            process.wait(timeout=10)
