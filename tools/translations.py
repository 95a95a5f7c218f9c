#!/usr/bin/env python3
"""The translation catalogues: find the messages, compile them.

    .venv/bin/python tools/translations.py update    # the .ts files from the source
    .venv/bin/python tools/translations.py release   # .ts -> .qm (the build step)

``update`` runs ``pyside6-lupdate`` over every Python file that words things
for people (``desktop/ui`` and ``desktop/cli``) into each shipped language's
``resources/translations/lantern_<code>.ts``: new messages come in as
unfinished, messages the code no longer has are dropped (``-no-obsolete``).
Source locations are left out so a catalogue changes only when a message
does.  ``release`` compiles each ``.ts`` into the ``.qm`` Qt loads, beside it
(not committed: ``dev.py`` and ``packaging/build.py`` run it).  See
docs/translating.md.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
SOURCES = ("desktop/ui", "desktop/cli", "desktop/selftest", "desktop/app")
LANGUAGES = ("es", "ar")  # desktop/ui/i18n.SHIPPED without the source language


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the same environment as this Python."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found (it comes with PySide6-Essentials)")
    return found


def sources(root: Path = ROOT) -> list[str]:
    return sorted(
        str(path.relative_to(root)) for folder in SOURCES for path in (root / folder).rglob("*.py")
    )


def catalogue(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"lantern_{code}.ts"


def update(folder: Path = FOLDER, root: Path = ROOT) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        target = catalogue(code, folder)
        command = [
            tool("pyside6-lupdate"),
            *sources(root),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            code,
            "-ts",
            str(target),
        ]
        done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
        print(done.stdout.strip(), done.stderr.strip(), sep="\n" if done.stderr else "")
        if done.returncode:
            return done.returncode
    return 0


def release(folder: Path = FOLDER, into: Path | None = None) -> int:
    into = into or folder
    into.mkdir(parents=True, exist_ok=True)
    for ts in sorted(folder.glob("lantern_*.ts")):
        qm = into / ts.with_suffix(".qm").name
        done = subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode or not qm.exists():
            print(done.stdout, done.stderr, file=sys.stderr)
            return done.returncode or 1
    return 0


def main(argv: list[str]) -> int:
    commands = {"update": update, "release": release}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__)
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
