"""Shared by the packaging tests: running a self-test in a sealed-off environment."""

from __future__ import annotations

import importlib.util
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
STEPS = ("bundle", "start", "guest", "catalogue", "lesson", "quiz", "media", "read back")
TIMEOUT_S = 240


@dataclass(frozen=True)
class Run:
    code: int
    output: str
    home: Path
    tmp: Path

    def steps_passed(self) -> list[str]:
        prefix = "self-test: ok    "
        return [line[len(prefix) :] for line in self.output.splitlines() if line.startswith(prefix)]


def load_bundle_contents() -> ModuleType:
    """packaging/ is not a package (it would shadow PyPI's ``packaging``): load by path."""
    spec = importlib.util.spec_from_file_location(
        "lantern_bundle_contents", ROOT / "packaging" / "bundle_contents.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_self_test(
    command: list[str], where: Path, *, cwd: Path = ROOT, extra_env: dict[str, str] | None = None
) -> Run:
    """Run ``command`` with its own empty home and temp folder under ``where``."""
    home, tmp = where / "home", where / "tmp"
    home.mkdir(parents=True)
    tmp.mkdir(parents=True)
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "SUPABASE_", "PYTHONPATH"))
    }
    # the self-test speaks the system's language: English, for the lines the tests read
    env["LANTERN_LANGUAGE"] = "en"
    env.update(HOME=str(home), TMPDIR=str(tmp), QT_QPA_PLATFORM="offscreen", **(extra_env or {}))
    done = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
    )
    return Run(done.returncode, done.stdout + done.stderr, home, tmp)


def lantern_files(folder: Path) -> list[Path]:
    """Anything named like Lantern's data under ``folder`` (there should be none)."""
    return [p for p in folder.rglob("*") if "lantern" in p.name.lower()]
