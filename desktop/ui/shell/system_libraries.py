"""Before the first window on Linux: are the system libraries Qt's X11 plugin links to there?

Qt's own message when one is missing ("Could not load the Qt platform plugin
"xcb" in "" even though it was found") names no library and no way out, and
then the process aborts.  This looks first: it asks the dynamic linker
(``ldd``) which libraries of the xcb platform plugin it cannot find, and
words the one command that installs them on Debian and Ubuntu.  Nothing of
Qt is imported here but QtCore, and that only to word the message (it runs
before Qt loads a platform plugin, and before any QApplication exists).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

XCB_PLUGIN = Path("Qt") / "plugins" / "platforms" / "libqxcb.so"
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_SONAME = re.compile(r"^(?P<name>.+?)\.so\.(?P<major>\d+)(?:\.\d+)*$")


@dataclass(frozen=True)
class MissingLibraries:
    libraries: tuple[str, ...]  # sonames, e.g. libxcb-cursor.so.0

    @property
    def debian_packages(self) -> tuple[str, ...]:
        return tuple(debian_package(name) for name in self.libraries)

    def message(self) -> str:
        # QtCore only (no platform plugin): this is printed before any QApplication
        from desktop.rules.plural_forms import english_form
        from desktop.ui.i18n import translate

        n = len(self.libraries)
        install = "sudo apt-get install"  # untranslated: a command
        command = " ".join([install, *self.debian_packages])
        text = translate(
            "MissingLibraries",
            "Lantern cannot open its window: the system librar[y|ies] {names} that Qt needs "
            "to draw on X11 [is|are] missing.\n"
            "On Debian or Ubuntu, install with:\n"
            "    {command}\n"
            "(On other systems, install the package that provides [it|them].)",
            "",
            n,
        )
        # Without a QApplication no translator is installed, and English plurals are
        # resolved only in sources with a %n: the source comes back with its markers,
        # which english_form settles (a catalogue's translation has none)
        return english_form(text, n).format(
            names=", ".join(self.libraries),  # sonames, as ldd and apt write them
            command=command,
        )


def debian_package(soname: str) -> str:
    """Debian's name for the package of a shared library: libxcb-cursor.so.0 -> libxcb-cursor0.

    Debian policy names a library package after its soname, with a hyphen
    before the major version when the name ends in a digit (libxkbcommon-x11-0).
    """
    match = _SONAME.match(soname)
    if match is None:
        return soname
    name, major = match["name"].lower(), match["major"]
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def not_found(ldd_output: str) -> tuple[str, ...]:
    """The sonames ``ldd`` reported as not found, in order, each once."""
    return tuple(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def xcb_plugin() -> Path | None:
    """The xcb platform plugin Qt will load (the frozen app's own, or the wheel's)."""
    bundled = getattr(sys, "_MEIPASS", None)
    roots = [Path(bundled) / "PySide6"] if bundled else []
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        roots += [Path(p) for p in spec.submodule_search_locations]
    return next((root / XCB_PLUGIN for root in roots if (root / XCB_PLUGIN).is_file()), None)


def uses_xcb(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Whether Qt will pick its X11 platform: Linux, no other platform chosen, no Wayland."""
    if not sys.platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def missing_display_libraries(plugin: Path | None = None) -> MissingLibraries | None:
    """What the X11 plugin cannot load, or None (all there, not X11, or no way to tell)."""
    if not uses_xcb():
        return None
    plugin = plugin or xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return None  # Qt's own message is all there will be
    try:
        done = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    shipped = _shipped_libraries(plugin)
    missing = tuple(name for name in not_found(done.stdout) if name not in shipped)
    return MissingLibraries(missing) if missing else None


def _shipped_libraries(plugin: Path) -> set[str]:
    """Libraries Lantern brings itself (Qt's, or the bundle's): the loader finds them at
    run time through their own search paths even where ldd alone does not."""
    qt = plugin.parents[2]  # .../Qt
    folders = [qt / "lib"]
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        folders.append(Path(bundled))
    return {p.name for folder in folders if folder.is_dir() for p in folder.iterdir()}
