#!/usr/bin/env python3
"""Build the one-folder Lantern app into dist/Lantern and print its size.

    python packaging/build.py [--dist DIR] [--work DIR] [--self-test]

Run it with the project's virtual environment (``.venv/bin/python``) after
``pip install -e '.[packaging]'``; ``--self-test`` then starts the frozen
app's self-test and fails the build if it fails.  On macOS the app is
``dist/Lantern.app``; on Windows ``dist/Lantern/Lantern.exe``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "lantern.spec"
SELF_TEST_TIMEOUT_S = 300


class BuildFailed(Exception):
    pass


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def executable(dist: Path) -> Path:
    if sys.platform == "win32":
        return dist / "Lantern" / "Lantern.exe"
    if sys.platform == "darwin":
        return dist / "Lantern.app" / "Contents" / "MacOS" / "Lantern"
    return dist / "Lantern" / "Lantern"


def build(dist: Path, work: Path) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildFailed(
            "PyInstaller is not installed here: run `.venv/bin/pip install -e '.[packaging]'` first"
        )
    compiled = subprocess.call(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "release"], cwd=ROOT
    )
    if compiled:
        raise BuildFailed("the translation catalogues did not compile (see above)")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        cwd=ROOT,
        check=False,
    )
    exe = executable(dist)
    if result.returncode != 0 or not exe.exists():
        raise BuildFailed(f"PyInstaller failed (exit {result.returncode}); see its output above")
    return exe


def bundle_folder(exe: Path) -> Path:
    """The folder a school ships: dist/Lantern, or the whole Lantern.app."""
    return exe.parents[2] if sys.platform == "darwin" else exe.parent


def self_test(exe: Path) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(exe), "--self-test"], env=env, timeout=SELF_TEST_TIMEOUT_S)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument(
        "--self-test", action="store_true", help="run the frozen app's self-test after building"
    )
    args = parser.parse_args()
    started = time.monotonic()
    try:
        exe = build(args.dist.resolve(), args.work.resolve())
    except BuildFailed as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    size = folder_size(bundle_folder(exe))
    print(
        f"Built {exe} in {time.monotonic() - started:.0f} s — "
        f"bundle size {size / 1_000_000:.1f} MB",
        flush=True,
    )
    if args.self_test:
        code = self_test(exe)
        print("self-test:", "passed" if code == 0 else f"FAILED (exit {code})")
        return code
    return 0


if __name__ == "__main__":
    sys.exit(main())
