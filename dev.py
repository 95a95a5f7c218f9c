#!/usr/bin/env python3
"""Set-up and task runner for a fresh machine that has only Python 3.11+.

    python3 dev.py run     # the app, with a local backend and demo content
    python3 dev.py test    # lint, type-check and the whole test suite
    python3 dev.py lint    # ruff, mypy and the import contracts

    python3 dev.py test --quick   # without the e2e and packaging tests
    python3 dev.py test --deep    # property tests only, 50x the examples

Each command first creates ``.venv`` next to this file and installs Lantern
with the extras it needs; the install is skipped when ``pyproject.toml`` has
not changed since the last one.  Anything after the command is passed on
(``python3 dev.py test tests/supabase -x``).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
EXTRAS = "test,dev"


def _stamp() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(EXTRAS.encode())
    return digest.hexdigest()


def ensure_venv() -> None:
    """Create the virtual environment and install the project if needed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older python3
        sys.exit("Lantern needs Python 3.11 or newer; this is " + sys.version.split()[0])
    stamp_file = VENV / ".lantern-install-stamp"
    if stamp_file.exists() and stamp_file.read_text() == _stamp():
        return
    if not PYTHON.exists():
        print("Creating the virtual environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing Lantern and its dependencies (first run only) …", flush=True)
    subprocess.run(
        [
            str(PYTHON),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-e",
            f".[{EXTRAS}]",
        ],
        cwd=ROOT,
        check=True,
    )
    stamp_file.write_text(_stamp())


def translations() -> int:
    """Compile the translation catalogues (.ts -> .qm) the app loads."""
    return subprocess.call([str(PYTHON), str(ROOT / "tools" / "translations.py"), "release"])


def run(args: list[str]) -> int:
    code = translations()
    if code:
        return code
    return subprocess.call([str(BIN / "lantern"), "demo", *args], cwd=ROOT)


def lint(_args: list[str]) -> int:
    steps = [
        [str(PYTHON), "-m", "ruff", "check", "."],
        [str(PYTHON), "-m", "ruff", "format", "--check", "."],
        [str(PYTHON), "-m", "mypy"],
        [str(BIN / "lint-imports")],  # the layers' contracts in pyproject.toml
    ]
    for step in steps:
        print(
            "$",
            " ".join(Path(step[0]).name if i == 0 else a for i, a in enumerate(step)),
            flush=True,
        )
        code = subprocess.call(step, cwd=ROOT)
        if code:
            return code
    return 0


# The property tests of the sync, merge, grading and package rules
# (``--deep`` runs these unless paths are given; e2e ones only when named).
DEEP_PATHS = ["tests/rules", "tests/store", "tests/supabase", "tests/course_package"]


def test(args: list[str]) -> int:
    quick, deep = "--quick" in args, "--deep" in args
    args = [a for a in args if a not in ("--quick", "--deep")]
    code = lint([]) or translations()
    if code:
        return code
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if quick:  # the fast loop: no end-to-end runs, no bundle build
        args = ["--ignore=tests/e2e", "--ignore=tests/packaging", *args]
    if deep:  # tests/helpers/profiles.py; a deep test may run past the 300 s timeout
        env["HYPOTHESIS_PROFILE"] = "deep"
        named = any(a.startswith("tests") for a in args)
        args = ["-m", "hypothesis", "--timeout=0", *args, *([] if named else DEEP_PATHS)]
    return subprocess.call([str(PYTHON), "-m", "pytest", *args], cwd=ROOT, env=env)


COMMANDS = {"run": run, "test": test, "lint": lint}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    ensure_venv()
    return COMMANDS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
