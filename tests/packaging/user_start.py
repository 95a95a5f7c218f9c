"""Start Lantern the way a learner does and drive it from outside, as a person would.

A fresh home folder (no profile, no settings), no command-line arguments, a
real X server (Xvfb) and key presses sent with xdotool: nothing in the app
knows it is being tested.  What the app did is read back from its own log
file (``desktop/logfile.py``) and window titles; what it printed on stderr
must hold no traceback.  Used for the frozen bundle and for the source tree.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

DEADLINE_S = 90.0  # generous: a cold start of a frozen app on a loaded 2-core runner
TOOLS = ("Xvfb", "xdotool")


def require_display_tools() -> None:
    """Skip without Xvfb and xdotool, except where CI promised them (.ci/run installs them)."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not missing:
        return
    reason = f"{' and '.join(missing)} not installed (Debian: apt-get install xvfb xdotool)"
    if os.environ.get("LANTERN_REQUIRE_PACKAGING") == "1":
        pytest.fail(reason + " but LANTERN_REQUIRE_PACKAGING=1")
    pytest.skip(reason)


@contextmanager
def x_server(where: Path) -> Iterator[str]:
    """A private Xvfb; yields its DISPLAY (it picks a free display number itself)."""
    read, write = os.pipe()
    log = (where / "xvfb.log").open("w")
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=log,
        stderr=log,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        assert number, (where / "xvfb.log").read_text()
        yield f":{number}"
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=30)
        log.close()


@dataclass
class UserSession:
    """One start of the app on ``display`` with its own home folder."""

    display: str
    home: Path
    process: subprocess.Popen[bytes]
    stderr_path: Path
    shots: Path
    steps: list[str] = field(default_factory=list)

    # what a person sees -------------------------------------------------------
    def xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args],
            env=self._env(),
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        return done.stdout

    def windows(self) -> dict[str, str]:
        """Window id -> title, for every visible top-level window."""
        ids = self.xdotool("search", "--onlyvisible", "--name", ".").split()
        return {w: self.xdotool("getwindowname", w).strip() for w in ids}

    def wait_for_window(self, title: str) -> str:
        """The id of a visible window whose title matches the regular expression ``title``."""
        found: list[str] = []

        def shown() -> bool:
            found[:] = [w for w, name in self.windows().items() if re.search(title, name)]
            return bool(found)

        self.wait(shown, f"a window titled /{title}/")
        return found[0]

    def log_text(self) -> str:
        logs = sorted(self.home.rglob("lantern.log"))
        return "".join(p.read_text(encoding="utf-8", errors="replace") for p in logs)

    def log_mark(self) -> int:
        """Where the log ends now: ``wait_for_log(..., since=mark)`` looks only after it."""
        return len(self.log_text())

    def wait_for_log(self, pattern: str, since: int = 0) -> re.Match[str]:
        found: list[re.Match[str]] = []

        def logged() -> bool:
            match = re.search(pattern, self.log_text()[since:])
            found[:] = [match] if match else []
            return bool(found)

        self.wait(logged, f"the log line /{pattern}/")
        return found[0]

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    # what a person does -------------------------------------------------------
    def keys(self, window: str, *keys: str) -> None:
        self.steps.append(f"keys {' '.join(keys)}")
        self.xdotool("windowfocus", "--sync", window)
        self.xdotool("key", "--clearmodifiers", *keys)

    def type_text(self, window: str, text: str) -> None:
        self.steps.append(f"type {text!r}")
        self.xdotool("windowfocus", "--sync", window)
        self.xdotool("type", "--delay", "20", text)

    def screenshot(self, name: str) -> Path:
        path = self.shots / f"{len(list(self.shots.glob('*.png'))):02d}-{name}.png"
        if shutil.which("import"):
            subprocess.run(
                ["import", "-window", "root", str(path)],
                env=self._env(),
                capture_output=True,
                timeout=30,
                check=False,
            )
        return path

    # waiting ----------------------------------------------------------------
    def wait(self, condition: Callable[[], bool], what: str, timeout: float = DEADLINE_S) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if self.process.poll() is not None:
                pytest.fail(
                    f"Lantern exited ({self.process.returncode}) while waiting for "
                    f"{what}\n{self.report()}"
                )
            if time.monotonic() > deadline:
                shot = self.screenshot("timeout")
                pytest.fail(
                    f"gave up after {timeout:.0f} s waiting for {what} "
                    f"(screenshot {shot})\n{self.report()}"
                )
            time.sleep(0.2)  # noqa: TID251 - deliberate: polling another process's window and log  # allowed-sleep

    def report(self) -> str:
        return (
            f"steps: {self.steps}\nwindows: {self.windows()}\n"
            f"--- stderr ---\n{self.stderr()[-3000:]}\n--- log ---\n{self.log_text()[-3000:]}"
        )

    def _env(self) -> dict[str, str]:
        return dict(os.environ, DISPLAY=self.display)


@contextmanager
def started_as_user(
    command: Sequence[str],
    where: Path,
    display: str,
    *,
    cwd: Path,
    settings: dict[str, str] | None = None,
) -> Iterator[UserSession]:
    """Start ``command`` with a fresh home; ``settings``: files to lay in it first
    (relative path -> text), as a school's set-up would."""
    home, shots = where / "home", where / "screenshots"
    home.mkdir(parents=True)
    shots.mkdir()
    for relative, text in (settings or {}).items():
        (home / relative).parent.mkdir(parents=True, exist_ok=True)
        (home / relative).write_text(text, encoding="utf-8")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "SUPABASE_", "PYTHONPATH", "QT_"))
    }
    env.update(HOME=str(home), DISPLAY=display, TMPDIR=str(where))
    stderr_path = where / "stderr.txt"
    with stderr_path.open("wb") as stderr:
        process = subprocess.Popen(
            list(command),
            cwd=cwd,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,
        )
    session = UserSession(display, home, process, stderr_path, shots)
    try:
        yield session
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=30)


def open_a_lesson(
    session: UserSession, main_window: str, course_title: str, *, download: bool = False
) -> str:
    """Find ``course_title`` with the search box, open it (``download``: download it for
    offline first, then find it again), open its next lesson (keyboard only); returns
    the lesson id the app logged."""
    since = session.log_mark()
    session.keys(main_window, "ctrl+f")
    session.type_text(main_window, course_title)
    session.keys(main_window, "Return")  # filters now and moves to the first card
    session.keys(main_window, "Return")  # opens it
    course = session.wait_for_log(r"course shown: ([0-9a-f-]{36})", since).group(1)
    session.steps.append(f"course {course} shown")
    if download:
        session.keys(main_window, "alt+d")  # "&Download for offline"
        session.wait_for_log(rf"course {course}: available", since)
        return open_a_lesson(session, main_window, course_title)
    session.keys(main_window, "Return")  # the page's next lesson has the focus
    return session.wait_for_log(r"lesson shown: ([0-9a-f-]{36}) \(with its text\)", since).group(1)


def assert_no_traceback(session: UserSession) -> None:
    stderr = session.stderr()
    assert "Traceback" not in stderr, stderr[-4000:]
    assert "Error" not in stderr, stderr[-4000:]
