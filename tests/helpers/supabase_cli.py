"""The real Supabase CLI, pinned in tools/supabase-cli, for the tests.

``tools/supabase-cli/package.json`` names the one version CI uses and
``package-lock.json`` pins it and its few dependencies by hash; ``npm ci``
installs exactly that into ``tools/supabase-cli/node_modules`` (gitignored).
The npm package carries the CLI's binary for each platform as an optional
dependency, so nothing else is downloaded, and the CLI needs no Docker for
``db push`` and ``db lint`` against a ``--db-url``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
CLI_DIR = REPO_ROOT / "tools" / "supabase-cli"
CLI_BIN = CLI_DIR / "node_modules" / ".bin" / "supabase"


class CliUnavailable(Exception):
    """The CLI cannot be run here; the message says why and what to install."""


def pinned_version() -> str:
    manifest = json.loads((CLI_DIR / "package.json").read_text(encoding="utf-8"))
    return str(manifest["devDependencies"]["supabase"])


def installed_version() -> str | None:
    manifest = CLI_DIR / "node_modules" / "supabase" / "package.json"
    try:
        return str(json.loads(manifest.read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError):
        return None


def ensure_cli() -> Path:
    """The pinned CLI's launcher, installed with ``npm ci`` first if needed."""
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            raise CliUnavailable(
                f"{tool} is not installed: the Supabase CLI test needs Node.js and npm "
                "(Debian: apt-get install nodejs npm)"
            )
    if installed_version() != pinned_version() or not CLI_BIN.exists():
        try:
            done = subprocess.run(
                ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
                cwd=CLI_DIR,
                capture_output=True,
                text=True,
                timeout=240,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired as exc:
            raise CliUnavailable(f"npm ci in {CLI_DIR} took over 4 minutes") from exc
        if done.returncode != 0:
            raise CliUnavailable(
                f"npm ci in {CLI_DIR} failed ({done.returncode}): "
                + (done.stderr.strip() or done.stdout.strip())[-2000:]
            )
        if installed_version() != pinned_version():
            raise CliUnavailable(
                f"npm ci in {CLI_DIR} installed supabase {installed_version()}, "
                f"not the pinned {pinned_version()}"
            )
    return CLI_BIN


@dataclass(frozen=True)
class CliRun:
    argv: list[str]
    returncode: int
    stdout: str
    stderr: str

    def describe(self, *, stdout: bool = True) -> str:
        shown = f"--- stdout ---\n{self.stdout.strip()}\n" if stdout else ""
        return (
            f"$ supabase {' '.join(self.argv)}\nexit status {self.returncode}\n"
            f"{shown}--- stderr ---\n{self.stderr.strip()}"
        )


def run_cli(args: list[str], *, workdir: Path, home: Path, timeout: float = 180) -> CliRun:
    """Run the CLI in its own process group, which is killed whatever happens.

    The npm launcher starts the platform binary as a child: killing only the
    launcher would leave the binary running, so the whole group goes.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "SUPABASE_"))}
    env.update(HOME=str(home), DO_NOT_TRACK="1", SUPABASE_TELEMETRY_DISABLED="1")
    proc = subprocess.Popen(
        [str(ensure_cli()), *args],
        cwd=workdir,
        env=env,
        text=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc.pid)
            out, err = proc.communicate()
            err += f"\n(killed after {timeout:.0f} s)"
    finally:
        _kill_group(proc.pid)
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return CliRun(args, proc.returncode, out, err)


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


@dataclass(frozen=True)
class LintFinding:
    function: str
    level: str
    message: str
    detail: str
    context: str

    def __str__(self) -> str:
        extra = "; ".join(part for part in (self.detail, self.context) if part)
        return f"{self.function}: {self.level}: {self.message}" + (f" ({extra})" if extra else "")


def lint_findings(run: CliRun) -> list[LintFinding]:
    """What ``supabase db lint`` reported: its stdout is a JSON list of
    ``{"function", "issues": [{"level", "message", ...}]}``, and empty when
    there is nothing to report (stderr then says "No schema errors found")."""
    text = run.stdout.strip()
    if not text:
        if "No schema errors found" not in run.stderr:
            raise ValueError("db lint printed neither findings nor 'No schema errors found'")
        return []
    found = []
    for entry in json.loads(text):
        for issue in entry["issues"]:
            found.append(
                LintFinding(
                    function=str(entry["function"]),
                    level=str(issue["level"]),
                    message=str(issue["message"]),
                    detail=str(issue.get("detail") or ""),
                    context=str(issue.get("context") or ""),
                )
            )
    return found
